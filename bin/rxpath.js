#!/usr/bin/env node
// rxpath's command line. The sources are TypeScript; tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
// `rxpath spec | head`: a closed pipe ends the output quietly, as for any Unix tool.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
