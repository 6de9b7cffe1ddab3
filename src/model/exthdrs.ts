// IPv6 extension headers: net/ipv6/exthdrs.c, 3.13 and 6.x (the same logic in both). The model's frames carry at
// most a hop-by-hop options header, a routing header and a destination options header (src/spec/ipv6-ext.ts).
// An options header holds one 6-byte option: PadN, which ip6_parse_tlv takes (padlen 6 <= 7, zero bytes), or an
// option of a type the kernel does not know, whose top two bits tell ip6_tlvopt_unknown what to do. The routing
// header is of type 0 (RFC 2460's, which no kernel here handles) with 0 or 1 segments left.
import type { Host } from './host.ts';
import { OPT_PADN, OPT_UNKNOWN, RT_SEGLEFT0, extDst, extHop, extRt } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp6_send, ICMPV6_PARAMPROB } from './icmp6.ts';
import type { OptionAction } from '../spec/ipv6-ext.ts';

/** include/uapi/linux/icmpv6.h: ICMPV6_HDR_FIELD, "erroneous header field"; ICMPV6_UNK_OPTION, "unrecognized option". */
const ICMPV6_HDR_FIELD = 0;
const ICMPV6_UNK_OPTION = 2;
const TLVOPT_UNKNOWN = 'net/ipv6/exthdrs.c:ip6_tlvopt_unknown';

/**
 * exthdrs.c:ip6_tlvopt_unknown with the unknown option's `(type & 0xC0) >> 6`: 0 skips it (true); 1 drops the datagram
 * (kfree_skb_reason UNHANDLED_PROTO; 3.13 kfree_skb); 3, for a destination that is not multicast (the model's IPv6
 * destinations never are), and 2 send icmpv6_param_prob_reason(skb, ICMPV6_UNK_OPTION, optoff, UNHANDLED_PROTO)
 * (3.13 icmpv6_param_prob), which frees it. net.ipv6.max_{hbh,dst}_opts_number stays at its default (8, not
 * negative: disallow_unknowns is false), and one option is within it.
 */
function ip6_tlvopt_unknown(host: Host, skb: number, cpu: number, action: OptionAction): boolean {
  const rules = host.profile.udp;
  if (action === 0) return true;
  if (action === 1) {
    kfree_skb(host, skb, cpu, rules.optUnknownDropSite6, 'UNHANDLED_PROTO');
    return false;
  }
  icmp6_send(host, skb, ICMPV6_PARAMPROB, ICMPV6_UNK_OPTION, cpu);
  kfree_skb(host, skb, cpu, rules.paramProbDropSite6(TLVOPT_UNKNOWN), 'UNHANDLED_PROTO');
  return false;
}

/** exthdrs.c:ip6_parse_tlv over an options header of kind `kind` (skb.ts): false when the datagram was dropped. */
function ip6_parse_tlv(host: Host, skb: number, cpu: number, kind: number): boolean {
  if (kind === OPT_PADN) return true;
  return ip6_tlvopt_unknown(host, skb, cpu, (kind - OPT_UNKNOWN) as OptionAction);
}

/**
 * exthdrs.c:ipv6_parse_hopopts, which ip6_rcv_core calls for a hop-by-hop header before the route lookup:
 * `if (ip6_parse_tlv(true, skb, max_hbh_opts_cnt)) { ... return 1; } return -1;`. The caller counts InHdrErrors
 * when it returns false.
 */
export function ipv6_parse_hopopts(host: Host, skb: number, cpu: number): boolean {
  return ip6_parse_tlv(host, skb, cpu, extHop(host.skbs.ext[skb]));
}

/**
 * exthdrs.c:ipv6_destopt_rcv, the NEXTHDR_DEST handler ip6_protocol_deliver_rcu (3.13 ip6_input_finish) calls for a
 * local destination: `if (ip6_parse_tlv(false, skb, max_dst_opts_cnt)) { ... return 1; }` (resubmitted to its next
 * header), else `__IP6_INC_STATS(net, idev, IPSTATS_MIB_INHDRERRORS); return -1;`. Returns true when the datagram
 * goes on.
 */
export function ipv6_destopt_rcv(host: Host, skb: number, cpu: number): boolean {
  if (ip6_parse_tlv(host, skb, cpu, extDst(host.skbs.ext[skb]))) return true;
  host.mib.ip6.InHdrErrors++;
  return false;
}

/**
 * exthdrs.c:ipv6_rthdr_rcv, the NEXTHDR_ROUTING handler, for a local destination. The 8 bytes are there and the
 * destination is unicast and ours (PACKET_OTHERHOST was dropped by ip6_rcv_core), and type 0 is neither segment
 * routing (4) nor RPL (3): `if (hdr->segments_left == 0) { switch (hdr->type) { ... default: break; } ...
 * return 1; }` goes on to the next header; with segments left, `switch (hdr->type) { ... default: goto unknown_rh; }`:
 * `__IP6_INC_STATS(net, idev, IPSTATS_MIB_INHDRERRORS); icmpv6_param_prob(skb, ICMPV6_HDR_FIELD, (&hdr->type) -
 * skb_network_header(skb)); return -1;` (6.x: icmpv6_param_prob_reason with NOT_SPECIFIED). Returns true when the
 * datagram goes on.
 */
export function ipv6_rthdr_rcv(host: Host, skb: number, cpu: number): boolean {
  if (extRt(host.skbs.ext[skb]) === RT_SEGLEFT0) return true;
  host.mib.ip6.InHdrErrors++;
  icmp6_send(host, skb, ICMPV6_PARAMPROB, ICMPV6_HDR_FIELD, cpu);
  kfree_skb(host, skb, cpu, host.profile.udp.paramProbDropSite6('net/ipv6/exthdrs.c:ipv6_rthdr_rcv'), 'NOT_SPECIFIED');
  return false;
}
