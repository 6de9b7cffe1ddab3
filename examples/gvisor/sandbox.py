"""gVisor sandboxes for rxpath_gvisor.py: start one with `runsc run`, talk to its agent, end it.

Each sandbox is `runsc --root=STATE --platform=ptrace --network=none --net-raw --ignore-cgroups run` of an
OCI bundle whose root is the host's / read-only (so that the host's python3 runs the agent), with
its own /proc and /tmp and this directory bound at /rxpath-gvisor. `--network=none` gives the
sandbox gVisor's own netstack with only loopback, already up: nothing it does reaches the host's
network, and nothing here writes a host sysctl or network setting. (`runsc do` is never used: it
changes host settings.)

`runsc run` is started without --detach, in this program's process group, so that its sandbox
(started --attached: it dies with its parent) and gofer end with the group. What a kill leaves in
STATE is removed by reaper.py.
"""
import json
import os
import select
import shutil
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MOUNT = "/rxpath-gvisor"
PYTHON = "/usr/bin/python3"
READY_TIMEOUT_S = 30
ANSWER_TIMEOUT_S = 60
# The capabilities the agent needs inside its own sandbox: CAP_NET_RAW for the raw socket it sends
# frames with (and runsc's --net-raw, without which gVisor has no raw sockets), CAP_NET_ADMIN for
# SO_RCVBUFFORCE and the TUN device, CAP_NET_BIND_SERVICE for sockets below 1024.
CAPS = ["CAP_NET_RAW", "CAP_NET_ADMIN", "CAP_NET_BIND_SERVICE"]


class SandboxError(Exception):
    pass


def runsc_base(state):
    return ["runsc", "--root=" + state, "--platform=ptrace", "--network=none", "--net-raw", "--ignore-cgroups"]


def write_bundle(state):
    """The OCI bundle every sandbox runs: the agent, unbuffered, as root in its own namespaces."""
    bundle = os.path.join(state, "bundle")
    os.makedirs(bundle, exist_ok=True)
    caps = {k: CAPS for k in ("bounding", "effective", "permitted", "inheritable", "ambient")}
    spec = {
        "ociVersion": "1.0.0",
        "process": {"terminal": False, "user": {"uid": 0, "gid": 0}, "cwd": "/",
                    "args": [PYTHON, "-u", MOUNT + "/agent.py"], "env": ["PATH=/usr/bin:/bin"],
                    "capabilities": caps},
        "root": {"path": "/", "readonly": True},
        "hostname": "rxpath-gvisor",
        "mounts": [
            {"destination": "/proc", "type": "proc", "source": "proc"},
            {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs"},
            {"destination": MOUNT, "type": "bind", "source": HERE, "options": ["rbind", "ro"]},
        ],
        "linux": {"namespaces": [{"type": t} for t in ("pid", "network", "ipc", "uts", "mount")]},
    }
    with open(os.path.join(bundle, "config.json"), "w") as f:
        json.dump(spec, f, indent=1)
    return bundle


class Sandbox:
    """One `runsc run` and the agent inside it."""

    def __init__(self, state, bundle, cid):
        self.state, self.cid = state, cid
        self.proc = subprocess.Popen(runsc_base(state) + ["run", "--bundle", bundle, cid],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.buf = b""
        self.ready = None  # the agent's ready message, once read
        self.quiet_at = 0.0  # monotonic time before which the sandbox's ICMP rate limiter may not be full

    def _line(self, timeout):
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise SandboxError("sandbox %s: no answer from the agent within %d s" % (self.cid, timeout))
            r, _, _ = select.select([fd], [], [], left)
            if r:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise SandboxError("sandbox %s ended: %s" % (self.cid, self.stderr_tail()))
                self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def stderr_tail(self):
        try:
            self.proc.kill()
            err = self.proc.stderr.read().decode(errors="replace").strip().splitlines()
        except Exception:  # noqa: BLE001 - only for a message
            err = []
        return err[-1] if err else "runsc exited with status %s" % self.proc.poll()

    def wait_ready(self):
        """The readiness handshake: the agent's first line, once it has read gVisor's /proc."""
        if self.ready is None:
            msg = self._line(READY_TIMEOUT_S)
            if not msg.get("ready"):
                raise SandboxError("sandbox %s: %s" % (self.cid, msg.get("error", "unexpected first line %s" % msg)))
            self.ready = msg
        return self.ready

    def request(self, msg):
        self.wait_ready()
        try:
            self.proc.stdin.write((json.dumps(msg) + "\n").encode())
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise SandboxError("sandbox %s ended: %s" % (self.cid, self.stderr_tail()))
        return self._line(ANSWER_TIMEOUT_S)

    def close(self):
        """Ends the agent (EOF), then the sandbox, and deletes the container's state."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()
        delete(self.state, self.cid)


def delete(state, cid):
    """runsc kill + delete --force of one container, quietly (it may be gone already)."""
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    base = runsc_base(state)
    if os.path.exists(os.path.join(state, "%s_sandbox:%s.state" % (cid, cid))):
        subprocess.run(base + ["kill", cid, "KILL"], timeout=10, **quiet)
        subprocess.run(base + ["delete", "--force", cid], timeout=10, **quiet)


def containers(state):
    """Container ids with state left in STATE (runsc writes ID_sandbox:ID.state)."""
    try:
        names = os.listdir(state)
    except FileNotFoundError:
        return []
    return sorted({n.split("_sandbox:")[0] for n in names if "_sandbox:" in n})


def remove_all(state):
    for cid in containers(state):
        try:
            delete(state, cid)
        except Exception:  # noqa: BLE001 - best effort, then the directory goes anyway
            pass
    shutil.rmtree(state, ignore_errors=True)


class Pool:
    """The sandbox in use and one started ahead, so that a fresh one is ready when needed."""

    def __init__(self, state):
        self.state = state
        self.bundle = write_bundle(state)
        self.n = 0
        self.current = None
        self.spare = None
        self.started = 0  # sandboxes started, for the adapter's log

    def _start(self):
        self.n += 1
        self.started += 1
        return Sandbox(self.state, self.bundle, "rxpath-%d-%d" % (os.getpid(), self.n))

    def first(self):
        """Starts the first sandbox and waits for its agent: proof that runsc works here."""
        self.current = self._start()
        return self.current.wait_ready()

    def take(self):
        """A sandbox for a new run: the current one when it may be reused, else a fresh one."""
        if self.current is not None and self.current.proc.poll() is not None:
            self.retire()  # it ended (killed from outside?): not reused
        if self.current is not None:
            wait = self.current.quiet_at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            return self.current
        if self.spare is None:
            self.spare = self._start()
        self.current, self.spare = self.spare, self._start()
        try:
            self.current.wait_ready()
        except SandboxError:
            self.retire()
            raise
        return self.current

    def retire(self):
        """The current sandbox is not reused (a run failed in it, or it was left unclean)."""
        if self.current is not None:
            self.current.close()
            self.current = None

    def close(self):
        for sb in (self.current, self.spare):
            if sb is not None:
                try:
                    sb.close()
                except Exception:  # noqa: BLE001 - remove_all follows
                    pass
        self.current = self.spare = None
