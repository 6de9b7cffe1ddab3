// Closing a UDP socket in the middle of a run (the workload's close step): af_inet.c:inet_release ->
// include/net/udp.h:udp_lib_close -> net/core/sock.c:sk_common_release. The socket leaves the lookup
// tables at once (udp_lib_unhash); what it still queued is freed when the last reference goes
// (sk_destruct: 6.x udp_destruct_sock -> udp_destruct_common, 3.13 inet_sock_destruct), without a counter.
import type { Host } from './host.ts';
import { RPS_NO_CPU } from './profile.ts';
import { PAGE_SIZE } from './profile-udp.ts';
import { kfree_skb } from './skb_drop.ts';
import { sk_mem_uncharge_pages, type UdpSock } from './sock.ts';

/** A closed socket: what it held when it was closed (schemas/snapshot.schema.json ClosedSocketState). */
export interface ClosedSock {
  readonly name: string;
  /** Datagrams freed by the destructor. */
  readonly purged: number;
  /** sk_drops at close (its /proc/net/udp row is gone). */
  readonly drops: number;
}

/**
 * 3.13 include/net/sock.h:sock_rps_reset_flow -> rps_reset_sock_flow: `if (table && hash)
 * table->ents[hash & table->mask] = RPS_NO_CPU;` (only a connected socket ever saved a hash).
 */
function sock_rps_reset_flow(host: Host, sk: UdpSock): void {
  const st = host.core.sockFlowTable;
  if (st === null || sk.rxhash === 0) return;
  st.ents[(sk.rxhash >>> 0) & st.mask] = RPS_NO_CPU;
}

/**
 * udp.c:udp_lib_unhash: the socket is off the hash chains, so no lookup finds it again. The model's per-flow
 * answers (FlowTable.udpSock for __udp4_lib_lookup / __udp6_lib_lookup, demuxSock for early demux) are asked
 * afresh.
 */
function udp_lib_unhash(host: Host, sk: UdpSock): void {
  sk.hashed = false;
  host.flows.udpSock.fill(-2);
  host.flows.demuxSock.fill(-2);
}

/**
 * The socket's destructor: every datagram still queued is freed (skb:kfree_skb at UdpProfile.closePurgeSite) and
 * its memory goes back to udp_mem. 6.x udp_destruct_common splices sk_receive_queue after the reader queue and
 * frees that in order, then udp_rmem_release(sk, total, 0, true) gives back `total + forward_deficit` with the
 * forward allocation, whole pages; 3.13 __skb_queue_purge(&sk->sk_receive_queue) runs sock_rfree for each, and
 * sk_mem_reclaim gives back the forward allocation. Either way the socket ends holding nothing: the pages
 * returned are (sk_rmem_alloc + sk_forward_alloc) / PAGE_SIZE. 6.x runs it after an RCU grace period
 * (SOCK_RCU_FREE); the model frees at the close, and the validator refuses the one case that could tell the two
 * apart (a close with net.ipv4.udp_mem set).
 */
function udp_destruct(host: Host, sk: UdpSock, cpu: number): number {
  const site = host.profile.udp.closePurgeSite;
  sk.spliceReceiveToReader(); // 6.x skb_queue_splice_tail_init(&sk->sk_receive_queue, &up->reader_queue)
  let purged = 0;
  for (let skb = sk.reader_queue.shift(); skb >= 0; skb = sk.reader_queue.shift()) {
    kfree_skb(host, skb, cpu, site, 'NOT_SPECIFIED');
    purged++;
  }
  sk_mem_uncharge_pages(host, Math.floor((sk.rmem_alloc + sk.forward_alloc) / PAGE_SIZE));
  sk.rmem_alloc = 0;
  sk.forward_alloc = 0;
  sk.forward_deficit = 0;
  return purged;
}

/**
 * close(2) on a UDP socket's only descriptor, from the application's CPU: inet_release (3.13: sock_rps_reset_flow
 * first), udp_lib_close -> sk_common_release (udp_lib_unhash; the destructor once the last reference goes).
 * Returns what the socket held, for snapshots.
 */
export function udp_lib_close(host: Host, sk: UdpSock): ClosedSock {
  if (host.profile.udp.rpsResetFlowOnRelease) sock_rps_reset_flow(host, sk);
  const drops = sk.drops;
  udp_lib_unhash(host, sk);
  const purged = udp_destruct(host, sk, sk.cpu);
  return { name: sk.name, purged, drops };
}
