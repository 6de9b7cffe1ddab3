#!/usr/bin/env node
// npm run build (and prepack): compiles src/, properties/ and golden/scenarios/ to dist/ with
// tsconfig.build.json, then copies the non-TypeScript files the code reads next to its own file
// (src/generated/validators.cjs, src/model/truesize/*.json, src/kernel/helpers/udp_peer.py), so
// the compiled modules find them where the sources do. Plain Node: no tsx needed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });

const copied = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (!e.name.endsWith('.ts')) {
      const to = join(dist, relative(root, p));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(p, to);
      copied.push(relative(root, p));
    }
  }
};
walk(join(root, 'src'));
console.log(`dist/: compiled; copied ${copied.join(', ')}`);
