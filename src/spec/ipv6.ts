// IPv6 facts the model, the validator and the recorder share: the family of a flow or a socket, the
// addresses a scenario defaults to, an IPv6 address as the kernel holds it (four __be32 words), and
// whether a scenario touches IPv6 at all (then /proc/net/snmp6 and /proc/net/udp6 are part of its snapshot).
import type { Flow, Scenario, Socket } from '../generated/schema-types.ts';

/** The receiving veth's IPv6 address (the IPv4 10.0.0.1's counterpart) and its on-link prefix. */
export const V6_LOCAL = 'fd00::1';
/** The peer's address: where IPv6 frames on a veth come from by default. */
export const V6_PEER = 'fd00::2';
export const V6_PREFIX_LEN = 64;
export const V6_LOOPBACK = '::1';
/** sizeof(struct ipv6hdr) */
export const IPV6_HLEN = 40;
/** ETH_P_IPV6 */
export const ETH_P_IPV6 = 0x86dd;
/**
 * icmpv6_xrlim_allow's timeout in jiffies for an error to the veth's on-link /64: net.ipv6.icmp.ratelimit (`ms`,
 * stored by proc_dointvec_ms_jiffies), which kernels before 6.18.y's 0201eedb69b2 divide by 4 for that route
 * ("Give more bandwidth to wider prefixes": `if (rt->rt6i_dst.plen < 128) tmo >>= ((128 - plen) >> 5)`).
 */
export function icmpv6OnlinkTimeout(ms: number, hz: number, prefixShift: boolean): number {
  const tmo = Math.ceil((ms * hz) / 1000);
  return prefixShift ? tmo >> ((128 - V6_PREFIX_LEN) >> 5) : tmo;
}

/**
 * Whether the profile's icmpv6_xrlim_allow divides the timeout for a /64 route: every profile but linux-6.18
 * (6.18.y took 0201eedb69b2; Debian's 6.1.192 and 6.12.118 did not: recorded under QEMU, one token in 340 ms).
 */
export function icmpv6PrefixShift(profile: string): boolean {
  return profile !== 'linux-6.18';
}

/** The largest UDP payload of an IPv6 datagram that needs no jumbogram: payload_len is 16 bits (8 + payload). */
export const MAX_UDP6_PAYLOAD = 65527;

export function isInet6Flow(flow: Pick<Flow, 'family'>): boolean {
  return flow.family === 'inet6';
}

export function isInet6Socket(sock: Pick<Socket, 'family'>): boolean {
  return sock.family === 'inet6';
}

/** The scenario has an IPv6 flow or an AF_INET6 socket: its snapshots hold snmp6 (and udp6 rows). */
export function scenarioUsesIpv6(s: Pick<Scenario, 'config' | 'workload'>): boolean {
  if ((s.config.sockets ?? []).some(isInet6Socket)) return true;
  return s.workload.some((st) => st.op === 'frames' && isInet6Flow(st.flow));
}

/**
 * An IPv6 address in its 16 bytes (RFC 4291 text forms: `::` compression, an embedded dotted IPv4 tail).
 * Returns null for a string that is not one.
 */
export function ipv6Bytes(s: string): Uint8Array | null {
  let text = s;
  // an embedded dotted IPv4 tail (::ffff:10.0.0.1) becomes its two hex groups
  const tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (tail) {
    const b = tail.slice(1).map(Number);
    if (b.some((x) => x > 255)) return null;
    text = `${text.slice(0, tail.index)}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if (head === null || rest === null) return null;
  const have = head.length + rest.length;
  if (halves.length === 1 ? have !== 8 : have > 7) return null;
  const words = [...head, ...new Array<number>(8 - have).fill(0), ...rest];
  const out = new Uint8Array(16);
  words.forEach((w, i) => { out[2 * i] = w >> 8; out[2 * i + 1] = w & 255; });
  return out;
}

/** ipv6Bytes, throwing on a string the schema's format check would have refused. */
export function parseIpv6(s: string): Uint8Array {
  const b = ipv6Bytes(s);
  if (b === null) throw new Error(`not an IPv6 address: ${s}`);
  return b;
}

/** The canonical key of an address (32 lowercase hex digits): equal addresses give equal keys. */
export function ipv6Key(s: string): string {
  return Buffer.from(parseIpv6(s)).toString('hex');
}

/**
 * An address of the veth's on-link prefix fd00::/64 that is not the host's own (fd00::1) nor the subnet-router
 * anycast (fd00::): a datagram to it is routed (ip6_route_input: the connected route, dst.input = ip6_forward) and,
 * with IPv6 forwarding off, dropped there (InAddrErrors).
 */
export function v6OnlinkNotLocal(key: string): boolean {
  return key.startsWith('fd00000000000000') && key !== ipv6Key(V6_LOCAL) && key !== ipv6Key('fd00::');
}

/**
 * A global unicast (2000::/3) or unique-local (fc00::/7) address outside the veth's fd00::/64: the namespace has no
 * route to it (no default route), so ip6_route_input gives the null entry, whose dst.input is ip6_pkt_discard ->
 * ip6_pkt_drop: Ip6 InNoRoutes and an ICMPv6 destination unreachable (no route) to the source.
 */
export function v6Unrouted(key: string): boolean {
  return (key[0] === '2' || key[0] === '3' || key.startsWith('fc') || key.startsWith('fd')) && !key.startsWith('fd00000000000000');
}

/** The unrouted destination the generators use (documentation prefix 2001:db8::/32: v6Unrouted). */
export const V6_UNROUTED = '2001:db8::1';

/** ipv6_addr_is_multicast (ff00::/8) */
export function ipv6AddrIsMulticast(key: string): boolean {
  return key.startsWith('ff');
}

/** IPV6_ADDR_MC_SCOPE of a multicast address: the low nibble of its second byte (1 interface-, 2 link-local ...). */
export function ipv6McScope(key: string): number {
  return Number.parseInt(key[3]!, 16);
}

/** in6addr_linklocal_allnodes, ff02::1: addrconf.c:ipv6_add_dev joins it on every device with IPv6 (no MLD report). */
export const V6_ALL_NODES = 'ff02::1';

/**
 * A solicited-node group, ff02::1:ff00:0/104: addrconf_join_solict joins the one of each address, except on an
 * IFF_NOARP device (the recorder's receiving veth), so whether a frame to it is ours depends on the device's flags.
 */
export function ipv6SolicitedNode(key: string): boolean {
  return key.startsWith('ff0200000000000000000001ff');
}

/** The group an inet6 frame flagged multicast goes to when Flow.dst is absent: transient, site-local scope. */
export const FLOW_MCAST6_DST_DEFAULT = 'ff15::1';

/** Flow.dst of an inet6 frame on a veth that leaves it out: FLOW_MCAST6_DST_DEFAULT if flagged multicast, else ours. */
export function ipv6FlowDstDefault(flags: readonly string[] | undefined): string {
  return flags?.includes('multicast') ? FLOW_MCAST6_DST_DEFAULT : V6_LOCAL;
}

/** ipv6_addr_any */
export function ipv6AddrAny(key: string): boolean {
  return /^0{32}$/.test(key);
}

/** ipv6_addr_v4mapped (::ffff:a.b.c.d): the IPv4 address as a host-order u32, or -1. */
export function ipv6V4Mapped(key: string): number {
  if (!key.startsWith('00000000000000000000ffff')) return -1;
  return Number.parseInt(key.slice(24), 16) >>> 0;
}

/** ipv6_addr_loopback (::1) */
export function ipv6AddrLoopback(key: string): boolean {
  return key === '00000000000000000000000000000001';
}

/**
 * The address as /proc/net/udp6 prints it (net/ipv6/datagram.c:__ip6_dgram_sock_seq_show): each of the
 * four __be32 words read as a little-endian host integer, %08X, then :%04X of the port.
 */
export function procAddress6(key: string, port: number): string {
  let s = '';
  for (let w = 0; w < 4; w++) {
    const bytes = key.slice(8 * w, 8 * w + 8).match(/../g) as string[];
    s += bytes.reverse().join('').toUpperCase();
  }
  return `${s}:${port.toString(16).toUpperCase().padStart(4, '0')}`;
}
