// `rxpath snapshot`: the live machine's counter files as one Snapshot (schemas/snapshot.schema.json).
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Command } from 'commander';
import type { SetExit } from './index.ts';
import { readLiveCounterFiles } from '../../kernel/read_live.ts';
import { buildSnapshot } from '../../kernel/snapshot.ts';

/** Why `name` is not a named network namespace (`ip netns add NAME`: /run/netns/NAME), or undefined. */
export function netnsNameProblem(name: string): string | undefined {
  // iproute2 refuses names that are empty, '.', '..' or contain a '/' (they would leave /run/netns).
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    return 'not a network namespace name (a name from `ip netns list`: not empty, not "." or "..", no "/")';
  }
  if (!existsSync(`/run/netns/${name}`)) return 'no such network namespace (`ip netns list` lists them)';
  return undefined;
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('snapshot')
    .description('read the live counter files (softnet_stat, snmp, netstat, dev, udp, softirqs, interrupts) into Snapshot JSON')
    .option('--netns <name>', 'read the per-namespace files (snmp, netstat, dev, udp) inside this network namespace')
    .option('--json', 'print the Snapshot JSON only (default: JSON plus the parse warnings on stderr)')
    .action((opts: { netns?: string; json?: boolean }) => {
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
      const files = readLiveCounterFiles(opts.netns ?? null);
      const missing = Object.entries(files).filter(([, v]) => v === null).map(([k]) => k);
      const r = buildSnapshot(files, cpus().length);
      if (!r.ok) {
        process.stderr.write(`rxpath snapshot: ${r.error}\n`);
        setExit(1);
        return;
      }
      process.stdout.write(`${JSON.stringify(r.value.snapshot, null, opts.json ? 0 : 2)}\n`);
      if (!opts.json) for (const w of [...r.value.warnings, ...missing.map((m) => `${m}: could not be read`)]) process.stderr.write(`warning: ${w}\n`);
    });
}
