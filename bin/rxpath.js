#!/usr/bin/env node
// rxpath's command line. The installed package runs the compiled JavaScript (dist/) on plain Node.
// A source checkout (src/ is there: the published package has no src/) runs the TypeScript sources
// through tsx, so that `npx rxpath` and the repository's tests never run a stale build.
// tsx is otherwise only the loader of `--impl` modules written in TypeScript: an optional peer
// dependency, registered only when such a module is named.
import { existsSync } from 'node:fs';

const fromSources = existsSync(new URL('../src/cli/main.ts', import.meta.url));

/** The `--impl` module named on the command line, if it is TypeScript. */
function typescriptImpl(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--impl' ? argv[i + 1] : a.startsWith('--impl=') ? a.slice('--impl='.length) : undefined;
    if (v !== undefined && /\.[cm]?tsx?$/.test(v)) return v;
  }
  return undefined;
}

const tsImpl = fromSources ? undefined : typescriptImpl(process.argv.slice(2));
if (fromSources || tsImpl !== undefined) {
  let api;
  try {
    api = await import('tsx/esm/api');
  } catch {
    process.stderr.write(fromSources
      ? 'rxpath: the sources run through tsx, a development dependency: run `npm ci` first.\n'
      : `rxpath: ${tsImpl} is TypeScript, which Node.js ${process.versions.node} cannot load by itself.\n` +
        'Install tsx next to rxpath (npm install --save-dev tsx), or give --impl a compiled .js/.mjs module.\n');
    process.exit(2);
  }
  api.register();
}

// `rxpath spec | head`: a closed pipe ends the output quietly, as for any Unix tool.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import(fromSources ? '../src/cli/main.ts' : '../dist/src/cli/main.js');
process.exitCode = await main(process.argv);
