// skb->truesize of a received UDP datagram, by payload size, per kernel profile.
// The tables live in src/model/truesize/<profile>.json with their provenance:
//   linux-6.18: measured on Linux 6.18 by scripts/measure-truesize.py (IPv4, every payload 0..65507) and
//               scripts/measure-truesize6.py (IPv6 loopback 0..65487; AF_PACKET veth frames, IPv6 and IPv4);
//   linux-6.1, linux-6.12: measured the same way inside QEMU guests booting Debian's 6.1.192 and
//               6.12.118 packages (scripts/measure-truesize-guest.ts): truesize depends on the build;
//               their IPv6 values are derived from that IPv4 table unless the file holds `loopback6`;
//   linux-3.13: derived from the 3.13 sources (net/ipv4/ip_output.c:__ip_append_data ->
//               net/core/skbuff.c:__alloc_skb -> SKB_TRUESIZE(ksize(kmalloc(..)))).
// The model looks a size up in a precomputed Int32Array (one entry per payload size).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FramesStep, ProfileName } from '../generated/schema-types.ts';
import { ETH_HLEN, IP_HLEN, IP_SHORT_LEN, UDP_HLEN } from './skb.ts';
import { kernelProfile } from './profile.ts';
import { ipOptionsLen } from '../spec/ip-options.ts';
import { RxpathInputError } from '../spec/errors.ts';
import {
  FRAG6_HDR_LEN, FRAG6_HLEN, deviceMtu, fragmentDataLens, isFragmented, isInet6Shape, loopbackUfo, stepFragmentRuns, stepIpLen,
  type IpShape, type Piece,
} from '../spec/ip-fragment.ts';
import { IPV6_HLEN, MAX_UDP6_PAYLOAD } from '../spec/ipv6.ts';
import { maxInet6Payload } from '../spec/ipv6-problems.ts';

/** The largest UDP/IPv6 payload lo (MTU 65536) carries unfragmented: 40 + 8 + 65488 = 65536. */
export const MAX_UDP6_LO_UNFRAGMENTED = maxInet6Payload({ kind: 'loopback' });

/** Largest UDP/IPv4 payload: 65535 - 20 (IP header) - 8 (UDP header). */
export const MAX_UDP_PAYLOAD = 65507;

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'truesize');

/** The allocation path of net/ipv4/ip_output.c:__ip_append_data + net/core/skbuff.c:__alloc_skb. */
export interface TruesizeDerivation {
  /** sizeof(iphdr) + sizeof(udphdr) + LL_RESERVED_SPACE(dev) + 15: header_len = payload + this. */
  headerOverhead: number;
  /** SMP_CACHE_BYTES: SKB_DATA_ALIGN rounds to it. */
  cacheLine: number;
  /** SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) */
  shinfoAligned: number;
  /** SKB_DATA_ALIGN(sizeof(struct sk_buff)) */
  skbAligned: number;
  /** kmalloc cache object sizes up to KMALLOC_MAX_CACHE_SIZE; larger requests are page allocations. */
  kmallocCaches: number[];
  /** 6.x skb_small_head_cache object size (SKB_SMALL_HEAD_CACHE_SIZE); null when absent (3.13). */
  smallHeadCache: number | null;
  pageSize: number;
  /**
   * 6.x: the datagram's data goes to page frags (truesize += bytes) once
   * payload + headerOverhead >= SKB_MAX_ALLOC; this is that SKB_MAX_ALLOC. null: always linear (3.13).
   */
  pagedFrom: number | null;
}

/** ksize(kmalloc(size)) (mm/slub.c, kmalloc_large for sizes above the caches). */
function ksizeOf(d: TruesizeDerivation, size: number): number {
  if (d.smallHeadCache !== null && size <= d.smallHeadCache) return d.smallHeadCache; // skbuff.c:kmalloc_reserve
  for (const c of d.kmallocCaches) if (size <= c) return c;
  let pages = d.pageSize;
  while (pages < size) pages *= 2; // get_order
  return pages;
}

/** truesize of the linear skb __alloc_skb builds for `headerLen` bytes (skbuff.c:__alloc_skb). */
function allocSkbTruesize(d: TruesizeDerivation, headerLen: number): number {
  const align = (x: number) => Math.ceil(x / d.cacheLine) * d.cacheLine; // SKB_DATA_ALIGN
  const k = ksizeOf(d, align(headerLen) + d.shinfoAligned);
  // size = SKB_WITH_OVERHEAD(ksize(data)); truesize = SKB_TRUESIZE(size)
  return k - d.shinfoAligned + d.skbAligned + d.shinfoAligned;
}

/** truesize of a loopback/veth UDP datagram of `payload` bytes built by __ip_append_data. */
export function deriveTruesize(d: TruesizeDerivation, payload: number): number {
  if (d.pagedFrom !== null && payload + d.headerOverhead >= d.pagedFrom) {
    // 6.x __ip_append_data: alloclen = fragheaderlen + transhdrlen, the payload goes to page
    // frags and skb_len_add() adds each copied byte to truesize.
    return allocSkbTruesize(d, d.headerOverhead) + payload;
  }
  return allocSkbTruesize(d, payload + d.headerOverhead);
}

export interface MeasuredFile {
  profile: ProfileName;
  tables: Record<string, { segments: [number, number, number][] }>;
  /** reasmHeadTailroom's and ipqSize's measured values, with how they were measured. */
  reassembly?: { headTailroom: number; ipqSize: number; provenance: Record<string, unknown> };
  /** How the IPv6 (and AF_PACKET veth) truesize was measured (tables loopback6, veth6, vethPacket) or derived. */
  provenanceInet6?: Record<string, unknown>;
}
export interface DerivedFile {
  profile: ProfileName;
  derivation: TruesizeDerivation;
  /** ipqSize's value, with its source (headTailroom is derived). */
  reassembly?: { ipqSize: number; provenance: Record<string, unknown> };
  /** How the IPv6 (and AF_PACKET veth) truesize is derived. */
  provenanceInet6?: Record<string, unknown>;
}

/** Expands [payload, truesize, slope] segments into one entry per payload size (0 .. length - 1). */
export function expandSegments(
  segments: readonly (readonly [number, number, number])[], file: string,
  length = MAX_UDP_PAYLOAD + 1, pointer = '/tables/loopback/segments',
): Int32Array {
  const out = new Int32Array(length);
  if (segments.length === 0 || segments[0][0] !== 0) {
    throw new RxpathInputError([{ file, pointer, message: 'segments must start at payload 0' }]);
  }
  for (let i = 0; i < segments.length; i++) {
    const [p0, t0, slope] = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1][0] : length;
    if (end <= p0) throw new RxpathInputError([{ file, pointer: `${pointer}/${i + 1}/0`, message: 'payloads must increase' }]);
    for (let p = p0; p < end; p++) out[p] = t0 + slope * (p - p0);
  }
  return out;
}

/** A profile's truesize data file, read once (every table and constant below comes from it). */
export function readTruesizeFile(profile: ProfileName): MeasuredFile | DerivedFile {
  let d = docs.get(profile);
  if (!d) {
    d = JSON.parse(readFileSync(join(DIR, `${profile}.json`), 'utf8')) as MeasuredFile | DerivedFile;
    docs.set(profile, d);
  }
  return d;
}
const docs = new Map<ProfileName, MeasuredFile | DerivedFile>();

/** The per-payload table of a truesize data file: derived from its struct sizes, or its measured loopback segments. */
export function tableFromFile(doc: MeasuredFile | DerivedFile, file: string): Int32Array {
  if ('derivation' in doc) {
    const t = new Int32Array(MAX_UDP_PAYLOAD + 1);
    for (let p = 0; p <= MAX_UDP_PAYLOAD; p++) t[p] = deriveTruesize(doc.derivation, p);
    return t;
  }
  const lo = doc.tables.loopback;
  if (!lo) throw new RxpathInputError([{ file, pointer: '/tables/loopback', message: 'missing loopback table' }]);
  return expandSegments(lo.segments, file);
}

const tables = new Map<ProfileName, Int32Array>();

/** payload size -> truesize for a loopback (or veth: measured identical on 6.18) UDP datagram. */
export function truesizeTable(profile: ProfileName): Int32Array {
  let t = tables.get(profile);
  if (t) return t;
  t = tableFromFile(readTruesizeFile(profile), `src/model/truesize/${profile}.json`);
  tables.set(profile, t);
  return t;
}

/** skb->truesize of a UDP datagram with `payload` bytes (0..65507). */
export function skb_truesize(profile: ProfileName, payload: number): number {
  return truesizeTable(profile)[payload];
}

// ---------------------------------------------------------------------------------------------
// What a sender asks __alloc_skb for, beyond the IPv4 loopback table. lo and a veth both have
// hard_header_len ETH_HLEN 14 and needed_headroom / needed_tailroom 0, so LL_RESERVED_SPACE(dev) =
// (14 & ~(HH_DATA_MOD - 1)) + HH_DATA_MOD = 16 (include/linux/netdevice.h) on every profile.
const HH_LEN = 16;
/**
 * __ip_append_data (3.13, 6.x): fraglen = iphdr 20 + udphdr 8 + payload, plus hh_len + 15 (6.x alloc_extra):
 * the IPv4 loopback table's payload p is a linear skb of p + 59 bytes (the derivation's `headerOverhead`).
 */
export const V4_ALLOC_OVERHEAD = IP_HLEN + UDP_HLEN + HH_LEN + 15;
/**
 * __ip6_append_data (6.1, 6.12, 6.18; net/ipv6/ip6_output.c): fraglen = ipv6hdr 40 + udphdr 8 + payload, plus
 * alloc_extra = hh_len + dst_exthdrlen 0 + trailer_len 0 + sizeof(struct frag_hdr) 8 ("We just reserve space
 * for fragment header"); 3.13 ip6_append_data: sock_alloc_send_skb(alloclen + hh_len) with alloclen =
 * datalen + fragheaderlen + sizeof(struct frag_hdr). 72 bytes beyond the payload, 13 more than IPv4.
 */
export const V6_ALLOC_OVERHEAD = IPV6_HLEN + UDP_HLEN + HH_LEN + 8;

/** The paged-allocation threshold of a profile (SKB_MAX_ALLOC), null where the datagram is always linear (3.13). */
function pagedFromOf(doc: MeasuredFile | DerivedFile): number | null {
  if ('derivation' in doc) return doc.derivation.pagedFrom;
  // measured: the IPv4 table's slope-1 segment is where p + 59 >= SKB_MAX_ALLOC put the payload in page frags
  const seg = doc.tables.loopback?.segments.find((s) => s[2] === 1);
  return seg ? seg[0] + V4_ALLOC_OVERHEAD : null;
}

/**
 * truesize of a linear skb net/core/skbuff.c:__alloc_skb built for `size` bytes (below the paged threshold):
 * derived profiles compute it from their struct sizes; measured ones read it off their IPv4 loopback table,
 * whose entry p is such an skb of p + 59 bytes. Sizes 1..64 share SKB_DATA_ALIGN's first cache line with 59,
 * so entry 0 stands for them; beyond the table's linear part the last linear entry is used (no modelled
 * frame gets there: a veth frame is at most a few KiB).
 */
export function linearSkbTruesize(profile: ProfileName, size: number): number {
  const doc = readTruesizeFile(profile);
  if ('derivation' in doc) return allocSkbTruesize(doc.derivation, size);
  const t = truesizeTable(profile);
  const paged = pagedFromOf(doc);
  const last = (paged === null ? t.length : paged - V4_ALLOC_OVERHEAD) - 1;
  return t[Math.min(Math.max(0, size - V4_ALLOC_OVERHEAD), last)];
}


/**
 * skb->truesize of a UDP/IPv6 datagram of `payload` bytes an AF_INET6 socket sends to [::1]
 * (net/ipv6/ip6_output.c:__ip6_append_data -> sock_alloc_send_skb -> __alloc_skb; loopback_xmit keeps it):
 * - 6.x: alloclen = fraglen + alloc_extra, linear while fraglen + alloc_extra < SKB_MAX_ALLOC (the same
 *   test __ip_append_data makes, commit 6d123b81ac61, 5.14); from there alloclen = fragheaderlen +
 *   transhdrlen (+ alloc_extra) and the payload goes to page frags, each byte added to truesize (commit
 *   773ba4fe9104, 6.0): truesize = linear(72) + payload;
 * - 3.13: always one linear skb of payload + 72 bytes (no paged branch; UFO only for length > mtu).
 * So for every profile, loopback6(p) = loopback4(p + 13) while linear, and loopback4(p + 13) - 13 once paged.
 * Payloads above 65488 are fragmented on lo (48 + payload > its MTU 65536): the rule is extrapolated there.
 */
export function deriveLoopback6(profile: ProfileName, payload: number): number {
  const paged = pagedFromOf(readTruesizeFile(profile));
  if (paged !== null && payload + V6_ALLOC_OVERHEAD >= paged) {
    return linearSkbTruesize(profile, V6_ALLOC_OVERHEAD) + payload;
  }
  return linearSkbTruesize(profile, payload + V6_ALLOC_OVERHEAD);
}

const tables6 = new Map<ProfileName, Int32Array>();

/**
 * payload (0..65527) -> truesize of a loopback UDP/IPv6 datagram: the profile's measured `loopback6` table
 * (6.18: every payload 0..65487, scripts/measure-truesize6.py), or else deriveLoopback6 (the provenance is
 * the file's `provenanceInet6`).
 */
export function truesizeTable6(profile: ProfileName): Int32Array {
  let t = tables6.get(profile);
  if (t) return t;
  const doc = readTruesizeFile(profile);
  const lo6 = 'tables' in doc ? doc.tables.loopback6 : undefined;
  if (lo6) {
    const file = `src/model/truesize/${profile}.json`;
    t = expandSegments(lo6.segments, file, MAX_UDP6_PAYLOAD + 1, '/tables/loopback6/segments');
  } else {
    t = new Int32Array(MAX_UDP6_PAYLOAD + 1);
    for (let p = 0; p <= MAX_UDP6_PAYLOAD; p++) t[p] = deriveLoopback6(profile, p);
  }
  tables6.set(profile, t);
  return t;
}

/** skb->truesize of a loopback UDP/IPv6 datagram with `payload` bytes (0..65527). */
export function skb_truesize6(profile: ProfileName, payload: number): number {
  return truesizeTable6(profile)[Math.min(payload, MAX_UDP6_PAYLOAD)];
}

/**
 * skb->truesize of an Ethernet frame of `frameLen` bytes the recorder injects with an AF_PACKET SOCK_RAW
 * socket on a veth's peer (net/packet/af_packet.c:packet_snd: packet_alloc_skb(sk, hlen + tlen, hlen, len,
 * ...) with hlen = LL_RESERVED_SPACE(dev) 16, tlen = needed_tailroom 0; `prepad + len < PAGE_SIZE`, so one
 * linear skb of frameLen + 16 bytes, 3.13 and 6.x alike). veth_xmit hands that skb over unchanged.
 * Measured on 6.18 at every payload (tables veth6: 0..1452 and vethPacket: IPv4 0..1472), and with padding.
 */
export function packetSndTruesize(profile: ProfileName, frameLen: number): number {
  return linearSkbTruesize(profile, frameLen + HH_LEN);
}

/**
 * skb_end_offset - skb->tail of the skb packet_snd built for a frame of `frameLen` bytes (packetSndTruesize): its
 * buffer (SKB_TRUESIZE's overhead taken off its truesize), less where the frame ends in it: the profile's
 * packetSndFrameStart (6.x 2, 3.13 16: profile.ts) plus the frame. eth_type_trans and the IP layer pull headers off
 * the front, so the tail stays there. Recorded where those 14 bytes decide: a merged datagram skb_condense pulls in
 * (udp-gro-condense-p60-v6 on 6.1, -p93- on 6.18, -p157- on 6.12), and a reassembly head (reasmHeadTailroom). The copy of a burst's frame that veth_xdp_rcv unclones (skb_unclone -> pskb_expand_head(skb,
 * 0, 0)) keeps the same end offset.
 */
export function packetSndTailroom(profile: ProfileName, frameLen: number): number {
  return packetSndTruesize(profile, frameLen) - SKB_TRUESIZE(0) - kernelProfile(profile).packetSndFrameStart - frameLen;
}

/**
 * Who built a fragment's skb: the recorder's AF_PACKET socket on a veth's other end (af_packet.c:packet_snd, one
 * frame each), or lo's sending UDP socket (ip_output.c:__ip_append_data, ip6_output.c:__ip6_append_data: the chain of
 * skbs ip_do_fragment / ip6_fragment sends as they are, their fast path). Their buffers differ.
 */
export type FragmentSender = 'packet_snd' | 'ip_append_data';

/** The sender of a fragment seen on a device of `kind`: lo's own socket, else the recorder's AF_PACKET frame. */
export function fragmentSenderOf(kind: 'nic' | 'loopback' | 'veth'): FragmentSender {
  return kind === 'loopback' ? 'ip_append_data' : 'packet_snd';
}

/**
 * What __ip_append_data asks __alloc_skb for beyond a fragment's data bytes (the UDP header counted in the first's):
 * fragheaderlen 20 + hh_len 16 + 15 (6.x alloc_extra; 3.13 `alloclen + hh_len + 15`), so a whole datagram's p + 59
 * is its 8 + p data bytes and these 51. __ip6_append_data: fragheaderlen 40 + hh_len 16 + sizeof(struct frag_hdr) 8
 * (6.x alloc_extra; 3.13 alloclen + hh_len), 64. While linear, the fragment's IPv4 data ends 15 bytes before the
 * allocation's end (skb_reserve(hh_len) + fraglen); the IPv6 one at its end (skb_reserve(hh_len + frag_hdr) + fraglen).
 */
const LO_FRAG_ALLOC = { v4: V4_ALLOC_OVERHEAD - UDP_HLEN, v6: V6_ALLOC_OVERHEAD - UDP_HLEN } as const;
const LO_FRAG_SLACK = { v4: 15, v6: 0 } as const;

/** The bytes __ip_append_data (__ip6_append_data) asks for a linear fragment of `dataLen` data bytes. */
function loFragmentAlloc(dataLen: number, v6: boolean): number {
  return dataLen + (v6 ? LO_FRAG_ALLOC.v6 : LO_FRAG_ALLOC.v4);
}

/** The fragment's allocation is paged on `profile` (6.x: fraglen + alloc_extra >= SKB_MAX_ALLOC, lo has NETIF_F_SG). */
function loFragmentPaged(profile: ProfileName, alloc: number): boolean {
  const paged = pagedFromOf(readTruesizeFile(profile));
  return paged !== null && alloc >= paged;
}

/**
 * skb->truesize of one fragment lo's sending socket built (__ip_append_data / __ip6_append_data, datalen =
 * `dataLen`): one linear skb of dataLen + LO_FRAG_ALLOC bytes; on 6.x, once that reaches SKB_MAX_ALLOC, a linear
 * part of the headers alone (the first fragment's with the UDP header: alloclen = fragheaderlen + transhdrlen) and the
 * data in page frags, each byte added to truesize (skb_len_add), as loopback4 and loopback6 are for a whole datagram.
 * ip_do_fragment's fast path gives each its own truesize back (`skb->truesize -= frag->truesize`).
 */
export function loFragmentTruesize(profile: ProfileName, dataLen: number, v6: boolean, first: boolean): number {
  const alloc = loFragmentAlloc(dataLen, v6);
  if (!loFragmentPaged(profile, alloc)) return linearSkbTruesize(profile, alloc);
  const inHead = first ? UDP_HLEN : 0;
  return linearSkbTruesize(profile, loFragmentAlloc(inHead, v6)) + dataLen - inHead;
}

/**
 * 3.13's lo takes a UDP datagram longer than its MTU whole (src/spec/ip-fragment.ts loopbackUfo): ip_ufo_append_data
 * allocates hh_len 16 + fragheaderlen (IPv4 20, IPv6 40) + transhdrlen 8 + 20 bytes for the headers
 * (sock_alloc_send_skb), and skb_append_datato_frags puts the payload in page frags, `skb->truesize += copy`.
 */
export function loUfoTruesize(profile: ProfileName, payload: number, v6: boolean): number {
  return linearSkbTruesize(profile, HH_LEN + (v6 ? IPV6_HLEN : IP_HLEN) + UDP_HLEN + 20) + payload;
}

/** skb->truesize of one fragment of `dataLen` data bytes (the first: at offset 0) as its sender built it. */
export function fragmentTruesizeBy(
  sender: FragmentSender, profile: ProfileName, dataLen: number, v6: boolean, first: boolean,
): number {
  return sender === 'packet_snd' ? fragmentTruesize(profile, dataLen, v6) : loFragmentTruesize(profile, dataLen, v6, first);
}

/**
 * The tailroom of a reassembled datagram's head, the first fragment, as its sender built it: the recorder's AF_PACKET
 * frame of 14 + headIpLen bytes in packet_snd's one linear skb (packetSndTailroom), or lo's socket's first fragment
 * (loFragmentTruesize's buffer less where its data ends; none once paged: a nonlinear skb has no tailroom).
 * ip_frag_reasm (6.x inet_fragment.c:inet_frag_reasm_finish) calls skb_try_coalesce for each later fragment: while the
 * head is linear, a fragment whose data fits this tailroom is copied into it (`len <= skb_tailroom(to)`,
 * delta_truesize 0) and freed; one that does not is chained on frag_list and charged whole (`head->truesize +=
 * fp->truesize`), and the head is nonlinear from then on (skb_tailroom 0), so every fragment after it is chained too.
 * Measured on 6.1, 6.12 and 6.18 at a 1500-byte head: 212 (`reassembly.headTailroom` of the profile's file,
 * scripts/measure-reasm-tailroom.py), which this gives; an IPv6 head (40 + 8 + 1448 = 1496 bytes) has 4 more
 * (recorded: golden/kernel/linux-6.x/frag6-veth-tailroom-*); a head cut for another MTU (Device.mtu) sits in its own
 * size class (recorded: mtu-*, lo-mtu-*).
 */
export function reasmHeadTailroom(profile: ProfileName, headIpLen: number, sender: FragmentSender, v6: boolean): number {
  if (sender === 'packet_snd') return packetSndTailroom(profile, ETH_HLEN + headIpLen);
  const alloc = loFragmentAlloc(headIpLen - fragmentIpLen(0, v6), v6);
  if (loFragmentPaged(profile, alloc)) return 0;
  return linearSkbTruesize(profile, alloc) - SKB_TRUESIZE(0) - (alloc - LO_FRAG_SLACK[v6 ? 'v6' : 'v4']);
}

/** The measured tailroom of a 1500-byte reassembly head (6.x), which reasmHeadTailroom must give: its test's anchor. */
export function measuredReasmHeadTailroom(profile: ProfileName): number | undefined {
  const doc = readTruesizeFile(profile);
  return 'derivation' in doc ? undefined : (doc as MeasuredFile).reassembly?.headTailroom;
}

function missingReassembly(profile: ProfileName, field: string, what: string): RxpathInputError {
  return new RxpathInputError([{ file: `src/model/truesize/${profile}.json`, pointer: `/reassembly/${field}`, message: `missing: ${what}` }]);
}

/**
 * What ip_frag_reasm (inet_frag_reasm_finish's skb_try_coalesce, else frag_list) does with a fragment after the head:
 * - `copied`: the head is linear and the fragment's data fits its tailroom (`len <= skb_tailroom(to)`): copied in, the
 *   fragment freed, nothing charged;
 * - `merged`: the head has no frag_list yet and the fragment holds no linear data once ip_frag_queue (ip6_frag_queue)
 *   pulled its headers (`skb_headlen(from) == 0`: a paged fragment of lo's socket, loFragmentTruesize): its page frags
 *   move to the head, which is charged only them (`delta = from->truesize - SKB_TRUESIZE(skb_end_offset(from))`, its
 *   data bytes), and its linear buffer is freed (kfree_skb_partial); recorded: lo-mtu-paged-*;
 * - `chained`: put on the head's frag_list and charged whole (`head->truesize += fp->truesize`).
 * After anything but a copy the head is nonlinear (no tailroom); after a chain it has a frag_list.
 */
export type ReasmFate = 'copied' | 'merged' | 'chained';

/**
 * The fate of each fragment after the head, given each one's data bytes in offset order (the head's own first), the
 * head's IP length and who sent them (its tailroom: reasmHeadTailroom). 3.13's ip_frag_reasm calls skb_try_coalesce the
 * same way; its fragments are never paged.
 */
export function reasmFates(
  profile: ProfileName, dataLens: ArrayLike<number>, headIpLen: number, sender: FragmentSender, v6: boolean,
): ReasmFate[] {
  let room = reasmHeadTailroom(profile, headIpLen, sender, v6);
  let linear = sender === 'packet_snd' || !loFragmentPaged(profile, loFragmentAlloc(headIpLen - fragmentIpLen(0, v6), v6));
  let fragList = false;
  const out: ReasmFate[] = [];
  for (let i = 1; i < dataLens.length; i++) {
    const len = dataLens[i]!;
    if (linear && len <= room) {
      room -= len;
      out.push('copied');
    } else if (!fragList && sender === 'ip_append_data' && loFragmentPaged(profile, loFragmentAlloc(len, v6))) {
      linear = false;
      out.push('merged');
    } else {
      linear = false;
      fragList = true;
      out.push('chained');
    }
  }
  return out;
}

/** What a reassembled datagram is charged for a later fragment of `fate`, given the fragment's truesize and data bytes. */
export function reasmCharge(fate: ReasmFate, truesize: number, dataLen: number): number {
  if (fate === 'copied') return 0;
  return fate === 'merged' ? dataLen : truesize;
}

/**
 * sizeof(struct ipq): what inet_frag_alloc charges the fragment memory for each queue (ip4_frags.qsize),
 * next to its fragments' truesize. `reassembly.ipqSize` of the profile's file: 6.x measured (the
 * ip4-frags slab cache's object size, scripts/measure-reasm-tailroom.py), 3.13 from its source comment.
 */
export function ipqSize(profile: ProfileName): number {
  let v = ipqSizes.get(profile);
  if (v !== undefined) return v;
  v = readTruesizeFile(profile).reassembly?.ipqSize;
  if (v === undefined) throw missingReassembly(profile, 'ipqSize', 'the profile has no sizeof(struct ipq)');
  ipqSizes.set(profile, v);
  return v;
}
const ipqSizes = new Map<ProfileName, number>();

// ---------------------------------------------------------------------------------------------
// NIC (igb) receive skbs. The model's NIC is igb (driver.ts); its skbs are built by the driver,
// not by a sender, so their truesize follows the driver's buffer layout, not the tables above.
// Constants (x86_64, 4 KiB pages, MTU 1500, no XDP, legacy-rx off):
//   IGB_RX_HALF_PAGE 2048: each RX buffer is half a 4 KiB page. 3.13 igb.h IGB_RX_BUFSZ =
//     IGB_RXBUFFER_2048 (PAGE_SIZE < 8192); 6.18 igb_main.c igb_rx_pg_size(ring) / 2 ("Must be
//     power-of-2") with order-0 pages (igb_rx_pg_order: no large buffer at max_frame_size <=
//     IGB_MAX_FRAME_BUILD_SKB). Frames longer than one buffer take one more descriptor per 2048
//     bytes (SRRCTL.BSIZEPKT = 2 KB), each added by igb_add_rx_frag with truesize 2048 (such frames
//     exceed what an igb at MTU 1500 accepts; the model extrapolates for jumbo payloads).
//   IGB_RX_HDR_LEN 256: igb.h IGB_RXBUFFER_256, the 3.13 header skb and copy-break length.
//   NET_SKB_PAD 64: include/linux/skbuff.h max(32, L1_CACHE_BYTES) with 64-byte cache lines;
//     NET_IP_ALIGN is 0 on x86.
//   SKB_DATA_ALIGN(sizeof(struct sk_buff)) = 256 and SKB_DATA_ALIGN(sizeof(struct
//     skb_shared_info)) = 320: `skbAligned` / `shinfoAligned` of truesize/linux-3.13.json, the same
//     values the 6.18 measurement is reproduced with (test/model/truesize_derivation_reproduces_measured_6_18.test.ts).
const IGB_RX_HALF_PAGE = 2048;
const IGB_RX_HDR_LEN = 256;
const NET_SKB_PAD = 64;
export const SKB_DATA_ALIGNED_SK_BUFF = 256;
export const SKB_DATA_ALIGNED_SHINFO = 320;
/** SMP_CACHE_BYTES: SKB_DATA_ALIGN's unit. */
export const CACHE_LINE = 64;

/** include/linux/skbuff.h SKB_TRUESIZE(X) = X + SKB_DATA_ALIGN(sizeof(sk_buff)) + SKB_DATA_ALIGN(sizeof(skb_shared_info)) */
function SKB_TRUESIZE(x: number): number {
  return x + SKB_DATA_ALIGNED_SK_BUFF + SKB_DATA_ALIGNED_SHINFO;
}

function SKB_DATA_ALIGN(x: number): number {
  return Math.ceil(x / CACHE_LINE) * CACHE_LINE;
}

/** RX descriptors (half pages) an Ethernet frame of `frameLen` bytes (CRC stripped) fills. */
function igbBuffers(frameLen: number): number {
  return Math.max(1, Math.ceil(frameLen / IGB_RX_HALF_PAGE));
}

/**
 * skb->truesize of a frame of `frameLen` bytes (Ethernet header included, CRC stripped: the RX
 * descriptor's length) received by igb.
 * - linux-6.1, 6.12, 6.18: igb_clean_rx_irq -> igb_build_skb: napi_build_skb(va - IGB_SKB_PAD, truesize =
 *   igb_rx_pg_size / 2) -> __build_skb_around -> __finalize_skb_around: `size -=
 *   SKB_DATA_ALIGN(sizeof(struct skb_shared_info)); skb->truesize = SKB_TRUESIZE(size)`, i.e.
 *   2048 + SKB_DATA_ALIGN(sizeof(struct sk_buff)) = 2304 whatever the frame size; each further
 *   buffer: igb_add_rx_frag -> skb_add_rx_frag(..., truesize = igb_rx_pg_size / 2).
 * - linux-3.13: igb_fetch_rx_buffer: netdev_alloc_skb_ip_align(netdev, IGB_RX_HDR_LEN) ->
 *   __netdev_alloc_skb: fragsz = SKB_DATA_ALIGN(256 + NET_SKB_PAD) + SKB_DATA_ALIGN(shinfo) ->
 *   build_skb(data, fragsz): truesize = SKB_TRUESIZE(fragsz - SKB_DATA_ALIGN(shinfo)) = 896. Then
 *   igb_add_rx_frag: a frame of at most IGB_RX_HDR_LEN bytes is copied into the head (`size <=
 *   IGB_RX_HDR_LEN && !skb_is_nonlinear(skb)`: no frag, truesize stays 896); a larger one is
 *   added as a page fragment, skb_add_rx_frag(..., IGB_RX_BUFSZ): +2048 per buffer.
 */
export function nicTruesize(profile: ProfileName, frameLen: number): number {
  const nbuf = igbBuffers(frameLen);
  if (profile !== 'linux-3.13') { // 6.1.192 and 6.12.118 igb_main.c:igb_build_skb read the same
    return SKB_TRUESIZE(IGB_RX_HALF_PAGE - SKB_DATA_ALIGNED_SHINFO) + (nbuf - 1) * IGB_RX_HALF_PAGE;
  }
  const head = SKB_TRUESIZE(SKB_DATA_ALIGN(IGB_RX_HDR_LEN + NET_SKB_PAD));
  return frameLen <= IGB_RX_HDR_LEN ? head : head + nbuf * IGB_RX_HALF_PAGE;
}

/**
 * skb->truesize of the frames of a `frames` step, as the kernel builds them (the tables above, with
 * their provenance): a NIC frame is built by the igb driver from half-page RX buffers
 * (drivers/net/ethernet/intel/igb/igb_main.c:igb_build_skb (6.18) / igb_fetch_rx_buffer (3.13)),
 * so its truesize follows the frame length (Ethernet + IP header with its options + UDP header +
 * payload); a loopback frame was built by the sending socket (net/ipv4/ip_output.c:__ip_append_data,
 * net/ipv6/ip6_output.c:__ip6_append_data -> net/core/skbuff.c:__alloc_skb), so its truesize follows the
 * payload; a veth frame was built by the recorder's AF_PACKET socket (net/packet/af_packet.c:packet_snd),
 * so its skb is sized by the whole frame: IP options and Ethernet padding (FramesStep.padding) included.
 * The same payload is charged differently on each kind of device. `mtu` is the device's (Device.mtu, else its kind's): a datagram above
 * it is charged as reassembled from its sender's fragments (3.13's lo takes it whole: loopbackUfo).
 */
export function frameTruesize(
  profile: ProfileName, kind: 'nic' | 'loopback' | 'veth', step: FramesStep, mtu = deviceMtu({ kind }),
): number {
  const payload = step.payload ?? 64;
  const pad = step.padding ?? 0;
  const v6 = step.flow.family === 'inet6';
  if (isFragmented({ kind, mtu }, step, profile)) return reassembledTruesize(profile, step, mtu, fragmentSenderOf(kind));
  if (kind === 'loopback' && loopbackUfo(profile, { kind, mtu }, step)) return loUfoTruesize(profile, payload, v6);
  if (v6) {
    // IPv6 (no options)
    if (kind === 'loopback') return skb_truesize6(profile, payload);
    return kind === 'veth' ? packetSndTruesize(profile, frameLenOf(step)) : nicTruesize(profile, frameLenOf(step));
  }
  const options = ipOptionsLen(step.flags);
  if (kind === 'loopback') return skb_truesize(profile, Math.min(payload + pad + options, MAX_UDP_PAYLOAD));
  // packet_snd sizes a veth's skb by the frame it is given (frameLenOf). Measured on 6.18 (table vethPacket):
  // loopback4(payload - 1) without options or padding, one byte less than a socket's datagram (hh_len 16 vs
  // hh_len 16 + 15 of __ip_append_data).
  if (kind === 'veth') return packetSndTruesize(profile, frameLenOf(step));
  return nicTruesize(profile, ETH_HLEN + IP_HLEN + options + UDP_HLEN + payload + pad);
}

/**
 * The Ethernet frame the recorder sends on a veth for an unfragmented frames step, in bytes: 14 + the IP datagram
 * (IPv4 20 + options, or IPv6 40 + extension headers; UDP 8 + payload: stepIpLen) + padding, or the 14 + 10 bytes of
 * an ip_short frame (IPv4 with its padding).
 */
export function frameLenOf(step: FramesStep): number {
  const pad = step.padding ?? 0;
  const short = step.flags?.includes('ip_short') === true;
  if (step.flow.family === 'inet6') return short ? ETH_HLEN + IP_SHORT_LEN : ETH_HLEN + stepIpLen(step) + pad;
  return ETH_HLEN + (short ? IP_SHORT_LEN : IP_HLEN + ipOptionsLen(step.flags) + UDP_HLEN + (step.payload ?? 64)) + pad;
}

/**
 * skb->truesize of one fragment of a datagram a sender cut for the veth MTU (src/spec/ip-fragment.ts): the
 * recorder injects each fragment as its own Ethernet frame (14 + 20 + dataLen bytes; IPv6 14 + 40 + 8 + dataLen)
 * with AF_PACKET, so packet_snd sizes its skb as any frame's (packetSndTruesize). Measured on 6.18: a 2126-byte
 * payload (last fragment 654 bytes, chained) reassembles to 3584; the sender's UDP table at dataLen - 8 said 4608.
 */
export function fragmentTruesize(profile: ProfileName, dataLen: number, v6 = false): number {
  return packetSndTruesize(profile, ETH_HLEN + fragmentIpLen(dataLen, v6));
}

/** A fragment's IP length: its header (IPv6: with the fragment header) and its data. */
export function fragmentIpLen(dataLen: number, v6: boolean): number {
  return (v6 ? FRAG6_HLEN + FRAG6_HDR_LEN : IP_HLEN) + dataLen;
}

/**
 * skb->truesize of a UDP datagram its sender fragmented for the device's MTU, once ip_frag_reasm (ip6_frag_reasm) has
 * put it together: the first fragment's, plus each fragment chained on its frag_list.
 */
export function reassembledTruesize(profile: ProfileName, step: IpShape, mtu: number, sender: FragmentSender): number {
  const pieces = fragmentDataLens(step, mtu).map((n) => ({ sent: n, data: n }));
  return piecesTruesize(profile, pieces, isInet6Shape(step), sender);
}

/**
 * A reassembled datagram's truesize from its fragments in offset order (the data bytes each was sent with, and those
 * it kept): the head's, plus what each later one is charged by its fate (reasmFates, on the bytes kept, against the
 * head's tailroom).
 */
function piecesTruesize(profile: ProfileName, pieces: readonly Piece[], v6: boolean, sender: FragmentSender): number {
  const head = pieces[0]!;
  const fates = reasmFates(profile, pieces.map((x) => x.data), fragmentIpLen(head.sent, v6), sender, v6);
  let t = fragmentTruesizeBy(sender, profile, head.sent, v6, true);
  fates.forEach((f, i) => {
    const piece = pieces[i + 1]!;
    t += reasmCharge(f, fragmentTruesizeBy(sender, profile, piece.sent, v6, false), piece.data);
  });
  return t;
}

/**
 * skb->truesize of each datagram a fragmented step's order reassembles on `profile` (src/spec/ip-fragment.ts
 * defragRuns' pieces): the head's frame, plus each piece chained rather than copied, decided on the bytes each kept
 * (3.13 trims overlaps; the head, fragment 0, is always the sender's). In the sender's order this is
 * reassembledTruesize; crafted fragments (FragmentCut) make other pieces. Only the recorder's frames are sent in
 * another order (FramesStep.fragments is refused on lo), so the sender is packet_snd.
 */
export function reassembledTruesizes(profile: ProfileName, step: FramesStep, mtu: number): number[] {
  const v6 = isInet6Shape(step);
  return stepFragmentRuns(step, profile, mtu).pieces.map((pieces) => piecesTruesize(profile, pieces, v6, 'packet_snd'));
}
