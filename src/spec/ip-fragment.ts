// How a sender fragments a UDP datagram larger than a veth's MTU, the one fact the model, the validator and the
// frame builder share: IPv4 net/ipv4/ip_output.c:ip_fragment / ip_do_fragment, IPv6 net/ipv6/ip6_output.c:
// ip6_fragment (3.13 and 6.x).
import type { Device, FragmentCut, FrameFlag, FramesStep, ProfileName } from '../generated/schema-types.ts';
import { ipOptionsLen } from './ip-options.ts';
import { ipv6ExtLen } from './ipv6-ext.ts';

/** drivers/net/veth.c:veth_setup -> ether_setup: ETH_DATA_LEN, a veth's MTU unless Device.mtu says otherwise. */
export const VETH_MTU = 1500;
/** A veth's largest MTU: ETH_MAX_MTU, its max_mtu (veth.c:veth_setup -> ether_setup; ip link shows maxmtu 65535). */
export const VETH_MAX_MTU = 65535;
/**
 * The largest veth MTU whose every frame (MTU + 14 bytes, 16 reserved before it) stays under a page in packet_snd's
 * one linear skb (af_packet.c:packet_alloc_skb: `prepad + len < PAGE_SIZE`); above it 6.x puts a frame in pages.
 */
export const VETH_LINEAR_MAX_MTU = 4065;
/** drivers/net/loopback.c:loopback_setup: `dev->mtu = 64 * 1024`, lo's MTU unless Device.mtu says otherwise. */
export const LO_MTU = 65536;

/** What decides a device's MTU: its kind, and Device.mtu (a veth's or lo's). */
export type MtuDevice = Pick<Device, 'kind' | 'mtu'>;

/** include/linux/ipv6.h IPV6_MIN_MTU: a device with a smaller MTU has no IPv6 (addrconf.c:ipv6_add_dev refuses it). */
export const IPV6_MIN_MTU = 1280;

/**
 * Does the device have IPv6: every one but a veth whose MTU (Device.mtu) is below IPV6_MIN_MTU (the format keeps lo's
 * at IPV6_MIN_MTU or more, so ::1 stays).
 */
export function deviceHasIpv6(d: MtuDevice): boolean {
  return d.kind !== 'veth' || deviceMtu(d) >= IPV6_MIN_MTU;
}

/**
 * The device's MTU: lo's Device.mtu, else its 64 KiB; a veth's Device.mtu (both ends), else ETH_DATA_LEN. The format
 * sets no NIC's MTU: a NIC frame is a wire frame as given (jumbo or not, the sender's business), never cut into
 * fragments here.
 */
export function deviceMtu(d: MtuDevice): number {
  if (d.kind === 'loopback') return d.mtu ?? LO_MTU;
  return d.kind === 'veth' ? d.mtu ?? VETH_MTU : VETH_MTU;
}
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

/**
 * The flags a fragmented datagram may carry: the checksum ones act on the reassembled datagram (udp4_csum_init); the
 * multicast and broadcast ones give every fragment the group's or the broadcast destination MAC and address, so
 * each is routed as the group's (ip_route_input_mc, ip6_mc_input) before the local defragmentation.
 */
export const FRAGMENTABLE_FLAGS: readonly FrameFlag[] = ['udp_csum', 'udp_csum_zero', 'multicast', 'broadcast'];

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
 * The IP datagram of a frames step: its header (the options flag's option included; IPv6: the 40-byte header and its
 * extension headers, src/spec/ipv6-ext.ts), UDP header and payload.
 */
export function stepIpLen(step: IpShape): number {
  if (isInet6Shape(step)) return FRAG6_HLEN + ipv6ExtLen(step.flags) + l4Len(step.payload ?? 64);
  return FRAG_IHL + ipOptionsLen(step.flags) + l4Len(step.payload ?? 64);
}

/**
 * The step's IP datagram does not fit the MTU of the veth or lo it is sent on: the sender fragments it (a veth's by
 * the recorder, as ip_fragment would; lo's by the sending socket itself, __ip_append_data and ip_do_fragment's fast
 * path, __ip6_append_data and ip6_fragment's), except where 3.13's lo takes it whole (loopbackUfo).
 */
export function isFragmented(d: MtuDevice, step: IpShape, profile: ProfileName): boolean {
  return exceedsMtu(d, step) && !loopbackUfo(profile, d, step);
}

/**
 * The step's IP datagram is longer than the MTU of the veth or lo it is sent on (a NIC frame is never cut here). On a
 * veth, in every profile, the same as isFragmented.
 */
export function exceedsMtu(d: MtuDevice, step: IpShape): boolean {
  return d.kind !== 'nic' && stepIpLen(step) > deviceMtu(d);
}

/**
 * 3.13's lo has NETIF_F_UFO (drivers/net/loopback.c:loopback_setup), and a UDP datagram whose UDP length is above the
 * MTU (`length > mtu`: header and payload, the IP header not counted) goes to ip_append_data's ip_ufo_append_data
 * (ip6_append_data's ip6_ufo_append_data): one GSO skb (SKB_GSO_UDP) that dev_hard_start_xmit does not segment for a
 * device with UFO, so lo receives the datagram whole. Between the two (UDP length <= MTU < IP length) it is cut into
 * fragments as on 6.x. 4.14 took UFO out of the kernel: 6.x always fragments.
 */
export function loopbackUfo(profile: ProfileName, d: MtuDevice, step: IpShape): boolean {
  return profile === 'linux-3.13' && d.kind === 'loopback' && l4Len(step.payload ?? 64) > deviceMtu(d);
}

/**
 * The data bytes each fragment carries: IPv4 ip_do_fragment's slow path and ip_fraglist's fast path both cut
 * `(mtu - hlen) & ~7` bytes (an MTU-sized frame: 20 + 1480 bytes); IPv6 ip6_fragment takes `mtu -= hlen +
 * sizeof(struct frag_hdr)` and cuts `len &= ~7` (40 + 8 + 1448 = 1496 bytes), as __ip6_append_data's maxfraglen
 * does for the fast path.
 */
export function fragmentDataPer(step: IpShape, mtu: number): number {
  const hlen = isInet6Shape(step) ? FRAG6_HLEN + FRAG6_HDR_LEN : FRAG_IHL;
  return (mtu - hlen) & ~(FRAG_UNIT - 1);
}

/**
 * The data bytes of each fragment of the step's datagram, first to last: fragmentDataPer each (the UDP header in
 * the first), only the last shorter.
 */
export function fragmentDataLens(step: IpShape, mtu: number): number[] {
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
 * The fragments each datagram of a fragmented step sends, in order: FramesStep.fragments (an index is the sender's
 * cut of that number, an object a FragmentCut), else all of the sender's cuts in order (0, 1, 2, ...), as
 * ip_do_fragment sends them.
 */
export function fragmentOrder(step: FramesStep, mtu: number): (number | FragmentCut)[] {
  return step.fragments ?? fragmentDataLens(step, mtu).map((_, i) => i);
}

/** One fragment as its data bytes of the datagram: [offset, offset + length) of the UDP header and payload. */
export interface Cut { readonly offset: number; readonly length: number }

/** The step's fragments, in the order sent, as the byte ranges they carry (fragmentOrder). */
export function stepFragmentCuts(step: FramesStep, mtu: number): Cut[] {
  const lens = fragmentDataLens(step, mtu);
  const per = lens[0]!;
  return fragmentOrder(step, mtu).map((x) => (typeof x === 'number' ? { offset: x * per, length: lens[x]! } : x));
}

/** The step sends a fragment the sender would not cut (a FragmentCut): scenario tag fragment_overlap. */
export function hasCraftedCut(step: FramesStep): boolean {
  return (step.fragments ?? []).some((x) => typeof x !== 'number');
}

/** What ip_defrag (ipv6_frag_rcv) makes of one datagram's fragments sent in a FramesStep.fragments order. */
export interface FragmentRuns {
  /** Reassemblies (ReasmOKs): 1 for the usual order; 0 when a fragment never comes; more when the order repeats. */
  reassembled: number;
  /** A queue is left when the last fragment came: it expires after ipfrag_time (ReasmTimeout, ReasmFails). */
  expires: boolean;
  /** That queue holds fragment 0 (INET_FRAG_FIRST_IN): ip_expire sends an ICMP time exceeded about it. */
  expiresWithFirst: boolean;
  /** How much of the order the last reassembly ends (0: none): what comes after it is the queue left. */
  reassembledThrough: number;
  /** Queues an overlap killed (ReasmFails; 6.x: IPv4 IpExt ReasmOverlaps too). */
  killed: number;
  /**
   * Each reassembled datagram's fragments in offset order: the data bytes each was sent with (its frame, so its
   * truesize) and the bytes it kept (3.13's trimming cuts their heads): truesize.ts reassembledTruesizes.
   */
  pieces: Piece[][];
}

/** A fragment in a reassembled datagram: the data bytes it was sent with, and those it kept. */
export interface Piece { readonly sent: number; readonly data: number }

/**
 * How a queue takes a fragment that meets the ones it holds (model: UdpProfile.fragDuplicate, fragDuplicate6):
 * - 'runs' (6.x inet_frag_queue_insert): held fragments form runs, a run grown only at the queue's tail (a fragment
 *   starting where the last one ends); a fragment inside one run is a duplicate, dropped (IPFRAG_DUP); any other
 *   overlap kills the queue (IPFRAG_OVERLAP);
 * - 'trim' (3.13 ip_frag_queue): the new fragment's head is cut where the one before it ends (freed if nothing is
 *   left), and the ones after it lose their heads, or go whole, where it covers them;
 * - 'kill' (3.13 ip6_frag_queue): any overlap with its neighbours kills the queue (RFC 5722).
 */
export type DefragRule = 'runs' | 'trim' | 'kill';

/** The DefragRule of `profile` for the step's family (UdpProfile.fragDuplicate / fragDuplicate6 say the same). */
export function defragRule(profile: ProfileName, step: IpShape): DefragRule {
  if (profile !== 'linux-3.13') return 'runs';
  return isInet6Shape(step) ? 'kill' : 'trim';
}

/** A range of the datagram's bytes: a run of fragments, or a fragment as kept. */
interface Range { offset: number; end: number }
/** A fragment the queue holds: its range as kept, and the data bytes it was sent with. */
interface Held extends Range { sent: number }

/** One queue as fragmentRuns follows it: its fragments (offset order), runs, LAST_IN and length, meat. */
class QueueShape {
  held: Held[] = [];
  runs: Range[] = [];
  len = 0;
  lastIn = false;
  meat = 0;

  /** The rule's answer to [offset, end): the range kept (trimmed), 'drop' (a duplicate, or covered whole), 'kill'. */
  insert(rule: DefragRule, offset: number, end: number): Held | 'drop' | 'kill' {
    const kept = rule === 'runs' ? this.insertRun(offset, end) : this.insertList(rule, offset, end);
    return typeof kept === 'string' ? kept : { ...kept, sent: end - offset };
  }

  private insertRun(offset: number, end: number): Range | 'drop' | 'kill' {
    const tail = this.held[this.held.length - 1];
    if (tail === undefined || tail.end < end) {
      if (tail !== undefined && offset < tail.end) return 'kill';
      const last = this.runs[this.runs.length - 1];
      if (tail !== undefined && offset === tail.end) last!.end = end;
      else this.runs.push({ offset, end });
      return { offset, end };
    }
    const met = this.runs.filter((r) => r.offset < end && offset < r.end);
    if (met.length === 1 && offset >= met[0]!.offset && end <= met[0]!.end) return 'drop';
    if (met.length > 0) return 'kill';
    this.runs.push({ offset, end });
    this.runs.sort((a, b) => a.offset - b.offset);
    return { offset, end };
  }

  private insertList(rule: DefragRule, offset: number, end: number): Range | 'drop' | 'kill' {
    const at = this.held.findIndex((h) => h.offset >= offset);
    const next = at < 0 ? this.held.length : at;
    const prev = this.held[next - 1];
    if (rule === 'kill') {
      const after = this.held[next];
      return (prev !== undefined && prev.end > offset) || (after !== undefined && after.offset < end) ? 'kill' : { offset, end };
    }
    let o = offset;
    if (prev !== undefined && prev.end > o) o = prev.end;
    if (end <= o) return 'drop';
    for (let i = next; i < this.held.length && this.held[i]!.offset < end;) {
      const h = this.held[i]!;
      if (end < h.end) {
        this.meat -= end - h.offset;
        h.offset = end;
        break;
      }
      this.meat -= h.end - h.offset;
      this.held.splice(i, 1);
    }
    return { offset: o, end };
  }

  add(h: Held): void {
    const at = this.held.findIndex((x) => x.offset > h.offset);
    this.held.splice(at < 0 ? this.held.length : at, 0, h);
    this.meat += h.end - h.offset;
  }
}

/**
 * One datagram's fragments through ip_defrag (ipv6_frag_rcv), in the order sent (cuts of the datagram's `l4` bytes):
 * a queue is created by the first fragment that finds none (inet_frag_find); the fragment that ends the datagram
 * sets LAST_IN and its length; each fragment is kept, dropped or kills the queue by `rule`; the queue is reassembled
 * and gone once FIRST_IN, LAST_IN and meat == len (ip_frag_reasm); a fragment after that starts a new one.
 */
export function defragRuns(cuts: readonly Cut[], l4: number, rule: DefragRule): FragmentRuns {
  let q: QueueShape | null = null;
  let reassembled = 0;
  let reassembledThrough = 0;
  let killed = 0;
  const pieces: Piece[][] = [];
  cuts.forEach((c, j) => {
    q ??= new QueueShape();
    const end = c.offset + c.length;
    if (end === l4) q.lastIn = true;
    q.len = Math.max(q.len, end);
    const kept = q.insert(rule, c.offset, end);
    if (kept === 'kill') {
      killed++;
      q = null;
      return;
    }
    if (kept === 'drop') return;
    q.add(kept);
    if (q.held[0]!.offset === 0 && q.lastIn && q.meat === q.len) {
      pieces.push(q.held.map((h) => ({ sent: h.sent, data: h.end - h.offset })));
      reassembled++;
      reassembledThrough = j + 1;
      q = null;
    }
  });
  const left = q as QueueShape | null;
  return {
    reassembled, reassembledThrough, killed, pieces,
    expires: left !== null, expiresWithFirst: left !== null && left.held[0]?.offset === 0,
  };
}

/** defragRuns of an order of the sender's `n` cuts, by index (unit-sized: the rule sees only which are held). */
export function fragmentRuns(order: readonly number[], n: number, rule: DefragRule = 'runs'): FragmentRuns {
  return defragRuns(order.map((i) => ({ offset: i * FRAG_UNIT, length: FRAG_UNIT })), n * FRAG_UNIT, rule);
}

/**
 * defragRuns of a fragmented frames step (its FramesStep.fragments, else the sender's order) on `profile`, cut for
 * an MTU of `mtu`.
 */
export function stepFragmentRuns(step: FramesStep, profile: ProfileName, mtu: number): FragmentRuns {
  return defragRuns(stepFragmentCuts(step, mtu), l4Len(step.payload ?? 64), defragRule(profile, step));
}

/** The number of frames a frames step puts on the wire: count, times the fragments of each fragmented datagram. */
export function framesOnWire(step: FramesStep, d: MtuDevice, profile: ProfileName): number {
  const count = step.count ?? 1;
  return isFragmented(d, step, profile) ? count * fragmentOrder(step, deviceMtu(d)).length : count;
}
