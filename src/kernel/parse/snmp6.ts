// /proc/net/snmp6 (net/ipv6/proc.c:snmp6_seq_show): one "Name value" line per counter, Ip6*, Icmp6*,
// Udp6* and UdpLite6*, grouped here by prefix with the prefix dropped (Ip6InReceives is Ip6.InReceives).
// The per-type Icmp6InTypeN/OutTypeN lines (printed only when non-zero) and UdpLite6 are not kept; a
// name the schema does not have is dropped, a schema field the file lacks is 0 and left out of `present`.
import type { Snmp6 } from '../../generated/schema-types.ts';
import type { Mib } from './header_value.ts';
import { projectLine } from './mib_lines.ts';
import { counter, fail, lines, parsing, type ParseResult } from './result.ts';
import type { Parsed } from './snmp.ts';

const FILE = 'counters/snmp6.schema.json';
const GROUPS = [['Ip6', 'Ip6Line'], ['Icmp6', 'Icmp6Line'], ['Udp6', 'Udp6Line']] as const;

export function parseSnmp6(text: string): ParseResult<Parsed<Snmp6>> {
  return parsing('/proc/net/snmp6', () => {
    const mibs = new Map<string, Mib>(GROUPS.map(([g]) => [g, new Map()]));
    const seen = new Set<string>();
    lines(text).forEach((line, i) => {
      const where = `line ${i + 1}`;
      const t = line.trim().split(/\s+/);
      if (t.length === 1 && t[0] === '') return;
      if (t.length !== 2) fail(`${where}: expected "Name value", got ${JSON.stringify(line.slice(0, 60))}`);
      const [name, value] = t;
      if (seen.has(name)) fail(`${where}: ${name} appears twice`);
      seen.add(name);
      const v = counter(value, `${where} ${name}`);
      if (name.startsWith('UdpLite6') || /^Icmp6(In|Out)Type\d+$/.test(name)) return;
      const group = GROUPS.find(([g]) => name.startsWith(g) && name.length > g.length);
      if (group) mibs.get(group[0])!.set(name.slice(group[0].length), v);
    });
    if (mibs.get('Ip6')!.size === 0) fail('no Ip6 counter');
    const present: string[] = [];
    const value = Object.fromEntries(GROUPS.map(([g, def]) => [g, projectLine(mibs.get(g), FILE, def, `snmp6.${g}`, present)])) as unknown as Snmp6;
    return { value, present };
  });
}
