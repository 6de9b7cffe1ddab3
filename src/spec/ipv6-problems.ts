// What the validator refuses about IPv6 (workload Flow.family inet6, Socket.family inet6): everything the model's
// IPv6 path (src/model/ip6_input.ts, udp6.ts) does not predict faithfully, each with the reason.
import type { Config, Device, Flow, FrameFlag, FramesStep, ProfileName, Socket } from '../generated/schema-types.ts';
import { LOOPBACK4_IPV6, connectAdmits, connectSource4, connectSource6 } from './connect.ts';
import {
  ipv6AddrAny, ipv6AddrIsMulticast, ipv6AddrLoopback, ipv6Bytes, ipv6Key, ipv6SolicitedNode, ipv6V4Mapped, isInet6Flow,
  isInet6Socket, IPV6_HLEN, V6_LOCAL, V6_LOOPBACK, V6_PEER, v6OnlinkNotLocal, v6Unrouted,
} from './ipv6.ts';
import {
  type MtuDevice, IPV6_MIN_MTU, LO_MTU, deviceHasIpv6, deviceMtu, exceedsMtu, fragmentOrder, isFragmented, stepIpLen,
} from './ip-fragment.ts';
import {
  DSTOPTS_FLAGS, EXT_HEADERS, HOPOPTS_FLAGS, IPV6_EXT_FLAGS, NEXTHDR_DEST, NEXTHDR_HOP, NEXTHDR_ROUTING, optionAction,
} from './ipv6-ext.ts';

/** The extension headers' names, by their next-header value. */
const EXT_HEADER_NAMES: Readonly<Record<number, string>> = {
  [NEXTHDR_HOP]: 'hop-by-hop options header', [NEXTHDR_ROUTING]: 'routing header',
  [NEXTHDR_DEST]: 'destination options header',
};

/**
 * The flags an IPv6 frame may carry: the UDP ones, a foreign destination MAC, and the IPv6 header's own malformations
 * (ip_version: version 4; ip_truncated: a payload length past the frame; ip_short: the frame ends 10 bytes into the
 * header), which ip6_rcv_core checks as ip_rcv_core checks IPv4's, and its extension headers (src/spec/ipv6-ext.ts).
 */
export const INET6_FLAGS: readonly FrameFlag[] = [
  'udp_csum', 'udp_csum_zero', 'udp_len_long', 'udp_len_short', 'otherhost', 'multicast', 'ip_version', 'ip_truncated',
  'ip_short', ...IPV6_EXT_FLAGS,
];
/** The IPv6 header flags: ip6_rcv_core drops such a frame before the route lookup. */
const INET6_HEADER_FLAGS: readonly FrameFlag[] = ['otherhost', 'ip_version', 'ip_truncated', 'ip_short'];

/** Why a veth below IPV6_MIN_MTU carries nothing IPv6 (deviceHasIpv6). */
function noIpv6Reason(d: Device): string {
  return `the MTU of ${JSON.stringify(d.name)} is ${d.mtu}, below IPV6_MIN_MTU ${IPV6_MIN_MTU}, so it has no IPv6 `
    + '(addrconf.c:ipv6_add_dev refuses the device: no address, no group, no route)';
}

/**
 * An inet6 socket's IPv6 addresses while a veth has no IPv6 (deviceHasIpv6): the wildcard, ::1 and v4-mapped
 * addresses only. fd00::1 and its /64 live on the veths, and a group is joined on every veth, which that one
 * refuses.
 */
export function noIpv6VethSocketProblems(s: Socket, config: Pick<Config, 'devices'>): [string, string][] {
  const d = (config.devices ?? []).find((x) => !deviceHasIpv6(x));
  if (d === undefined || !isInet6Socket(s)) return [];
  const out: [string, string][] = [];
  const onVeth = (a: string): boolean => {
    const key = ipv6Bytes(a) === null ? null : ipv6Key(a);
    return key !== null && !ipv6AddrAny(key) && !ipv6AddrLoopback(key) && ipv6V4Mapped(key) < 0;
  };
  if (s.address !== undefined && onVeth(s.address)) {
    out.push(['address', `must be ::, ::1 or v4-mapped: ${noIpv6Reason(d)} (got ${s.address})`]);
  }
  if (s.connect !== undefined && onVeth(s.connect.address)) {
    out.push(['connect/address', `must be ::1 or v4-mapped: ${noIpv6Reason(d)} (got ${s.connect.address})`]);
  }
  if (s.multicast !== undefined) {
    out.push(['multicast', `must be absent: ${noIpv6Reason(d)}, and a socket joins its group on every veth (got ${s.multicast})`]);
  }
  return out;
}

/**
 * The largest UDP payload of an IPv6 datagram a sender does not fragment: within the veth's MTU (Device.mtu, 1500 by
 * default) or lo's (65536: 40 + 8 + 65488; payload_len, 8 + payload, stays within 16 bits). The model takes larger
 * ones on a veth only, as the sender's fragments (src/spec/ip-fragment.ts).
 */
export function maxInet6Payload(d: MtuDevice): number {
  return (d.kind === 'nic' ? LO_MTU : deviceMtu(d)) - IPV6_HLEN - 8;
}

function isIpv6Text(a: string): boolean {
  return ipv6Bytes(a) !== null;
}

/**
 * An inet6 frame flagged multicast (to a group: its destination MAC 33:33 and the group's last four bytes, so
 * eth_type_trans makes it PACKET_MULTICAST), or one to a group: the two go together, as for IPv4. The model takes
 * such a frame through ip6_rcv_core's scope checks, ip6_mc_input and __udp6_lib_mcast_deliver (src/model/ip6_input.ts,
 * udp6.ts); what it does not predict is refused.
 */
function multicast6Problems(step: FramesStep, flags: readonly FrameFlag[]): [string, string][] {
  const out: [string, string][] = [];
  const dst = step.flow.dst;
  const group = dst !== undefined && isIpv6Text(dst) && ipv6AddrIsMulticast(ipv6Key(dst));
  if (!flags.includes('multicast')) {
    if (group) out.push(['flow/dst', `must not be a multicast group unless the frame is flagged multicast: ${ROUTED_AS_GROUP} (got ${dst})`]);
    return out;
  }
  if (dst !== undefined && isIpv6Text(dst) && !group) {
    out.push(['flow/dst', `must be an IPv6 multicast group (ff00::/8) for a frame flagged multicast (got ${dst})`]);
  }
  if (group && ipv6SolicitedNode(ipv6Key(dst))) {
    out.push(['flow/dst', solicitedNodeMessage(dst)]);
  }
  if (flags.includes('otherhost')) {
    out.push(['flags', 'must flag at most one of otherhost, multicast: each gives the frame another destination MAC']);
  }
  const ext = flags.filter((f) => IPV6_EXT_FLAGS.includes(f));
  if (ext.length > 0) out.push(['flags', multicastExtMessage(ext)]);
  return out;
}

const ROUTED_AS_GROUP = 'the kernel routes it as multicast';

function solicitedNodeMessage(dst: string): string {
  return 'must not be a solicited-node group (ff02::1:ff00:0/104): addrconf_join_solict joins one for each address '
    + 'unless the device is IFF_NOARP, which the scenario format does not say, so whether it is ours is not '
    + `predicted (got ${dst})`;
}

function multicastExtMessage(ext: readonly FrameFlag[]): string {
  return 'must not hold an extension header flag with multicast: an unknown option\'s action 3 and the ICMPv6 '
    + `parameter problems about a datagram to a group are not modelled (got ${ext.join(', ')})`;
}

function notAGroup6Message(group: string): string {
  return 'must be an IPv6 multicast group (ff00::/8) on an inet6 socket: IPV6_JOIN_GROUP of another address fails '
    + `(mcast.c:ipv6_sock_mc_join, EINVAL) (got ${group})`;
}

/** An IPv4 flow with an IPv6 address, or the other way round: the family decides, so a mismatch is refused. */
export function flowFamilyProblems(step: FramesStep): [string, string][] {
  const out: [string, string][] = [];
  const v6 = isInet6Flow(step.flow);
  for (const k of ['src', 'dst'] as const) {
    const a = step.flow[k];
    if (a !== undefined && isIpv6Text(a) !== v6) {
      out.push([`flow/${k}`, v6
        ? `must be an IPv6 address: the flow's family is inet6 (got ${a})`
        : `must be an IPv4 address, or the flow must say family "inet6" (got ${a})`]);
    }
  }
  return out;
}

/** The problems of an inet6 frames step on device `d` (pointers relative to the step). */
export function inet6StepProblems(step: FramesStep, d: Device): [string, string][] {
  const out: [string, string][] = [];
  if (d.kind !== 'veth' && d.kind !== 'loopback') {
    out.push(['flow/family', `must be inet (or the device loopback or a veth): the model's IPv6 path takes no NIC frames (no IPv6 RSS, GRO or igb receive) (${JSON.stringify(d.name)} is a ${d.kind})`]);
    return out;
  }
  if (!deviceHasIpv6(d)) {
    out.push(['flow/family', `must be inet: ${noIpv6Reason(d)}`]);
    return out;
  }
  if ((step.flow.proto ?? 17) !== 17) {
    out.push(['flow/proto', `must be 17 (UDP) for an inet6 flow: the model has no other IPv6 protocol (got ${step.flow.proto})`]);
  }
  const flags = step.flags ?? [];
  const other = flags.filter((f) => !(INET6_FLAGS as readonly string[]).includes(f));
  if (other.length > 0) {
    out.push(['flags', `may hold only ${INET6_FLAGS.join(', ')} on an inet6 flow: the others describe IPv4 headers and routes (got ${other.join(', ')})`]);
  }
  if (d.kind === 'loopback' && flags.length > 0) {
    out.push(['flags', `must be empty on loopback for an inet6 flow: a local socket sends it, and the kernel builds it right (got ${flags.join(', ')})`]);
  }
  if (flags.includes('udp_csum') && flags.includes('udp_csum_zero')) {
    out.push(['flags', 'must not hold both udp_csum and udp_csum_zero: a checksum is bad or zero']);
  }
  for (const h of EXT_HEADERS) {
    const two = flags.filter((f) => h.flags.includes(f));
    if (two.length > 1) {
      const what = `each is the frame's ${EXT_HEADER_NAMES[h.type]}`;
      out.push(['flags', `must hold at most one of ${h.flags.join(', ')}: ${what} (got ${two.join(', ')})`]);
    }
  }
  // above the MTU: fragments (on 3.13's lo one UFO datagram, src/spec/ip-fragment.ts loopbackUfo), to ::1 over lo
  const fragmented = exceedsMtu(d, step);
  const fragDst = step.flow.dst !== undefined && isIpv6Text(step.flow.dst) ? ipv6Key(step.flow.dst) : ipv6Key(V6_LOCAL);
  if (fragmented && d.kind === 'veth' && fragDst !== ipv6Key(V6_LOCAL) && !ipv6AddrIsMulticast(fragDst)) {
    out.push(['flow/dst', `must be ${V6_LOCAL} (or absent) or a group for an inet6 datagram above the veth MTU: the model reassembles fragments to a local address only; each fragment to another would be forwarded or dropped on its own (got ${step.flow.dst})`]);
  }
  for (const k of ['interleave', 'hash'] as const) {
    if (step[k] !== undefined) {
      out.push([k, `must be absent for an inet6 flow: not recorded for IPv6 yet, so not predicted (got ${JSON.stringify(step[k])})`]);
    }
  }
  const pad = step.padding ?? 0;
  if (pad > 0 && d.kind === 'loopback') {
    out.push(['padding', `must be 0 or absent on loopback: a local socket's datagram has no Ethernet padding (got ${pad})`]);
  } else if (pad > 0 && flags.includes('ip_short')) {
    out.push(['padding', `must be 0 or absent with ip_short: the frame ends inside its IPv6 header (got ${pad})`]);
  } else if (pad > 0 && !fragmented && stepIpLen(step) + pad > deviceMtu(d)) {
    out.push(['padding', `must keep the frame within the veth's MTU: 40 + extension headers + 8 + payload + padding <= ${deviceMtu(d)} (got ${pad})`]);
  }
  const wantDst = d.kind === 'loopback' ? V6_LOOPBACK : V6_LOCAL;
  const dst = step.flow.dst;
  const routed = (key: string): boolean => v6OnlinkNotLocal(key) || v6Unrouted(key);
  const mcast = flags.includes('multicast');
  out.push(...multicast6Problems(step, flags));
  if (mcast || (dst !== undefined && isIpv6Text(dst) && ipv6AddrIsMulticast(ipv6Key(dst)))) {
    // a multicast frame or destination: multicast6Problems says what is wrong with it
  } else if (dst !== undefined && isIpv6Text(dst) && ipv6Key(dst) !== ipv6Key(wantDst)
    && !(d.kind === 'veth' && routed(ipv6Key(dst)))) {
    out.push(['flow/dst', d.kind === 'veth'
      ? `must be ${V6_LOCAL}, the veth's IPv6 address; another address of fd00::/64 (not the anycast fd00::), which ip6_forward drops with forwarding off; or a global (2000::/3) or unique-local (fc00::/7) address off that /64, which has no route (ip6_pkt_drop: InNoRoutes, ICMPv6 no route): the model routes no other IPv6 destination (got ${dst})`
      : `must be ${V6_LOOPBACK} on loopback for an inet6 flow (got ${dst})`]);
  }
  const src = step.flow.src;
  if (src !== undefined && isIpv6Text(src)) {
    const key = ipv6Key(src);
    if (d.kind === 'loopback' && !ipv6AddrLoopback(key)) {
      out.push(['flow/src', `must be ::1 on loopback for an inet6 flow: a local socket sends it (got ${src})`]);
    }
    if (d.kind === 'veth' && key !== ipv6Key(V6_PEER)) {
      out.push(['flow/src', `must be ${V6_PEER} (or absent) on a veth for an inet6 flow: the peer the namespace has a neighbour for, where its ICMPv6 errors go (another source would take neighbour discovery, and ip6_rcv_core's address checks are not modelled) (got ${src})`]);
    }
  }
  return out;
}

/** The problems of socket `s` about its family (pointers relative to the socket). */
export function socketFamilyProblems(s: Socket): [string, string][] {
  const out: [string, string][] = [];
  const v6 = isInet6Socket(s);
  if (s.address !== undefined && isIpv6Text(s.address) !== v6) {
    out.push(['address', v6
      ? `must be an IPv6 address (or v4-mapped ::ffff:a.b.c.d) for an inet6 socket (got ${s.address})`
      : `must be an IPv4 address, or the socket must say family "inet6" (got ${s.address})`]);
  }
  if (!v6 && s.v6only !== undefined) out.push(['v6only', 'must be absent on an inet socket: IPV6_V6ONLY is an AF_INET6 option']);
  if (v6 && s.v6only === true && s.address !== undefined && isIpv6Text(s.address) && ipv6V4Mapped(ipv6Key(s.address)) >= 0) {
    out.push(['v6only', `must not be true on a socket bound to the IPv4-mapped ${s.address}: bind(2) fails (af_inet6.c:__inet6_bind, EINVAL)`]);
  }
  if (v6 && s.multicast !== undefined && !(isIpv6Text(s.multicast) && ipv6AddrIsMulticast(ipv6Key(s.multicast)))) {
    out.push(['multicast', notAGroup6Message(s.multicast)]);
  }
  return out;
}

/** The IPv4 view of a socket for the bind-conflict check: its bound IPv4 address, or null when it takes no IPv4. */
function ipv4View(s: Socket): string | null {
  if (!isInet6Socket(s)) return s.address ?? '0.0.0.0';
  const key = ipv6Key(s.address ?? '::');
  if (s.v6only === true) return null;
  if (ipv6AddrAny(key)) return '0.0.0.0';
  const m = ipv6V4Mapped(key);
  return m < 0 ? null : [m >>> 24, (m >>> 16) & 255, (m >>> 8) & 255, m & 255].join('.');
}

/** An options header flag whose unknown option drops the datagram (ip6_tlvopt_unknown: action 1, 2 or 3). */
function dropsOption(f: FrameFlag): boolean {
  const action = optionAction(f);
  return action !== undefined && action !== null && action !== 0;
}
/** ... and answers it with an ICMPv6 parameter problem first (action 2, or 3 to a unicast destination). */
function answersOption(f: FrameFlag): boolean {
  const action = optionAction(f);
  return action === 2 || action === 3;
}

/** Flags that drop an IPv6 datagram before __udp6_lib_rcv's socket lookup decides anything (no NoPorts). */
const INET6_EARLY_DROP: readonly FrameFlag[] = [
  ...INET6_HEADER_FLAGS, ...IPV6_EXT_FLAGS.filter(dropsOption), 'ip6_rthdr_segleft',
  'udp_len_long', 'udp_len_short', 'udp_csum', 'udp_csum_zero',
];

/**
 * An inet6 step on a device of `kind` whose datagrams reach no socket (Udp6 NoPorts, ICMPv6 port unreachable):
 * no AF_INET6 socket on the port bound to :: or to the destination, and no flag that drops them first.
 */
export function inet6NoPorts(step: FramesStep, kind: string, sockets: readonly Socket[]): boolean {
  if ((step.flags ?? []).some((f) => INET6_EARLY_DROP.includes(f))) return false;
  const dst = ipv6Key(step.flow.dst ?? (kind === 'loopback' ? V6_LOOPBACK : V6_LOCAL));
  if (v6OnlinkNotLocal(dst) || v6Unrouted(dst)) return false; // ip6_forward or ip6_pkt_drop drops it first
  return !sockets.some((s) => {
    const v6 = s.port === step.flow.dport ? receivingView6(s) : null;
    return v6 !== null && (ipv6AddrAny(v6) || v6 === dst) && connectAdmits(s, step.flow, kind === 'loopback');
  });
}

/**
 * An inet6 step on a device of `kind` whose every datagram gets an ICMPv6 error, in the order the kernel meets them:
 * a parameter problem for an unknown hop-by-hop option (ip6_rcv_core, before the route lookup), a destination
 * unreachable for no route to its destination (ip6_pkt_drop), then for a local destination a parameter problem for
 * a routing header with segments left (ipv6_rthdr_rcv) or an unknown destination option, or a port unreachable for
 * no socket (inet6NoPorts).
 */
export function inet6IcmpError(step: FramesStep, kind: string, sockets: readonly Socket[]): boolean {
  const flags = step.flags ?? [];
  if (flags.some((f) => INET6_HEADER_FLAGS.includes(f))) return false; // ip6_rcv_core drops it first
  const hop = flags.filter((f) => HOPOPTS_FLAGS.includes(f));
  if (hop.some(dropsOption)) return hop.some(answersOption);
  const dst = ipv6Key(step.flow.dst ?? (kind === 'loopback' ? V6_LOOPBACK : V6_LOCAL));
  if (kind !== 'loopback' && v6Unrouted(dst)) return true;
  if (v6OnlinkNotLocal(dst)) return false; // ip6_forward drops it without an error
  if (flags.includes('ip6_rthdr_segleft')) return true;
  const dstopts = flags.filter((f) => DSTOPTS_FLAGS.includes(f));
  if (dstopts.some(dropsOption)) return dstopts.some(answersOption);
  return inet6NoPorts(step, kind, sockets);
}

/**
 * The socket receives IPv4 datagrams of `flow` (to its dst, `dst` when it has none): its IPv4 address, after any
 * connect(), is the wildcard or the destination, and a connected socket's peer sent it (connectAdmits).
 */
export function takesIpv4(
  s: Socket, flow: Flow, dst: string, loopback: boolean, localAddresses: readonly string[] | undefined,
): boolean {
  const bound = ipv4View(s);
  const v4 = s.connect === undefined || bound !== '0.0.0.0' ? bound
    : isInet6Socket(s) ? LOOPBACK4_IPV6 : connectSource4(s.connect.address, localAddresses);
  return (v4 === '0.0.0.0' || v4 === (flow.dst ?? dst)) && connectAdmits(s, flow, loopback);
}

/**
 * The IPv6 address a socket receives on after any connect(): a connected one bound to :: took the route's source
 * (connectSource6; the validator has refused a peer without a route). Null when it takes no IPv6.
 */
function receivingView6(s: Socket): string | null {
  const v6 = ipv6View(s);
  if (v6 === null || s.connect === undefined || !ipv6AddrAny(v6)) return v6;
  const source = connectSource6(s.connect.address, true);
  return source === null ? null : ipv6Key(source);
}

/** The IPv6 view: its bound address's key, or null for an AF_INET socket (or a v4-mapped bind, which takes no IPv6). */
function ipv6View(s: Socket): string | null {
  if (!isInet6Socket(s)) return null;
  const key = ipv6Key(s.address ?? '::');
  return ipv6V4Mapped(key) >= 0 ? null : key;
}

/**
 * bind(2) refuses the second of two sockets on one port whose addresses overlap (net/ipv4/udp.c:udp_lib_get_port
 * -> inet_rcv_saddr_equal, ipv6_rcv_saddr_equal): the same address or a wildcard, in either family's view
 * (an AF_INET6 socket on :: without IPV6_V6ONLY also holds the IPv4 wildcard).
 */
export function socketsConflict(a: Socket, b: Socket): boolean {
  if (a.port !== b.port) return false;
  const a4 = ipv4View(a), b4 = ipv4View(b);
  if (a4 !== null && b4 !== null && (a4 === b4 || a4 === '0.0.0.0' || b4 === '0.0.0.0')) return true;
  const a6 = ipv6View(a), b6 = ipv6View(b);
  return a6 !== null && b6 !== null && (a6 === b6 || ipv6AddrAny(a6) || ipv6AddrAny(b6));
}

/**
 * The most one IPv6 fragment's skb is charged on a veth of MTU `mtu`: the recorder's AF_PACKET frame of at most 14 +
 * mtu bytes, 16 reserved before it (packet_snd), in one kmalloc buffer with skb_shared_info (SKB_DATA_ALIGN 320):
 * its power-of-two slab, plus SKB_DATA_ALIGN(sizeof(struct sk_buff)) 256, in every profile's x86_64 build (2304 at
 * the default 1500; truesize.ts fragmentTruesize, test/spec/ipv6_fragment_memory.test.ts holds them to it).
 */
export function frag6TruesizeMax(mtu: number): number {
  const buffer = Math.ceil((16 + 14 + mtu) / 64) * 64 + 320;
  let slab = 2048;
  while (slab < buffer) slab *= 2;
  return slab + 256;
}
/** More than sizeof(struct frag_queue), what inet_frag_alloc charges a queue (184 on 6.18.44: ip6-frags slab). */
const FRAG6_QSIZE_MAX = 512;
/** net.ipv6.ip6frag_high_thresh: IPV6_FRAG_HIGH_THRESH, 4 MiB (ipv6_frags_init_net); the config cannot set it. */
export const IP6FRAG_HIGH_THRESH = 4 * 1024 * 1024;

/**
 * The most IPv6 fragment memory the steps could hold at once: every datagram's fragments and queue, as if none
 * completed (one a backlog drop left incomplete holds its fragments until ip6_frag_expire). While this stays within
 * ip6frag_high_thresh, inet_frag_find never refuses a fragment, so the model need not know sizeof(struct frag_queue)
 * of each build.
 */
export function inet6FragMemoryBound(step: FramesStep, d: MtuDevice, profile: ProfileName): number {
  if (!isInet6Flow(step.flow) || !isFragmented(d, step, profile)) return 0;
  const mtu = deviceMtu(d);
  return (step.count ?? 1) * (fragmentOrder(step, mtu).length * frag6TruesizeMax(mtu) + FRAG6_QSIZE_MAX);
}
