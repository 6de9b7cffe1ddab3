#!/usr/bin/env python3
"""Measure skb->truesize of a received UDP datagram for every payload size (0..65507).

Method (Linux, root): in a fresh network namespace with only `lo` up, bind a UDP socket on
127.0.0.1, send one datagram of payload S to it, and read the socket's `rx_queue` column of
/proc/net/udp (sk_rmem_alloc - forward_deficit; with one datagram queued on an empty socket that
is exactly that skb's truesize, net/ipv4/udp.c:__udp_enqueue_schedule_skb). Then read the datagram,
which releases the memory (udp_rmem_release with an empty reader queue), and go on with S+1.
Every size is measured (a dense sweep, no interpolation), so every step is found exactly.

The same is done across a veth pair between two namespaces this script creates (fixed MACs, a
permanent neighbour entry, disable_ipv6=1, MTU 65535 so no datagram is IP-fragmented).

The namespaces are deleted in a finally block. No global sysctl is changed. Output: a JSON file
with the table as piecewise-linear segments (each segment: first payload, truesize there, slope
0 or 1) plus provenance (uname -r, date, machine, method, script path).

Usage: sudo python3 scripts/measure-truesize.py [--out src/model/truesize/linux-6.18.json]
       [--max 65507] [--step 1] [--profile linux-6.18]
"""
import argparse
import ctypes
import datetime
import json
import os
import platform
import select
import socket
import subprocess
import sys
import tempfile

CLONE_NEWNET = 0x40000000
LIBC = ctypes.CDLL('libc.so.6', use_errno=True)
MAX_PAYLOAD = 65507
SO_RCVBUFFORCE = 33


def sh(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def setns(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        if LIBC.setns(fd, CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f'setns({path}): {os.strerror(err)}')
    finally:
        os.close(fd)


class UdpProc:
    """/proc/net/udp (or `name`, e.g. udp6) of the namespace this was opened in (the seq file stays bound to it)."""

    def __init__(self, name: str = 'udp') -> None:
        self.fd = os.open(f'/proc/self/net/{name}', os.O_RDONLY)
        self.name = name

    def rx_queue_where(self, match, what: str) -> int:
        """The rx_queue column of the first row whose fields `match` accepts."""
        os.lseek(self.fd, 0, os.SEEK_SET)
        chunks = []
        while True:
            b = os.read(self.fd, 65536)
            if not b:
                break
            chunks.append(b)
        for line in b''.join(chunks).decode().splitlines()[1:]:
            f = line.split()
            if match(f):
                return int(f[4].split(':')[1], 16)
        raise RuntimeError(f'socket {what} not in /proc/net/{self.name}')

    def rx_queue(self, local_hex: str) -> int:
        return self.rx_queue_where(lambda f: f[1] == local_hex, local_hex)

    def close(self) -> None:
        os.close(self.fd)


def local_hex(addr: str, port: int) -> str:
    a = socket.inet_aton(addr)
    return f'{int.from_bytes(a, "little"):08X}:{port:04X}'


def sweep(rx: socket.socket, tx: socket.socket, dst: tuple, proc: UdpProc, sizes: list) -> dict:
    key = local_hex(*rx.getsockname())
    buf = b'\x00' * MAX_PAYLOAD
    out = {}
    for s in sizes:
        tx.sendto(buf[:s], dst)
        r, _, _ = select.select([rx], [], [], 5.0)
        if not r:
            raise RuntimeError(f'payload {s}: datagram not received')
        out[s] = proc.rx_queue(key)
        got = rx.recv(65536)
        if len(got) != s:
            raise RuntimeError(f'payload {s}: received {len(got)} bytes')
        if proc.rx_queue(key) != 0:
            raise RuntimeError(f'payload {s}: rx_queue not 0 after the read')
    return out


def make_rx(addr: str) -> socket.socket:
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # Large enough that every single datagram fits even under a ≤6.17 rule; 6.18 admits one
    # datagram into an empty queue anyway.
    rx.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 1 << 20)
    rx.bind((addr, 0))
    return rx


def make_tx() -> socket.socket:
    tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tx.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
    return tx


def to_segments(table: dict) -> list:
    """[[payload, truesize, slope]]: truesize(p) = truesize + slope * (p - payload) until the next."""
    segs = []
    points = 0  # points on the last segment
    for s in sorted(table):
        t = table[s]
        if segs:
            p0, t0, slope = segs[-1]
            if t == t0 + slope * (s - p0):
                points += 1
                continue
            if points == 1 and t - t0 == s - p0:
                segs[-1][2] = 1
                points += 1
                continue
        segs.append([s, t, 0])
        points = 1
    return segs


def expand(segs: list, sizes: list) -> dict:
    out = {}
    j = 0
    for s in sizes:
        while j + 1 < len(segs) and segs[j + 1][0] <= s:
            j += 1
        p0, t0, slope = segs[j]
        out[s] = t0 + slope * (s - p0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='src/model/truesize/linux-6.18.json')
    ap.add_argument('--max', type=int, default=MAX_PAYLOAD)
    ap.add_argument('--step', type=int, default=1)
    ap.add_argument('--profile', default='linux-6.18')
    ap.add_argument('--no-veth', action='store_true')
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit('measure-truesize: needs root (network namespaces)')
    sizes = list(range(0, args.max + 1, args.step))
    if sizes[-1] != args.max:
        sizes.append(args.max)

    tag = f'rxpts{os.getpid()}'
    ns_lo, ns_a, ns_b = f'{tag}lo', f'{tag}a', f'{tag}b'
    created = []
    root_ns = os.open('/proc/self/ns/net', os.O_RDONLY)
    results = {}
    try:
        # --- loopback in a fresh namespace
        sh('ip', 'netns', 'add', ns_lo); created.append(ns_lo)
        sh('ip', '-n', ns_lo, 'link', 'set', 'lo', 'up')
        setns(f'/var/run/netns/{ns_lo}')
        proc = UdpProc()
        rx, tx = make_rx('127.0.0.1'), make_tx()
        try:
            results['loopback'] = sweep(rx, tx, rx.getsockname(), proc, sizes)
        finally:
            rx.close(); tx.close(); proc.close()
        if LIBC.setns(root_ns, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), 'setns back to the root namespace')

        # --- veth pair between two namespaces
        if not args.no_veth:
            for ns in (ns_a, ns_b):
                sh('ip', 'netns', 'add', ns); created.append(ns)
                sh('ip', '-n', ns, 'link', 'set', 'lo', 'up')
            sh('ip', 'link', 'add', f'{tag}x', 'address', '02:00:00:00:00:01', 'netns', ns_a,
               'type', 'veth', 'peer', 'name', f'{tag}y', 'address', '02:00:00:00:00:02', 'netns', ns_b)
            for ns, dev, me, peer, peer_mac in ((ns_a, f'{tag}x', '10.77.0.1', '10.77.0.2', '02:00:00:00:00:02'),
                                                (ns_b, f'{tag}y', '10.77.0.2', '10.77.0.1', '02:00:00:00:00:01')):
                sh('ip', 'netns', 'exec', ns, 'sysctl', '-qw', f'net.ipv6.conf.{dev}.disable_ipv6=1')
                sh('ip', '-n', ns, 'link', 'set', dev, 'mtu', '65535')
                sh('ip', '-n', ns, 'addr', 'add', f'{me}/24', 'dev', dev)
                sh('ip', '-n', ns, 'link', 'set', dev, 'up')
                sh('ip', '-n', ns, 'neigh', 'replace', peer, 'lladdr', peer_mac, 'nud', 'permanent', 'dev', dev)
            setns(f'/var/run/netns/{ns_b}')
            proc = UdpProc()
            rx = make_rx('10.77.0.2')
            setns(f'/var/run/netns/{ns_a}')
            tx = make_tx()
            try:
                results['veth'] = sweep(rx, tx, rx.getsockname(), proc, sizes)
            finally:
                rx.close(); tx.close(); proc.close()
            if LIBC.setns(root_ns, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), 'setns back to the root namespace')
    finally:
        LIBC.setns(root_ns, CLONE_NEWNET)
        os.close(root_ns)
        for ns in created:
            subprocess.run(['ip', 'netns', 'del', ns], check=False)

    tables = {}
    for kind, table in results.items():
        segs = to_segments(table)
        if expand(segs, sizes) != table:
            raise RuntimeError(f'{kind}: segment encoding does not reproduce the measurement')
        tables[kind] = {'segments': segs, 'measuredSizes': len(sizes)}
    identical = 'veth' not in results or results['veth'] == results['loopback']

    doc = {
        'profile': args.profile,
        'description': 'skb->truesize of one received UDP/IPv4 datagram, by UDP payload size. '
                       'segments: [payload, truesize, slope]; truesize(p) = truesize + slope*(p - payload) '
                       'for p from payload up to the next segment\'s payload.',
        'provenance': {
            'kind': 'measured',
            'uname_r': platform.release(),
            'machine': f'{platform.node()} ({platform.machine()}, {os.cpu_count()} CPUs)',
            'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'script': 'scripts/measure-truesize.py',
            'command': ' '.join(['python3', 'scripts/measure-truesize.py'] + sys.argv[1:]),
            'method': 'one datagram of each payload size 0..%d (step %d) sent to an unread UDP socket; '
                      'rx_queue of its /proc/net/udp row read while it is the only queued datagram, then '
                      'read and rx_queue checked back to 0. loopback: fresh netns, lo up, 127.0.0.1. '
                      'veth: two fresh netns, fixed MACs, permanent neighbours, disable_ipv6=1, MTU 65535 '
                      '(no IP fragmentation).' % (args.max, args.step),
            'vethIdenticalToLoopback': identical,
        },
        'tables': tables,
    }
    out = args.out
    os.makedirs(os.path.dirname(out) or '.', exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(out) or '.', prefix='.truesize', suffix='.json')
    with os.fdopen(fd, 'w') as f:
        json.dump(doc, f, indent=1)
        f.write('\n')
    os.replace(tmp, out)
    print(f'wrote {out}: ' + ', '.join(f'{k}: {len(v["segments"])} segments' for k, v in tables.items())
          + f'; veth identical to loopback: {identical}')


if __name__ == '__main__':
    main()
