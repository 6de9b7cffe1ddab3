#!/usr/bin/env python3
"""The agent rxpath_gvisor.py runs inside a gVisor sandbox (the host's python3, standard library only).

It is the sandbox's only process. It talks JSON lines with the adapter over its stdin/stdout:
first it sets the sandbox up (below) and prints {"ready": ...} once it has read gVisor's
/proc/net/snmp (the readiness handshake), then it answers each request with one line:

  {"op": "setup", "config": {...}}      create and bind the scenario's sockets -> {"ok": true, "proc": ...}
  {"op": "frames", "step": {...}}       inject the step's datagrams on loopback -> {"ok": true}
  {"op": "read", "step": {...}}         recvmsg on a socket until empty or `count` -> {"ok": true, "read": n}
  {"op": "snapshot"}                    -> {"ok": true, "proc": ...}: the /proc files as gVisor emulates them
  {"op": "finish"}                      close every socket -> {"ok": true, "clean": bool}

A failure is {"ok": false, "error": "..."}. "proc" holds /proc/net/snmp (Ip, Icmp, Udp lines),
/proc/net/dev (receive columns) and /proc/net/udp (rows by inode), raw and cumulative: the
adapter takes the deltas from the reading at setup.

How a frame arrives. A frames step is datagrams from the flow's source (by default 127.0.0.1; on
loopback a source is always a local address, schemas/workload.schema.json Flow.src) to a local
address, arriving on lo. The agent writes each one, IPv4 and UDP headers included (IP_HDRINCL), to
a raw socket addressed to the destination: gVisor routes it out lo, and its loopback link hands it
to its own IPv4 receive path, as Linux's loopback_xmit hands a frame to netif_rx. gVisor's raw
sockets take at most MTU - 20 bytes (65502: its lo has an MTU of 65522, Linux's 65536): a longer
datagram is sent as fragments of 65480 bytes, as gVisor's own IPv4 output fragments what exceeds
its MTU. Where the two limits differ (IP length 65503 to 65522, payload 65475 to 65494) gVisor's
own sender would not fragment: there the agent makes one fragment more than gVisor's own sending
would. The sandbox also gets a TUN device, rxtun0, with 10.0.0.254/24, so that a scenario's
10.0.0.0/24 addresses have a route; nothing reads it. It touches only the sandbox's netstack.
"""
import fcntl
import json
import os
import socket
import struct
import sys

SO_RCVBUFFORCE = 33  # include/uapi/asm-generic/socket.h
DEFAULT_SRC = "127.0.0.1"  # schemas/workload.schema.json Flow.src on loopback
DEFAULT_SPORT = 40000
DEFAULT_PAYLOAD = 64
IP_HLEN, UDP_HLEN = 20, 8
TUN_NAME, TUN_ADDR, TUN_PREFIX = "rxtun0", "10.0.0.254", 24

# include/uapi/linux/if_tun.h, sockios.h, if.h
TUNSETIFF, IFF_TUN, IFF_NO_PI = 0x400454CA, 0x0001, 0x1000
SIOCGIFMTU = 0x8921
# netlink (include/uapi/linux/rtnetlink.h, netlink.h)
RTM_NEWADDR = 20
NLM_F_REQUEST, NLM_F_ACK, NLM_F_EXCL, NLM_F_CREATE = 0x1, 0x4, 0x200, 0x400
NLMSG_ERROR = 2
IFA_ADDRESS, IFA_LOCAL = 1, 2


def c_int(value):
    """What a C caller passes to setsockopt(..., &val, sizeof(int)): the low 32 bits, signed."""
    v = value & 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def read_snmp():
    """/proc/net/snmp: pairs of lines, a header of names and a line of values."""
    lines = [ln.split() for ln in open("/proc/net/snmp").read().splitlines() if ln.strip()]
    out = {}
    for head, vals in zip(lines[0::2], lines[1::2]):
        name = head[0].rstrip(":")
        if name in ("Ip", "Icmp", "Udp") and len(head) == len(vals):
            out[name] = {k: int(v) for k, v in zip(head[1:], vals[1:])}
    return out


def read_dev():
    """/proc/net/dev: the receive columns of each interface."""
    cols = ["rx_bytes", "rx_packets", "rx_errs", "rx_drop", "rx_fifo", "rx_frame", "rx_compressed", "rx_multicast"]
    out = {}
    for ln in open("/proc/net/dev").read().splitlines()[2:]:
        if ":" not in ln:
            continue
        name, rest = ln.split(":", 1)
        out[name.strip()] = {k: int(v) for k, v in zip(cols, rest.split())}
    return out


def read_udp():
    """/proc/net/udp rows by inode: sl local rem st tx:rx tr:when retrnsmt uid timeout inode ref pointer drops."""
    out = {}
    for ln in open("/proc/net/udp").read().splitlines()[1:]:
        f = ln.split()
        if len(f) < 13:
            continue
        tx, rx = f[4].split(":")
        out[f[9]] = {"local_address": f[1], "rem_address": f[2], "tx_queue": int(tx, 16), "rx_queue": int(rx, 16),
                     "drops": int(f[-1])}
    return out


def read_proc():
    return {"snmp": read_snmp(), "dev": read_dev(), "udp": read_udp()}


def checksum(data):
    """The Internet checksum (RFC 1071)."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def udp_datagram(src, dst, sport, dport, payload):
    """UDP header and payload, with its checksum over the IPv4 pseudo-header."""
    length = UDP_HLEN + len(payload)
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, socket.IPPROTO_UDP, length)
    head = struct.pack("!HHHH", sport, dport, length, 0)
    csum = checksum(pseudo + head + payload) or 0xFFFF  # 0 means "no checksum": sent as all ones
    return struct.pack("!HHHH", sport, dport, length, csum) + payload


def ip_packets(src, dst, ident, datagram, limit):
    """IPv4 packets carrying `datagram`: one when it fits in `limit` bytes, else fragments of
    (limit - 20) & ~7 bytes, the geometry of gVisor's IPv4 output (pkg/tcpip/network/ipv4)."""
    room = (limit - IP_HLEN) & ~7 if IP_HLEN + len(datagram) > limit else len(datagram)
    out = []
    for off in range(0, len(datagram), room):
        part = datagram[off:off + room]
        more = 0x2000 if off + len(part) < len(datagram) else 0  # IP_MF
        head = struct.pack("!BBHHHBBH4s4s", 0x45, 0, IP_HLEN + len(part), ident, more | (off >> 3), 64,
                           socket.IPPROTO_UDP, 0, socket.inet_aton(src), socket.inet_aton(dst))
        out.append(head[:10] + struct.pack("!H", checksum(head)) + head[12:] + part)
    return out


def netlink(kind, flags, body):
    """One rtnetlink request to the sandbox's own netstack; raises its error."""
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE) as nl:
        nl.send(struct.pack("=IHHII", 16 + len(body), kind, NLM_F_REQUEST | NLM_F_ACK | flags, 1, 0) + body)
        reply = nl.recv(4096)
    if struct.unpack("=IH", reply[:6])[1] == NLMSG_ERROR:
        (errno,) = struct.unpack("=i", reply[16:20])
        if errno != 0:
            raise OSError(-errno, os.strerror(-errno))


def route_to_peers():
    """rxtun0 (gVisor brings a TUN device up as it creates it) with TUN_ADDR/TUN_PREFIX (RTM_NEWADDR,
    which adds the subnet's route): the way to 10.0.0.0/24. Returns the TUN's fd, kept open."""
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", TUN_NAME.encode(), IFF_TUN | IFF_NO_PI))
    index = socket.if_nametoindex(TUN_NAME)
    raw = socket.inet_aton(TUN_ADDR)
    addr = struct.pack("=BBBBI", socket.AF_INET, TUN_PREFIX, 0, 0, index)
    addr += struct.pack("=HH", 8, IFA_LOCAL) + raw + struct.pack("=HH", 8, IFA_ADDRESS) + raw
    netlink(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, addr)
    return fd


def lo_mtu():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        return struct.unpack("16si", fcntl.ioctl(s, SIOCGIFMTU, struct.pack("16si", b"lo", 0)))[1]


class Run:
    """One scenario's sockets in this sandbox."""

    def __init__(self, config, raw, mtu):
        for d in config.get("devices", []):
            if d["kind"] != "loopback":
                raise ValueError("device %s: only loopback is carried out" % d["name"])
        if config.get("sysctls"):
            raise ValueError("sysctls are not carried out (gVisor ignores writes to /proc/sys/net/core)")
        self.raw = raw
        # gVisor's raw sockets take at most MTU - 20 bytes (its route MTU less an IPv4 header)
        self.limit = mtu - IP_HLEN
        self.devices = {d["name"] for d in config.get("devices", [])}
        self.ident = 0
        self.socks = {}
        for spec in config.get("sockets", []):
            self.socks[spec["name"]] = self.open_socket(spec)

    def open_socket(self, spec):
        for key in ("soBusyPoll", "multicast", "connect"):
            if key in spec:
                raise ValueError("socket %s: %s is not carried out" % (spec["name"], key))
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            if "soRcvbuf" in spec:
                opt = SO_RCVBUFFORCE if spec.get("soRcvbufForce") else socket.SO_RCVBUF
                s.setsockopt(socket.SOL_SOCKET, opt, c_int(spec["soRcvbuf"]))
            s.bind((spec.get("address", "0.0.0.0"), spec["port"]))
            s.setblocking(False)
        except Exception:
            s.close()
            raise
        return s

    def frames(self, step):
        if step["device"] not in self.devices:
            raise ValueError("no device named %s" % step["device"])
        if step.get("flags"):
            raise ValueError("crafted frames (%s) are not carried out" % ", ".join(step["flags"]))
        flow = step["flow"]
        if flow.get("proto", 17) != 17:
            raise ValueError("IP protocol %d is not carried out (UDP only)" % flow["proto"])
        src, dst = flow.get("src", DEFAULT_SRC), flow.get("dst", "127.0.0.1")
        datagram = udp_datagram(src, dst, flow.get("sport", DEFAULT_SPORT), flow["dport"],
                                b"\0" * step.get("payload", DEFAULT_PAYLOAD))
        for _ in range(step.get("count", 1)):
            self.ident = (self.ident + 1) & 0xFFFF
            for packet in ip_packets(src, dst, self.ident, datagram, self.limit):
                self.raw.sendto(packet, (dst, 0))

    def read(self, step):
        s = self.socks[step["socket"]]
        want = step.get("count")
        n = 0
        while want is None or n < want:
            try:
                s.recv(65536)
            except BlockingIOError:
                break
            n += 1
        return n

    def inodes(self):
        return {name: str(os.fstat(s.fileno()).st_ino) for name, s in self.socks.items()}

    def finish(self):
        for s in self.socks.values():
            s.close()
        self.socks = {}
        return not read_udp()


def main():
    out = sys.stdout

    def send(msg):
        out.write(json.dumps(msg, separators=(",", ":")) + "\n")
        out.flush()

    try:
        tun = route_to_peers()  # noqa: F841 - kept open: closing it would remove rxtun0
        raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
        raw.setsockopt(socket.IPPROTO_IP, socket.IP_HDRINCL, 1)
        mtu = lo_mtu()
    except OSError as e:
        send({"ready": False, "error": "setting up the sandbox: %s" % e})
        return
    send({"ready": True, "pid": os.getpid(), "release": os.uname().release, "lo_mtu": mtu, "proc": read_proc()})
    run = None
    for line in sys.stdin:
        req = json.loads(line)
        op = req["op"]
        try:
            if op == "setup":
                if run is not None:
                    run.finish()
                    run = None
                before = read_proc()
                run = Run(req["config"], raw, mtu)
                send({"ok": True, "proc": before, "inodes": run.inodes()})
            elif op == "frames":
                run.frames(req["step"])
                send({"ok": True})
            elif op == "read":
                send({"ok": True, "read": run.read(req["step"])})
            elif op == "snapshot":
                send({"ok": True, "proc": read_proc(), "inodes": run.inodes()})
            elif op == "finish":
                clean = run.finish() if run is not None else not read_udp()
                run = None
                send({"ok": True, "clean": clean})
            else:
                raise ValueError("unknown request %r" % op)
        except Exception as e:  # the adapter turns it into the protocol's error answer
            send({"ok": False, "error": "%s: %s" % (type(e).__name__, e)})


if __name__ == "__main__":
    main()
