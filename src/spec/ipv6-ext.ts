// IPv6 extension headers a frame may carry (FrameFlag ip6_hopopts, ip6_dstopts, ip6_opt_discard, ip6_opt_icmp): their
// bytes, the one fact the model, the validator and the frame builder share (RFC 8200 4.3, 4.6; net/ipv6/exthdrs.c).
import type { FrameFlag } from '../generated/schema-types.ts';

/** include/net/ipv6.h: NEXTHDR_HOP, NEXTHDR_DEST; include/uapi/linux/in6.h IPV6_TLV_PADN. */
export const NEXTHDR_HOP = 0;
export const NEXTHDR_DEST = 60;
const IPV6_TLV_PADN = 1;
/** Each header is 8 bytes: next header, length 0 ((0 + 1) * 8 bytes), and one 6-byte option (type, 4, four zeros). */
export const EXT_HDR_LEN = 8;
/**
 * Option types the kernel does not know, for a destination options header (ip6_parse_tlv's destination list holds
 * only HAO, 0xc9): their top two bits are what ip6_tlvopt_unknown does, 01 discard and 10 an ICMPv6 parameter problem.
 */
export const OPT_UNKNOWN_DISCARD = 0x5e;
export const OPT_UNKNOWN_ICMP = 0x9e;

/** The flags that put a destination options header in the frame, at most one of them. */
export const DSTOPTS_FLAGS: readonly FrameFlag[] = ['ip6_dstopts', 'ip6_opt_discard', 'ip6_opt_icmp'];
/** Every extension header flag. */
export const IPV6_EXT_FLAGS: readonly FrameFlag[] = ['ip6_hopopts', ...DSTOPTS_FLAGS];

/** The extension headers' bytes before the UDP header: a hop-by-hop header, then a destination options header. */
export function ipv6ExtLen(flags: readonly FrameFlag[] | undefined): number {
  const f = flags ?? [];
  return (f.includes('ip6_hopopts') ? EXT_HDR_LEN : 0) + (f.some((x) => DSTOPTS_FLAGS.includes(x)) ? EXT_HDR_LEN : 0);
}

/**
 * The extension headers as bytes, in order, and the IPv6 header's next header: hop-by-hop first (RFC 8200 4.1), then
 * destination options, then UDP (17). Each holds one option: PadN, or the unknown type of ip6_opt_discard/ip6_opt_icmp.
 */
export function ipv6ExtBytes(flags: readonly FrameFlag[]): { bytes: Uint8Array; nexthdr: number } {
  const dst = flags.find((x) => DSTOPTS_FLAGS.includes(x));
  const hdrs: { type: number; opt: number }[] = [];
  if (flags.includes('ip6_hopopts')) hdrs.push({ type: NEXTHDR_HOP, opt: IPV6_TLV_PADN });
  if (dst !== undefined) {
    const opt = dst === 'ip6_opt_discard' ? OPT_UNKNOWN_DISCARD : dst === 'ip6_opt_icmp' ? OPT_UNKNOWN_ICMP : IPV6_TLV_PADN;
    hdrs.push({ type: NEXTHDR_DEST, opt });
  }
  const bytes = new Uint8Array(hdrs.length * EXT_HDR_LEN);
  hdrs.forEach((h, i) => {
    bytes[i * EXT_HDR_LEN] = hdrs[i + 1]?.type ?? 17; // the next header after this one
    bytes[i * EXT_HDR_LEN + 1] = 0; // (0 + 1) * 8 bytes
    bytes[i * EXT_HDR_LEN + 2] = h.opt;
    bytes[i * EXT_HDR_LEN + 3] = 4; // four zero bytes of option data
  });
  return { bytes, nexthdr: hdrs[0]?.type ?? 17 };
}
