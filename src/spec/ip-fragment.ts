// How a sender fragments a UDP/IPv4 datagram larger than a veth's MTU, the one fact the model, the
// validator and the frame builder share (net/ipv4/ip_output.c:ip_fragment / ip_do_fragment, 3.13 and 6.x).
import type { FrameFlag, FramesStep } from '../generated/schema-types.ts';
import { ipOptionsLen } from './ip-options.ts';

/** drivers/net/veth.c:veth_setup -> ether_setup: ETH_DATA_LEN, which the config cannot change. */
export const VETH_MTU = 1500;
/** The IPv4 header of every fragment: no options (the validator refuses options with fragmentation). */
export const FRAG_IHL = 20;
/** IP_MF, and the offset unit: iph->frag_off counts 8-byte blocks (include/net/ip.h). */
export const IP_MF = 0x2000;
export const FRAG_UNIT = 8;

/** The flags a fragmented datagram may carry: they act on the reassembled datagram (udp4_csum_init). */
export const FRAGMENTABLE_FLAGS: readonly FrameFlag[] = ['udp_csum', 'udp_csum_zero'];

/** The UDP datagram's bytes after the IP header (UDP header + payload). */
export function l4Len(payload: number): number {
  return 8 + payload;
}

/** What decides a datagram's IP length: its UDP payload and its options flag. */
export interface IpShape { readonly payload?: number; readonly flags?: readonly FrameFlag[] }

/** The IP datagram of a frames step: its header (the options flag's option included), UDP header and payload. */
export function stepIpLen(step: IpShape): number {
  return FRAG_IHL + ipOptionsLen(step.flags) + l4Len(step.payload ?? 64);
}

/** The step's IP datagram does not fit the veth MTU: the sender fragments it. */
export function isFragmented(kind: string, step: IpShape): boolean {
  return kind === 'veth' && stepIpLen(step) > VETH_MTU;
}

/**
 * The data bytes of each fragment, first to last: ip_do_fragment's slow path and ip_fraglist's fast
 * path both cut `(mtu - hlen) & ~7` bytes per fragment (only the last is shorter), so every fragment
 * but the last is an MTU-sized frame: 20 + 1480 bytes.
 */
export function fragmentDataLens(payload: number, mtu = VETH_MTU): number[] {
  const per = (mtu - FRAG_IHL) & ~(FRAG_UNIT - 1);
  const out: number[] = [];
  let left = l4Len(payload);
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
  return step.fragments ?? fragmentDataLens(step.payload ?? 64).map((_, i) => i);
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
}

/**
 * One datagram's fragments through ip_defrag, in `order` (indexes of `n` fragments cut at the same places, so two
 * fragments either are the same or do not overlap): a queue is created by the first fragment that finds none
 * (inet_frag_find), a fragment it already holds is a duplicate (6.x inet_frag_queue_insert IPFRAG_DUP: dropped;
 * 3.13 ip_frag_queue: the held copy freed, the new one kept; either way the queue holds the same fragments), and
 * the queue is reassembled and gone once it holds all n (ip_frag_reasm); a fragment after that starts a new one.
 */
export function fragmentRuns(order: readonly number[], n: number): FragmentRuns {
  let held = new Set<number>();
  let reassembled = 0;
  let reassembledThrough = 0;
  order.forEach((i, j) => {
    held.add(i);
    if (held.size === n) {
      reassembled++;
      reassembledThrough = j + 1;
      held = new Set();
    }
  });
  return { reassembled, expires: held.size > 0, expiresWithFirst: held.has(0), reassembledThrough };
}

/** fragmentRuns of a fragmented frames step (its FramesStep.fragments, else the sender's order). */
export function stepFragmentRuns(step: FramesStep): FragmentRuns {
  return fragmentRuns(fragmentOrder(step), fragmentDataLens(step.payload ?? 64).length);
}

/** The number of frames a frames step puts on the wire: count, times the fragments of each datagram on a veth. */
export function framesOnWire(step: FramesStep, kind: string): number {
  const count = step.count ?? 1;
  return isFragmented(kind, step) ? count * fragmentOrder(step).length : count;
}
