// Where the mutated models live. A run takes a snapshot of the checkout into a temporary directory
// when it starts (`base/`: src, properties, golden, schemas, package.json and this script's own
// modules, copied; node_modules linked), so that edits made to the checkout during a long run
// change nothing: the mutants are generated from the snapshot, and the workers run the snapshot's
// properties, runner and reference model. Each mutant gets a small copy of its own (`m<n>/`):
// src/model with the mutated file and src/impl, copied; every other entry of src/ linked to the
// snapshot. Node resolves links to real paths, so a mutant shares the unmutated modules with the
// worker that checks it, while its model is a fresh module graph at a path of its own.
// Everything goes away at exit (process.on('exit'), which a Ctrl-C handler reaches through process.exit).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMutant, ROOT, type ModelMutant } from './mutants.ts';

/** What the snapshot copies from the checkout. */
const SNAPSHOT = ['src', 'properties', 'golden', 'schemas', 'package.json', 'scripts/harness-power'];
/** The directories of src/ each mutant copies; every other entry is linked to the snapshot. */
const PER_MUTANT = new Set(['model', 'impl']);
/** The implementation's entry point in a copy, and this script's modules in the snapshot. */
export const ENTRY = 'src/impl/model.ts';
export const OWN_DIR = 'scripts/harness-power';

export interface Workspace {
  root: string;
  /** The snapshot of the checkout. */
  base: string;
  /** A copy of the implementation with `mutant` applied; returns the copy's directory. */
  prepare(name: string, mutant: ModelMutant): string;
  /** Removes one mutant's copy. */
  release(name: string): void;
  /** Removes everything (idempotent; also done at process exit). */
  dispose(): void;
}

function snapshot(repo: string, base: string): void {
  for (const entry of SNAPSHOT) cpSync(join(repo, entry), join(base, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(base, 'node_modules'));
}

function mutantCopy(base: string, dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(base, 'package.json'), join(dir, 'package.json'));
  for (const e of readdirSync(join(base, 'src'))) {
    if (PER_MUTANT.has(e)) cpSync(join(base, 'src', e), join(dir, 'src', e), { recursive: true });
    else symlinkSync(join(base, 'src', e), join(dir, 'src', e));
  }
  for (const e of ['schemas', 'node_modules']) symlinkSync(join(base, e), join(dir, e));
}

export function createWorkspace(repo = ROOT): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'rxpath-harness-power-'));
  let disposed = false;
  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    process.off('exit', dispose);
    rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', dispose);
  const base = join(root, 'base');
  try {
    snapshot(repo, base);
  } catch (err) {
    dispose();
    throw err;
  }
  return {
    root,
    base,
    prepare(name, mutant) {
      const dir = join(root, name);
      mutantCopy(base, dir);
      const file = join(dir, mutant.file);
      writeFileSync(file, applyMutant(readFileSync(file, 'utf8'), mutant));
      return dir;
    },
    release(name) {
      rmSync(join(root, name), { recursive: true, force: true });
    },
    dispose,
  };
}
