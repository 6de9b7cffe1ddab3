import { readFileSync } from 'node:fs';
import { generateMutants, modelFiles } from './harness-power/mutants.ts';
const d = JSON.parse(readFileSync('/tmp/hp-dev/s60.json', 'utf8'));
const want = d.mutants.filter((m: any) => m.outcome === process.argv[2]);
const files = [...new Set(want.map((m: any) => m.file))] as string[];
const all = await generateMutants(files.filter((f) => modelFiles().includes(f)));
const at: string[] = [];
for (const w of want) {
  const hits = all.filter((m) => m.file === w.file && m.mutator === w.mutator && m.original === w.original && m.replacement === w.replacement);
  const best = hits.sort((a, b) => Math.abs(a.line - w.line) - Math.abs(b.line - w.line))[0];
  if (best) at.push(`${best.file}:${best.line}:${best.column}`); else console.error('gone', w.file, w.line);
}
console.log(at.join(' '));
