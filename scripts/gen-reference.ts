// Generates docs/reference.md from the x-rxpath annotations of schemas/ (npm run gen:docs).
// `--check` exits 1 when the committed file is stale (test/spec/reference-fresh.test.ts checks too).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILES, allSpecEntries, type SpecEntry, type SpecKind } from '../src/spec/registry.ts';
import { formatAliases, formatDropReason, formatRange, formatValue } from '../src/spec/describe.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_MD = join(root, 'docs/reference.md');

const SECTIONS: { kind: SpecKind; title: string; intro: string }[] = [
  { kind: 'sysctl', title: 'Sysctls', intro: 'Set in `config.sysctls` (or by a `sysctl` workload step). A profile column reading "-" means the sysctl does not exist in that kernel: using it is an error.' },
  { kind: 'setting', title: 'Device, queue and socket settings', intro: 'Set on `config.devices[]`, `config.devices[].queues[]` and `config.sockets[]`. "derived" defaults are computed from other settings (see the check).' },
  { kind: 'counter', title: 'Counters', intro: 'Counters only grow (and wrap at 2^bits). Snapshots hold values from the start of the scenario. "col" is the 1-based column in the proc file\'s row for that profile.' },
  { kind: 'gauge', title: 'Gauges', intro: 'Levels read at the instant of the snapshot.' },
  { kind: 'label', title: 'Labels', intro: 'Identifier columns that key the rows of a counter file.' },
];

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function profileCell(e: SpecEntry, p: (typeof PROFILES)[number]): string {
  const pa = e.annotation.profiles[p];
  if (!pa) return '-';
  const parts = [`default ${formatValue(pa.default)}`, `range ${formatRange(pa)}`];
  if (pa.column !== undefined) parts.push(`col ${pa.column}`);
  parts.push(`check: ${pa.check}`);
  if (pa.kernel) parts.push(`kernel: ${pa.kernel.map((k) => `\`${k}\``).join(', ')}`);
  return parts.join('; ');
}

function row(e: SpecEntry): string {
  const a = e.annotation;
  const cells = [
    `\`${e.name}\``,
    e.description + (a.note ? ` *Note:* ${a.note}` : ''),
    ...PROFILES.map((p) => profileCell(e, p)),
    a.unit,
    a.scope,
    formatAliases(e).join('; '),
    a.kernel.map((k) => `\`${k}\``).join(', '),
    formatDropReason(e) || '-',
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

export function generateReference(): string {
  const entries = allSpecEntries();
  const out: string[] = [
    '# rxpath reference',
    '',
    '<!-- Generated from schemas/ by scripts/gen-reference.ts (npm run gen:docs). Do not edit by hand. -->',
    '',
    'Every sysctl, setting and counter rxpath knows, with its annotations (`x-rxpath` in `schemas/`):',
    'default and range per kernel profile, unit, scope, the names other tools use for it, where the kernel',
    'defines or increments it (`file:function`), and the kernel drop reason where one applies (as tracefs',
    'prints the `skb:kfree_skb` reason in linux-6.18; linux-3.13 has no drop reasons).',
    '`rxpath spec` lists the same entries; `rxpath spec show NAME` prints one.',
    '',
  ];
  for (const s of SECTIONS) {
    const list = entries.filter((e) => e.annotation.kind === s.kind);
    if (list.length === 0) continue;
    out.push(`## ${s.title} (${list.length})`, '', s.intro, '');
    out.push(`| Name | Description | ${PROFILES.join(' | ')} | Unit | Scope | Aliases | Kernel | Drop reason |`);
    out.push(`|${' --- |'.repeat(7 + PROFILES.length)}`);
    for (const e of list) out.push(row(e));
    out.push('');
  }
  return out.join('\n');
}

function main(): void {
  const text = generateReference();
  let current = '';
  try { current = readFileSync(REFERENCE_MD, 'utf8'); } catch { /* absent */ }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${REFERENCE_MD} is stale: run npm run gen:docs`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(REFERENCE_MD), { recursive: true });
  const tmp = `${REFERENCE_MD}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, REFERENCE_MD);
  console.log(`wrote ${REFERENCE_MD}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
