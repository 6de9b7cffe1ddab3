// `rxpath snapshot`: the live machine's counters, once (Snapshot JSON, or --format prometheus, nstat,
// text) or every --interval seconds as deltas and rates, or --explain: what grew, what it means,
// what to look at, and a scenario that makes it grow in the model. The work is in src/kernel/.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { SetExit } from './index.ts';
import { explainReport, growthBetween, growthSinceBoot } from '../../kernel/explain-report.ts';
import { machineSettings, profileOfRelease, readSysctlValue } from '../../kernel/machine-settings.ts';
import { readMachine, type Reading } from '../../kernel/reading.ts';
import { parseSnapshotOptions, SNAPSHOT_FORMATS, type SnapshotCliOptions, type SnapshotPlan } from '../../kernel/snapshot-options.ts';
import { renderInterval, renderReading } from '../../kernel/snapshot-render.ts';
import { watch } from '../../kernel/watch.ts';
import { writeOutput } from '../../runner/write-atomic.ts';
import { RxpathInputError } from '../../spec/errors.ts';

/** Why `name` is not a named network namespace (`ip netns add NAME`: /run/netns/NAME), or undefined. */
export function netnsNameProblem(name: string): string | undefined {
  // iproute2 refuses names that are empty, '.', '..' or contain a '/' (they would leave /run/netns).
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    return 'not a network namespace name (a name from `ip netns list`: not empty, not "." or "..", no "/")';
  }
  if (!existsSync(`/run/netns/${name}`)) return 'no such network namespace (`ip netns list` lists them)';
  return undefined;
}

class ReadFailed extends Error {}

function reader(plan: SnapshotPlan): () => Reading {
  let warned = false;
  return () => {
    const r = readMachine(plan.netns);
    if (!r.ok) throw new ReadFailed(r.error);
    if (!warned && !plan.compact) for (const w of r.value.warnings) process.stderr.write(`warning: ${w}\n`);
    warned = true;
    return r.value;
  };
}

async function explain(plan: SnapshotPlan, read: () => Reading): Promise<void> {
  let growth;
  let period;
  if (plan.intervalS === undefined) {
    growth = growthSinceBoot(read());
    period = 'since boot';
  } else {
    const { first, last } = await watch({ intervalMs: plan.intervalS * 1000, count: plan.count!, read, onInterval: () => {} });
    growth = growthBetween(first, last);
    period = `over ${((last.at - first.at) / 1000).toFixed(1)} s (${new Date(first.at).toISOString()} to ${new Date(last.at).toISOString()})`;
  }
  const sysctlValue = (name: string): string | undefined => readSysctlValue(name, plan.netns);
  const machine = machineSettings(profileOfRelease(), sysctlValue);
  const { simulate } = await import('../../model/index.ts');
  const report = explainReport(growth, { period, machine, sysctlValue, simulate: (s) => simulate(s) });
  if (plan.scenarioOut !== undefined) {
    if (report.scenario === null) {
      const message = 'no scenario to write: no drop, error or limit counter grew that the model reproduces';
      throw new RxpathInputError([{ file: '--scenario-out', pointer: '', message }]);
    }
    writeOutput(plan.scenarioOut, `${JSON.stringify(report.scenario, null, 2)}\n`);
  }
  process.stdout.write(report.text);
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('snapshot')
    .description('read the live counter files (softnet_stat, snmp, snmp6, netstat, dev, udp, softirqs, interrupts, ethtool -S) '
      + 'once, or every --interval seconds as deltas and rates')
    .option('--netns <name>', 'read the per-namespace files (snmp, snmp6, netstat, dev, udp) inside this network namespace')
    .option('--json', 'print the Snapshot JSON on one line, without the parse warnings on stderr')
    .option('--interval <seconds>', 'read again every S seconds and print each interval: counters as deltas and per-second rates, gauges as values')
    .option('--count <n>', 'with --interval: stop after N intervals (default: until interrupted)')
    .option('--format <format>',
      `${SNAPSHOT_FORMATS.join(' | ')} (default json; prometheus: OpenMetrics with node_exporter's names; nstat: nstat's output)`)
    .option('--explain', 'name the drop, error and limit counters that grew (since boot, or over --interval S --count N), '
      + 'what each means, which setting to look at, and a scenario that reproduces them in the model')
    .option('--scenario-out <file>', 'with --explain: also write that scenario to FILE (for rxpath simulate)')
    .action(async (opts: SnapshotCliOptions) => {
      const plan = parseSnapshotOptions(opts);
      if (process.platform !== 'linux') {
        process.stderr.write(`rxpath snapshot: needs Linux (this is ${process.platform})\n`);
        setExit(2);
        return;
      }
      const netnsProblem = opts.netns === undefined ? undefined : netnsNameProblem(opts.netns);
      if (netnsProblem) {
        process.stderr.write(`rxpath snapshot: --netns ${JSON.stringify(opts.netns)}: ${netnsProblem}\n`);
        setExit(2);
        return;
      }
      const read = reader(plan);
      try {
        if (plan.explain) await explain(plan, read);
        else if (plan.intervalS === undefined) process.stdout.write(renderReading(read(), plan.format, plan.compact));
        else {
          await watch({
            intervalMs: plan.intervalS * 1000, ...(plan.count !== undefined ? { count: plan.count } : {}), read,
            onInterval: (iv, after) => { process.stdout.write(renderInterval(iv, after, plan.format)); },
          });
        }
      } catch (err) {
        if (!(err instanceof ReadFailed)) throw err;
        process.stderr.write(`rxpath snapshot: ${err.message}\n`);
        setExit(1);
        return;
      }
      setExit(0);
    });
}
