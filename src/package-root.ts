// The package's root directory: where package.json, schemas/ and golden/ are. Found from this
// file's own location, which is src/package-root.ts in the sources (tsx, vitest) and
// dist/src/package-root.js in the compiled package: every data file is read through it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `start` whose package.json names the rxpath package. */
export function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      let name: unknown;
      try { name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name; } catch { name = undefined; }
      if (name === 'rxpath') return dir;
    }
    if (dirname(dir) === dir) throw new Error(`rxpath: no package.json of rxpath at or above ${start}`);
  }
}

export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
