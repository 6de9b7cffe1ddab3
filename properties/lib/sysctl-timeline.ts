// The value a sysctl has at a given simulated time: the config's override (or the profile default
// from the schema annotations), then every `sysctl` step in workload order. A step at exactly the
// time asked for may or may not have applied yet, so lookups return every candidate value. A step
// after a settled checkpoint runs once the host is idle and the snapshot is taken, which can be
// later than its `at` (by how much the scenario does not say), so from its `at` on both the value
// before it and its own are candidates.
import type { ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { DEFAULT_HZ, profileSysctlDefaults, type SysctlName } from '../../src/spec/defaults.ts';

export class SysctlTimeline {
  private readonly initial: number;
  /** `late`: the write follows a settled checkpoint and applies at `at` or later. */
  private readonly changes: { at: number; value: number; late: boolean }[] = [];

  constructor(scenario: Scenario, readonly name: SysctlName) {
    const profile: ProfileName = scenario.config.profile;
    const hz = scenario.config.hz ?? DEFAULT_HZ;
    const given = scenario.config.sysctls?.[name];
    // defaults at the scenario's CONFIG_HZ (netdev_budget_usecs is 2 * USEC_PER_SEC / HZ)
    const def = profileSysctlDefaults(profile, hz).get(name);
    this.initial = toNumber(given ?? def);
    let late = false;
    for (const s of scenario.workload) {
      if (s.op === 'checkpoint' && s.settle) late = true;
      if (s.op !== 'sysctl' || s.name !== name) continue;
      const value = toNumber(s.value as number | string);
      if (!rejected(name, value, hz)) this.changes.push({ at: s.at, value, late });
    }
  }

  /**
   * Every value the sysctl may hold at time t: one, or more when a write happens exactly at t or
   * a write after a settled checkpoint is due by t (it may not have run yet; the later ones run
   * after it, in workload order).
   */
  valuesAt(t: number): number[] {
    let v = this.initial;
    const out: number[] = [];
    for (const c of this.changes) {
      if (c.at > t) break;
      if (c.late) out.push(c.value);
      else if (c.at < t) v = c.value;
      else {
        out.push(v);
        v = c.value;
      }
    }
    out.push(v);
    return [...new Set(out)];
  }

  /** Every value it holds at some time in [t0, t1]. */
  valuesDuring(t0: number, t1: number): number[] {
    const out = new Set(this.valuesAt(t0));
    for (const c of this.changes) if (c.at >= t0 && c.at <= t1) out.add(c.value);
    return [...out];
  }

  /** Every value it ever holds. */
  all(): number[] {
    return [...new Set([this.initial, ...this.changes.map((c) => c.value)])];
  }

  get changesMidRun(): boolean {
    return this.changes.length > 0;
  }
}

/**
 * A write the kernel refuses (EINVAL), which leaves the value as it was: netdev_budget_usecs below
 * 2 * USEC_PER_SEC / HZ (net/core/sysctl_net_core.c: proc_dointvec_minmax, extra1 =
 * &netdev_budget_usecs_min, an int). The other sysctls read here take any value.
 */
function rejected(name: SysctlName, value: number, hz: number): boolean {
  return name === 'net.core.netdev_budget_usecs' && value < Math.floor((2 * 1_000_000) / hz);
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  throw new Error(`sysctl value ${JSON.stringify(v)} is not a number`);
}

/** CPU bits of a hex mask as sysfs writes it ("3", "ff,ffffffff"). */
export function maskBits(mask: string): Set<number> {
  const hex = mask.replace(/,/g, '');
  const out = new Set<number>();
  let bit = 0;
  for (let i = hex.length - 1; i >= 0; i--, bit += 4) {
    const d = parseInt(hex[i], 16);
    for (let b = 0; b < 4; b++) if (d & (1 << b)) out.add(bit + b);
  }
  return out;
}

/** CPUs in flow_limit_cpu_bitmap at any time of the run. */
export function flowLimitCpusEver(scenario: Scenario): Set<number> {
  const out = new Set<number>();
  const first = scenario.config.sysctls?.['net.core.flow_limit_cpu_bitmap'];
  if (first) for (const c of maskBits(first)) out.add(c);
  for (const s of scenario.workload) {
    if (s.op === 'sysctl' && s.name === 'net.core.flow_limit_cpu_bitmap') for (const c of maskBits(String(s.value))) out.add(c);
  }
  return out;
}
