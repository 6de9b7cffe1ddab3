// Which addresses a socket can bind (Socket.address): bind(2) refuses one the host does not own, so a scenario that
// asks for it describes no host the kernel can be, and the model would answer for a socket that never existed.
// net/ipv4/af_inet.c:__inet_bind: `if (!inet_addr_valid_or_nonlocal(net, inet, addr, chk_addr_ret))` -> EADDRNOTAVAIL
// unless the address is INADDR_ANY, RTN_LOCAL, RTN_MULTICAST or RTN_BROADCAST (3.13 inet_bind alike);
// net/ipv6/af_inet6.c:__inet6_bind: a v4-mapped address by the same IPv4 rule, another one not multicast must be the
// host's (ipv6_chk_addr), and a link-local or interface-local one needs a scope id the format has not (EINVAL).
// ip_nonlocal_bind and IP_FREEBIND stay off. The host's addresses: 127.0.0.0/8 and ::1 on lo; config.localAddresses
// (each a /24, as the recorder configures it: its .255 is a broadcast) on a veth or a NIC, and fd00::1 on a veth.
import type { Config, Socket } from '../generated/schema-types.ts';
import { LOCAL_ADDRESSES_DEFAULT } from './flow-defaults.ts';
import {
  ipv6AddrAny, ipv6AddrIsMulticast, ipv6AddrLoopback, ipv6Bytes, ipv6Key, ipv6McScope, ipv6V4Mapped, isInet6Socket,
  V6_LOCAL,
} from './ipv6.ts';

/** Whether the config has a device that carries config.localAddresses and fd00::1 (a veth or a NIC). */
function hasAddressedDevice(config: Config): boolean {
  return (config.devices ?? []).some((d) => d.kind !== 'loopback');
}

/** ipv4_is_multicast: 224.0.0.0/4. */
export function ipv4IsMulticast(a: string): boolean {
  const first = Number(a.split('.')[0]);
  return first >= 224 && first <= 239;
}

/** inet_addr_type of an IPv4 address is RTN_LOCAL, RTN_MULTICAST or RTN_BROADCAST on this host, or it is 0.0.0.0. */
function bindableIpv4(a: string, config: Config): boolean {
  const loopback = Number(a.split('.')[0]) === 127;
  if (a === '0.0.0.0' || loopback || ipv4IsMulticast(a) || a === '255.255.255.255') return true;
  if (!hasAddressedDevice(config)) return false;
  const local = config.localAddresses ?? LOCAL_ADDRESSES_DEFAULT;
  const subnet = (x: string): string => x.slice(0, x.lastIndexOf('.'));
  return local.includes(a) || local.some((l) => a === `${subnet(l)}.255`);
}

function ipv4Message(a: string): string {
  return 'must be an address the host owns: 0.0.0.0, 127.0.0.0/8, one of config.localAddresses (with a veth or NIC), '
    + 'its /24\'s broadcast, 255.255.255.255 or a multicast group; bind(2) fails for another (af_inet.c:__inet_bind, '
    + `EADDRNOTAVAIL) (got ${a})`;
}

function ipv6Message(a: string): string {
  return 'must be an address the host owns: ::, ::1, fd00::1 (with a veth), a v4-mapped address an inet socket could '
    + 'bind, or a multicast group of a scope wider than link-local; bind(2) fails for another (af_inet6.c:__inet6_bind: '
    + `EADDRNOTAVAIL, or EINVAL for a group that needs a scope id) (got ${a})`;
}

/** The problem with socket `s`'s bound address (a pointer relative to the socket and a message), or null. */
export function bindAddressProblem(s: Socket, config: Config): [string, string] | null {
  const a = s.address;
  if (a === undefined) return null;
  if (!isInet6Socket(s)) {
    // an address of the other family is the family check's (ipv6-problems.ts socketFamilyProblems)
    if (ipv6Bytes(a) !== null) return null;
    return bindableIpv4(a, config) ? null : ['address', ipv4Message(a)];
  }
  if (ipv6Bytes(a) === null) return null;
  const key = ipv6Key(a);
  const mapped = ipv6V4Mapped(key);
  if (mapped >= 0) {
    const v4 = [mapped >>> 24, (mapped >>> 16) & 255, (mapped >>> 8) & 255, mapped & 255].join('.');
    return bindableIpv4(v4, config) ? null : ['address', ipv6Message(a)];
  }
  const owned = ipv6AddrAny(key) || ipv6AddrLoopback(key)
    || (key === ipv6Key(V6_LOCAL) && (config.devices ?? []).some((d) => d.kind === 'veth'))
    || (ipv6AddrIsMulticast(key) && ipv6McScope(key) > 2);
  return owned ? null : ['address', ipv6Message(a)];
}
