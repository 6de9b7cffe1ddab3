// Runs the real tools (iproute2 ip and tc, taskset) synchronously; a failure names the command.
import { spawnSync } from 'node:child_process';

export class KernelCommandError extends Error {}

export function run(cmd: string, args: readonly string[], opts: { input?: string; allowFail?: boolean } = {}): string {
  const r = spawnSync(cmd, args, { input: opts.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new KernelCommandError(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0 && !opts.allowFail) {
    throw new KernelCommandError(`${cmd} ${args.join(' ')}: exit ${r.status}: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
  }
  return r.stdout;
}

/** Runs `ip -batch -` (one ip command per line, as ip would take them). */
export function ipBatch(ns: string | null, lines: readonly string[]): void {
  if (lines.length === 0) return;
  run('ip', [...(ns ? ['-n', ns] : []), '-batch', '-'], { input: `${lines.join('\n')}\n` });
}

/** `ip netns exec NS cat FILE...`, one file at a time (null when it cannot be read). */
export function catInNetns(ns: string | null, path: string): string | null {
  const args = ns ? ['netns', 'exec', ns, 'cat', path] : [];
  const r = ns ? spawnSync('ip', args, { encoding: 'utf8' }) : spawnSync('cat', [path], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}

/** First line of `cmd args` output (tool version strings). */
export function versionOf(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'unavailable';
  return (r.stdout || r.stderr).trim().split('\n')[0];
}
