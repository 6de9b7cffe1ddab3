#!/usr/bin/env python3
"""Measure the tailroom of a reassembled IPv4 datagram's head (and sizeof(struct ipq), from its slab cache): how many data bytes a last fragment may
carry and still be copied into the first fragment by ip_frag_reasm (skb_try_coalesce, `len <=
skb_tailroom(to)`) instead of being chained on frag_list and charged its own truesize.

Method (Linux, root): a fresh network namespace with a veth pair whose both ends live in it (as
src/kernel/topology.ts builds it: fixed MACs, a permanent neighbour, IPv6 off). A UDP socket is bound
on 10.0.0.1; each datagram of payload P (1473 <= P) is cut as ip_fragment cuts it for a 1500-byte MTU
(1480 data bytes, then the rest) and the two fragments are sent with AF_PACKET on the peer end. The
socket's rx_queue (/proc/net/udp) with that datagram alone queued is its truesize: equal to the first
fragment's while the second is copied, more once it is chained. A binary search over P finds the largest
copied size; every size around it is then checked. The namespace is deleted in a finally block; no
global sysctl is changed.

Usage: sudo python3 scripts/measure-reasm-tailroom.py [--out FILE]   (a JSON object for the profile's
       src/model/truesize/<profile>.json "reassembly" field, printed or written atomically to FILE;
       scripts/measure-truesize-guest.ts --what reasm runs it on a guest kernel)
"""
import datetime
import json
import os
import platform
import socket
import struct
import subprocess
import sys
import time

NS = "rxpath-reasm-%d" % os.getpid()
PER = 1480  # (1500 - 20) & ~7


def ip(*args):
    subprocess.run(["ip", "-n", NS, *args], check=True)


def csum(b, s=0):
    if len(b) % 2:
        b += b"\0"
    for i in range(0, len(b), 2):
        s += (b[i] << 8) | b[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def fragments(payload, ident, src="10.0.0.2", dst="10.0.0.1", sport=40000, dport=9000):
    data = bytes([0x5A]) * payload
    ulen = 8 + payload
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, 17, ulen)
    c = csum(pseudo + struct.pack("!HHHH", sport, dport, ulen, 0) + data) or 0xFFFF
    l4 = struct.pack("!HHHH", sport, dport, ulen, c) + data
    out, off = [], 0
    while off < len(l4):
        chunk = l4[off:off + PER]
        mf = 0x2000 if off + len(chunk) < len(l4) else 0
        h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(chunk), ident, mf | (off // 8), 64, 17, 0,
                        socket.inet_aton(src), socket.inet_aton(dst))
        h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
        out.append(bytes.fromhex("020000000001020000000002") + b"\x08\x00" + h + chunk)
        off += len(chunk)
    return out


def rx_queue(sock):
    ino = os.fstat(sock.fileno()).st_ino
    with open("/proc/net/udp") as f:
        for line in f.read().splitlines()[1:]:
            c = line.split()
            if int(c[9]) == ino:
                return int(c[4].split(":")[1], 16)
    raise RuntimeError("socket not in /proc/net/udp")


def measure_inside():
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    rx.setsockopt(socket.SOL_SOCKET, 33, 1 << 24)  # SO_RCVBUFFORCE
    rx.bind(("10.0.0.1", 9000))
    tx = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    tx.bind(("rxvethp", 0))
    ident = [0]

    def truesize(p):
        ident[0] += 1
        for f in fragments(p, ident[0]):
            tx.send(f)
        for _ in range(200):
            q = rx_queue(rx)
            if q:
                break
            time.sleep(0.001)
        rx.recv(70000)
        return q

    head = truesize(1473)  # a 1-byte last fragment: always copied
    lo, hi = 1473, 1472 + 4096  # copied at lo; hi: a last fragment larger than any tailroom
    if truesize(hi) == head:
        raise RuntimeError("a 4096-byte last fragment was copied: not the layout this script expects")
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if truesize(mid) == head:
            lo = mid
        else:
            hi = mid
    for p in range(max(1473, lo - 8), lo + 9):  # dense check around the step
        if (truesize(p) == head) != (p <= lo):
            raise RuntimeError("not a single step at payload %d" % lo)
    return {"headTailroom": 8 + lo - PER, "headTruesize": head, "lastCopiedPayload": lo}


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--inside":
        print(json.dumps(measure_inside()))
        return
    subprocess.run(["ip", "netns", "add", NS], check=True)
    try:
        ip("link", "set", "lo", "up")
        ip("link", "add", "rxveth", "address", "02:00:00:00:00:01", "type", "veth", "peer", "name", "rxvethp",
           "address", "02:00:00:00:00:02")
        for name in ("all", "default", "rxveth", "rxvethp"):
            subprocess.run(["ip", "netns", "exec", NS, "sysctl", "-qw", "net.ipv6.conf.%s.disable_ipv6=1" % name],
                           check=True)
        ip("addr", "add", "10.0.0.1/24", "dev", "rxveth")
        ip("link", "set", "rxvethp", "up")
        ip("link", "set", "rxveth", "up")
        ip("neigh", "replace", "10.0.0.2", "lladdr", "02:00:00:00:00:ee", "nud", "permanent", "dev", "rxveth")
        out = subprocess.run(["ip", "netns", "exec", NS, sys.executable, os.path.abspath(__file__), "--inside"],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out)
    finally:
        subprocess.run(["ip", "netns", "del", NS], check=False)
    with open("/sys/kernel/slab/ip4-frags/object_size") as f:  # kmem_cache_create("ip4-frags", sizeof(struct ipq))
        ipq_size = int(f.read())
    text = json.dumps({
        "headTailroom": r["headTailroom"],
        "ipqSize": ipq_size,
        "provenance": {
            "kind": "measured",
            "uname_r": platform.release(),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "script": "scripts/measure-reasm-tailroom.py",
            "method": "2-fragment datagrams (1480 data bytes, then 8 + P - 1480) sent by AF_PACKET over a veth to an "
                      "unread UDP socket; rx_queue is the first fragment's truesize (%d) up to payload %d and more "
                      "from %d: the last fragment's data is copied into the head while it is at most %d bytes"
                      % (r["headTruesize"], r["lastCopiedPayload"], r["lastCopiedPayload"] + 1, r["headTailroom"]),
            "ipqSize": "/sys/kernel/slab/ip4-frags/object_size: the cache inet_frags_init creates for struct ipq "
                       "(ip4_frags.qsize = sizeof(struct ipq)), which inet_frag_alloc charges to the fragment memory",
        },
    }, indent=1)
    if len(sys.argv) > 2 and sys.argv[1] == "--out":
        tmp = "%s.tmp-%d" % (sys.argv[2], os.getpid())
        with open(tmp, "w") as f:
            f.write(text + "\n")
        os.rename(tmp, sys.argv[2])
    else:
        print(text)


if __name__ == "__main__":
    main()
