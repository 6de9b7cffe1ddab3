// skb->truesize of a received UDP/IPv4 datagram, by payload size, per kernel profile.
// The tables live in src/model/truesize/<profile>.json with their provenance:
//   linux-6.18: measured on Linux 6.18 by scripts/measure-truesize.py (every payload 0..65507);
//   linux-3.13: derived from the 3.13 sources (net/ipv4/ip_output.c:__ip_append_data ->
//               net/core/skbuff.c:__alloc_skb -> SKB_TRUESIZE(ksize(kmalloc(..)))).
// The model looks a size up in a precomputed Int32Array (one entry per payload size).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileName } from '../generated/schema-types.ts';
import { RxpathInputError } from '../spec/errors.ts';

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

interface MeasuredFile {
  profile: ProfileName;
  tables: Record<string, { segments: [number, number, number][] }>;
}
interface DerivedFile {
  profile: ProfileName;
  derivation: TruesizeDerivation;
}

/** Expands [payload, truesize, slope] segments into one entry per payload size. */
export function expandSegments(segments: readonly (readonly [number, number, number])[], file: string): Int32Array {
  const out = new Int32Array(MAX_UDP_PAYLOAD + 1);
  if (segments.length === 0 || segments[0][0] !== 0) {
    throw new RxpathInputError([{ file, pointer: '/tables', message: 'segments must start at payload 0' }]);
  }
  for (let i = 0; i < segments.length; i++) {
    const [p0, t0, slope] = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1][0] : MAX_UDP_PAYLOAD + 1;
    if (end <= p0) throw new RxpathInputError([{ file, pointer: `/tables/segments/${i + 1}`, message: 'payloads must increase' }]);
    for (let p = p0; p < end; p++) out[p] = t0 + slope * (p - p0);
  }
  return out;
}

export function readTruesizeFile(profile: ProfileName): MeasuredFile | DerivedFile {
  const file = join(DIR, `${profile}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as MeasuredFile | DerivedFile;
}

const tables = new Map<ProfileName, Int32Array>();

/** payload size -> truesize for a loopback (or veth: measured identical on 6.18) UDP datagram. */
export function truesizeTable(profile: ProfileName): Int32Array {
  let t = tables.get(profile);
  if (t) return t;
  const doc = readTruesizeFile(profile);
  const file = `src/model/truesize/${profile}.json`;
  if ('derivation' in doc) {
    t = new Int32Array(MAX_UDP_PAYLOAD + 1);
    for (let p = 0; p <= MAX_UDP_PAYLOAD; p++) t[p] = deriveTruesize(doc.derivation, p);
  } else {
    const lo = doc.tables.loopback;
    if (!lo) throw new RxpathInputError([{ file, pointer: '/tables/loopback', message: 'missing loopback table' }]);
    t = expandSegments(lo.segments, file);
  }
  tables.set(profile, t);
  return t;
}

/** skb->truesize of a UDP datagram with `payload` bytes (0..65507). */
export function skb_truesize(profile: ProfileName, payload: number): number {
  return truesizeTable(profile)[payload];
}
