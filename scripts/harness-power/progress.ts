// Progress of a run: a cli-progress bar on a terminal (stderr), one line per mutant otherwise.
import cliProgress from 'cli-progress';
import type { Stage } from './messages.ts';
import type { ModelMutant } from './mutants.ts';
import type { MutantResult } from './results.ts';

export interface HarnessProgress {
  plan(total: number): void;
  stage(m: ModelMutant, stage: Stage): void;
  done(r: MutantResult): void;
  stop(): void;
}

function verdict(r: MutantResult): string {
  if (r.outcome === 'killed') return `killed by ${r.killedBy!.check} (${r.killedBy!.status})`;
  if (r.outcome === 'survived') return `SURVIVED, differs on ${r.visible!.source}: ${r.visible!.difference.where}`;
  return 'no observable difference';
}

export function lineProgress(write: (s: string) => void): HarnessProgress {
  let n = 0;
  let total = 0;
  return {
    plan(t) { total = t; },
    stage() { /* only results */ },
    done(r) { write(`[${++n}/${total}] ${r.label}: ${verdict(r)} (${(r.ms / 1000).toFixed(1)} s)\n`); },
    stop() { /* nothing */ },
  };
}

export function barProgress(stream: NodeJS.WriteStream): HarnessProgress {
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'harness-power [{bar}] {value}/{total} mutants | killed {killed} | survived {survived} | no diff {none} | {current}',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  const counts = { killed: 0, survived: 0, none: 0 };
  let started = false;
  return {
    plan(total) { bar.start(total, 0, { ...counts, current: 'baseline' }); started = true; },
    stage(m, stage) {
      const where = m.mutator === 'none' ? 'baseline' : `${m.file.split('/').pop()}:${m.line}`;
      if (started) bar.update({ current: `${where} ${stage}` });
    },
    done(r) {
      if (r.outcome === 'killed') counts.killed++;
      else if (r.outcome === 'survived') counts.survived++;
      else counts.none++;
      bar.increment(1, { ...counts });
    },
    stop() { if (started) bar.stop(); },
  };
}

export function defaultProgress(): HarnessProgress {
  return process.stderr.isTTY ? barProgress(process.stderr) : lineProgress((s) => process.stderr.write(s));
}
