// Counter paths: how a snapshot's values are named in golden traces (`observed`), in an
// implementation's `observes`, and in reports. `snmp.Udp.InErrors`, `softnet_stat[0].dropped`,
// `udp[*].drops`, `dev.eth0.rx_packets`. An index may also be written as its own segment
// (`softnet_stat.[0].dropped`, the form the golden-trace schema's pattern accepts); `*` matches
// any key or index. A pattern names a counter and everything below it.
import type { Snapshot } from '../generated/schema-types.ts';

export type CounterValue = number | string | boolean | null;

/** Every leaf of a snapshot, by path, in document order. `internal` is left out unless asked. */
export function flattenSnapshot(s: Snapshot, opts: { internal?: boolean } = {}): Map<string, CounterValue> {
  const out = new Map<string, CounterValue>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (path === '' && k === 'internal' && !opts.internal) continue;
        walk(x, path === '' ? k : `${path}.${k}`);
      }
    } else {
      out.set(path, v as CounterValue);
    }
  };
  walk(s, '');
  return out;
}

/** Splits a path or pattern into tokens: keys, and indexes written `[n]`. */
export function tokens(path: string): string[] {
  const out: string[] = [];
  for (const part of path.replace(/\.\[/g, '[').split('.')) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) { out.push(part); continue; }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]!.match(/\[[^\]]*\]/g) ?? []) out.push(idx);
  }
  return out;
}

/** A predicate for "this path is named by one of the patterns"; absent patterns mean every path. */
export function pathFilter(patterns: readonly string[] | undefined): (path: string) => boolean {
  if (patterns === undefined) return () => true;
  const pats = patterns.map(tokens);
  return (path) => {
    const t = tokens(path);
    return pats.some((p) => p.length <= t.length && p.every((tok, i) =>
      tok === t[i] || tok === '*' || (tok === '[*]' && t[i]!.startsWith('['))));
  };
}

/** Reads one path of a snapshot (undefined when absent). */
export function readPath(s: unknown, path: string): unknown {
  let v: unknown = s;
  for (const tok of tokens(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    const key = tok.startsWith('[') ? Number(tok.slice(1, -1)) : tok;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
