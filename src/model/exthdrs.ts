// IPv6 extension headers: net/ipv6/exthdrs.c (ipv6_destopt_rcv -> ip6_parse_tlv -> ip6_tlvopt_unknown), 3.13
// and 6.x. The model's frames carry at most a hop-by-hop header and a destination options header, each holding one
// 6-byte option (src/spec/ipv6-ext.ts): PadN, which ip6_parse_tlv takes (padlen 6 <= 7, zero bytes), or, in a
// destination options header only, an option of a type the kernel does not know, whose top two bits tell
// ip6_tlvopt_unknown what to do. The hop-by-hop header (PadN; the validator refuses an unknown option there) always
// passes ipv6_parse_hopopts, so ip6_rcv_core goes on past it (ip6_input.ts).
import type { Host } from './host.ts';
import { EXT } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp6_send, ICMPV6_PARAMPROB } from './icmp6.ts';

/** include/uapi/linux/icmpv6.h: ICMPV6_UNK_OPTION, "unrecognized IPv6 option encountered". */
const ICMPV6_UNK_OPTION = 2;

/**
 * exthdrs.c:ipv6_destopt_rcv, the NEXTHDR_DEST handler ip6_protocol_deliver_rcu (3.13 ip6_input_finish) calls for a
 * local destination: `if (ip6_parse_tlv(false, skb, max_dst_opts_cnt)) { ... return 1; }` (resubmitted to UDP, which
 * counts InDelivers), else `__IP6_INC_STATS(net, idev, IPSTATS_MIB_INHDRERRORS); return -1;` after ip6_tlvopt_unknown
 * dropped the datagram: `(type & 0xC0) >> 6` 1 drops it (kfree_skb_reason UNHANDLED_PROTO; 3.13 kfree_skb), 2 sends
 * icmpv6_param_prob_reason(skb, ICMPV6_UNK_OPTION, optoff, UNHANDLED_PROTO) first (3.13 icmpv6_param_prob), which
 * frees it. Returns true when the datagram goes on.
 */
export function ipv6_destopt_rcv(host: Host, skb: number, cpu: number): boolean {
  const ext = host.skbs.ext[skb];
  if (ext & EXT.dstopts) return true; // PadN only
  const rules = host.profile.udp;
  if (ext & EXT.optIcmp) {
    icmp6_send(host, skb, ICMPV6_PARAMPROB, ICMPV6_UNK_OPTION, cpu);
    kfree_skb(host, skb, cpu, rules.paramProbDropSite6, 'UNHANDLED_PROTO');
  } else {
    kfree_skb(host, skb, cpu, rules.optUnknownDropSite6, 'UNHANDLED_PROTO');
  }
  host.mib.ip6.InHdrErrors++;
  return false;
}
