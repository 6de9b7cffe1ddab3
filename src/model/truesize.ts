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
import { type KernelProfile, kernelProfile } from './profile.ts';
import { PAGE_SIZE } from './page_pool.ts';
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
  let v = pagedFroms.get(doc);
  if (v !== undefined) return v;
  if ('derivation' in doc) v = doc.derivation.pagedFrom;
  else {
    // measured: the IPv4 table's slope-1 segment is where p + 59 >= SKB_MAX_ALLOC put the payload in page frags
    const seg = doc.tables.loopback?.segments.find((s) => s[2] === 1);
    v = seg ? seg[0] + V4_ALLOC_OVERHEAD : null;
  }
  pagedFroms.set(doc, v);
  return v;
}
const pagedFroms = new Map<MeasuredFile | DerivedFile, number | null>();

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

/** MAX_SKB_FRAGS (include/linux/skbuff.h: CONFIG_MAX_SKB_FRAGS 17 on 6.x; 65536 / PAGE_SIZE + 1 = 17 on 3.13). */
const MAX_SKB_FRAGS = 17;

/**
 * One skb a sender built, as reassembly and the socket see it: its truesize, the part of it in page frags
 * (skb->truesize - SKB_TRUESIZE(skb_end_offset(skb)): 0 for a linear skb), its nr_frags, and its tailroom (none once
 * paged: skb_tailroom is 0 for a nonlinear skb).
 */
export interface SenderSkb {
  readonly truesize: number;
  readonly paged: number;
  readonly frags: number;
  readonly tailroom: number;
}

/** The profile rules packet_snd's layout follows (profile.ts); a run's own (Host.profile) may override them. */
export type PacketSndRules = Pick<KernelProfile, 'packetSndFrameStart' | 'packetSndPaged' | 'packetSndPageOrder'>;

/** The frame packet_snd puts in pages (profile.ts packetSndPaged): 16 reserved + the frame no longer under a page. */
function packetSndIsPaged(rules: PacketSndRules, frameLen: number): boolean {
  return rules.packetSndPaged && HH_LEN + frameLen >= PAGE_SIZE;
}

/**
 * The frags alloc_skb_with_frags makes for `bytes` (6.x): from the profile's largest order (packetSndPageOrder) down,
 * the largest chunk whose size does not pass PAGE_ALIGN of the bytes left (6.1: a page each).
 */
function pageChunks(bytes: number, maxOrder: number): number {
  const pages = Math.ceil(bytes / PAGE_SIZE);
  const big = 1 << maxOrder;
  let rest = pages % big;
  let n = Math.floor(pages / big);
  for (; rest > 0; rest &= rest - 1) n++;
  return n;
}

/**
 * The skb of an Ethernet frame of `frameLen` bytes the recorder injects with an AF_PACKET SOCK_RAW socket on a veth's
 * peer (net/packet/af_packet.c:packet_snd: packet_alloc_skb(sk, hlen + tlen, hlen, len, linear, ...) with hlen =
 * LL_RESERVED_SPACE(dev) 16, tlen = needed_tailroom 0). veth_xmit hands it over unchanged.
 * - Under a page with its 16 bytes (`prepad + len < PAGE_SIZE`: every frame of a veth MTU up to 4065), and on 3.13
 *   always: one linear skb of frameLen + 16 bytes. Measured on 6.18 at every payload (tables veth6: 0..1452 and
 *   vethPacket: IPv4 0..1472), and with padding. Its tailroom: the buffer (SKB_TRUESIZE's overhead taken off its
 *   truesize) less where the frame ends, the profile's packetSndFrameStart (6.x 2, 3.13 16: profile.ts) plus the
 *   frame (eth_type_trans and the IP layer pull headers off the front, so the tail stays there). Recorded where it
 *   decides: a merged datagram skb_condense pulls in (udp-gro-condense-p60-v6 on 6.1, -p93- on 6.18, -p157- on 6.12),
 *   a reassembly head (reasmHeadTailroom). The copy of a burst's frame that veth_xdp_rcv unclones (skb_unclone ->
 *   pskb_expand_head(skb, 0, 0)) keeps the same end offset.
 * - 6.x past that (a jumbo MTU): its 14-byte Ethernet header in a small linear skb (16 + 14 bytes) and the rest in
 *   pages, each chunk charged whole (6.1 `skb->truesize += npages << PAGE_SHIFT`; 6.12 on `+= PAGE_SIZE << order`):
 *   PAGE_ALIGN(frameLen - 14). ip_rcv's pskb_may_pull copies the headers it reads into the small skb's room without
 *   reallocating it, so the charge stays (recorded: mtu-9000-*, mtu-65535-*).
 */
export function packetSndSkb(
  profile: ProfileName, frameLen: number, rules: PacketSndRules = kernelProfile(profile),
): SenderSkb {
  if (!packetSndIsPaged(rules, frameLen)) {
    const truesize = linearSkbTruesize(profile, frameLen + HH_LEN);
    const tailroom = truesize - SKB_TRUESIZE(0) - rules.packetSndFrameStart - frameLen;
    return { truesize, paged: 0, frags: 0, tailroom };
  }
  const data = frameLen - ETH_HLEN;
  const paged = Math.ceil(data / PAGE_SIZE) * PAGE_SIZE;
  const frags = pageChunks(data, rules.packetSndPageOrder);
  return { truesize: linearSkbTruesize(profile, HH_LEN + ETH_HLEN) + paged, paged, frags, tailroom: 0 };
}

/** skb->truesize of the frame packet_snd builds for `frameLen` bytes (packetSndSkb). */
export function packetSndTruesize(
  profile: ProfileName, frameLen: number, rules: PacketSndRules = kernelProfile(profile),
): number {
  return packetSndSkb(profile, frameLen, rules).truesize;
}

/** The tailroom of the frame packet_snd builds for `frameLen` bytes (packetSndSkb): what skb_condense copies into. */
export function packetSndTailroom(
  profile: ProfileName, frameLen: number, rules: PacketSndRules = kernelProfile(profile),
): number {
  return packetSndSkb(profile, frameLen, rules).tailroom;
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
/**
 * The most frags a paged fragment of lo's socket has: its data in the task's page_frag (sk_page_frag_refill, 32 KiB
 * pages), a new frag where a page ends. No datagram gets near MAX_SKB_FRAGS this way: at most four paged fragments
 * (16013 bytes and more each), three frags each.
 */
function loFragmentFrags(dataLen: number): number {
  return Math.ceil(dataLen / (PAGE_SIZE << 3)) + 1;
}

/** The bytes __ip_append_data (__ip6_append_data) asks for a linear fragment of `dataLen` data bytes. */
function loFragmentAlloc(dataLen: number, v6: boolean): number {
  return dataLen + (v6 ? LO_FRAG_ALLOC.v6 : LO_FRAG_ALLOC.v4);
}

/**
 * One fragment lo's sending socket built (__ip_append_data / __ip6_append_data, datalen = `dataLen`): one linear skb of
 * dataLen + LO_FRAG_ALLOC bytes, whose tailroom is its buffer less where the data ends; on 6.x, once that reaches
 * SKB_MAX_ALLOC (fraglen + alloc_extra, lo has NETIF_F_SG), a linear part of the headers alone (the first fragment's
 * with the UDP header: alloclen = fragheaderlen + transhdrlen) and the data in page frags, each byte added to truesize
 * (skb_len_add), as loopback4 and loopback6 are for a whole datagram. ip_do_fragment's fast path gives each its own
 * truesize back (`skb->truesize -= frag->truesize`).
 */
export function loFragmentSkb(profile: ProfileName, dataLen: number, v6: boolean, first: boolean): SenderSkb {
  const alloc = loFragmentAlloc(dataLen, v6);
  const pagedFrom = pagedFromOf(readTruesizeFile(profile));
  if (pagedFrom === null || alloc < pagedFrom) {
    const truesize = linearSkbTruesize(profile, alloc);
    const tailroom = truesize - SKB_TRUESIZE(0) - (alloc - LO_FRAG_SLACK[v6 ? 'v6' : 'v4']);
    return { truesize, paged: 0, frags: 0, tailroom };
  }
  const paged = dataLen - (first ? UDP_HLEN : 0);
  const truesize = linearSkbTruesize(profile, loFragmentAlloc(dataLen - paged, v6)) + paged;
  return { truesize, paged, frags: loFragmentFrags(paged), tailroom: 0 };
}

/** skb->truesize of one fragment lo's sending socket built (loFragmentSkb). */
export function loFragmentTruesize(profile: ProfileName, dataLen: number, v6: boolean, first: boolean): number {
  return loFragmentSkb(profile, dataLen, v6, first).truesize;
}

/**
 * 3.13's lo takes a UDP datagram longer than its MTU whole (src/spec/ip-fragment.ts loopbackUfo): ip_ufo_append_data
 * allocates hh_len 16 + fragheaderlen (IPv4 20, IPv6 40) + transhdrlen 8 + 20 bytes for the headers
 * (sock_alloc_send_skb), and skb_append_datato_frags puts the payload in page frags, `skb->truesize += copy`.
 */
export function loUfoTruesize(profile: ProfileName, payload: number, v6: boolean): number {
  return linearSkbTruesize(profile, HH_LEN + (v6 ? IPV6_HLEN : IP_HLEN) + UDP_HLEN + 20) + payload;
}

/** The skb of one fragment of `dataLen` data bytes (the first: at offset 0) as its sender built it. */
export function fragmentSkb(
  sender: FragmentSender, profile: ProfileName, dataLen: number, v6: boolean, first: boolean,
  rules: PacketSndRules = kernelProfile(profile),
): SenderSkb {
  if (sender === 'ip_append_data') return loFragmentSkb(profile, dataLen, v6, first);
  return packetSndSkb(profile, ETH_HLEN + fragmentIpLen(dataLen, v6), rules);
}

/** skb->truesize of one fragment of `dataLen` data bytes (the first: at offset 0) as its sender built it. */
export function fragmentTruesizeBy(
  sender: FragmentSender, profile: ProfileName, dataLen: number, v6: boolean, first: boolean,
  rules: PacketSndRules = kernelProfile(profile),
): number {
  return fragmentSkb(sender, profile, dataLen, v6, first, rules).truesize;
}

/**
 * The tailroom of a reassembled datagram's head, the first fragment, as its sender built it (fragmentSkb): the
 * recorder's AF_PACKET frame of 14 + headIpLen bytes, or lo's socket's first fragment; none once paged.
 * Measured on 6.1, 6.12 and 6.18 at a 1500-byte head: 212 (`reassembly.headTailroom` of the profile's file,
 * scripts/measure-reasm-tailroom.py), which this gives; an IPv6 head (40 + 8 + 1448 = 1496 bytes) has 4 more
 * (recorded: golden/kernel/linux-6.x/frag6-veth-tailroom-*); a head cut for another MTU (Device.mtu) sits in its own
 * size class (recorded: mtu-*, lo-mtu-*).
 */
export function reasmHeadTailroom(profile: ProfileName, headIpLen: number, sender: FragmentSender, v6: boolean): number {
  return fragmentSkb(sender, profile, headIpLen - fragmentIpLen(0, v6), v6, true).tailroom;
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
 * - `merged`: the head has no frag_list yet, the fragment holds no linear data once ip_frag_queue (ip6_frag_queue)
 *   pulled its headers (`skb_headlen(from) == 0`: a paged fragment, SenderSkb.paged), and the two have at most
 *   MAX_SKB_FRAGS frags between them: its page frags move to the head, which is charged only them (`delta =
 *   from->truesize - SKB_TRUESIZE(skb_end_offset(from))`), and its linear buffer is freed (kfree_skb_partial);
 *   recorded: lo-mtu-*-paged-*, mtu-9000-*, mtu-65535-*;
 * - `chained`: put on the head's frag_list and charged whole (`head->truesize += fp->truesize`).
 * After anything but a copy the head is nonlinear (no tailroom); after a chain it has a frag_list.
 */
export type ReasmFate = 'copied' | 'merged' | 'chained';

/**
 * A later fragment's fate (ReasmFate). The reassembled datagram is charged nothing for a copied one, the page frags'
 * truesize for a merged one, and the skb as it came for a chained one (its truesize: the caller's to know).
 */
export type ReasmStep =
  | { readonly fate: Exclude<ReasmFate, 'merged'> }
  | { readonly fate: 'merged'; readonly pages: number };

/**
 * The fate of each fragment after the head, given each one's data bytes in offset order (the head's own first), the
 * head's IP length and who sent them (fragmentSkb: the head's tailroom and frags, each one's paged part). 3.13's
 * ip_frag_reasm calls skb_try_coalesce the same way; its fragments are never paged. The bytes kept are the bytes sent
 * but where 3.13 trims an overlap, and a trimmed piece is linear, so a paged one is the sender's. `rules`: the run's
 * own (Host.profile), which `rxpath versions` overrides one at a time.
 */
export function reasmFates(
  profile: ProfileName, dataLens: ArrayLike<number>, headIpLen: number, sender: FragmentSender, v6: boolean,
  rules: PacketSndRules = kernelProfile(profile),
): ReasmStep[] {
  const head = fragmentSkb(sender, profile, headIpLen - fragmentIpLen(0, v6), v6, true, rules);
  let room = head.tailroom;
  let linear = head.paged === 0;
  let frags = head.frags;
  let fragList = false;
  const out: ReasmStep[] = [];
  for (let i = 1; i < dataLens.length; i++) {
    const len = dataLens[i]!;
    if (linear && len <= room) {
      room -= len;
      out.push({ fate: 'copied' });
      continue;
    }
    linear = false;
    // with a frag_list, every later one is chained: no need to look at its skb
    const fp = fragList ? null : fragmentSkb(sender, profile, len, v6, false, rules);
    if (fp !== null && fp.paged > 0 && frags + fp.frags <= MAX_SKB_FRAGS) {
      frags += fp.frags;
      out.push({ fate: 'merged', pages: fp.paged });
    } else {
      fragList = true;
      out.push({ fate: 'chained' });
    }
  }
  return out;
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
 * The same payload is charged differently on each kind of device. `mtu` is the device's (Device.mtu, else its
 * kind's): a datagram above it is charged as reassembled from its sender's fragments (3.13's lo takes it whole:
 * loopbackUfo). `rules`: the run's own packet_snd rules (Host.profile, which `rxpath versions` overrides).
 */
export function frameTruesize(
  profile: ProfileName, kind: 'nic' | 'loopback' | 'veth', step: FramesStep, mtu = deviceMtu({ kind }),
  rules: PacketSndRules = kernelProfile(profile),
): number {
  const payload = step.payload ?? 64;
  const pad = step.padding ?? 0;
  const v6 = step.flow.family === 'inet6';
  if (isFragmented({ kind, mtu }, step, profile)) {
    return reassembledTruesize(profile, step, mtu, fragmentSenderOf(kind), rules);
  }
  if (loopbackUfo(profile, { kind, mtu }, step)) return loUfoTruesize(profile, payload, v6);
  // packet_snd sizes a veth's skb by the frame it is given (frameLenOf). Measured on 6.18 (table vethPacket):
  // loopback4(payload - 1) without options or padding, one byte less than a socket's datagram (hh_len 16 vs
  // hh_len 16 + 15 of __ip_append_data).
  if (kind === 'veth') return packetSndTruesize(profile, frameLenOf(step), rules);
  if (v6) return kind === 'loopback' ? skb_truesize6(profile, payload) : nicTruesize(profile, frameLenOf(step));
  const options = ipOptionsLen(step.flags);
  if (kind === 'loopback') return skb_truesize(profile, Math.min(payload + pad + options, MAX_UDP_PAYLOAD));
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
 * with AF_PACKET, so packet_snd sizes its skb as any frame's (fragmentSkb's packet_snd case). Measured on 6.18: a
 * 2126-byte payload (last fragment 654 bytes, chained) reassembles to 3584; the sender's UDP table at dataLen - 8 said
 * 4608.
 */
export function fragmentTruesize(profile: ProfileName, dataLen: number, v6 = false): number {
  return fragmentTruesizeBy('packet_snd', profile, dataLen, v6, false);
}

/** A fragment's IP length: its header (IPv6: with the fragment header) and its data. */
export function fragmentIpLen(dataLen: number, v6: boolean): number {
  return (v6 ? FRAG6_HLEN + FRAG6_HDR_LEN : IP_HLEN) + dataLen;
}

/**
 * skb->truesize of a UDP datagram its sender fragmented for the device's MTU, once ip_frag_reasm (ip6_frag_reasm) has
 * put it together: the first fragment's, plus each fragment chained on its frag_list.
 */
export function reassembledTruesize(
  profile: ProfileName, step: IpShape, mtu: number, sender: FragmentSender,
  rules: PacketSndRules = kernelProfile(profile),
): number {
  const pieces = fragmentDataLens(step, mtu).map((n) => ({ sent: n, data: n }));
  return piecesTruesize(profile, pieces, isInet6Shape(step), sender, rules);
}

/**
 * A reassembled datagram's truesize from its fragments in offset order (the data bytes each was sent with, and those
 * it kept): the head's, plus what each later one is charged by its fate (reasmFates, on the bytes kept, against the
 * head's tailroom).
 */
function piecesTruesize(
  profile: ProfileName, pieces: readonly Piece[], v6: boolean, sender: FragmentSender, rules: PacketSndRules,
): number {
  const head = pieces[0]!;
  const steps = reasmFates(profile, pieces.map((x) => x.data), fragmentIpLen(head.sent, v6), sender, v6, rules);
  let t = fragmentTruesizeBy(sender, profile, head.sent, v6, true, rules);
  // a chained piece is charged the skb it was sent in (3.13 may have trimmed its data)
  steps.forEach((st, i) => {
    if (st.fate === 'merged') t += st.pages;
    else if (st.fate === 'chained') t += fragmentTruesizeBy(sender, profile, pieces[i + 1]!.sent, v6, false, rules);
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
  const rules = kernelProfile(profile);
  const runs = stepFragmentRuns(step, profile, mtu);
  return runs.pieces.map((pieces) => piecesTruesize(profile, pieces, v6, 'packet_snd', rules));
}
