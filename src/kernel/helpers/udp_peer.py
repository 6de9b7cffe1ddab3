#!/usr/bin/python3
"""rxpath kernel peer: runs inside one network namespace (started with `ip netns exec NS taskset -c CPU`)
and does what the recorder asks over stdin/stdout, one JSON object per line each way.

Requests (every reply has "ok": true, or "ok": false and "error"):
  {"op": "socket", "name": S, "addr": A, "port": P, "rcvbuf": N|null, "force": bool, "family": F, "v6only": bool,
   "connect": [A2, P2], "udp_gro": bool, "multicast": G, "mcast_ifs": [I, ...]}
      -> {"rcvbuf": getsockopt(SO_RCVBUF), "local": [A3, P3]}   bound UDP socket, non-blocking; family "inet"
         (default) or "inet6" (AF_INET6, IPV6_V6ONLY set to v6only before bind, address default ::, may be
         ::ffff:a.b.c.d); connect()ed to A2:P2 after the bind when "connect" is given; "local" is getsockname
         afterwards (connect() binds the route's source address to a socket bound to the wildcard); with udp_gro,
         setsockopt(SOL_UDP, UDP_GRO, 1) after the bind (a read then takes a merged skb whole); with multicast, the
         group G joined on each interface I after the bind (inet: IP_ADD_MEMBERSHIP with a struct ip_mreqn; inet6:
         IPV6_JOIN_GROUP with a struct ipv6_mreq)
  {"op": "sender", "name": S, "addr": A, "port": P, "family": F} a bound UDP socket used to send
  {"op": "send", "sender": S, "dst": A, "dport": P, "payload": N, "count": C, "alt": S2, "every": E, "gap_ns": G}
      -> {"sent": n, "errors": {errno_name: k}}   datagram k from S2 when k % E == E - 1 (alt, every optional)
  {"op": "raw", "ifname": I, "frames": [hex, ...], "repeat": C, "gap_ns": G, "per": F}  AF_PACKET sendto on I
      -> {"sent": n, "dropped": d}   d frames the device dropped as it took them (ENOBUFS: NET_XMIT_DROP)
  With gap_ns (optional), datagram k leaves at k * G ns after the first (a schedule from the first send,
  time.monotonic_ns: a late wake-up does not push the later ones back); for raw, a datagram is F frames
  (its fragments, sent back to back; F default 1). Without it, back to back.
  {"op": "read", "name": S, "count": C|null, "peek_errors": bool, "cpu": K}
      -> {"read": n, "bytes": b}          recvmsg until C datagrams or EAGAIN, on CPU K if given
  {"op": "rx_queue", "name": S}           -> {"rx_queue": n, "drops": d}  (this socket's /proc/net/udp or udp6 row)
  {"op": "cat", "paths": [p, ...]}        -> {"files": {p: text}}  read files from inside the namespace
  {"op": "write", "path": p, "value": v}  write a (per-namespace) sysctl file
  {"op": "close", "name": S}
  {"op": "cpu"}                           -> {"cpu": os.sched_getaffinity}
  {"op": "quit"}
"""
import errno
import json
import os
import socket
import struct
import sys
import time

SO_RCVBUFFORCE = getattr(socket, "SO_RCVBUFFORCE", 33)
SO_RXQ_OVFL = 40  # include/uapi/asm-generic/socket.h
UDP_GRO = 104  # include/uapi/linux/udp.h

socks = {}


def pacer(gap_ns):
    """wait(k): sleeps until datagram k's time, k * gap_ns after the first call (gap_ns 0: never sleeps)."""
    start = []

    def wait(k):
        if gap_ns <= 0:
            return
        if not start:
            start.append(time.monotonic_ns())
            return
        late = start[0] + k * gap_ns - time.monotonic_ns()
        if late > 0:
            time.sleep(late / 1e9)
    return wait


def family_of(req):
    fam = req.get("family") or "inet"
    if fam not in ("inet", "inet6"):
        raise ValueError("unknown family %r" % fam)
    return socket.AF_INET6 if fam == "inet6" else socket.AF_INET


def udp_row(sock):
    """The /proc/net/udp (AF_INET6: udp6) row of `sock` (matched by inode): rx_queue and drops columns."""
    ino = os.fstat(sock.fileno()).st_ino
    with open("/proc/net/udp6" if sock.family == socket.AF_INET6 else "/proc/net/udp") as f:
        lines = f.read().splitlines()[1:]
    for line in lines:
        cols = line.split()
        if len(cols) >= 13 and int(cols[9]) == ino:
            tx, rx = cols[4].split(":")
            return {"rx_queue": int(rx, 16), "tx_queue": int(tx, 16), "drops": int(cols[12]),
                    "local_address": cols[1], "rem_address": cols[2]}
    raise RuntimeError("socket inode %d not in /proc/net/udp%s" % (ino, "6" if sock.family == socket.AF_INET6 else ""))


def op_socket(req):
    fam = family_of(req)
    s = socket.socket(fam, socket.SOCK_DGRAM)
    if fam == socket.AF_INET6:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if req.get("v6only") else 0)
    if req.get("rcvbuf") is not None:
        opt = SO_RCVBUFFORCE if req.get("force") else socket.SO_RCVBUF
        s.setsockopt(socket.SOL_SOCKET, opt, int(req["rcvbuf"]))
    if req.get("rxq_ovfl") is not None:
        s.setsockopt(socket.SOL_SOCKET, SO_RXQ_OVFL, 1 if req["rxq_ovfl"] else 0)
    s.bind((req.get("addr") or ("::" if fam == socket.AF_INET6 else "0.0.0.0"), int(req["port"])))
    if req.get("udp_gro"):
        s.setsockopt(socket.IPPROTO_UDP, UDP_GRO, 1)
    for ifname in req.get("mcast_ifs") or []:
        index = socket.if_nametoindex(ifname)
        if fam == socket.AF_INET6:
            mreq = struct.pack("16sI", socket.inet_pton(socket.AF_INET6, req["multicast"]), index)
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
        else:
            mreqn = struct.pack("4s4si", socket.inet_aton(req["multicast"]), socket.inet_aton("0.0.0.0"), index)
            s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreqn)
    if req.get("connect") is not None:
        addr, port = req["connect"]
        s.connect((addr, int(port)))
    s.setblocking(False)
    socks[req["name"]] = s
    local = s.getsockname()
    return {"rcvbuf": s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), "local": [local[0], local[1]]}


def op_sender(req):
    fam = family_of(req)
    s = socket.socket(fam, socket.SOCK_DGRAM)
    s.bind((req.get("addr") or ("::" if fam == socket.AF_INET6 else "0.0.0.0"), int(req.get("port") or 0)))
    socks[req["name"]] = s
    return {}


def op_send(req):
    s = socks[req["sender"]]
    alt = socks[req["alt"]] if req.get("alt") else None
    every = int(req.get("every") or 0)
    data = b"\x5a" * int(req["payload"])
    dst = (req["dst"], int(req["dport"]))
    sent = 0
    errors = {}
    wait = pacer(int(req.get("gap_ns") or 0))
    for k in range(int(req.get("count") or 1)):
        wait(k)
        try:
            (alt if alt is not None and k % every == every - 1 else s).sendto(data, dst)
            sent += 1
        except OSError as e:
            name = errno.errorcode.get(e.errno, str(e.errno))
            errors[name] = errors.get(name, 0) + 1
    return {"sent": sent, "errors": errors}


def op_raw(req):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
    try:
        s.bind((req["ifname"], 0))
        frames = [bytes.fromhex(h) for h in req["frames"]]
        per = int(req.get("per") or 1)
        wait = pacer(int(req.get("gap_ns") or 0))
        sent = 0
        dropped = 0
        for _ in range(int(req.get("repeat") or 1)):
            for i, fr in enumerate(frames):
                if i % per == 0:
                    wait(i // per)
                try:
                    s.send(fr)
                    sent += 1
                except OSError as e:
                    # ENOBUFS: the device dropped the frame (veth_xmit returns NET_XMIT_DROP when netif_rx's
                    # enqueue_to_backlog drops it: a full backlog or a flow limit), which the receive counters show
                    if e.errno != errno.ENOBUFS:
                        raise
                    dropped += 1
    finally:
        s.close()
    return {"sent": sent, "dropped": dropped}


def op_read(req):
    """recvmsg until `count` datagrams (or EAGAIN) on CPU `cpu` when given (the process goes back to its CPUs after);
    `ovfl`: the last SO_RXQ_OVFL control message's u32, or None."""
    if req.get("cpu") is None:
        return read_here(req)
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {int(req["cpu"])})
    try:
        return read_here(req)
    finally:
        os.sched_setaffinity(0, before)


def read_here(req):
    s = socks[req["name"]]
    want = req.get("count")
    n = 0
    b = 0
    ovfl = None
    errors = {}
    while want is None or n < int(want):
        try:
            d, anc, _flags, _addr = s.recvmsg(70000, 2 * socket.CMSG_SPACE(4))  # SO_RXQ_OVFL and UDP_GRO
        except BlockingIOError:
            break
        except OSError as e:
            name = errno.errorcode.get(e.errno, str(e.errno))
            errors[name] = errors.get(name, 0) + 1
            continue
        for level, kind, data in anc:
            if level == socket.SOL_SOCKET and kind == SO_RXQ_OVFL:
                ovfl = int.from_bytes(data[:4], sys.byteorder)
        n += 1
        b += len(d)
    return {"read": n, "bytes": b, "errors": errors, "ovfl": ovfl}


def op_rx_queue(req):
    return udp_row(socks[req["name"]])


def op_cat(req):
    out = {}
    for p in req["paths"]:
        try:
            with open(p) as f:
                out[p] = f.read()
        except OSError as e:
            out[p] = None
    return {"files": out}


def op_write(req):
    with open(req["path"], "w") as f:
        f.write(str(req["value"]) + "\n")
    return {}


def op_setsockopt(req):
    """setsockopt on a bound socket, the workload's setsockopt step: SO_RCVBUF (or SO_RCVBUFFORCE), then SO_RXQ_OVFL,
    then UDP_GRO."""
    s = socks[req["name"]]
    if req.get("rcvbuf") is not None:
        opt = SO_RCVBUFFORCE if req.get("force") else socket.SO_RCVBUF
        s.setsockopt(socket.SOL_SOCKET, opt, int(req["rcvbuf"]))
    if req.get("rxq_ovfl") is not None:
        s.setsockopt(socket.SOL_SOCKET, SO_RXQ_OVFL, 1 if req["rxq_ovfl"] else 0)
    if req.get("udp_gro") is not None:
        s.setsockopt(socket.IPPROTO_UDP, UDP_GRO, 1 if req["udp_gro"] else 0)
    return {"rcvbuf": s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)}


def op_close(req):
    s = socks.pop(req["name"], None)
    if s is not None:
        s.close()
    return {}


def op_cpu(req):
    return {"cpu": sorted(os.sched_getaffinity(0))}


OPS = {"socket": op_socket, "sender": op_sender, "send": op_send, "raw": op_raw, "read": op_read,
       "rx_queue": op_rx_queue, "cat": op_cat, "write": op_write, "close": op_close, "cpu": op_cpu,
       "setsockopt": op_setsockopt}


def main():
    sys.stdout.write(json.dumps({"ok": True, "ready": True, "pid": os.getpid()}) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            req = json.loads(line)
            if req.get("op") == "quit":
                sys.stdout.write(json.dumps({"ok": True}) + "\n")
                sys.stdout.flush()
                return
            rep = OPS[req["op"]](req)
            rep["ok"] = True
        except Exception as e:  # reported to the recorder, which fails the trial
            rep = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(rep) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
