// Hand-built Ethernet/IPv4/UDP and Ethernet/IPv6/UDP frames for a `frames` step on a veth (workload
// FrameFlag), injected with an AF_PACKET socket on the peer end. Pure: the same step gives the same bytes.
import type { FrameFlag } from '../generated/schema-types.ts';
import { IP_TRUNCATED_EXCESS } from '../spec/semantic.ts';
import { ipOptionBytes } from '../spec/ip-options.ts';
import { INET6_FLAGS, maxInet6Payload } from '../spec/ipv6-problems.ts';
import {
  FRAG6_HDR_LEN, FRAG_IHL, FRAG_UNIT, IP6_MF, IP_MF, NEXTHDR_FRAGMENT, exceedsMtu, fragmentDataLens, type Cut, type IpShape,
} from '../spec/ip-fragment.ts';
import { ETH_P_IPV6, IPV6_HLEN, parseIpv6 } from '../spec/ipv6.ts';
import { ipv6ExtBytes } from '../spec/ipv6-ext.ts';

export interface FrameSpec {
  srcMac: string;
  dstMac: string;
  src: string;
  dst: string;
  sport: number;
  dport: number;
  proto: number;
  payload: number;
  flags: readonly FrameFlag[];
  /** IP identification; a sender gives each datagram its own (so fragments of different frames never share a queue). Default 1. */
  id?: number;
  /** Zero bytes after the IP datagram (FramesStep.padding). Default 0. */
  padding?: number;
  /** Flow.family: inet6 builds an IPv6 header (src and dst are then IPv6 addresses). Default inet. */
  family?: 'inet' | 'inet6';
}

/** The flags an inet6 frame may carry (workload.schema.json Flow.family). */
export const INET6_FRAME_FLAGS: readonly FrameFlag[] = INET6_FLAGS;

/** The largest UDP payload of an IPv6 datagram that fits a veth's MTU unfragmented (1500 - 40 - 8). */
export const VETH_MAX_UDP6_PAYLOAD = maxInet6Payload({ kind: 'veth' });

/** The ip_short flag: the frame ends this many bytes into its IP header (src/model/skb.ts IP_SHORT_LEN). */
const IP_SHORT_LEN = 10;

/** A MAC no device owns: frames to it are PACKET_OTHERHOST. */
export const FOREIGN_MAC = '02:00:00:00:00:99';

function macBytes(mac: string): number[] {
  return mac.split(':').map((h) => Number.parseInt(h, 16));
}

function ipBytes(ip: string): number[] {
  return ip.split('.').map(Number);
}

/** The Internet checksum (RFC 1071) of `b`. */
export function inetChecksum(b: Uint8Array, initial = 0): number {
  let s = initial;
  for (let i = 0; i + 1 < b.length; i += 2) s += (b[i] << 8) | b[i + 1];
  if (b.length % 2) s += b[b.length - 1] << 8;
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}

function put16(b: Uint8Array, off: number, v: number): void {
  b[off] = (v >>> 8) & 255;
  b[off + 1] = v & 255;
}

/** The Ethernet header buildFrame puts before the IP header. */
export const ETH_HLEN = 14;

export function buildFrame(f: FrameSpec): Uint8Array {
  if (f.family === 'inet6') return buildFrame6(f);
  const has = (x: FrameFlag): boolean => f.flags.includes(x);
  const options = ipOptionBytes(f.flags);
  const optLen = options.length;
  const ihlBytes = 20 + optLen;
  // `payload` counts UDP payload bytes (workload schema); a non-UDP protocol carries 8 + payload bytes too,
  // so the IP datagram is 28 + payload bytes whatever the protocol.
  const l4Len = 8 + f.payload;
  const ipLen = ihlBytes + l4Len;
  const frame = new Uint8Array(ETH_HLEN + ipLen + (f.padding ?? 0));
  // Ethernet: destination (ours, or foreign / multicast / broadcast), source, ETH_P_IP.
  let dstMac = macBytes(f.dstMac);
  const d = ipBytes(f.dst);
  if (has('otherhost')) dstMac = macBytes(FOREIGN_MAC);
  if (has('broadcast')) dstMac = [255, 255, 255, 255, 255, 255];
  if (has('multicast')) dstMac = [0x01, 0x00, 0x5e, d[1] & 0x7f, d[2], d[3]];
  frame.set(dstMac, 0);
  frame.set(macBytes(f.srcMac), 6);
  put16(frame, 12, 0x0800);
  const ip = frame.subarray(14, 14 + ihlBytes);
  const version = has('ip_version') ? 5 : 4;
  const ihl = has('ip_ihl') ? 4 : ihlBytes / 4;
  ip[0] = (version << 4) | ihl;
  ip[1] = 0;
  let totLen = ipLen;
  if (has('ip_truncated')) totLen = ipLen + IP_TRUNCATED_EXCESS;
  if (has('ip_len_short')) totLen = ihlBytes - 1;
  put16(ip, 2, totLen);
  put16(ip, 4, (f.id ?? 1) & 0xffff); // id
  put16(ip, 6, has('fragment') ? 0x2000 : 0); // MF, offset 0: a first fragment that never completes
  ip[8] = has('ttl_1') ? 1 : has('ttl_0') ? 0 : 64;
  ip[9] = f.proto;
  ip.set(ipBytes(f.src), 12);
  ip.set(d, 16);
  // The options flag's option field (src/spec/ip-options.ts), e.g. ip_options: a malformed record route.
  if (optLen) ip.set(options, 20);
  let csum = inetChecksum(ip);
  if (has('ip_csum')) csum = csum ^ 0x5a5a;
  put16(ip, 10, csum);
  const l4 = frame.subarray(ETH_HLEN + ihlBytes, ETH_HLEN + ipLen);
  for (let i = f.proto === 17 ? 8 : 0; i < l4.length; i++) l4[i] = 0x5a;
  if (f.proto === 1) {
    // ICMP: the type travels in sport (workload schema), code 0, a valid checksum over the message
    l4[0] = f.sport & 255;
    l4[1] = 0;
    put16(l4, 2, 0);
    put16(l4, 2, inetChecksum(l4));
  }
  if (f.proto === 17) {
    const pseudo = new Uint8Array(12);
    pseudo.set(ipBytes(f.src), 0);
    pseudo.set(d, 4);
    pseudo[9] = 17;
    put16(pseudo, 10, l4Len);
    putUdpHeader(l4, f, pseudo);
  }
  return has('ip_short') ? frame.slice(0, ETH_HLEN + IP_SHORT_LEN) : frame;
}

/**
 * The UDP header of `l4` (the UDP header and payload): ports, the length (100 too long with udp_len_long, 7 with
 * udp_len_short) and the checksum over `pseudo`, the family's pseudo-header, and `l4` (0 sent as 0xffff), made wrong
 * by udp_csum or 0 ("no checksum", RFC 768; forbidden by IPv6) by udp_csum_zero. The checksum covers the real
 * length, whatever the length field says.
 */
function putUdpHeader(l4: Uint8Array, f: FrameSpec, pseudo: Uint8Array): void {
  const has = (x: FrameFlag): boolean => f.flags.includes(x);
  put16(l4, 0, f.sport);
  put16(l4, 2, f.dport);
  let ulen = l4.length;
  if (has('udp_len_long')) ulen = l4.length + 100;
  if (has('udp_len_short')) ulen = 7;
  put16(l4, 4, ulen);
  let s = 0;
  for (let i = 0; i < pseudo.length; i += 2) s += (pseudo[i] << 8) | pseudo[i + 1];
  let uc = inetChecksum(l4, s);
  if (uc === 0) uc = 0xffff;
  if (has('udp_csum')) uc = uc === 0x1234 ? 0x4321 : 0x1234;
  if (has('udp_csum_zero')) uc = 0;
  put16(l4, 6, uc);
}

/**
 * An Ethernet/IPv6/UDP frame (RFC 8200): version 6, traffic class 0, flow label 0, payload length
 * 8 + payload, next header 17, hop limit 64; the UDP checksum over the IPv6 pseudo-header (RFC 8200
 * 8.1: source, destination, upper-layer length as 32 bits, three zero bytes, next header), 0 sent as
 * 0xffff. Flags: udp_csum (a wrong checksum), udp_csum_zero (0, which IPv6 forbids), udp_len_long
 * (UDP length 100 more than the datagram), udp_len_short (UDP length 7), otherhost (FOREIGN_MAC), multicast (the
 * group's MAC), ip_version
 * (version 4 in the IPv6 header), ip_truncated (payload length 100 more than the datagram), ip_short (the frame
 * ends IP_SHORT_LEN bytes into the IPv6 header), and the extension headers of ip6_hopopts, ip6_dstopts,
 * ip6_opt_discard and ip6_opt_icmp before the UDP header (src/spec/ipv6-ext.ts).
 */
function buildFrame6(f: FrameSpec): Uint8Array {
  const has = (x: FrameFlag): boolean => f.flags.includes(x);
  const bad = f.flags.filter((x) => !INET6_FRAME_FLAGS.includes(x));
  if (bad.length > 0) throw new Error(`an inet6 frame cannot carry the flag(s) ${bad.join(', ')}`);
  if (f.proto !== 17) throw new Error(`an inet6 frame is UDP (got protocol ${f.proto})`);
  const src = parseIpv6(f.src);
  const dst = parseIpv6(f.dst);
  const l4Len = 8 + f.payload;
  const ext = ipv6ExtBytes(f.flags); // extension headers between the IPv6 header and UDP (src/spec/ipv6-ext.ts)
  const plen = ext.bytes.length + l4Len;
  if (plen > 0xffff) throw new Error(`an inet6 frame's payload length is 16 bits (got ${plen})`);
  const frame = new Uint8Array(ETH_HLEN + IPV6_HLEN + plen + (f.padding ?? 0));
  // multicast: ipv6_eth_mc_map, 33:33 and the group's last four bytes (eth_type_trans: PACKET_MULTICAST)
  const mcastMac = [0x33, 0x33, dst[12]!, dst[13]!, dst[14]!, dst[15]!];
  frame.set(has('multicast') ? mcastMac : macBytes(has('otherhost') ? FOREIGN_MAC : f.dstMac), 0);
  frame.set(macBytes(f.srcMac), 6);
  put16(frame, 12, ETH_P_IPV6);
  const ip = frame.subarray(ETH_HLEN, ETH_HLEN + IPV6_HLEN);
  ip[0] = (has('ip_version') ? 4 : 6) << 4; // version 6, traffic class 0, flow label 0 (bytes 1-3 stay 0)
  put16(ip, 4, has('ip_truncated') ? plen + IP_TRUNCATED_EXCESS : plen); // payload length
  ip[6] = ext.nexthdr; // next header
  ip[7] = 64; // hop limit
  ip.set(src, 8);
  ip.set(dst, 24);
  frame.set(ext.bytes, ETH_HLEN + IPV6_HLEN);
  const l4Start = ETH_HLEN + IPV6_HLEN + ext.bytes.length;
  const l4 = frame.subarray(l4Start, l4Start + l4Len);
  l4.fill(0x5a, 8);
  // the IPv6 pseudo-header: source, destination, the upper-layer length as 32 bits, 3 zero bytes, next header
  const pseudo = new Uint8Array(40);
  pseudo.set(src, 0);
  pseudo.set(dst, 16);
  pseudo[34] = (l4Len >>> 8) & 255;
  pseudo[35] = l4Len & 255;
  pseudo[39] = 17;
  putUdpHeader(l4, f, pseudo);
  return has('ip_short') ? frame.slice(0, ETH_HLEN + IP_SHORT_LEN) : frame;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

/**
 * The frames a sender puts on a veth for a datagram larger than its MTU: ip_fragment's cut (src/spec/ip-fragment.ts),
 * each fragment the datagram's IP header (no options) with its own tot_len, MF and offset and a fresh header
 * checksum, then its share of the UDP header and payload; IPv6 (ip6_fragment) the IPv6 header with next header 44
 * and its payload length, then a fragment header (next header 17, the offset, M, the datagram's identification),
 * then its share. A datagram within the MTU is its one frame.
 */
export function buildFragments(f: FrameSpec, mtu: number, cuts?: readonly Cut[]): Uint8Array[] {
  const whole = buildFrame(f);
  const shape = { payload: f.payload, flags: f.flags, flow: { family: f.family } };
  if (!exceedsMtu({ kind: 'veth', mtu }, shape)) return [whole];
  if (ipv6ExtBytes(f.flags).bytes.length > 0) throw new Error('a fragmented inet6 datagram carries no extension header here');
  const hlen = f.family === 'inet6' ? IPV6_HLEN : FRAG_IHL;
  const hdr = whole.subarray(ETH_HLEN, ETH_HLEN + hlen);
  const l4 = whole.subarray(ETH_HLEN + hlen);
  return (cuts ?? senderCuts(shape, mtu)).map(({ offset: off, length: len }) => {
    const more = off + len < l4.length;
    const frame = f.family === 'inet6' ? fragment6(whole, hdr, off, len, more, f.id ?? 1) : fragment4(whole, hdr, off, len, more);
    frame.set(l4.subarray(off, off + len), frame.length - len);
    return frame;
  });
}

/** The sender's cuts of a datagram, in order (fragmentDataLens). */
function senderCuts(shape: IpShape, mtu: number): Cut[] {
  let offset = 0;
  return fragmentDataLens(shape, mtu).map((length) => {
    const c = { offset, length };
    offset += length;
    return c;
  });
}

/** An IPv4 fragment's frame: the Ethernet header, the IP header with its tot_len, MF, offset and checksum. */
function fragment4(whole: Uint8Array, hdr: Uint8Array, off: number, len: number, more: boolean): Uint8Array {
  const frame = new Uint8Array(ETH_HLEN + FRAG_IHL + len);
  frame.set(whole.subarray(0, ETH_HLEN), 0);
  const ip = frame.subarray(ETH_HLEN, ETH_HLEN + FRAG_IHL);
  ip.set(hdr);
  put16(ip, 2, FRAG_IHL + len);
  put16(ip, 6, (more ? IP_MF : 0) | (off / FRAG_UNIT));
  put16(ip, 10, 0);
  put16(ip, 10, inetChecksum(ip));
  return frame;
}

/**
 * An IPv6 fragment's frame (RFC 8200 4.5): the Ethernet header, the IPv6 header with next header 44 and payload
 * length 8 + len, and the fragment header: next header 17, reserved, the offset in 8-byte units with M in bit 0,
 * and the 32-bit identification.
 */
function fragment6(whole: Uint8Array, hdr: Uint8Array, off: number, len: number, more: boolean, id: number): Uint8Array {
  const frame = new Uint8Array(ETH_HLEN + IPV6_HLEN + FRAG6_HDR_LEN + len);
  frame.set(whole.subarray(0, ETH_HLEN), 0);
  const ip = frame.subarray(ETH_HLEN, ETH_HLEN + IPV6_HLEN);
  ip.set(hdr);
  put16(ip, 4, FRAG6_HDR_LEN + len);
  ip[6] = NEXTHDR_FRAGMENT;
  const fh = frame.subarray(ETH_HLEN + IPV6_HLEN, ETH_HLEN + IPV6_HLEN + FRAG6_HDR_LEN);
  fh[0] = 17;
  put16(fh, 2, off | (more ? IP6_MF : 0)); // (offset / 8) << 3: the offset itself, a multiple of 8
  put16(fh, 4, (id >>> 16) & 0xffff);
  put16(fh, 6, id & 0xffff);
  return frame;
}
