#!/usr/bin/env python3
"""Attach a one-verdict XDP program to a device in driver mode, or detach what is attached.

Usage: xdp_attach.py DEV pass|drop|aborted|none

The program is two instructions, `r0 = VERDICT; exit` (BPF_PROG_TYPE_XDP, loaded with bpf(BPF_PROG_LOAD)),
attached with RTM_SETLINK IFLA_XDP {IFLA_XDP_FD, IFLA_XDP_FLAGS = XDP_FLAGS_DRV_MODE}, as `ip link set DEV xdpdrv`
would (net/core/dev.c:dev_change_xdp_fd -> the driver's ndo_bpf; veth.c:veth_xdp_set). `none` sends IFLA_XDP_FD -1.
The device keeps its reference to the program, so the file descriptor is closed on exit. Run it inside the
device's namespace (ip netns exec). Prints nothing on success; on failure, the errno and the kernel's message.
"""
import ctypes
import errno
import os
import platform
import socket
import struct
import sys

VERDICTS = {'aborted': 0, 'drop': 1, 'pass': 2}
SYS_BPF = {'x86_64': 321, 'aarch64': 280}
BPF_PROG_LOAD = 5
BPF_PROG_TYPE_XDP = 6
RTM_SETLINK = 19
NLM_F_REQUEST, NLM_F_ACK = 1, 4
NLMSG_ERROR = 2
IFLA_XDP = 43
IFLA_XDP_FD, IFLA_XDP_FLAGS = 1, 3
XDP_FLAGS_DRV_MODE = 1 << 2
SOL_NETLINK = 270
NETLINK_CAP_ACK, NETLINK_EXT_ACK = 10, 11
NLMSGERR_ATTR_MSG = 1


def fail(message):
    sys.stderr.write(f'xdp_attach: {message}\n')
    sys.exit(1)


def load_program(verdict):
    libc = ctypes.CDLL(None, use_errno=True)
    nr = SYS_BPF.get(platform.machine())
    if nr is None:
        fail(f'no bpf syscall number known for {platform.machine()}')
    # struct bpf_insn: code, dst_reg:4 | src_reg:4, off, imm. BPF_ALU64|BPF_MOV|BPF_K r0 = imm; BPF_JMP|BPF_EXIT.
    insns = ctypes.create_string_buffer(struct.pack('<BBhi', 0xb7, 0, 0, verdict) + struct.pack('<BBhi', 0x95, 0, 0, 0))
    license_ = ctypes.create_string_buffer(b'GPL')
    log = ctypes.create_string_buffer(4096)
    # union bpf_attr, BPF_PROG_LOAD: prog_type, insn_cnt, insns, license, log_level, log_size, log_buf,
    # kern_version, prog_flags, prog_name[16]; the rest zero
    attr = struct.pack('=IIQQIIQII16s', BPF_PROG_TYPE_XDP, 2, ctypes.addressof(insns), ctypes.addressof(license_),
                       1, len(log), ctypes.addressof(log), 0, 0, b'rxpath_xdp')
    attr = ctypes.create_string_buffer(attr + bytes(144 - len(attr)), 144)
    libc.syscall.restype = ctypes.c_long
    fd = libc.syscall(ctypes.c_long(nr), ctypes.c_int(BPF_PROG_LOAD), attr, ctypes.c_uint(144))
    if fd < 0:
        e = ctypes.get_errno()
        fail(f'BPF_PROG_LOAD: {errno.errorcode.get(e, e)} {os.strerror(e)}; verifier: {log.value.decode(errors="replace").strip()}')
    return fd


def rtattr(kind, payload):
    length = 4 + len(payload)
    return struct.pack('=HH', length, kind) + payload + bytes((4 - length % 4) % 4)


def set_link_xdp(ifindex, fd):
    nested = rtattr(IFLA_XDP_FD, struct.pack('=i', fd)) + rtattr(IFLA_XDP_FLAGS, struct.pack('=I', XDP_FLAGS_DRV_MODE))
    body = struct.pack('=BBHiII', socket.AF_UNSPEC, 0, 0, ifindex, 0, 0) + rtattr(IFLA_XDP | 0x8000, nested)
    msg = struct.pack('=IHHII', 16 + len(body), RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, 1, 0) + body
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE) as s:
        for opt in (NETLINK_CAP_ACK, NETLINK_EXT_ACK):
            try:
                s.setsockopt(SOL_NETLINK, opt, 1)
            except OSError:
                pass
        s.bind((0, 0))
        s.send(msg)
        reply = s.recv(65536)
    length, kind, flags = struct.unpack_from('=IHH', reply, 0)
    if kind != NLMSG_ERROR:
        fail(f'unexpected netlink reply type {kind}')
    (error,) = struct.unpack_from('=i', reply, 16)
    if error == 0:
        return
    text = ''
    off = 16 + 4 + 16  # nlmsgerr: error, then the request's header (NETLINK_CAP_ACK: without its payload)
    while off + 4 <= length:
        alen, akind = struct.unpack_from('=HH', reply, off)
        if alen < 4:
            break
        if akind == NLMSGERR_ATTR_MSG:
            text = reply[off + 4:off + alen].split(b'\0')[0].decode(errors='replace')
        off += (alen + 3) & ~3
    fail(f'RTM_SETLINK IFLA_XDP: {errno.errorcode.get(-error, -error)} {os.strerror(-error)}'
         + (f': {text}' if text else ''))


def main(argv):
    if len(argv) != 3 or (argv[2] not in VERDICTS and argv[2] != 'none'):
        fail('usage: xdp_attach.py DEV pass|drop|aborted|none')
    try:
        ifindex = socket.if_nametoindex(argv[1])
    except OSError:
        fail(f'no device {argv[1]} in this namespace')
    if argv[2] == 'none':
        set_link_xdp(ifindex, -1)
        return
    fd = load_program(VERDICTS[argv[2]])
    try:
        set_link_xdp(ifindex, fd)
    finally:
        os.close(fd)


if __name__ == '__main__':
    main(sys.argv)
