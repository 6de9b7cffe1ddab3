// A connect()ed UDP socket (Socket.connect): which peers the model takes, and the local address connect() gives
// a socket bound to the wildcard. net/ipv4/datagram.c:__ip4_datagram_connect and net/ipv6/datagram.c:
// __ip6_datagram_connect route towards the peer and, for a socket bound to the wildcard, bind the route's source.
import type { Config, Flow, Socket } from '../generated/schema-types.ts';
import {
  ipv6AddrAny, ipv6AddrLoopback, ipv6Bytes, ipv6Key, ipv6V4Mapped, isInet6Flow, isInet6Socket, V6_LOCAL, V6_LOOPBACK,
  V6_PEER,
} from './ipv6.ts';
import { FLOW_SPORT_DEFAULT, FLOW_SRC_DEFAULT, LOCAL_ADDRESSES_DEFAULT } from './flow-defaults.ts';

/** The veth's on-link IPv6 prefix fd00::/64 (topology: fd00::1/64 on each veth). */
function inVethPrefix6(key: string): boolean {
  return key.startsWith('fd00000000000000');
}

/**
 * The source address ip6_datagram_dst_update gives an AF_INET6 socket bound to :: that connects to `peer`
 * (`if (ipv6_addr_any(&sk->sk_v6_rcv_saddr)) sk->sk_v6_rcv_saddr = fl6.saddr`): the route's source, ::1 towards ::1
 * (the loopback route), the veth's fd00::1 towards fd00::/64 (ipv6_dev_get_saddr picks the one address on the
 * outgoing device, or the destination itself when it is local). Null for a peer the namespace has no route to.
 */
export function connectSource6(peer: string, hasVeth: boolean): string | null {
  const key = ipv6Key(peer);
  if (ipv6AddrLoopback(key)) return V6_LOOPBACK;
  if (hasVeth && inVethPrefix6(key)) return V6_LOCAL;
  return null;
}

/**
 * The source address __ip4_datagram_connect gives an AF_INET socket bound to INADDR_ANY that connects to `peer`
 * (`if (!inet->inet_rcv_saddr) inet->inet_rcv_saddr = fl4->saddr`, then rehash): 127.0.0.1 towards 127/8, the peer
 * itself when it is a local address (a local route's source is its own address: fib_info prefsrc), else the host's
 * first address (the format has no routes: the recorder puts each local address's /24 on the veths, so the first's
 * is the primary one).
 */
export function connectSource4(peer: string, localAddresses: readonly string[] | undefined): string {
  const local = localAddresses ?? LOCAL_ADDRESSES_DEFAULT;
  if (peer.startsWith('127.')) return '127.0.0.1';
  return local.includes(peer) ? peer : local[0];
}

const MAPPED_BOUND = 'must be absent on an inet6 socket bound to an IPv4-mapped address: the model does not connect '
  + 'such a socket (__ip6_datagram_connect would take the IPv4 path)';
const NOT_UNICAST6 = 'must be an IPv6 unicast address, not :: or an IPv4-mapped one: the model does not follow '
  + "__ip6_datagram_connect's IPv4 path nor its :: as ::1";
const NO_ROUTE6 = 'must be ::1 or (with a veth) an address of fd00::/64: the namespace has no route to another, so '
  + 'connect() fails with ENETUNREACH';

function boundCannotReach(bound: string, peer: string, source: string): string {
  return `must be reached from the socket's bound address ${bound}: towards ${peer} the route's source is ${source}, `
    + `so the model cannot say what the kernel makes of the pair (got ${peer})`;
}

/**
 * The problems of socket `s`'s connect (pointers relative to the socket), given the devices of its config:
 * the peer's family must be the socket's, an AF_INET6 socket connects only to a unicast IPv6 address the namespace
 * routes (::1, or fd00::/64 with a veth), and its bound address must reach that peer.
 */
export function connectProblems(s: Socket, config: Pick<Config, 'devices'>): [string, string][] {
  const c = s.connect;
  if (c === undefined) return [];
  const v6 = ipv6Bytes(c.address) !== null;
  if (!isInet6Socket(s)) {
    return v6 ? [['connect/address', `must be an IPv4 address for an inet socket (got ${c.address})`]] : [];
  }
  if (!v6) return [['connect/address', `must be an IPv6 address for an inet6 socket (got ${c.address})`]];
  const key = ipv6Key(c.address);
  const bound = ipv6Key(s.address ?? '::');
  if (ipv6V4Mapped(bound) >= 0) return [['connect', `${MAPPED_BOUND} (bound to ${s.address})`]];
  if (ipv6V4Mapped(key) >= 0 || ipv6AddrAny(key)) return [['connect/address', `${NOT_UNICAST6} (got ${c.address})`]];
  const hasVeth = (config.devices ?? []).some((d) => d.kind === 'veth');
  const source = connectSource6(c.address, hasVeth);
  if (source === null) return [['connect/address', `${NO_ROUTE6} (got ${c.address})`]];
  if (!ipv6AddrAny(bound) && bound !== ipv6Key(source)) {
    return [['connect/address', boundCannotReach(s.address!, c.address, source)]];
  }
  return [];
}

/** include/net/ipv6.h LOOPBACK4_IPV6: inet_rcv_saddr and inet_daddr of an AF_INET6 socket connected to IPv6. */
export const LOOPBACK4_IPV6 = '127.0.0.6';

/**
 * compute_score's connected-socket test: socket `s` (connected or not) admits a datagram of `flow` on loopback or
 * not: a connected socket only one from its peer's address and port (an AF_INET6 socket connected to an IPv6
 * peer only IPv4 from LOOPBACK4_IPV6).
 */
export function connectAdmits(s: Socket, flow: Flow, loopback: boolean): boolean {
  const c = s.connect;
  if (c === undefined) return true;
  if ((flow.sport ?? FLOW_SPORT_DEFAULT) !== c.port) return false;
  if (isInet6Flow(flow)) {
    return isInet6Socket(s) && ipv6Key(flow.src ?? (loopback ? V6_LOOPBACK : V6_PEER)) === ipv6Key(c.address);
  }
  const src = flow.src ?? (loopback ? '127.0.0.1' : FLOW_SRC_DEFAULT);
  return src === (isInet6Socket(s) ? LOOPBACK4_IPV6 : c.address);
}
