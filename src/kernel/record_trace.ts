// Records a golden trace from the live kernel: runs the scenario `repeats` times, each in a fresh
// namespace, and keeps the trace only when every run gave identical counter deltas on the observed
// paths (and identical event sequences, times aside). Writes golden/kernel/linux-<major.minor>/NAME.json.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { dirname, join } from 'node:path';
import type { GoldenTrace, Observations, Scenario } from '../generated/schema-types.ts';
import { PACKAGE_ROOT } from '../spec/schema-files.ts';
import { scenarioTags } from '../spec/scenario-tags.ts';
import { versionOf } from './exec.ts';
import { kernelMajorMinor, PYTHON } from './platform.ts';
import { runOnKernel, type KernelRunResult } from './run_scenario.ts';
import { eventShape } from './trace_parse.ts';
import { profileOfRelease } from './machine-settings.ts';

export interface RecordRequest {
  scenario: Scenario;
  summary: string;
  tags?: string[];
  events?: boolean;
}

export type RecordOutcome =
  | { kept: true; trace: GoldenTrace; runs: number }
  | { kept: false; reason: string; runs: number };

/** A counter path in the golden-trace schema's form: "softnet_stat[1].dropped", "udp[0].drops" (no "." before an index). */
export function schemaPath(p: string): string {
  return p.replace(/\.\[/g, '[');
}

function valueAt(o: unknown, path: string): unknown {
  let v: unknown = o;
  for (const tok of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[tok];
  }
  return v;
}

/** The first difference between two runs on the observed paths, or null. */
export function runDifference(a: KernelRunResult, b: KernelRunResult): string | null {
  if (a.observed.join() !== b.observed.join()) return 'the runs read different counter paths';
  const ca = a.observations.checkpoints;
  const cb = b.observations.checkpoints;
  if (ca.length !== cb.length) return 'different checkpoint counts';
  for (let i = 0; i < ca.length; i++) {
    for (const p of a.observed) {
      const x = valueAt(ca[i].counters, p);
      const y = valueAt(cb[i].counters, p);
      if (x !== y) return `checkpoint ${ca[i].label}: ${p} = ${String(x)} then ${String(y)}`;
    }
  }
  if (a.observations.events || b.observations.events) {
    if (eventShape(a.observations.events ?? []) !== eventShape(b.observations.events ?? [])) return 'the trace events differ between runs';
  }
  for (const k of Object.keys(a.truesize)) if (a.truesize[k] !== b.truesize[k]) return `truesize ${k}: ${a.truesize[k]} then ${b.truesize[k]}`;
  // a NAPI-mode veth's ring-full drops, counted at the sending end (run_scenario.ts)
  const da = JSON.stringify(a.settings.peerTxDropped ?? null);
  const db = JSON.stringify(b.settings.peerTxDropped ?? null);
  if (da !== db) return `the sending ends' tx_dropped: ${da} then ${db}`;
  return null;
}

let toolsCache: Record<string, string> | null = null;
export function toolVersions(): Record<string, string> {
  toolsCache ??= {
    ip: versionOf('ip', ['-V']),
    tc: versionOf('tc', ['-V']),
    taskset: versionOf('taskset', ['--version']),
    python3: versionOf(PYTHON, ['--version']),
    node: process.version,
    sysctl: versionOf('sysctl', ['--version']),
  };
  return toolsCache;
}

function rxpathVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function goldenTrace(req: RecordRequest, r: KernelRunResult, runs: number): GoldenTrace {
  const observations: Observations = r.observations;
  return {
    format: 'rxpath-golden/1',
    summary: req.summary,
    tags: [...new Set([...scenarioTags(req.scenario), ...(req.tags ?? [])])].sort(),
    // the scenario as this kernel ran it: under the profile of this kernel (corpus scenarios are
    // written once for every kernel they are recorded on)
    scenario: { ...req.scenario, config: { ...req.scenario.config, profile: profileOfRelease() } },
    observations,
    observed: r.observed.map(schemaPath),
    provenance: {
      source: 'kernel',
      profile: profileOfRelease(),
      rxpathVersion: rxpathVersion(),
      kernel: {
        release: release(),
        truesize: r.truesize,
        sysctls: r.sysctls,
        settings: { ...r.settings, identicalRuns: runs, method: 'rxpath record: fresh network namespace per run; counters read inside it before and after; deltas' },
        tools: toolVersions(),
        recordedAt: new Date().toISOString(),
      },
    },
  };
}

export async function recordTrace(req: RecordRequest, opts: { repeats?: number } = {}): Promise<RecordOutcome> {
  const repeats = Math.max(1, opts.repeats ?? 2);
  // Each run sets the scenario's global sysctls and restores them (runOnKernel): state the kernel keeps
  // per host, such as the per-CPU flow-limit tables that flow_limit_cpu_bitmap allocates (and frees when
  // restored), starts fresh in every run, as the scenario (and the model) begins it.
  const results: KernelRunResult[] = [];
  for (let i = 0; i < repeats; i++) {
    results.push(await runOnKernel(req.scenario, { events: req.events ?? false }));
    if (i > 0) {
      const d = runDifference(results[0], results[i]);
      if (d) return { kept: false, reason: `run ${i + 1} differs from run 1: ${d}`, runs: i + 1 };
    }
  }
  return { kept: true, trace: goldenTrace(req, results[0], repeats), runs: repeats };
}

export function goldenDir(root: string = join(PACKAGE_ROOT, 'golden', 'kernel')): string {
  return join(root, `linux-${kernelMajorMinor()}`);
}

/** Where the trace of scenario `name` goes in `dir`. */
export function goldenFile(dir: string, name: string): string {
  return join(dir, `${name}.json`);
}

export function writeGolden(dir: string, trace: GoldenTrace): string {
  const file = goldenFile(dir, trace.scenario.name);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(trace, null, 1)}\n`);
  renameSync(tmp, file);
  return file;
}
