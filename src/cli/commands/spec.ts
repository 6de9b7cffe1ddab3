// `rxpath spec`: the spec as data, listed (filter by kind, scope, profile) or one entry shown.
import { Option, type Command } from 'commander';
import type { SetExit } from './index.ts';
import { readSchema } from '../../spec/schema-files.ts';
import { getSpecEntry, listSpecEntries, similarSpecNames, PROFILES, type SpecEntry, type SpecFilter } from '../../spec/registry.ts';
import { describeEntry, formatValue, profilesOf } from '../../spec/describe.ts';

interface AnnotationEnums { properties: { kind: { enum: string[] }; scope: { enum: string[] } } }

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}

function listText(entries: SpecEntry[]): string {
  const rows = [['NAME', 'KIND', 'SCOPE', 'UNIT', ...PROFILES.map((p) => `${p} DEFAULT`)]];
  for (const e of entries) {
    const a = e.annotation;
    rows.push([e.name, a.kind, a.scope, a.unit, ...PROFILES.map((p) => (a.profiles[p] ? formatValue(a.profiles[p]!.default) : '-'))]);
  }
  return table(rows);
}

function toJson(e: SpecEntry): object {
  return { name: e.name, description: e.description, valueType: e.valueType, existsIn: profilesOf(e), schema: `${e.schemaFile}#${e.schemaPointer}`, ...e.annotation };
}

export function register(program: Command, setExit: SetExit): void {
  const enums = readSchema<AnnotationEnums>('annotation.schema.json').properties;
  const spec = program
    .command('spec')
    .description('list every sysctl, setting and counter of the spec with its annotations')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(enums.kind.enum))
    .addOption(new Option('--scope <scope>', 'only this scope').choices(enums.scope.enum))
    .addOption(new Option('--profile <profile>', 'only entries that exist in this kernel profile').choices([...PROFILES]))
    .option('--json', 'print JSON (one array of entries)')
    .action((opts: SpecFilter & { json?: boolean }) => {
      const entries = listSpecEntries({ kind: opts.kind, scope: opts.scope, profile: opts.profile });
      process.stdout.write(opts.json ? `${JSON.stringify(entries.map(toJson), null, 2)}\n` : `${listText(entries)}\n`);
    });
  spec
    .command('show <name>')
    .description('print one entry with all its annotations (e.g. net.core.netdev_max_backlog, snmp.Udp.RcvbufErrors)')
    .option('--json', 'print JSON')
    .action((name: string, opts: { json?: boolean }) => {
      const e = getSpecEntry(name);
      if (!e) {
        const near = similarSpecNames(name);
        process.stderr.write(`rxpath: no spec entry named "${name}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}; \`rxpath spec\` lists them all\n`);
        setExit(2);
        return;
      }
      // `spec show NAME --json`: commander may hand --json to `spec` itself.
      const json = opts.json === true || spec.opts().json === true;
      process.stdout.write(json ? `${JSON.stringify(toJson(e), null, 2)}\n` : `${describeEntry(e).join('\n')}\n`);
    });
}
