// Writing a sysctl, as the kernel's proc handlers do (net/core/sysctl_net_core.c: proc_do_dev_weight,
// flow_limit_cpu_sysctl, flow_limit_table_len_sysctl, rps_sock_flow_sysctl; proc_dointvec_minmax).
// A value the handler rejects (EINVAL) leaves the old value in place, as `sysctl -w` does; at boot
// (config.sysctls) the spec layer has already rejected such values.
import type { Host, SysctlState } from './host.ts';
import { profileSysctlDefaults, type SysctlValue } from '../spec/defaults.ts';
import type { ProfileName } from '../generated/schema-types.ts';
import { cpusInMask } from '../spec/semantic.ts';
import { RPS_NO_CPU } from './profile.ts';
import { roundup_pow_of_two } from './hash.ts';
import { RpsSockFlowTable } from './softnet.ts';
import { flow_limit_cpu_sysctl } from './backlog.ts';

/** Outcome of a write: applied, or rejected with the errno the kernel returns. */
export type SysctlWrite = 'ok' | 'EINVAL';

/** Boot order: table length before the bitmap that allocates tables, the bias before the weight. */
export const SYSCTL_BOOT_ORDER: readonly string[] = [
  'net.core.flow_limit_table_len',
  'net.core.flow_limit_cpu_bitmap',
  'net.core.dev_weight_rx_bias',
  'net.core.dev_weight',
];

const USEC_PER_SEC = 1_000_000;

function numeric(v: SysctlValue): number {
  if (typeof v !== 'number') throw new TypeError(`expected a number, got ${JSON.stringify(v)}`);
  return v;
}

/** Writes `name` (full dotted name) on the host. Throws for a sysctl the model does not know. */
export function sysctl_write(host: Host, name: string, value: SysctlValue): SysctlWrite {
  const s = host.sysctl as SysctlState & Record<string, unknown>;
  const profile = host.profile;
  const six = profile.name !== 'linux-3.13';
  switch (name) {
    case 'net.core.netdev_budget': s.netdev_budget = numeric(value) | 0; return 'ok';
    case 'net.core.netdev_max_backlog': s.netdev_max_backlog = numeric(value) | 0; return 'ok';
    case 'net.core.netdev_budget_usecs': {
      const v = numeric(value);
      if (v < (2 * USEC_PER_SEC) / host.hz) return 'EINVAL'; // proc_dointvec_minmax, extra1 = 2*USEC_PER_SEC/HZ
      s.netdev_budget_usecs = v;
      return 'ok';
    }
    case 'net.core.dev_weight': {
      const v = numeric(value) | 0;
      if (six && v < 1) return 'EINVAL'; // proc_do_dev_weight: extra1 = SYSCTL_ONE
      s.dev_weight = v;
      s.dev_rx_weight = profile.devRxWeight(s.dev_weight, s.dev_weight_rx_bias);
      return 'ok';
    }
    case 'net.core.dev_weight_rx_bias': {
      const v = numeric(value) | 0;
      if (v < 1) return 'EINVAL';
      s.dev_weight_rx_bias = v;
      s.dev_rx_weight = profile.devRxWeight(s.dev_weight, s.dev_weight_rx_bias);
      return 'ok';
    }
    case 'net.core.flow_limit_table_len': {
      const v = numeric(value);
      if (v < 1 || (v & (v - 1)) !== 0) return 'EINVAL'; // flow_limit_table_len_sysctl: is_power_of_2
      s.flow_limit_table_len = v;
      return 'ok';
    }
    case 'net.core.flow_limit_cpu_bitmap': {
      if (typeof value !== 'string') throw new TypeError('flow_limit_cpu_bitmap takes a hex CPU mask');
      flow_limit_cpu_sysctl(host, cpusInMask(value));
      return 'ok';
    }
    case 'net.core.rps_sock_flow_entries': {
      const v = numeric(value);
      if (v < 0 || v > profile.rpsSockFlowEntriesMax) return 'EINVAL';
      const core = host.core;
      if (v === 0) {
        core.sockFlowTable = null;
        s.rps_sock_flow_entries = 0;
        return 'ok';
      }
      const size = roundup_pow_of_two(v);
      // a new table when the size changes; either way every entry is reset to RPS_NO_CPU
      if (core.sockFlowTable === null || core.sockFlowTable.mask + 1 !== size) core.sockFlowTable = new RpsSockFlowTable(size, RPS_NO_CPU);
      else core.sockFlowTable.ents.fill(RPS_NO_CPU);
      s.rps_sock_flow_entries = size;
      return 'ok';
    }
    case 'net.core.gro_normal_batch': {
      const v = numeric(value);
      if (v < 1) return 'EINVAL';
      s.gro_normal_batch = v;
      return 'ok';
    }
    case 'net.core.busy_poll':
    case 'net.core.busy_read':
      if (numeric(value) !== 0) throw new Error(`${name}: rxpath does not model busy polling (only 0 is accepted)`);
      return 'ok';
    case 'net.core.rmem_default': s.rmem_default = numeric(value); return 'ok';
    case 'net.core.rmem_max': s.rmem_max = numeric(value); return 'ok';
    case 'net.ipv4.ip_early_demux': s.ip_early_demux = numeric(value); return 'ok';
    case 'net.ipv4.udp_early_demux': s.udp_early_demux = numeric(value); return 'ok';
    case 'net.ipv4.udp_rmem_min': s.udp_rmem_min = numeric(value); return 'ok';
    case 'net.ipv4.udp_mem': {
      if (!Array.isArray(value) || value.length !== 3) throw new TypeError('udp_mem takes three numbers');
      s.udp_mem = [value[0], value[1], value[2]];
      return 'ok';
    }
    // proc_dointvec_jiffies: a fragment queue's timer takes the value when the queue is created
    case 'net.ipv4.ipfrag_time': s.ipfrag_time = numeric(value); return 'ok';
    // the same for an IPv6 queue (net/ipv6/reassembly.c ip6_frags_ns_ctl_table)
    case 'net.ipv6.ip6frag_time': s.ip6frag_time = numeric(value); return 'ok';
    // net/ipv4/sysctl_net_ipv4.c ipv4_net_table: icmp_ratelimit proc_dointvec_ms_jiffies, icmp_ratemask
    // proc_dointvec, icmp_msgs_per_sec / icmp_msgs_burst proc_dointvec_minmax (min 0; 6.x only). Read per error (icmp.ts).
    case 'net.ipv4.icmp_ratelimit': s.icmp_ratelimit = numeric(value); return 'ok';
    case 'net.ipv4.icmp_ratemask': s.icmp_ratemask = numeric(value); return 'ok';
    case 'net.ipv4.icmp_msgs_per_sec':
    case 'net.ipv4.icmp_msgs_burst': {
      const v = numeric(value);
      if (v < 0) return 'EINVAL';
      if (name === 'net.ipv4.icmp_msgs_per_sec') s.icmp_msgs_per_sec = v;
      else s.icmp_msgs_burst = v;
      return 'ok';
    }
    // net/ipv6/sysctl_net_ipv6.c ipv6_icmp_table_template: ratelimit proc_dointvec_ms_jiffies. Read per error (icmp6.ts).
    case 'net.ipv6.icmp.ratelimit': s.icmpv6_ratelimit = numeric(value); return 'ok';
    case 'net.core.netdev_tstamp_prequeue': // timestamps only: no counter depends on it
    case 'net.ipv4.tcp_dma_copybreak': // not on the UDP path
      return 'ok';
    default:
      throw new Error(`sysctl ${name} is not known to the model`);
  }
}

const defaultsByProfile = new Map<ProfileName, ReadonlyMap<string, unknown>>();

/**
 * A numeric sysctl the model reads where the kernel does: the scenario's value (`set`, from host.sysctl), else the
 * profile's default from schemas/sysctls.schema.json (read once per profile); 0 for one the profile lacks.
 */
export function sysctl_number(host: Host, name: string, set: number | undefined): number {
  if (set !== undefined) return set;
  let d = defaultsByProfile.get(host.profileName);
  if (d === undefined) {
    d = profileSysctlDefaults(host.profileName) as ReadonlyMap<string, unknown>;
    defaultsByProfile.set(host.profileName, d);
  }
  const x = d.get(name);
  return typeof x === 'number' ? x : 0;
}
