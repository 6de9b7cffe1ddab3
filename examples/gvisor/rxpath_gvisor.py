#!/usr/bin/env python3
"""gVisor's netstack as an rxpath implementation: every scenario runs in a gVisor sandbox.

Speaks rxpath's adapter protocol (JSON lines over stdio, protocol 2, docs/protocol.md). Each run
(`start` ... `end`) is carried out by agent.py inside a sandbox (sandbox.py: `runsc run`, platform
ptrace, `--network=none`: gVisor's own netstack with loopback only): it creates and binds the
scenario's UDP sockets with their SO_RCVBUF / SO_RCVBUFFORCE, makes each frames step's datagrams
arrive on loopback (written, headers included, to a raw socket: agent.py says how), reads with
recvmsg, and at every checkpoint reads /proc/net/snmp, /proc/net/dev and /proc/net/udp as gVisor
emulates them.

  rxpath check --impl-cmd "python3 examples/gvisor/rxpath_gvisor.py"

Needs root and `runsc` (Debian: apt-get install runsc). Without them, or when runsc cannot start a
sandbox here, it says so in one line on stderr and exits with status 77 (EXIT_UNAVAILABLE), before
the handshake; rxpath then reports the implementation as broken before any check (exit 3) with
that line.

Exactness. gVisor's counters are per netstack and cumulative: a snapshot is the difference from
the agent's reading at the run's setup. A sandbox serves the next run only when the run left it
as it found it: every socket closed (/proc/net/udp empty), every address it added removed, and
gVisor's ICMP rate limiter (a token bucket of 50, refilled at 1000 a second, in
pkg/tcpip/stack/icmp_rate_limit.go) full again: after a run that sent ICMP, the next one starts
100 ms after it at the earliest. A run that fails, or leaves anything behind, retires its sandbox;
a fresh one is always started ahead. Every sandbox is killed and deleted at exit, on SIGTERM,
SIGINT and SIGHUP, and by reaper.py when the adapter is killed outright.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox as sb  # noqa: E402
import snapshot  # noqa: E402

PROTOCOL = 2
NAME = "gvisor-netstack"
EXIT_UNAVAILABLE = 77  # root, runsc or a working sandbox is missing (the automake "skipped" status)
ICMP_REFILL_S = 0.1  # gVisor's ICMP bucket (50 tokens, 1000/s) is full 50 ms after its last message

CAPABILITIES = {
    "profiles": ["linux-6.18"],
    "events": False,
    "timing": "settled",  # no clock rxpath can drive: steps in order, each send completes before the next
    # what the agent carries out: UDP datagrams arriving on loopback for bound UDP sockets, SO_RCVBUF
    # and SO_RCVBUFFORCE, reads. Not: crafted frames or other protocols, sysctls (gVisor ignores
    # writes to net.core.rmem_*), sending CPUs, connected sockets, busy polling, multicast.
    "tags": ["loopback", "socket", "rcvbuf", "rcvbuf_force"],
    # Only what gVisor maintains (pkg/sentry/socket/netstack/stack.go:Statistics). Not observed:
    # - what it prints as a constant 0: Ip Forwarding, DefaultTTL, InHdrErrors, ForwDatagrams,
    #   InUnknownProtos, InDiscards, OutNoRoutes, Reasm*, Frag*; Icmp InMsgs, OutMsgs, InCsumErrors;
    #   Udp InErrors, SndbufErrors, IgnoredMulti; /proc/net/dev errs, drop, fifo, frame, compressed,
    #   multicast; /proc/net/udp tx_queue, rx_queue and drops;
    # - what it does not print: softnet_stat, netstat (IpExt, TcpExt), NET_RX softirqs, Udp MemErrors;
    # - what the agent's own sending moves: Ip OutRequests, OutDiscards, Udp OutDatagrams;
    # - /proc/net/udp addresses, which name the sockets rather than count anything.
    "observes": [
        "snmp.Ip.InReceives", "snmp.Ip.InAddrErrors", "snmp.Ip.InDelivers",
        "snmp.Icmp.InErrors", "snmp.Icmp.InDestUnreachs", "snmp.Icmp.InTimeExcds", "snmp.Icmp.InParmProbs",
        "snmp.Icmp.OutErrors", "snmp.Icmp.OutDestUnreachs", "snmp.Icmp.OutTimeExcds", "snmp.Icmp.OutParmProbs",
        "snmp.Udp.InDatagrams", "snmp.Udp.NoPorts", "snmp.Udp.RcvbufErrors", "snmp.Udp.InCsumErrors",
        "dev.*.rx_bytes", "dev.*.rx_packets",
    ],
}


def unavailable(why):
    sys.stderr.write("rxpath_gvisor: cannot run gVisor here: %s\n" % why)
    sys.exit(EXIT_UNAVAILABLE)


def prerequisites():
    if not sys.platform.startswith("linux"):
        unavailable("gVisor runs on Linux only")
    if os.geteuid() != 0:
        unavailable("runsc needs root (euid is %d)" % os.geteuid())
    if shutil.which("runsc") is None:
        unavailable("runsc is not on PATH (Debian: apt-get install runsc)")
    if not os.access(sb.PYTHON, os.X_OK):
        unavailable("%s, which runs the agent inside the sandbox, is missing" % sb.PYTHON)


class Adapter:
    def __init__(self, pool):
        self.pool = pool
        self.box = None
        self.config = None
        self.base = None
        self.steps = 0
        self.last_at = 0

    def agent(self, msg):
        answer = self.box.request(msg)
        if not answer.get("ok"):
            raise RuntimeError("in gVisor: %s" % answer.get("error"))
        return answer

    def start(self, msg):
        self.config, self.steps, self.last_at = msg["config"], msg["steps"], 0
        if self.config["profile"] != "linux-6.18":
            raise ValueError("only linux-6.18 is declared")
        if self.config["cpus"] != 1:
            raise ValueError("one CPU only (multi_cpu is not declared)")
        self.box = self.pool.take()
        ready = self.agent({"op": "setup", "config": self.config})
        self.base = ready["proc"]

    def step(self, msg):
        step = msg["step"]
        self.last_at = step["at"]
        op = step["op"]
        if op in ("frames", "read"):
            self.agent({"op": op, "step": step})
        elif op == "checkpoint":
            return {"label": step["label"], "step": msg["index"], "at": step["at"], "counters": self.counters()}
        elif op != "advance":
            raise ValueError("step %s is not carried out" % op)
        return None

    def counters(self):
        now = self.agent({"op": "snapshot"})
        return snapshot.build(self.config, self.base, now["proc"], now["inodes"])

    def end(self):
        now = self.agent({"op": "snapshot"})
        counters = snapshot.build(self.config, self.base, now["proc"], now["inodes"])
        clean = self.agent({"op": "finish"})["clean"]
        if not clean:
            self.pool.retire()
        elif snapshot.icmp_sent(self.base, now["proc"]) > 0:
            self.box.quiet_at = time.monotonic() + ICMP_REFILL_S
        self.box = None
        return {"label": "end", "step": self.steps, "at": self.last_at, "counters": counters}

    def abandon(self):
        """A run that failed: its sandbox is not reused."""
        if self.box is not None:
            self.pool.retire()
            self.box = None


def serve(adapter):
    def send(msg):
        sys.stdout.write(json.dumps(msg) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        msg = json.loads(line)
        kind = msg["type"]
        try:
            if kind == "hello":
                if PROTOCOL not in msg["protocol"]:
                    send({"type": "error", "message": "rxpath offers protocol %s; this program speaks %d"
                          % (msg["protocol"], PROTOCOL)})
                    return
                send({"type": "hello", "protocol": PROTOCOL, "name": NAME, "capabilities": CAPABILITIES})
            elif kind == "start":
                adapter.abandon()
                adapter.start(msg)
                send({"type": "started", "run": msg["run"]})
            elif kind == "step":
                cp = adapter.step(msg)
                if cp is None:
                    send({"type": "ack", "run": msg["run"], "index": msg["index"]})
                else:
                    send({"type": "snapshot", "run": msg["run"], "index": msg["index"], "checkpoint": cp})
            elif kind == "end":
                send({"type": "end", "run": msg["run"], "checkpoint": adapter.end()})
            elif kind == "bye":
                return
        except Exception as e:  # noqa: BLE001 - the run cannot go on: rxpath reports it as broken
            adapter.abandon()
            err = {"type": "error", "message": "%s: %s" % (type(e).__name__, e)}
            for k in ("run", "index"):
                if k in msg:
                    err[k] = msg[k]
            send(err)


def main():
    prerequisites()
    state = tempfile.mkdtemp(prefix="rxpath-gvisor-")
    # the watchdog: its own session, so that a SIGKILL to our process group does not reach it
    reaper = subprocess.Popen([sys.executable, os.path.join(sb.HERE, "reaper.py"), state],
                              stdin=subprocess.PIPE, start_new_session=True)
    pool = sb.Pool(state)

    def cleanup():
        pool.close()
        sb.remove_all(state)
        reaper.stdin.close()
        reaper.wait()

    def on_signal(signum, _frame):
        cleanup()
        os._exit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        ready = pool.first()
    except sb.SandboxError as e:
        cleanup()
        unavailable("runsc cannot start a sandbox: %s" % e)
    sys.stderr.write("rxpath_gvisor: gVisor sandbox ready (kernel %s as gVisor reports it)\n" % ready["release"])
    try:
        serve(Adapter(pool))
    finally:
        cleanup()
        sys.stderr.write("rxpath_gvisor: %d sandboxes started, all deleted\n" % pool.started)


if __name__ == "__main__":
    main()
