// IPv6 extension headers a frame may carry (FrameFlag ip6_*): a hop-by-hop options header, a routing header and a
// destination options header, their bytes, the one fact the model, the validator and the frame builder share
// (RFC 8200 4.2-4.6; net/ipv6/exthdrs.c).
import type { FrameFlag } from '../generated/schema-types.ts';

/** include/net/ipv6.h: NEXTHDR_HOP, NEXTHDR_ROUTING, NEXTHDR_DEST; include/uapi/linux/in6.h IPV6_TLV_PADN. */
export const NEXTHDR_HOP = 0;
export const NEXTHDR_ROUTING = 43;
export const NEXTHDR_DEST = 60;
const IPV6_TLV_PADN = 1;
/** Each header is 8 bytes: next header, length 0 ((0 + 1) * 8 bytes), and 6 bytes of its own. */
export const EXT_HDR_LEN = 8;

/**
 * What ip6_tlvopt_unknown does with an option of a type its header's list does not hold, by the type's top two bits
 * (`(type & 0xC0) >> 6`): 0 skip it, 1 drop the datagram, 2 an ICMPv6 parameter problem then the drop, 3 the same
 * unless the destination is multicast.
 */
export type OptionAction = 0 | 1 | 2 | 3;

/**
 * Option types neither list knows (hop-by-hop: Pad1 0, PadN 1, router alert 5, CALIPSO 7, IOAM 0x31, jumbo 0xc2;
 * destination: HAO 0xc9), one per action: the low bits 0x1e, an RFC 3692 experiment type, under each action's bits.
 */
export function unknownOptionType(action: OptionAction): number {
  return (action << 6) | 0x1e;
}

/** A hop-by-hop options header's flags: PadN, or an unknown option whose bits say skip, discard, ICMP or ICMP (11). */
export const HOPOPTS_FLAGS: readonly FrameFlag[] = [
  'ip6_hopopts', 'ip6_hop_skip', 'ip6_hop_discard', 'ip6_hop_icmp', 'ip6_hop_icmp_nomcast',
];
/** The flags of a routing header: type 0 with segments left 0 (skipped) or 1 (ipv6_rthdr_rcv's unknown_rh). */
export const RTHDR_FLAGS: readonly FrameFlag[] = ['ip6_rthdr', 'ip6_rthdr_segleft'];
/** The flags of a destination options header, as the hop-by-hop header's. */
export const DSTOPTS_FLAGS: readonly FrameFlag[] = [
  'ip6_dstopts', 'ip6_opt_skip', 'ip6_opt_discard', 'ip6_opt_icmp', 'ip6_opt_icmp_nomcast',
];
/** Every extension header flag: at most one of each header's. */
export const IPV6_EXT_FLAGS: readonly FrameFlag[] = [...HOPOPTS_FLAGS, ...RTHDR_FLAGS, ...DSTOPTS_FLAGS];
/** The extension headers, in the order a frame carries them (RFC 8200 4.1), each with its flags. */
export const EXT_HEADERS: readonly { type: number; flags: readonly FrameFlag[] }[] = [
  { type: NEXTHDR_HOP, flags: HOPOPTS_FLAGS },
  { type: NEXTHDR_ROUTING, flags: RTHDR_FLAGS },
  { type: NEXTHDR_DEST, flags: DSTOPTS_FLAGS },
];

/**
 * The action of an options header flag: null for PadN (ip6_parse_tlv takes it: padlen 6 <= 7, zero bytes), else the
 * unknown option's (OptionAction). Undefined for a flag that is not an options header's.
 */
export function optionAction(flag: FrameFlag): OptionAction | null | undefined {
  const i = HOPOPTS_FLAGS.indexOf(flag);
  const j = i >= 0 ? i : DSTOPTS_FLAGS.indexOf(flag);
  if (j < 0) return undefined;
  return j === 0 ? null : ((j - 1) as OptionAction);
}

/** The header bytes of `flags` that say each header's: the extension headers' bytes before the UDP header. */
export function ipv6ExtLen(flags: readonly FrameFlag[] | undefined): number {
  const f = flags ?? [];
  return EXT_HEADERS.filter((h) => f.some((x) => h.flags.includes(x))).length * EXT_HDR_LEN;
}

/** The 6 bytes after a header's next header and length: one option (type, 4, four zeros) or a routing header's. */
function headerBody(flag: FrameFlag): number[] {
  if (RTHDR_FLAGS.includes(flag)) {
    // routing type 0 (RFC 2460's, deprecated: no handler), segments left, 4 reserved bytes (hdrlen 0: no address)
    return [0, flag === 'ip6_rthdr_segleft' ? 1 : 0, 0, 0, 0, 0];
  }
  const action = optionAction(flag);
  return [action === null || action === undefined ? IPV6_TLV_PADN : unknownOptionType(action), 4, 0, 0, 0, 0];
}

/**
 * The extension headers as bytes, in order, and the IPv6 header's next header: hop-by-hop, routing, destination
 * options (RFC 8200 4.1), then UDP (17).
 */
export function ipv6ExtBytes(flags: readonly FrameFlag[]): { bytes: Uint8Array; nexthdr: number } {
  const hdrs = EXT_HEADERS.flatMap((h) => {
    const flag = flags.find((x) => h.flags.includes(x));
    return flag === undefined ? [] : [{ type: h.type, body: headerBody(flag) }];
  });
  const bytes = new Uint8Array(hdrs.length * EXT_HDR_LEN);
  hdrs.forEach((h, i) => {
    bytes[i * EXT_HDR_LEN] = hdrs[i + 1]?.type ?? 17; // the next header after this one
    bytes[i * EXT_HDR_LEN + 1] = 0; // (0 + 1) * 8 bytes
    bytes.set(h.body, i * EXT_HDR_LEN + 2);
  });
  return { bytes, nexthdr: hdrs[0]?.type ?? 17 };
}
