// Entry points of the protocol-independent receive path (spec section 2d): net/core/dev.c
// netif_rx (loopback, veth), netif_receive_skb and netif_receive_skb_list_internal (NIC drivers,
// after GRO), and __netif_receive_skb_core, which counts softnet `processed` and hands IPv4 to ip_rcv.
import type { Host } from './host.ts';
import type { SkbQueue } from './queue.ts';
import { get_rps_cpu, rflowOut } from './rps.ts';
import { enqueue_to_backlog } from './backlog.ts';
import { ip_rcv } from './ip_input.ts';
import { ipv6_rcv } from './ip6_input.ts';
import { SKB_IPV6 } from './skb.ts';

/**
 * dev.c:__netif_receive_skb_core on `cpu` (the protocol-processing CPU): processed++, the
 * net:netif_receive_skb tracepoint, then the packet_type handler (ip_rcv, ipv6_rcv), which frees or queues the skb.
 */
export function __netif_receive_skb_core(host: Host, skb: number, cpu: number): void {
  host.core.cpus[cpu].processed++;
  const tr = host.trace;
  if (tr !== null) {
    const s = host.skbs;
    tr.emit({ t: host.now, cpu, event: 'netif_receive_skb', skbaddr: s.id[skb], len: s.len[skb], name: host.deviceNames[s.dev[skb]] });
  }
  // deliver_skb to the packet_type of skb->protocol: ip_packet_type (ETH_P_IP) or ipv6_packet_type (ETH_P_IPV6)
  if (host.skbs.flags[skb] & SKB_IPV6) ipv6_rcv(host, skb, cpu);
  else ip_rcv(host, skb, cpu);
  host.now += host.core.costs.stackPacketNs;
}

/**
 * dev.c:netif_receive_skb (3.13; 6.x netif_receive_skb_internal): through a backlog only when RPS
 * picks a CPU (even the local one), otherwise straight to __netif_receive_skb: no backlog and no
 * netdev_max_backlog limit.
 */
export function netif_receive_skb(host: Host, skb: number, cpu: number): void {
  const dev = host.core.devices[host.skbs.dev[skb]];
  if (dev.rpsConfigured) {
    const tcpu = get_rps_cpu(host, dev, skb);
    if (tcpu >= 0) {
      enqueue_to_backlog(host, skb, tcpu, cpu);
      return;
    }
  }
  __netif_receive_skb_core(host, skb, cpu);
}

/**
 * 6.x dev.c:netif_receive_skb_list_internal: RPS first for every skb of the list (enqueue to the
 * chosen backlog), then the rest through __netif_receive_skb_list. Empties `list`.
 */
export function netif_receive_skb_list_internal(host: Host, list: SkbQueue, scratch: SkbQueue, cpu: number): void {
  const devices = host.core.devices;
  const skbs = host.skbs;
  let skb: number;
  // The list is one NAPI's rx_list, so one device's: without RPS on it no skb leaves the list and
  // __netif_receive_skb_list takes them all in order.
  // Stryker disable next-line EqualityOperator,BlockStatement: equivalent: the fast path only saves work. The only caller (gro_normal_list) never passes an empty list, so `>= 0` is the same test; `<= 0` and an emptied block send a non-RPS list through the loop below, which passes every skb up in the same order on the same CPU
  if (list.length > 0 && !devices[skbs.dev[list.peek()]].rpsConfigured) {
    while ((skb = list.shift()) >= 0) __netif_receive_skb_core(host, skb, cpu);
    return;
  }
  while ((skb = list.shift()) >= 0) {
    const dev = devices[skbs.dev[skb]];
    if (dev.rpsConfigured) {
      const tcpu = get_rps_cpu(host, dev, skb);
      if (tcpu >= 0) {
        enqueue_to_backlog(host, skb, tcpu, cpu);
        continue;
      }
    }
    scratch.push(skb);
  }
  while ((skb = scratch.shift()) >= 0) __netif_receive_skb_core(host, skb, cpu);
}

/**
 * dev.c:netif_rx (3.13) / netif_rx_internal (6.x), on the sending CPU: always through a backlog,
 * get_rps_cpu's or the local CPU's. Returns true for NET_RX_SUCCESS.
 */
export function netif_rx(host: Host, skb: number, cpu: number): boolean {
  const tr = host.trace;
  const s = host.skbs;
  if (tr !== null) {
    tr.emit({ t: host.now, cpu, event: 'netif_rx', skbaddr: s.id[skb], len: s.len[skb], name: host.deviceNames[s.dev[skb]] });
  }
  const dev = host.core.devices[s.dev[skb]];
  let tcpu = -1;
  if (dev.rpsConfigured) tcpu = get_rps_cpu(host, dev, skb);
  if (tcpu < 0) {
    tcpu = cpu;
    rflowOut.table = null;
  }
  return enqueue_to_backlog(host, skb, tcpu, cpu);
}
