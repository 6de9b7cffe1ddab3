#!/usr/bin/env python3
"""Measure skb->truesize of received UDP/IPv6 datagrams (and of IPv4 frames sent with AF_PACKET).

Same method as scripts/measure-truesize.py: one datagram of payload S queued on an unread UDP socket,
the socket's rx_queue column of /proc/net/udp6 (or /proc/net/udp) read while it is the only queued
datagram (sk_rmem_alloc: that skb's truesize, net/ipv4/udp.c:__udp_enqueue_schedule_skb), then the
datagram read (rx_queue checked back to 0) and S+1 sent. Every size is measured, none interpolated.

Three tables, each sent the way the rxpath recorder sends a frames step:
  loopback6   an AF_INET6 UDP socket sends to [::1]:port in a fresh namespace with `lo` up, so the skb
              is built by net/ipv6/ip6_output.c:__ip6_append_data; payloads 0..65487 (40 + 8 + payload
              <= 65535: never fragmented, lo's MTU is 65536).
  veth6       Ethernet + IPv6 (40) + UDP (8, valid checksum) + payload frames built here, sent with an
              AF_PACKET SOCK_RAW socket bound on the peer end of a veth pair (src/kernel/helpers/
              udp_peer.py op_raw), so the skb is built by net/packet/af_packet.c:packet_snd; received by
              a socket bound to [fd00::1]:port on the other end (fd00::1/64 nodad; the peer end has
              disable_ipv6=1). Payloads 0..1452 (the veth MTU 1500 holds 40 + 8 + 1452).
  vethPacket  the same for IPv4 (Ethernet + IPv4 20 + UDP 8 + payload, 10.0.0.2 -> 10.0.0.1), payloads
              0..1472, to check the model's veth IPv4 rule against AF_PACKET-built frames.

The namespaces are created here and deleted in a finally block; no global sysctl is changed.
The tables (segments: [payload, truesize, slope]) and a `provenanceInet6` block are merged into --out
(an existing truesize file keeps everything else), or written as a new file when --out does not exist.

Usage: sudo python3 scripts/measure-truesize6.py [--out src/model/truesize/linux-6.18.json]
       [--max6 65487] [--max-veth6 1452] [--max-veth4 1472] [--only loopback6,veth6,vethPacket]
"""
import argparse
import ctypes
import datetime
import importlib.util
import json
import os
import platform
import select
import socket
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('measure_truesize', os.path.join(HERE, 'measure-truesize.py'))
mt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mt)

CLONE_NEWNET = mt.CLONE_NEWNET
LIBC = mt.LIBC
SO_RCVBUFFORCE = mt.SO_RCVBUFFORCE
MAX_PAYLOAD6 = 65487  # 40 + 8 + 65487 = 65535
MAX_VETH6 = 1452      # 1500 - 40 - 8
MAX_VETH4 = 1472      # 1500 - 20 - 8
MAC_PEER = bytes.fromhex('020000000002')  # the AF_PACKET sender's end
MAC_RECV = bytes.fromhex('020000000001')  # the receiving end
V6_LOCAL, V6_PEER = 'fd00::1', 'fd00::2'
V4_LOCAL, V4_PEER = '10.0.0.1', '10.0.0.2'
SPORT = 40000
FILL = 0x5a  # the recorder's payload byte


class ProcTable(mt.UdpProc):
    """/proc/net/udp or udp6 of the namespace this was opened in; rows matched by socket inode."""

    def rx_queue(self, ino: int) -> int:
        return self.rx_queue_where(lambda f: len(f) >= 10 and int(f[9]) == ino, f'inode {ino}')


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b'\x00'
    s = sum(struct.unpack(f'!{len(data) // 2}H', data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def udp(src: bytes, dst: bytes, dport: int, payload: int, v6: bool) -> bytes:
    l4len = 8 + payload
    body = bytes([FILL]) * payload
    hdr = struct.pack('!HHHH', SPORT, dport, l4len, 0)
    if v6:
        pseudo = src + dst + struct.pack('!I3xB', l4len, 17)
    else:
        pseudo = src + dst + struct.pack('!xBH', 17, l4len)
    c = csum(pseudo + hdr + body) or 0xffff
    return struct.pack('!HHHH', SPORT, dport, l4len, c) + body


def frame6(dport: int, payload: int) -> bytes:
    """Ethernet + IPv6 + UDP, as src/kernel/frames.ts builds an inet6 frame (hop limit 64, no extension headers)."""
    src, dst = socket.inet_pton(socket.AF_INET6, V6_PEER), socket.inet_pton(socket.AF_INET6, V6_LOCAL)
    ip = struct.pack('!IHBB', 6 << 28, 8 + payload, 17, 64) + src + dst
    return MAC_RECV + MAC_PEER + struct.pack('!H', 0x86dd) + ip + udp(src, dst, dport, payload, True)


def frame4(dport: int, payload: int) -> bytes:
    """Ethernet + IPv4 (no options, id 1, TTL 64, valid checksum) + UDP, as src/kernel/frames.ts buildFrame."""
    src, dst = socket.inet_aton(V4_PEER), socket.inet_aton(V4_LOCAL)
    ip = struct.pack('!BBHHHBBH', 0x45, 0, 20 + 8 + payload, 1, 0, 64, 17, 0) + src + dst
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return MAC_RECV + MAC_PEER + struct.pack('!H', 0x0800) + ip + udp(src, dst, dport, payload, False)


def sweep(rx: socket.socket, send, proc: ProcTable, sizes: list) -> dict:
    ino = os.fstat(rx.fileno()).st_ino
    out = {}
    for s in sizes:
        send(s)
        r, _, _ = select.select([rx], [], [], 5.0)
        if not r:
            raise RuntimeError(f'{proc.name} payload {s}: datagram not received')
        out[s] = proc.rx_queue(ino)
        got = rx.recv(70000)
        if len(got) != s:
            raise RuntimeError(f'{proc.name} payload {s}: received {len(got)} bytes')
        if proc.rx_queue(ino) != 0:
            raise RuntimeError(f'{proc.name} payload {s}: rx_queue not 0 after the read')
    return out


def make_rx(family: int, addr: str) -> socket.socket:
    rx = socket.socket(family, socket.SOCK_DGRAM)
    rx.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 1 << 20)
    rx.bind((addr, 0))
    return rx


def back_to(root_ns: int) -> None:
    if LIBC.setns(root_ns, CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), 'setns back to the root namespace')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='src/model/truesize/linux-6.18.json')
    ap.add_argument('--profile', default=None, help='profile name written when --out is a new file')
    ap.add_argument('--max6', type=int, default=MAX_PAYLOAD6)
    ap.add_argument('--max-veth6', type=int, default=MAX_VETH6)
    ap.add_argument('--max-veth4', type=int, default=MAX_VETH4)
    ap.add_argument('--only', default='loopback6,veth6,vethPacket')
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit('measure-truesize6: needs root (network namespaces)')
    only = set(args.only.split(','))
    unknown = only - {'loopback6', 'veth6', 'vethPacket'}
    if unknown:
        sys.exit(f'measure-truesize6: unknown table(s) {sorted(unknown)}')
    limits = {'loopback6': args.max6, 'veth6': args.max_veth6, 'vethPacket': args.max_veth4}
    sizes = {k: list(range(0, limits[k] + 1)) for k in only}

    tag = f'rxpt6{os.getpid()}'
    ns_lo, ns_a, ns_b = f'{tag}lo', f'{tag}a', f'{tag}b'
    created = []
    root_ns = os.open('/proc/self/ns/net', os.O_RDONLY)
    results = {}
    try:
        if 'loopback6' in only:
            mt.sh('ip', 'netns', 'add', ns_lo); created.append(ns_lo)
            mt.sh('ip', '-n', ns_lo, 'link', 'set', 'lo', 'up')
            mt.setns(f'/var/run/netns/{ns_lo}')
            proc = ProcTable('udp6')
            rx = make_rx(socket.AF_INET6, '::1')
            tx = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
            tx.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
            buf = bytes([FILL]) * args.max6
            dst = rx.getsockname()[:2]
            try:
                results['loopback6'] = sweep(rx, lambda s: tx.sendto(buf[:s], dst), proc, sizes['loopback6'])
            finally:
                rx.close(); tx.close(); proc.close()
            back_to(root_ns)

        if only & {'veth6', 'vethPacket'}:
            for ns in (ns_a, ns_b):
                mt.sh('ip', 'netns', 'add', ns); created.append(ns)
                mt.sh('ip', '-n', ns, 'link', 'set', 'lo', 'up')
            peer, recv = f'{tag}x', f'{tag}y'
            mt.sh('ip', 'link', 'add', peer, 'address', MAC_PEER.hex(':'), 'netns', ns_a,
                  'type', 'veth', 'peer', 'name', recv, 'address', MAC_RECV.hex(':'), 'netns', ns_b)
            # the sender's end: no IPv6 (no address, no ND or MLD of its own), no address at all
            mt.sh('ip', 'netns', 'exec', ns_a, 'sysctl', '-qw', f'net.ipv6.conf.{peer}.disable_ipv6=1')
            mt.sh('ip', '-n', ns_a, 'link', 'set', peer, 'up')
            # the receiving end: MTU 1500 (veth default), fd00::1/64 without DAD, 10.0.0.1/24
            mt.sh('ip', '-n', ns_b, 'addr', 'add', f'{V6_LOCAL}/64', 'dev', recv, 'nodad')
            mt.sh('ip', '-n', ns_b, 'addr', 'add', f'{V4_LOCAL}/24', 'dev', recv)
            mt.sh('ip', '-n', ns_b, 'link', 'set', recv, 'up')
            for kind, family, addr, procname, build in (('veth6', socket.AF_INET6, V6_LOCAL, 'udp6', frame6),
                                                        ('vethPacket', socket.AF_INET, V4_LOCAL, 'udp', frame4)):
                if kind not in only:
                    continue
                mt.setns(f'/var/run/netns/{ns_b}')
                proc = ProcTable(procname)
                rx = make_rx(family, addr)
                dport = rx.getsockname()[1]
                mt.setns(f'/var/run/netns/{ns_a}')
                tx = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)  # udp_peer.py op_raw
                tx.bind((peer, 0))
                frames = {s: build(dport, s) for s in sizes[kind]}
                try:
                    results[kind] = sweep(rx, lambda s: tx.send(frames[s]), proc, sizes[kind])
                finally:
                    rx.close(); tx.close(); proc.close()
                back_to(root_ns)
    finally:
        LIBC.setns(root_ns, CLONE_NEWNET)
        os.close(root_ns)
        for ns in created:
            subprocess.run(['ip', 'netns', 'del', ns], check=False)

    tables = {}
    for kind, table in results.items():
        segs = mt.to_segments(table)
        if mt.expand(segs, sizes[kind]) != table:
            raise RuntimeError(f'{kind}: segment encoding does not reproduce the measurement')
        tables[kind] = {'segments': segs, 'measuredSizes': len(sizes[kind])}

    prov = {
        'kind': 'measured',
        'uname_r': platform.release(),
        'machine': f'{platform.node()} ({platform.machine()}, {os.cpu_count()} CPUs)',
        'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'script': 'scripts/measure-truesize6.py',
        'command': ' '.join(['python3', 'scripts/measure-truesize6.py'] + sys.argv[1:]),
        'tables': sorted(tables),
        'method': 'one datagram of each payload size sent to an unread UDP socket; rx_queue of its '
                  '/proc/net/udp6 (vethPacket: /proc/net/udp) row read while it is the only queued datagram, '
                  'then read and rx_queue checked back to 0. loopback6: fresh netns, lo up, an AF_INET6 UDP '
                  'socket sends to [::1]:port (ip6_output.c:__ip6_append_data), payloads 0..%d (40 + 8 + '
                  'payload <= 65535, unfragmented). veth6: a veth pair (MTU 1500) between two fresh netns, '
                  'the receiving end fd00::1/64 nodad, the peer end disable_ipv6=1; Ethernet + IPv6 + UDP '
                  '(valid checksum) frames fd00::2 -> fd00::1 sent with an AF_PACKET SOCK_RAW socket bound '
                  'on the peer end (af_packet.c:packet_snd), as the recorder does; payloads 0..%d. '
                  'vethPacket: the same with Ethernet + IPv4 + UDP frames 10.0.0.2 -> 10.0.0.1/24, '
                  'payloads 0..%d.' % (args.max6, args.max_veth6, args.max_veth4),
    }
    out = args.out
    if os.path.exists(out):
        with open(out) as f:
            doc = json.load(f)
    else:
        doc = {'profile': args.profile, 'tables': {}}
    doc.setdefault('tables', {}).update(tables)
    doc['provenanceInet6'] = prov
    os.makedirs(os.path.dirname(out) or '.', exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(out) or '.', prefix='.truesize', suffix='.json')
    with os.fdopen(fd, 'w') as f:
        json.dump(doc, f, indent=1)
        f.write('\n')
    os.replace(tmp, out)
    print(f'wrote {out}: ' + ', '.join(f'{k}: {len(v["segments"])} segments' for k, v in tables.items()))


if __name__ == '__main__':
    main()
