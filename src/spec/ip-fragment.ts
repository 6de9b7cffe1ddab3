// How a sender fragments a UDP datagram larger than a veth's MTU, the one fact the model, the validator and the
// frame builder share: IPv4 net/ipv4/ip_output.c:ip_fragment / ip_do_fragment, IPv6 net/ipv6/ip6_output.c:
// ip6_fragment (3.13 and 6.x).
import type { FrameFlag, FramesStep, ProfileName } from '../generated/schema-types.ts';
import { ipOptionsLen } from './ip-options.ts';

/** drivers/net/veth.c:veth_setup -> ether_setup: ETH_DATA_LEN, which the config cannot change. */
export const VETH_MTU = 1500;
/** The IPv4 header of every fragment: no options (the validator refuses options with fragmentation). */
export const FRAG_IHL = 20;
/** IP_MF, and the offset unit: iph->frag_off counts 8-byte blocks (include/net/ip.h). */
export const IP_MF = 0x2000;
export const FRAG_UNIT = 8;
/** The IPv6 header of every fragment (no extension header but the fragment header): include/uapi/linux/ipv6.h. */
export const FRAG6_HLEN = 40;
/** sizeof(struct frag_hdr) (include/net/ipv6.h), and NEXTHDR_FRAGMENT; IP6_MF is bit 0 of frag_off. */
export const FRAG6_HDR_LEN = 8;
export const NEXTHDR_FRAGMENT = 44;
export const IP6_MF = 0x0001;

/** The flags a fragmented datagram may carry: they act on the reassembled datagram (udp4_csum_init). */
export const FRAGMENTABLE_FLAGS: readonly FrameFlag[] = ['udp_csum', 'udp_csum_zero'];

/** The UDP datagram's bytes after the IP header (UDP header + payload). */
export function l4Len(payload: number): number {
  return 8 + payload;
}

/** What decides a datagram's IP length: its UDP payload, its options flag and its family (IPv4 by default). */
export interface IpShape {
  readonly payload?: number;
  readonly flags?: readonly FrameFlag[];
  readonly flow?: { readonly family?: 'inet' | 'inet6' };
}

/** The step's flow is IPv6 (workload.schema.json Flow.family). */
export function isInet6Shape(step: IpShape): boolean {
  return step.flow?.family === 'inet6';
}

/**
 * The IP datagram of a frames step: its header (the options flag's option included; IPv6: the 40-byte header, no
 * extension header), UDP header and payload.
 */
export function stepIpLen(step: IpShape): number {
  if (isInet6Shape(step)) return FRAG6_HLEN + l4Len(step.payload ?? 64);
  return FRAG_IHL + ipOptionsLen(step.flags) + l4Len(step.payload ?? 64);
}

/** The step's IP datagram does not fit the veth MTU: the sender fragments it. */
export function isFragmented(kind: string, step: IpShape): boolean {
  return kind === 'veth' && stepIpLen(step) > VETH_MTU;
}

/**
 * The data bytes each fragment carries: IPv4 ip_do_fragment's slow path and ip_fraglist's fast path both cut
 * `(mtu - hlen) & ~7` bytes (an MTU-sized frame: 20 + 1480 bytes); IPv6 ip6_fragment takes `mtu -= hlen +
 * sizeof(struct frag_hdr)` and cuts `len &= ~7` (40 + 8 + 1448 = 1496 bytes), as __ip6_append_data's maxfraglen
 * does for the fast path.
 */
export function fragmentDataPer(step: IpShape, mtu = VETH_MTU): number {
  const hlen = isInet6Shape(step) ? FRAG6_HLEN + FRAG6_HDR_LEN : FRAG_IHL;
  return (mtu - hlen) & ~(FRAG_UNIT - 1);
}

/**
 * The data bytes of each fragment of the step's datagram, first to last: fragmentDataPer each (the UDP header in
 * the first), only the last shorter.
 */
export function fragmentDataLens(step: IpShape, mtu = VETH_MTU): number[] {
  const per = fragmentDataPer(step, mtu);
  const out: number[] = [];
  let left = l4Len(step.payload ?? 64);
  while (left > per) {
    out.push(per);
    left -= per;
  }
  out.push(left);
  return out;
}

/**
 * The fragments each datagram of a fragmented step sends, by index, in order: FramesStep.fragments, else all of
 * them in order (0, 1, 2, ...), as ip_do_fragment sends them.
 */
export function fragmentOrder(step: FramesStep): number[] {
  return step.fragments ?? fragmentDataLens(step).map((_, i) => i);
}

/** What ip_defrag makes of one datagram's fragments sent in a FramesStep.fragments order. */
export interface FragmentRuns {
  /** Reassemblies (ReasmOKs): 1 for the usual order; 0 when a fragment never comes; more when the order repeats. */
  reassembled: number;
  /** A queue is left when the last fragment came: it expires after ipfrag_time (ReasmTimeout, ReasmFails). */
  expires: boolean;
  /** That queue holds fragment 0 (INET_FRAG_FIRST_IN): ip_expire sends an ICMP time exceeded about it. */
  expiresWithFirst: boolean;
  /** How much of the order the last reassembly ends (0: none): what comes after it is the queue left. */
  reassembledThrough: number;
  /** Queues a duplicate killed (ReasmFails; duplicateKillsQueue only). */
  killed: number;
}

/**
 * One datagram's fragments through ip_defrag (ipv6_frag_rcv), in `order` (indexes of `n` fragments cut at the same
 * places, so two fragments either are the same or do not overlap): a queue is created by the first fragment that
 * finds none (inet_frag_find), a fragment it already holds is a duplicate, and the queue is reassembled and gone once
 * it holds all n (ip_frag_reasm); a fragment after that starts a new one. A duplicate leaves the queue holding the
 * same fragments (6.x inet_frag_queue_insert IPFRAG_DUP: dropped; 3.13 ip_frag_queue: the held copy freed, the new
 * one kept), unless `duplicateKills` (3.13 ip6_frag_queue, duplicateKillsQueue): then the queue is killed with the
 * duplicate (ReasmFails, no expiry) and the next fragment starts a new one.
 */
export function fragmentRuns(order: readonly number[], n: number, duplicateKills = false): FragmentRuns {
  let held = new Set<number>();
  let reassembled = 0;
  let reassembledThrough = 0;
  let killed = 0;
  order.forEach((i, j) => {
    if (duplicateKills && held.has(i)) {
      killed++;
      held = new Set();
      return;
    }
    held.add(i);
    if (held.size === n) {
      reassembled++;
      reassembledThrough = j + 1;
      held = new Set();
    }
  });
  return { reassembled, expires: held.size > 0, expiresWithFirst: held.has(0), reassembledThrough, killed };
}

/**
 * A fragment at an offset the queue holds kills the queue: 3.13 net/ipv6/reassembly.c:ip6_frag_queue takes it for
 * an overlap (`if (next && FRAG6_CB(next)->offset < end) goto discard_fq;`, RFC 5722). IPv4 in every profile and
 * IPv6 on 6.x drop the duplicate and keep the queue (model: UdpProfile.fragDuplicate6).
 */
export function duplicateKillsQueue(profile: ProfileName, step: IpShape): boolean {
  return profile === 'linux-3.13' && isInet6Shape(step);
}

/** fragmentRuns of a fragmented frames step (its FramesStep.fragments, else the sender's order) on `profile`. */
export function stepFragmentRuns(step: FramesStep, profile: ProfileName): FragmentRuns {
  return fragmentRuns(fragmentOrder(step), fragmentDataLens(step).length, duplicateKillsQueue(profile, step));
}

/** The number of frames a frames step puts on the wire: count, times the fragments of each datagram on a veth. */
export function framesOnWire(step: FramesStep, kind: string): number {
  const count = step.count ?? 1;
  return isFragmented(kind, step) ? count * fragmentOrder(step).length : count;
}
