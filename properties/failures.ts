// Saved failures (.rxpath/failures.json in the working directory): each failing property check
// keeps its seed, fast-check path and shrunk scenario, so the next run replays it first.
// Written atomically (temporary file + rename).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ProfileName, Scenario } from '../src/generated/schema-types.ts';

export interface SavedFailure {
  property: string;
  profile: ProfileName;
  implementation: string;
  seed: number;
  path?: string;
  scenario: Scenario;
  message: string;
}

export interface FailureFile {
  format: 'rxpath-failures/1';
  failures: SavedFailure[];
}

export const DEFAULT_FAILURES_FILE = join('.rxpath', 'failures.json');

function key(f: Pick<SavedFailure, 'property' | 'profile' | 'implementation'>): string {
  return `${f.implementation}\u0000${f.property}\u0000${f.profile}`;
}

export class FailureStore {
  constructor(readonly file: string = DEFAULT_FAILURES_FILE) {}

  load(): SavedFailure[] {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const data = JSON.parse(text) as FailureFile;
    if (data.format !== 'rxpath-failures/1' || !Array.isArray(data.failures)) {
      throw new Error(`${this.file}: not an rxpath failures file (expected format "rxpath-failures/1")`);
    }
    return data.failures;
  }

  find(implementation: string, property: string, profile: ProfileName): SavedFailure | undefined {
    const k = key({ implementation, property, profile });
    return this.load().find((f) => key(f) === k);
  }

  save(f: SavedFailure): void {
    const rest = this.load().filter((x) => key(x) !== key(f));
    this.write([...rest, f]);
  }

  remove(implementation: string, property: string, profile: ProfileName): void {
    const k = key({ implementation, property, profile });
    const all = this.load();
    const rest = all.filter((x) => key(x) !== k);
    if (rest.length !== all.length) this.write(rest);
  }

  private write(failures: SavedFailure[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const data: FailureFile = { format: 'rxpath-failures/1', failures };
    writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(tmp, this.file);
  }
}
