// A schema-valid Snapshot (schemas/snapshot.schema.json) of every counter file, read from the
// host the way each /proc file's show function reads the kernel: net/core/net-procfs.c
// (softnet_seq_show, dev_seq_printf_stats), net/ipv4/proc.c (snmp_seq_show, netstat_seq_show),
// net/ipv6/proc.c (snmp6_seq_show), net/ipv4/udp.c (udp4_format_sock), kernel/softirq.c + fs/proc/softirqs.c, kernel/irq/proc.c.
import type {
  DevRx, EthtoolStats, VethEthtoolStats, Icmp6Line, IcmpLine, Interrupts, Ip6Line, IpExtLine, IpLine, ProcNetDev, RingState, Snapshot, Snmp6, SoftnetRow,
  Udp6Line, UdpLine,
} from '../generated/schema-types.ts';
import type { SimHost } from './simulator.ts';
import { scenarioUsesIpv6 } from '../spec/ipv6.ts';
import { scenarioUsesRxqOvfl } from '../spec/rxq-ovfl.ts';
import { configUsesXdp } from '../spec/xdp.ts';
import { KIND_NIC, KIND_VETH } from './driver.ts';

/** IPDEFTTL (include/uapi/linux/ip.h): sysctl_ip_default_ttl, printed as Ip: DefaultTTL. */
const IPDEFTTL = 64;

/** softnet_stat values are `unsigned int`, printed %08x: they wrap at 2^32. */
function u32(v: number): number {
  return v % 4294967296;
}

function softnetRows(host: SimHost): SoftnetRow[] {
  const columns = host.profile.softnetColumns;
  return host.core.cpus.map((sd) => {
    const row: SoftnetRow = {
      cpu: sd.cpu,
      processed: u32(sd.processed),
      dropped: u32(sd.dropped),
      time_squeeze: u32(sd.time_squeeze),
      cpu_collision: u32(sd.cpu_collision),
      received_rps: u32(sd.received_rps),
      flow_limit_count: u32(sd.flowLimit !== null ? sd.flowLimit.count : 0),
    };
    if (columns >= 13) {
      // net-procfs.c:softnet_seq_show: 6.1 softnet_backlog_len(sd); 6.12+ input_qlen + process_qlen
      const input = sd.inputPktQueue.length;
      const proc = sd.processQueue.length;
      row.backlog_len = input + proc;
      if (columns >= 15) {
        row.input_qlen = input;
        row.process_qlen = proc;
      }
    }
    return row;
  });
}

function devRows(host: SimHost): ProcNetDev {
  const out: ProcNetDev = {};
  for (const dev of host.core.devices) {
    if (dev.peerOf >= 0) continue; // a veth's other end: the model's, not the config's
    // veth.c:veth_get_stats64: a veth adds its queues' xdp_bytes and xdp_packets (veth_poll's) to what its netif_rx
    // path counted (dev_sw_netstats_rx_add)
    const rq = dev.vethRq;
    const row: DevRx = {
      rx_bytes: dev.rxBytes + (rq?.xdpBytes ?? 0),
      rx_packets: dev.rxPackets + (rq?.xdpPackets ?? 0),
      rx_errs: 0,
      // dev_get_stats: rx_dropped (driver + core stats) and rx_missed_errors both go to "drop"
      rx_drop: host.devRxDropped[dev.index] + dev.rxMissed,
      rx_fifo: dev.rxFifo,
      rx_frame: 0,
      rx_compressed: 0,
      rx_multicast: dev.rxMulticast,
    };
    out[dev.name] = row;
  }
  return out;
}

/** A veth in NAPI mode: its queue's ptr_ring (veth.ts), and the frames that found it full. */
function vethRings(host: SimHost): RingState[] {
  const out: RingState[] = [];
  for (const dev of host.core.devices) {
    const rq = dev.vethRq;
    if (rq !== null) out.push({ device: dev.name, queue: 0, filled: rq.ring.len, dropped: rq.peerTxDropped });
  }
  return out;
}

function ethtoolRows(host: SimHost): EthtoolStats {
  const out: EthtoolStats = {};
  for (const dev of host.core.devices) {
    if (dev.kind !== KIND_NIC) continue;
    out[dev.name] = {
      rx_packets: dev.rxPackets,
      rx_bytes: dev.rxBytes,
      rx_missed_errors: dev.rxMissed,
      rx_fifo_errors: dev.rxFifo,
      rx_dropped: host.devRxDropped[dev.index],
      ntuple_match: dev.ntupleMatch,
      ntuple_miss: dev.ntupleMiss,
      queues: dev.rings.map((r) => ({ packets: r.packets, bytes: r.bytes })),
    };
  }
  return out;
}

/**
 * veth.c:veth_get_ethtool_stats: each veth's one RX queue (its rq->stats.vs; a veth without a NAPI never counts there)
 * and one TX queue (the other end's peer_tq_xdp_xmit: nothing the model sends goes by ndo_xdp_xmit).
 */
function vethRows(host: SimHost): VethEthtoolStats {
  const out: VethEthtoolStats = {};
  for (const dev of host.core.devices) {
    if (dev.kind !== KIND_VETH || dev.peerOf >= 0) continue; // the config's veths, not the model's other ends
    const rq = dev.vethRq;
    out[dev.name] = {
      rx_queues: [{
        xdp_packets: rq?.xdpPackets ?? 0, xdp_bytes: rq?.xdpBytes ?? 0, drops: 0, xdp_redirect: 0,
        xdp_drops: rq?.xdpDrops ?? 0, xdp_tx: 0, xdp_tx_errors: 0,
      }],
      tx_queues: [{ xdp_xmit: 0, xdp_xmit_errors: 0 }],
    };
  }
  return out;
}

function interruptRows(host: SimHost): Interrupts {
  const out: Interrupts = {};
  for (const ring of host.core.rings) {
    out[`${host.deviceNames[ring.dev]}-rx-${ring.queue}`] = Array.from(ring.irqCounts);
  }
  return out;
}

/** /proc/net/snmp6 (net/ipv6/proc.c:snmp6_seq_show): the fields the profile's kernel prints. */
function snmp6Of(host: SimHost): Snmp6 {
  const p = host.profile;
  const mib = host.mib;
  const Ip6: Ip6Line = { ...mib.ip6 };
  if (!p.snmpOutTransmits) delete Ip6.OutTransmits;
  const Icmp6: Icmp6Line = { ...mib.icmp6 };
  if (p.snmpIcmpRateLimit !== true) delete Icmp6.OutRateLimitHost;
  const Udp6: Udp6Line = { ...mib.udp6 };
  if (!p.snmpUdpIgnoredMultiMemErrors) { delete Udp6.IgnoredMulti; delete Udp6.MemErrors; }
  return { Ip6, Icmp6, Udp6 };
}

export function takeSnapshot(host: SimHost): Snapshot {
  const p = host.profile;
  const mib = host.mib;
  // net/ipv4/proc.c:snmp_seq_show_ipstats: Forwarding is 1 (forwarding) or 2, DefaultTTL the sysctl
  const Ip: IpLine = { ...mib.ip, Forwarding: host.forwarding ? 1 : 2, DefaultTTL: IPDEFTTL };
  if (!p.snmpOutTransmits) delete Ip.OutTransmits;
  const Udp: UdpLine = { ...mib.udp };
  if (!p.snmpUdpIgnoredMultiMemErrors) { delete Udp.IgnoredMulti; delete Udp.MemErrors; }
  const IpExt: IpExtLine = { ...mib.ipExt };
  if (!p.netstatReasmOverlaps) delete IpExt.ReasmOverlaps;
  const Icmp: IcmpLine = { ...mib.icmp };
  if (p.snmpIcmpRateLimit !== true) { delete Icmp.OutRateLimitGlobal; delete Icmp.OutRateLimitHost; }
  const snmp6 = scenarioUsesIpv6(host.scenario) ? snmp6Of(host) : undefined;
  return {
    softnet_stat: softnetRows(host),
    snmp: { Ip, Icmp, Udp },
    ...(snmp6 && { snmp6 }),
    netstat: { IpExt, TcpExt: { ...mib.tcpExt } },
    dev: devRows(host),
    ethtool: ethtoolRows(host),
    ...(configUsesXdp(host.scenario.config) && { veth: vethRows(host) }),
    udp: host.sockets.filter((sk) => sk.hashed).map((sk) => sk.procRow()),
    // the application's side: a closed socket's last value stays
    ...(scenarioUsesRxqOvfl(host.scenario) && { rxq_ovfl: host.sockets.map((sk) => ({ name: sk.name, value: sk.rxqOvflSeen })) }),
    softirqs: { NET_RX: host.core.cpus.map((sd) => sd.netRxSoftirqs) },
    interrupts: interruptRows(host),
    internal: {
      backlog: host.core.cpus.map((sd) => ({ cpu: sd.cpu, input_qlen: sd.inputPktQueue.length, process_qlen: sd.processQueue.length })),
      sockets: host.sockets.filter((sk) => sk.hashed).map((sk) => sk.state(host.skbs.segs)),
      ...(host.closedSockets.length > 0 && { closed: host.closedSockets.map((c) => ({ ...c })) }),
      rings: [
        ...host.core.rings.map((r) => ({ device: host.deviceNames[r.dev], queue: r.queue, filled: r.len })),
        ...vethRings(host),
      ],
    },
  };
}
