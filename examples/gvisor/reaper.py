#!/usr/bin/env python3
"""Removes what rxpath_gvisor.py leaves behind when it is killed: python3 reaper.py STATE

rxpath ends an adapter with SIGKILL to its process group, which no handler sees. The adapter starts
this watchdog in a session of its own (outside that group) with a pipe on its stdin, and never
writes to it: when the adapter ends, however it ends, the pipe reaches EOF and the watchdog kills
and deletes every container left in STATE (`runsc kill`, `runsc delete --force`), removes the
directory and exits. After a clean exit there is nothing left to do and it exits at once.
"""
import os
import signal
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox import remove_all  # noqa: E402


def main():
    state = sys.argv[1]
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)  # a terminal's ^C reaches the adapter; this one must outlive it
    while sys.stdin.buffer.read(4096):
        pass
    remove_all(state)


if __name__ == "__main__":
    main()
