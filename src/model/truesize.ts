// skb->truesize of a received UDP/IPv4 datagram, by payload size, per kernel profile.
// The tables live in src/model/truesize/<profile>.json with their provenance:
//   linux-6.18: measured on Linux 6.18 by scripts/measure-truesize.py (every payload 0..65507);
//   linux-6.1, linux-6.12: measured the same way inside QEMU guests booting Debian's 6.1.192 and
//               6.12.118 packages (scripts/measure-truesize-guest.ts): truesize depends on the build;
//   linux-3.13: derived from the 3.13 sources (net/ipv4/ip_output.c:__ip_append_data ->
//               net/core/skbuff.c:__alloc_skb -> SKB_TRUESIZE(ksize(kmalloc(..)))).
// The model looks a size up in a precomputed Int32Array (one entry per payload size).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FramesStep, ProfileName } from '../generated/schema-types.ts';
import { ETH_HLEN, IP_HLEN, UDP_HLEN } from './skb.ts';
import { ipOptionsLen } from '../spec/ip-options.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { VETH_MTU, fragmentDataLens, isFragmented } from '../spec/ip-fragment.ts';

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
}
export interface DerivedFile {
  profile: ProfileName;
  derivation: TruesizeDerivation;
  /** ipqSize's value, with its source (headTailroom is derived). */
  reassembly?: { ipqSize: number; provenance: Record<string, unknown> };
}

/** Expands [payload, truesize, slope] segments into one entry per payload size. */
export function expandSegments(segments: readonly (readonly [number, number, number])[], file: string): Int32Array {
  const pointer = '/tables/loopback/segments';
  const out = new Int32Array(MAX_UDP_PAYLOAD + 1);
  if (segments.length === 0 || segments[0][0] !== 0) {
    throw new RxpathInputError([{ file, pointer, message: 'segments must start at payload 0' }]);
  }
  for (let i = 0; i < segments.length; i++) {
    const [p0, t0, slope] = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1][0] : MAX_UDP_PAYLOAD + 1;
    if (end <= p0) throw new RxpathInputError([{ file, pointer: `${pointer}/${i + 1}/0`, message: 'payloads must increase' }]);
    for (let p = p0; p < end; p++) out[p] = t0 + slope * (p - p0);
  }
  return out;
}

export function readTruesizeFile(profile: ProfileName): MeasuredFile | DerivedFile {
  const file = join(DIR, `${profile}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as MeasuredFile | DerivedFile;
}

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

/**
 * The tailroom of a reassembled datagram's head, the first fragment: an MTU-sized (1500-byte) IP datagram
 * in a linear skb. ip_frag_reasm (6.x inet_fragment.c:inet_frag_reasm_finish) calls skb_try_coalesce for
 * each later fragment: while the head is linear, a fragment whose data fits this tailroom is copied into
 * it (`len <= skb_tailroom(to)`, delta_truesize 0) and freed; one that does not is chained on frag_list
 * and charged whole (`head->truesize += fp->truesize`), and the head is nonlinear from then on
 * (skb_tailroom 0), so every fragment after it is chained too.
 * - derived (3.13): the sender's skb of that fragment: __alloc_skb(1500 + hh_len + 15) with hh_len bytes
 *   reserved, so end - tail = SKB_WITH_OVERHEAD(ksize) - hh_len - 1500;
 * - measured (6.x): `reassembly.headTailroom` of the profile's file (scripts/measure-reasm-tailroom.py).
 */
export function reasmHeadTailroom(profile: ProfileName): number {
  let v = headTailrooms.get(profile);
  if (v !== undefined) return v;
  const doc = readTruesizeFile(profile);
  if ('derivation' in doc) {
    const d = doc.derivation;
    const hhLen = d.headerOverhead - 20 - 8 - 15; // headerOverhead = iphdr + udphdr + LL_RESERVED_SPACE + 15
    const align = (x: number) => Math.ceil(x / d.cacheLine) * d.cacheLine;
    // the first fragment fills the veth MTU
    v = ksizeOf(d, align(VETH_MTU + hhLen + 15) + d.shinfoAligned) - d.shinfoAligned - hhLen - VETH_MTU;
  } else {
    const r = (doc as MeasuredFile).reassembly;
    if (r === undefined) {
      throw missingReassembly(profile, 'headTailroom', 'the profile has no measured reassembly tailroom');
    }
    v = r.headTailroom;
  }
  headTailrooms.set(profile, v);
  return v;
}
const headTailrooms = new Map<ProfileName, number>();

function missingReassembly(profile: ProfileName, field: string, what: string): RxpathInputError {
  return new RxpathInputError([{ file: `src/model/truesize/${profile}.json`, pointer: `/reassembly/${field}`, message: `missing: ${what}` }]);
}

/**
 * Which fragments after the head ip_frag_reasm chains on frag_list (true) rather than copies into the
 * head's tailroom (false), given each one's data bytes in offset order (the head's own first): the
 * skb_try_coalesce rule of reasmHeadTailroom.
 */
export function reasmChained(profile: ProfileName, dataLens: ArrayLike<number>): boolean[] {
  let room = reasmHeadTailroom(profile);
  let linear = true;
  const out: boolean[] = [];
  for (let i = 1; i < dataLens.length; i++) {
    if (linear && dataLens[i] <= room) {
      room -= dataLens[i];
      out.push(false);
    } else {
      linear = false;
      out.push(true);
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
const SKB_DATA_ALIGNED_SK_BUFF = 256;
const SKB_DATA_ALIGNED_SHINFO = 320;
const CACHE_LINE = 64;

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
 * payload); a loopback or veth frame was built by the sender
 * (net/ipv4/ip_output.c:__ip_append_data -> net/core/skbuff.c:__alloc_skb), so its truesize
 * follows the payload. The same payload is charged differently on the two kinds of device. IP options
 * and Ethernet padding (FramesStep.padding) are allocated with the frame: a veth frame's skb is sized by
 * the whole frame (net/packet/af_packet.c:packet_snd), as a datagram that much longer.
 */
export function frameTruesize(profile: ProfileName, kind: 'nic' | 'loopback' | 'veth', step: FramesStep): number {
  const payload = step.payload ?? 64;
  if (isFragmented(kind, step)) return reassembledTruesize(profile, payload);
  const pad = step.padding ?? 0;
  const options = ipOptionsLen(step.flags);
  if (kind !== 'nic') return skb_truesize(profile, Math.min(payload + pad + options, MAX_UDP_PAYLOAD));
  return nicTruesize(profile, ETH_HLEN + IP_HLEN + options + UDP_HLEN + payload + pad);
}

/**
 * skb->truesize of one fragment of a datagram a sender cut for the veth MTU (src/spec/ip-fragment.ts):
 * its skb is built like an unfragmented frame of the same IP length (20 + dataLen bytes), so the table's
 * entry for the payload that length would carry (at least 0: a short last fragment is a small skb).
 */
export function fragmentTruesize(profile: ProfileName, dataLen: number): number {
  return skb_truesize(profile, Math.max(0, dataLen - UDP_HLEN));
}

/**
 * skb->truesize of a UDP datagram of `payload` bytes a sender fragmented for the veth MTU, once
 * ip_frag_reasm has put it together: the first fragment's, plus each fragment chained on its frag_list.
 */
export function reassembledTruesize(profile: ProfileName, payload: number): number {
  const lens = fragmentDataLens(payload);
  const chained = reasmChained(profile, lens);
  let t = fragmentTruesize(profile, lens[0]);
  chained.forEach((c, i) => { if (c) t += fragmentTruesize(profile, lens[i + 1]); });
  return t;
}
