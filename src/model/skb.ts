// struct sk_buff, as a struct-of-arrays pool (include/linux/skbuff.h).
// A packet is an index into these arrays; nothing is allocated per packet, so a flood of
// millions of packets keeps the heap flat. Only the fields the receive path reads are kept.
import type { FrameFlag } from '../generated/schema-types.ts';
import { ETH_P_IPV6 } from '../spec/ipv6.ts';
import { DSTOPTS_FLAGS, EXT_HDR_LEN, HOPOPTS_FLAGS, RTHDR_FLAGS, optionAction } from '../spec/ipv6-ext.ts';

/** Bits of SkbPool.flags, one per FrameFlag of schemas/workload.schema.json, in its order. */
export const FRAME_FLAGS: readonly FrameFlag[] = [
  'ip_csum', 'ip_version', 'ip_ihl', 'ip_truncated', 'ip_len_short', 'ip_options',
  'udp_csum', 'udp_len_long', 'udp_len_short',
  'otherhost', 'not_local', 'no_route', 'rp_filter', 'fragment', 'multicast', 'broadcast', 'ttl_1',
  'ip_short', 'udp_csum_zero', 'ttl_0',
  'ip_options_nop', 'ip_options_rr', 'ip_options_ts', 'ip_options_ra', 'ip_options_lsrr', 'ip_options_ssrr',
  'ip_options_sec', 'ip_options_cipso',
];
export const FLAG: Readonly<Record<FrameFlag, number>> = Object.fromEntries(
  FRAME_FLAGS.map((f, i) => [f, 1 << i]),
) as Record<FrameFlag, number>;

/**
 * SkbPool.flags bits above the FrameFlags, the model's own: a fragment a sender cut from a datagram larger
 * than the veth MTU (SkbPool.fragOff, SkbPool.dgram say which), and an skb whose frag_list holds other
 * fragments' skbs after ip_frag_reasm (freed with it: skbuff.c:skb_release_data -> kfree_skb_list_reason).
 */
export const SKB_SENDER_FRAGMENT = 1 << 30;
export const SKB_HAS_FRAG_LIST = 1 << 29;
/** skb->protocol is ETH_P_IPV6: __netif_receive_skb_core hands it to ipv6_rcv (the flow is an inet6 one). */
export const SKB_IPV6 = 1 << 28;

export function flagsToBits(flags: readonly FrameFlag[] | undefined): number {
  let bits = 0;
  if (flags) for (const f of flags) bits |= FLAG[f] ?? 0; // the extension header flags are SkbPool.ext's
  return bits;
}

/**
 * SkbPool.ext: the IPv6 extension headers a frame carries (FrameFlag ip6_*, src/spec/ipv6-ext.ts), headers rather
 * than marks on the skb, so not bits of SkbPool.flags: the kind of each, 3 bits for the hop-by-hop options header,
 * 2 for the routing header, 3 for the destination options header. An options header's kind is OPT_PADN, or
 * OPT_UNKNOWN + the ip6_tlvopt_unknown action of the unknown option it holds; a routing header's is RT_SEGLEFT0
 * or RT_SEGLEFT1 (type 0 with that many segments left).
 */
export const OPT_PADN = 1;
export const OPT_UNKNOWN = 2;
export const RT_SEGLEFT0 = 1;
export const RT_SEGLEFT1 = 2;
const HOP_SHIFT = 0;
const RT_SHIFT = 3;
const DST_SHIFT = 5;

/** The hop-by-hop options header's kind (0: none). */
export function extHop(ext: number): number {
  return (ext >> HOP_SHIFT) & 7;
}
/** The routing header's kind (0: none). */
export function extRt(ext: number): number {
  return (ext >> RT_SHIFT) & 3;
}
/** The destination options header's kind (0: none). */
export function extDst(ext: number): number {
  return (ext >> DST_SHIFT) & 7;
}

/** The bytes of the extension headers of `ext` (src/spec/ipv6-ext.ts EXT_HDR_LEN each). */
export function extLen(ext: number): number {
  return ((extHop(ext) ? 1 : 0) + (extRt(ext) ? 1 : 0) + (extDst(ext) ? 1 : 0)) * EXT_HDR_LEN;
}

/** SkbPool.ext of a frame with `flags` (the validator has let through at most one flag of each header). */
export function extToBits(flags: readonly FrameFlag[] | undefined): number {
  let bits = 0;
  for (const f of flags ?? []) {
    const action = optionAction(f);
    const kind = action === undefined ? 0 : action === null ? OPT_PADN : OPT_UNKNOWN + action;
    if (HOPOPTS_FLAGS.includes(f)) bits |= kind << HOP_SHIFT;
    else if (DSTOPTS_FLAGS.includes(f)) bits |= kind << DST_SHIFT;
    else if (RTHDR_FLAGS.includes(f)) bits |= (f === 'ip6_rthdr' ? RT_SEGLEFT0 : RT_SEGLEFT1) << RT_SHIFT;
  }
  return bits;
}

/** IPv4 header (no options) + UDP header. */
export const IP_HLEN = 20;
export const UDP_HLEN = 8;
/** The `ip_short` FrameFlag: the frame ends this many bytes into its IP header (src/kernel/frames.ts). */
export const IP_SHORT_LEN = 10;
/** Ethernet header, counted in NIC and /proc/net/dev byte counters (rx_bytes). */
export const ETH_HLEN = 14;
export const ETH_P_IP = 0x0800;

/** skb->protocol as skb:kfree_skb prints it: ETH_P_IPV6 for an IPv6 skb, else ETH_P_IP. */
export function skb_protocol(flags: number): number {
  return (flags & SKB_IPV6) !== 0 ? ETH_P_IPV6 : ETH_P_IP;
}

/** SkbPool.owner of an skb an ICMPv6 socket sent: ICMP6_OWNER + the CPU. */
export const ICMP6_OWNER = 1 << 16;

export class SkbPool {
  /** skbaddr: the frame's sequence number, stable across the path (trace events). */
  id: Float64Array;
  /** skb->len at the IP layer: IP header + UDP header + payload. */
  len: Int32Array;
  /** UDP payload bytes. */
  payload: Int32Array;
  /** skb->truesize, set when the skb is built (driver or netif_rx). */
  truesize: Int32Array;
  /** skb->hash (32-bit flow hash). */
  hash: Uint32Array;
  /** Index into FlowTable. */
  flow: Int32Array;
  /** FrameFlag bits. */
  flags: Int32Array;
  /** Index of the receiving device in Host.devices. */
  dev: Int32Array;
  /** RX queue it arrived on (skb_record_rx_queue), -1 when none. */
  queue: Int32Array;
  /** Socket found by early demux (skb->sk), -1 when none. */
  sk: Int32Array;
  /** Simulated arrival time at the NIC (ns). */
  arrival: Float64Array;
  /** Ethernet padding after the IP datagram (FramesStep.padding): in skb->len until ip_rcv trims it. */
  pad: Int32Array;
  /** EXT bits: the IPv6 extension headers before the UDP header (in skb->len). */
  ext: Uint8Array;
  /** SKB_SENDER_FRAGMENT: the offset of the fragment's data in the datagram (bytes after the IP header). */
  fragOff: Int32Array;
  /** SKB_SENDER_FRAGMENT: the datagram it belongs to (its reassembly queue, as (saddr, daddr, id, protocol) is). */
  dgram: Int32Array;
  /**
   * skb->sk for an skb charged to a socket's sk_wmem_alloc: the CPU whose ICMP socket sent it (an error
   * out a veth, held until the peer frees it; ICMP6_OWNER + the CPU for its ICMPv6 socket), -1 for none.
   * free() gives its truesize back (sock_wfree).
   */
  owner: Int32Array;
  /**
   * 6.x SOCK_SKB_CB(skb)->dropcount (3.13 skb->dropcount): the socket's sk_drops when the datagram was queued,
   * as UdpProfile.skbDropcount has it; recvmsg passes it on as SO_RXQ_OVFL (udp.ts:sock_recv_drops).
   */
  dropcount: Uint32Array;
  /** The IPv4 header's ID (0 for IPv6): what inet_gro_receive compares (src/model/udp_gro.ts). */
  ipId: Int32Array;
  /**
   * NAPI_GRO_CB(skb)->count, then skb_shinfo(skb)->gso_segs: the datagrams GRO merged into this skb (1 when none).
   * The merged ones hang on its frag_list (InetState.fragLists), their truesize and payload added to its own.
   */
  segs: Int32Array;
  /** sk_wmem_alloc of each CPU's ICMP socket (icmp.c: per-CPU ipv4_icmp_sk / 3.13 net->ipv4.icmp_sk[cpu]). */
  readonly icmpWmem: number[] = [];
  /** The same for each CPU's ICMPv6 socket (net/ipv6/icmp.c: per-CPU ipv6_icmp_sk / 3.13 net->ipv6.icmp_sk[cpu]). */
  readonly icmp6Wmem: number[] = [];

  private freeList: Int32Array;
  private freeTop = 0;
  private used = 0;
  capacity: number;
  /** Number of live skbs. */
  live = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.id = new Float64Array(initialCapacity);
    this.len = new Int32Array(initialCapacity);
    this.payload = new Int32Array(initialCapacity);
    this.truesize = new Int32Array(initialCapacity);
    this.hash = new Uint32Array(initialCapacity);
    this.flow = new Int32Array(initialCapacity);
    this.flags = new Int32Array(initialCapacity);
    this.dev = new Int32Array(initialCapacity);
    this.queue = new Int32Array(initialCapacity);
    this.sk = new Int32Array(initialCapacity);
    this.arrival = new Float64Array(initialCapacity);
    this.pad = new Int32Array(initialCapacity);
    this.ext = new Uint8Array(initialCapacity);
    this.fragOff = new Int32Array(initialCapacity);
    this.dgram = new Int32Array(initialCapacity);
    this.owner = new Int32Array(initialCapacity).fill(-1);
    this.dropcount = new Uint32Array(initialCapacity);
    this.ipId = new Int32Array(initialCapacity);
    this.segs = new Int32Array(initialCapacity);
    this.freeList = new Int32Array(initialCapacity);
  }

  /** alloc_skb: returns a fresh index; fields are the caller's to set. */
  alloc(): number {
    this.live++;
    if (this.used === this.capacity && this.freeTop === 0) this.grow();
    const i = this.freeTop > 0 ? this.freeList[--this.freeTop] : this.used++;
    this.ext[i] = 0; // a frame without extension headers unless its builder says so
    this.segs[i] = 1; // one datagram until GRO merges others into it
    this.ipId[i] = 0;
    return i;
  }

  /** kfree_skb / consume_skb: the index may be reused; an skb charged to a socket gives its truesize back. */
  free(i: number): void {
    const o = this.owner[i];
    if (o >= ICMP6_OWNER) {
      this.icmp6Wmem[o - ICMP6_OWNER] -= this.truesize[i];
      this.owner[i] = -1;
    } else if (o >= 0) {
      this.icmpWmem[o] -= this.truesize[i];
      this.owner[i] = -1;
    }
    this.live--;
    this.freeList[this.freeTop++] = i;
  }

  private grow(): void {
    const cap = this.capacity * 2;
    const g = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(cap);
      b.set(a);
      return b;
    };
    this.id = g(this.id); this.len = g(this.len); this.payload = g(this.payload);
    this.truesize = g(this.truesize); this.hash = g(this.hash); this.flow = g(this.flow);
    this.flags = g(this.flags); this.dev = g(this.dev); this.queue = g(this.queue);
    this.sk = g(this.sk); this.arrival = g(this.arrival); this.pad = g(this.pad); this.ext = g(this.ext);
    this.fragOff = g(this.fragOff); this.dgram = g(this.dgram); this.dropcount = g(this.dropcount);
    this.ipId = g(this.ipId); this.segs = g(this.segs);
    const owner = new Int32Array(cap).fill(-1);
    owner.set(this.owner);
    this.owner = owner;
    this.freeList = g(this.freeList);
    this.capacity = cap;
  }
}

/**
 * An interned flow 5-tuple; IPv4 addresses are host-order u32. An inet6 flow (family 6) has its addresses as
 * src/ipv6.ts keys (32 hex digits) in src6/dst6, and src/dst 0.
 */
export interface FlowTuple {
  src: number; dst: number; sport: number; dport: number; proto: number;
  family?: 4 | 6; src6?: string; dst6?: string;
}

export class FlowTable {
  readonly flows: FlowTuple[] = [];
  private readonly index = new Map<string, number>();
  /**
   * Per-flow answers of lookups that do not change while the host's addresses and sockets stay as built,
   * so the per-packet path asks once per flow: -2 = not asked yet (a socket's close clears the socket
   * answers: udp_close.ts).
   * dstLocal: fib RTN_LOCAL for the destination (1/0); udpSock: __udp4_lib_lookup's socket (-1 none);
   * demuxSock: __udp4_lib_demux_lookup's connected socket (-1 none); srcClass: what route.c makes of the
   * source (ip_input.ts:source_class).
   */
  dstLocal: Int32Array = new Int32Array(16).fill(-2);
  srcClass: Int32Array = new Int32Array(16).fill(-2);
  udpSock: Int32Array = new Int32Array(16).fill(-2);
  demuxSock: Int32Array = new Int32Array(16).fill(-2);

  intern(t: FlowTuple): number {
    const key = `${t.src}:${t.dst}:${t.sport}:${t.dport}:${t.proto}:${t.src6 ?? ''}:${t.dst6 ?? ''}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.flows.length;
      this.flows.push({ ...t });
      this.index.set(key, i);
      if (i >= this.dstLocal.length) {
        const g = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2).fill(-2); b.set(a); return b; };
        this.dstLocal = g(this.dstLocal); this.udpSock = g(this.udpSock); this.demuxSock = g(this.demuxSock);
        this.srcClass = g(this.srcClass);
      }
    }
    return i;
  }
}

export function parseIpv4(s: string): number {
  const p = s.split('.').map(Number);
  return ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0;
}
