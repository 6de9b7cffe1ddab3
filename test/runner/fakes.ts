// Fake implementations and scenarios for runner tests: no model needed.
import type { Config, Observations, ProfileName, Scenario, Snapshot } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';

export function zeroSnapshot(config: Config): Snapshot {
  const z = <K extends string>(keys: K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return {
    softnet_stat: Array.from({ length: config.cpus }, (_, cpu) => ({ cpu, processed: 0, dropped: 0, time_squeeze: 0, cpu_collision: 0, received_rps: 0, flow_limit_count: 0 })),
    snmp: {
      Ip: { ...z(['InReceives', 'InHdrErrors', 'InAddrErrors', 'ForwDatagrams', 'InUnknownProtos', 'InDiscards', 'InDelivers', 'OutRequests', 'OutDiscards', 'OutNoRoutes', 'ReasmTimeout', 'ReasmReqds', 'ReasmOKs', 'ReasmFails', 'FragOKs', 'FragFails', 'FragCreates']), Forwarding: 2, DefaultTTL: 64 },
      Icmp: z(['InMsgs', 'InErrors', 'InCsumErrors', 'InDestUnreachs', 'OutMsgs', 'OutErrors', 'OutDestUnreachs']),
      Udp: z(['InDatagrams', 'NoPorts', 'InErrors', 'OutDatagrams', 'RcvbufErrors', 'SndbufErrors', 'InCsumErrors']),
    },
    netstat: {
      IpExt: z(['InNoRoutes', 'InTruncatedPkts', 'InMcastPkts', 'OutMcastPkts', 'InBcastPkts', 'OutBcastPkts', 'InOctets', 'OutOctets', 'InMcastOctets', 'OutMcastOctets', 'InBcastOctets', 'OutBcastOctets', 'InCsumErrors', 'InNoECTPkts', 'InECT1Pkts', 'InECT0Pkts', 'InCEPkts']),
      TcpExt: { IPReversePathFilter: 0 },
    },
    dev: {}, ethtool: {}, udp: [], softirqs: { NET_RX: Array(config.cpus).fill(0) }, interrupts: {},
  };
}

/**
 * A toy receive path: every frame is delivered and read at once; per-socket drops above
 * `capacity` datagrams. `bug` shifts one counter to make a faulty variant.
 */
export function toyRun(scenario: Scenario, opts: { capacity?: number; bug?: 'no-dropped' | 'extra-delivers' } = {}): Observations {
  const cap = opts.capacity ?? 100;
  const checkpoints: Observations['checkpoints'] = [];
  const s = zeroSnapshot(scenario.config);
  s.internal = { backlog: [{ cpu: 0, input_qlen: 0, process_qlen: 0 }], sockets: [] };
  let queued = 0;
  scenario.workload.forEach((st, i) => {
    if (st.op === 'frames') {
      const n = st.count ?? 1;
      const accepted = Math.min(n, Math.max(0, cap - queued));
      s.snmp.Ip.InReceives += n;
      s.snmp.Ip.InDelivers += n + (opts.bug === 'extra-delivers' ? 1 : 0);
      s.softnet_stat[0]!.processed += n;
      if (opts.bug !== 'no-dropped') { s.snmp.Udp.RcvbufErrors += n - accepted; s.snmp.Udp.InErrors += n - accepted; }
      queued += accepted;
    } else if (st.op === 'read') {
      const k = st.count === undefined ? queued : Math.min(st.count, queued);
      s.snmp.Udp.InDatagrams += k;
      queued -= k;
    } else if (st.op === 'checkpoint') {
      s.internal!.sockets = [{ name: 'sink', rcvbuf: 0, rmem_alloc: 0, forward_deficit: 0, queued, backlog_len: 0 }];
      s.internal!.backlog = [{ cpu: 0, input_qlen: queued % 7, process_qlen: 0 }];
      checkpoints.push({ label: st.label, step: i, at: st.at, counters: structuredClone(s) });
    }
  });
  s.internal!.sockets = [{ name: 'sink', rcvbuf: 0, rmem_alloc: 0, forward_deficit: 0, queued, backlog_len: 0 }];
  checkpoints.push({ label: 'end', step: scenario.workload.length, at: scenario.workload.at(-1)?.at ?? 0, counters: structuredClone(s) });
  return { profile: scenario.config.profile, checkpoints };
}

export function toyImpl(name = 'toy', opts: Parameters<typeof toyRun>[1] & { profiles?: ProfileName[]; tags?: string[]; observes?: string[] } = {}): Implementation {
  return {
    name, profiles: opts.profiles ?? ['linux-3.13', 'linux-6.18'], events: false,
    ...(opts.tags ? { tags: opts.tags } : {}), ...(opts.observes ? { observes: opts.observes } : {}),
    run: async (s) => toyRun(s, opts),
  };
}

export function toyScenario(profile: ProfileName = 'linux-6.18', frames = 150): Scenario {
  return {
    name: 'toy',
    config: { profile, cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 'sink', port: 5000 }] },
    workload: [
      { at: 0, op: 'frames', device: 'lo', flow: { dport: 5000 }, count: frames },
      { at: 1000, op: 'checkpoint', label: 'after-burst' },
      { at: 2000, op: 'read', socket: 'sink' },
      { at: 3000, op: 'checkpoint', label: 'after-read' },
    ],
  };
}
