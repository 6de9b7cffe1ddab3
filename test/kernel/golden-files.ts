// The kernel golden traces under golden/kernel/linux-*/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace } from '../../src/generated/schema-types.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

export const KERNEL_GOLDEN = join(PACKAGE_ROOT, 'golden', 'kernel');

/** [trace id ("kernel/linux-6.18/NAME"), trace] for every recorded kernel trace. */
export function kernelTraces(): [string, GoldenTrace][] {
  if (!existsSync(KERNEL_GOLDEN)) return [];
  const out: [string, GoldenTrace][] = [];
  for (const dir of readdirSync(KERNEL_GOLDEN).sort()) {
    if (!dir.startsWith('linux-')) continue;
    for (const f of readdirSync(join(KERNEL_GOLDEN, dir)).sort()) {
      if (!f.endsWith('.json')) continue;
      out.push([`kernel/${dir}/${f.slice(0, -5)}`, JSON.parse(readFileSync(join(KERNEL_GOLDEN, dir, f), 'utf8')) as GoldenTrace]);
    }
  }
  return out;
}
