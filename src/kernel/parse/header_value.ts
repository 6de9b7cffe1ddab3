// /proc/net/snmp and /proc/net/netstat share one layout (net/ipv4/proc.c:snmp_seq_show,
// netstat_seq_show): for each MIB a header line "Prefix: Name1 Name2 ..." followed by a value line
// "Prefix: v1 v2 ...". Returns every MIB as name -> value, in file order.
import { decimal, fail, lines } from './result.ts';

export type Mib = Map<string, number>;

export function parseHeaderValue(text: string): Map<string, Mib> {
  const out = new Map<string, Mib>();
  const ls = lines(text);
  if (ls.length % 2 !== 0) fail(`${ls.length} lines: expected header/value pairs`);
  for (let i = 0; i < ls.length; i += 2) {
    const h = ls[i].trim().split(/\s+/);
    const v = ls[i + 1].trim().split(/\s+/);
    const prefix = h[0];
    if (!prefix.endsWith(':') || prefix.length < 2) fail(`line ${i + 1}: expected "Prefix:" at the start, got ${JSON.stringify(prefix.slice(0, 40))}`);
    if (v[0] !== prefix) fail(`line ${i + 2}: expected the values of ${prefix}, got ${JSON.stringify(v[0].slice(0, 40))}`);
    if (h.length !== v.length) fail(`line ${i + 2}: ${v.length - 1} values for ${h.length - 1} names in ${prefix}`);
    const mib: Mib = new Map();
    for (let k = 1; k < h.length; k++) {
      if (mib.has(h[k])) fail(`line ${i + 1}: ${h[k]} appears twice in ${prefix}`);
      mib.set(h[k], decimal(v[k], `line ${i + 2} ${prefix} ${h[k]}`));
    }
    const name = prefix.slice(0, -1);
    if (out.has(name)) fail(`line ${i + 1}: ${prefix} appears twice`);
    out.set(name, mib);
  }
  return out;
}
