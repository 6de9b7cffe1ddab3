#!/usr/bin/env python3
"""A small implementation of the Linux 6.18 UDP receive buffer, in Python, speaking rxpath's
adapter protocol (JSON lines over stdio, schemas/protocol.schema.json, docs/protocol.md).

It implements only a subset, and says so in its handshake:
  - profile linux-6.18;
  - loopback datagrams to bound UDP sockets;
  - SO_RCVBUF / SO_RCVBUFFORCE, at creation and mid-run (setsockopt steps), and net.core.rmem_max /
    rmem_default;
  - the 6.18 admission rule and the batched memory release of udp_rmem_release.
It reports the counters of the UDP layer (snmp.Udp) and of the sockets (/proc/net/udp rows); the
other counter files are filled in consistently but are not claimed (`observes`).

Run it with:  rxpath check --impl-cmd "python3 examples/python/rxpath_udp.py"

It has no clock of its own worth the name (protocol 2, capabilities.timing "settled"): every step
takes effect at once, in order, the frames of a step one after another, and rxpath holds it only to
what order fixes (docs/protocol.md, "Timing"). With --timed it keeps the naive clock it had as a
protocol 1 program (frames gapNs apart, each delivered at its own time) and declares no timing: it
is then held to the reference model's clock, which it does not have, and the differential property
shows where the two part (a burst over loopback: the sender waits for its CPU in the kernel).
"""
import heapq
import json
import os
import sys

SETTLED = "--timed" not in sys.argv[1:]
# protocol 2 declares the timing; without it, version 1 as before
PROTOCOL = 2 if SETTLED else 1
INT_MAX = 0x7FFFFFFF
SOCK_MIN_RCVBUF = 2304  # include/net/sock.h: 2048 + SKB_DATA_ALIGN(sizeof(struct sk_buff))
DEFAULTS = {"net.core.rmem_max": 4194304, "net.core.rmem_default": 212992}  # 6.18 defaults

CAPABILITIES = {
    "profiles": ["linux-6.18"],
    "events": False,
    "tags": ["loopback", "socket", "rcvbuf", "rcvbuf_force", "rcvbuf_step", "multi_cpu",
             "sysctl:net.core.rmem_max", "sysctl:net.core.rmem_default"],
    "observes": ["snmp.Udp", "udp[*].rx_queue", "udp[*].drops"],
}
if SETTLED:
    CAPABILITIES["timing"] = "settled"

HERE = os.path.dirname(os.path.abspath(__file__))
# skb->truesize by payload, measured on Linux 6.18 (the same data the reference model reads).
TRUESIZE_FILE = os.path.join(HERE, "..", "..", "src", "model", "truesize", "linux-6.18.json")


def load_truesize():
    with open(TRUESIZE_FILE) as f:
        segments = json.load(f)["tables"]["loopback"]["segments"]

    def truesize(payload):
        best = segments[0]
        for seg in segments:
            if seg[0] <= payload:
                best = seg
        p0, t0, slope = best
        return t0 + slope * (payload - p0)
    return truesize


TRUESIZE = load_truesize()


def hex_addr(ip, port):
    """/proc/net/udp address column: little-endian hex IPv4, big-endian hex port."""
    a = [int(x) for x in ip.split(".")]
    return "%02X%02X%02X%02X:%04X" % (a[3], a[2], a[1], a[0], port)


class Sock:
    def __init__(self, spec, sysctls):
        self.name = spec["name"]
        self.address = spec.get("address", "0.0.0.0")
        self.port = spec["port"]
        self.peer = spec.get("connect")
        self.rcvbuf = sysctls["net.core.rmem_default"]
        if "soRcvbuf" in spec:
            self.set_rcvbuf(spec["soRcvbuf"], spec.get("soRcvbufForce", False), sysctls["net.core.rmem_max"])
        self.forward_threshold = self.rcvbuf >> 2  # udp.c: udp_lib_init_sock
        self.rmem_alloc = 0
        self.forward_deficit = 0
        self.receive_queue = []  # truesizes
        self.reader_queue = []
        self.drops = 0

    def set_rcvbuf(self, val, force, rmem_max):
        """setsockopt(SO_RCVBUF or SO_RCVBUFFORCE, val), at creation or mid-run (a setsockopt step)."""
        # net/core/sock.c:sk_setsockopt: SO_RCVBUF passes min_t(u32, val, rmem_max), SO_RCVBUFFORCE
        # max(val, 0); then __sock_set_rcvbuf: min_t(int, val, INT_MAX / 2), max_t(int, val * 2, SOCK_MIN_RCVBUF)
        val = max(val, 0) if force else min(val & 0xFFFFFFFF, rmem_max)
        val = min(val, INT_MAX // 2)
        self.rcvbuf = max(val * 2, SOCK_MIN_RCVBUF)
        # udp.c:udp_lib_setsockopt: WRITE_ONCE(up->forward_threshold, sk->sk_rcvbuf >> 2)
        self.forward_threshold = self.rcvbuf >> 2

    def admit(self, size):
        """net/ipv4/udp.c:__udp_enqueue_schedule_skb (6.18): drop iff rmem+size > rcvbuf and
        (rcvbuf > INT_MAX/2 or rmem != 0): one oversize datagram only into an empty queue."""
        rmem = self.rmem_alloc
        if rmem + size > self.rcvbuf and (self.rcvbuf > INT_MAX // 2 or rmem != 0):
            return False
        self.rmem_alloc += size
        self.receive_queue.append(size)
        return True

    def recv_one(self):
        """udp_recvmsg -> __skb_recv_udp: dequeue from reader_queue (splicing the receive queue
        in when it is empty), then udp_rmem_release(partial=1)."""
        if not self.reader_queue:
            self.reader_queue, self.receive_queue = self.receive_queue, []
        if not self.reader_queue:
            return False
        size = self.reader_queue.pop(0)
        self.forward_deficit += size
        if self.forward_deficit < self.forward_threshold and self.reader_queue:
            return True
        self.rmem_alloc -= self.forward_deficit
        self.forward_deficit = 0
        return True

    def row(self):
        rem = hex_addr(self.peer["address"], self.peer["port"]) if self.peer else "00000000:0000"
        return {"name": self.name, "local_address": hex_addr(self.address, self.port), "rem_address": rem,
                "rx_queue": self.rmem_alloc - self.forward_deficit,  # udp4_format_sock (6.x)
                "tx_queue": 0, "drops": self.drops}


class Host:
    def __init__(self, config):
        if config["profile"] != "linux-6.18":
            raise ValueError("only linux-6.18 is implemented")
        self.cpus = config["cpus"]
        for d in config.get("devices", []):
            if d["kind"] != "loopback":
                raise ValueError("only loopback devices are implemented")
        self.sysctls = dict(DEFAULTS)
        self.sysctls.update(config.get("sysctls", {}))
        self.socks = [Sock(s, self.sysctls) for s in config.get("sockets", [])]
        self.devices = [d["name"] for d in config.get("devices", [])]
        self.udp = dict.fromkeys(["InDatagrams", "NoPorts", "InErrors", "OutDatagrams", "RcvbufErrors",
                                  "SndbufErrors", "InCsumErrors", "IgnoredMulti", "MemErrors"], 0)
        self.ip_in = 0
        self.processed = [0] * self.cpus  # loopback: netif_rx queues to the sending CPU's backlog
        self.rx_bytes = 0
        # Frames not yet sent: a frames step sends `count` frames gapNs apart (workload.schema.json),
        # so a snapshot at time t sees only those sent by t. Heap of (time, seq, step).
        self.pending = []
        self.seq = 0
        self.now = 0

    def lookup(self, dst, dport, src, sport):
        for s in self.socks:
            if s.port != dport or s.address not in ("0.0.0.0", dst):
                continue
            if s.peer and (s.peer["address"] != src or s.peer["port"] != sport):
                continue
            return s
        return None

    def frames(self, step):
        """Schedules the step's frames, gapNs apart from `at`; those due now are sent at once."""
        if step.get("flags") or step["flow"].get("proto", 17) != 17:
            raise ValueError("crafted frames are not implemented")
        if SETTLED:
            # no clock: the step's frames go up one after another, now
            for _ in range(step.get("count", 1)):
                self.receive(step)
            return
        gap = step.get("gapNs", 0)
        for i in range(step.get("count", 1)):
            heapq.heappush(self.pending, (step["at"] + i * gap, self.seq, step))
            self.seq += 1
        self.advance(step["at"])

    def advance(self, t):
        """Sends every frame due by time t, in time order (then step order)."""
        while self.pending and self.pending[0][0] <= t:
            at, _, step = heapq.heappop(self.pending)
            self.now = max(self.now, at)
            self.receive(step)
        if t != float("inf"):
            self.now = max(self.now, t)

    def receive(self, step):
        """One datagram over loopback: loopback_xmit -> netif_rx -> ip_rcv -> __udp4_lib_rcv."""
        flow = step["flow"]
        payload = step.get("payload", 64)
        sock = self.lookup(flow.get("dst", "127.0.0.1"), flow["dport"], flow.get("src", "127.0.0.1"), flow.get("sport", 40000))
        self.ip_in += 1
        self.processed[step.get("cpu", 0)] += 1
        self.rx_bytes += payload + 28 + 14
        if sock is None:
            self.udp["NoPorts"] += 1  # __udp4_lib_rcv: no socket
        elif not sock.admit(TRUESIZE(payload)):
            # -ENOMEM: "charged twice", RcvbufErrors and InErrors, and the socket's drops
            self.udp["RcvbufErrors"] += 1
            self.udp["InErrors"] += 1
            sock.drops += 1

    def read(self, step):
        sock = next(s for s in self.socks if s.name == step["socket"])
        want = step.get("count")
        n = 0
        while want is None or n < want:
            if not sock.recv_one():
                break
            n += 1
            self.udp["InDatagrams"] += 1  # counted in udp_recvmsg, not at enqueue

    def snapshot(self):
        z = lambda keys: {k: 0 for k in keys}  # noqa: E731
        ip = z(["InReceives", "InHdrErrors", "InAddrErrors", "ForwDatagrams", "InUnknownProtos", "InDiscards",
                "InDelivers", "OutRequests", "OutDiscards", "OutNoRoutes", "ReasmTimeout", "ReasmReqds", "ReasmOKs",
                "ReasmFails", "FragOKs", "FragFails", "FragCreates", "OutTransmits"])
        ip.update({"Forwarding": 2, "DefaultTTL": 64, "InReceives": self.ip_in, "InDelivers": self.ip_in})
        dev = {name: {"rx_bytes": self.rx_bytes, "rx_packets": self.ip_in, "rx_errs": 0, "rx_drop": 0,
                      "rx_fifo": 0, "rx_frame": 0, "rx_compressed": 0, "rx_multicast": 0} for name in self.devices}
        return {
            # 6.18 softnet_seq_show prints backlog_len, input_qlen and process_qlen too; frames here
            # go straight through, so nothing waits in a backlog.
            "softnet_stat": [{"cpu": c, "processed": self.processed[c], "dropped": 0, "time_squeeze": 0, "cpu_collision": 0,
                              "received_rps": 0, "flow_limit_count": 0, "backlog_len": 0, "input_qlen": 0,
                              "process_qlen": 0} for c in range(self.cpus)],
            "snmp": {"Ip": ip,
                     "Icmp": z(["InMsgs", "InErrors", "InCsumErrors", "InDestUnreachs", "OutMsgs", "OutErrors", "OutDestUnreachs"]),
                     "Udp": dict(self.udp)},
            "netstat": {"IpExt": z(["InNoRoutes", "InTruncatedPkts", "InMcastPkts", "OutMcastPkts", "InBcastPkts",
                                    "OutBcastPkts", "InOctets", "OutOctets", "InMcastOctets", "OutMcastOctets",
                                    "InBcastOctets", "OutBcastOctets", "InCsumErrors", "InNoECTPkts", "InECT1Pkts",
                                    "InECT0Pkts", "InCEPkts"]),
                        "TcpExt": {"IPReversePathFilter": 0}},
            "dev": dev, "ethtool": {}, "udp": [s.row() for s in self.socks],
            "softirqs": {"NET_RX": [0] * self.cpus}, "interrupts": {},
        }


def main():
    host = None
    steps = 0
    last_at = 0

    def send(msg):
        sys.stdout.write(json.dumps(msg) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        msg = json.loads(line)
        kind = msg["type"]
        try:
            if kind == "hello":
                if PROTOCOL not in msg["protocol"]:
                    send({"type": "error", "message": "rxpath offers protocol %s; this program speaks %d" % (msg["protocol"], PROTOCOL)})
                    return
                send({"type": "hello", "protocol": PROTOCOL, "name": "python-udp-rcvbuf", "capabilities": CAPABILITIES})
            elif kind == "start":
                host, steps, last_at = Host(msg["config"]), msg["steps"], 0
                send({"type": "started", "run": msg["run"]})
            elif kind == "step":
                step = msg["step"]
                last_at = step["at"]
                op = step["op"]
                host.advance(step["at"])  # frames of earlier steps due by now arrive first
                if op == "frames":
                    host.frames(step)
                elif op == "read":
                    host.read(step)
                elif op == "setsockopt":
                    sock = next(k for k in host.socks if k.name == step["socket"])
                    if "soRcvbuf" in step:
                        sock.set_rcvbuf(step["soRcvbuf"], step.get("soRcvbufForce", False), host.sysctls["net.core.rmem_max"])
                elif op in ("advance", "sysctl"):
                    pass  # rmem_max / rmem_default only act when a socket sets its buffer, at start
                elif op != "checkpoint":
                    raise ValueError("step %s is not implemented" % op)
                if op == "checkpoint":
                    send({"type": "snapshot", "run": msg["run"], "index": msg["index"],
                          "checkpoint": {"label": step["label"], "step": msg["index"], "at": step["at"], "counters": host.snapshot()}})
                else:
                    send({"type": "ack", "run": msg["run"], "index": msg["index"]})
            elif kind == "end":
                host.advance(float("inf"))  # run until idle: every frame still to come arrives
                send({"type": "end", "run": msg["run"],
                      "checkpoint": {"label": "end", "step": steps, "at": max(last_at, host.now), "counters": host.snapshot()}})
            elif kind == "bye":
                return
        except Exception as e:  # the run cannot go on: say so (rxpath reports it as broken)
            err = {"type": "error", "message": str(e)}
            if "run" in msg:
                err["run"] = msg["run"]
            if "index" in msg:
                err["index"] = msg["index"]
            send(err)


if __name__ == "__main__":
    main()
