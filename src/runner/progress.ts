// Progress of a run: a cli-progress bar on a terminal; on anything else (a CI log, a pipe) one
// line per check and nothing more.
import cliProgress from 'cli-progress';
import type { Progress } from './run-check.ts';
import { checkLine } from './reports/summary.ts';

export function lineProgress(write: (s: string) => void): Progress {
  return {
    start() { /* nothing until the first check */ },
    done(result) { write(`${checkLine(result)}\n`); },
    stop() { /* nothing */ },
  };
}

export function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'rxpath check [{bar}] {value}/{total} checks | {failed} failed | {check}',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let failed = 0;
  return {
    start(total) { bar.start(total, 0, { failed: 0, check: '' }); },
    done(result) {
      if (result.status === 'failed' || result.status === 'broken') failed++;
      bar.increment(1, { failed, check: result.kind === 'property' ? `${result.profile} ${result.name}` : result.name });
    },
    stop() { bar.stop(); },
  };
}

/** The bar on a TTY, lines otherwise. */
export function defaultProgress(): Progress {
  return process.stderr.isTTY ? barProgress(process.stderr) : lineProgress((s) => process.stdout.write(s));
}
