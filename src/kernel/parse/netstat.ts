// /proc/net/netstat (net/ipv4/proc.c:netstat_seq_show): the IpExt line and TcpExt's IPReversePathFilter.
import type { Netstat } from '../../generated/schema-types.ts';
import { parseHeaderValue } from './header_value.ts';
import { projectLine } from './mib_lines.ts';
import { fail, parsing, type ParseResult } from './result.ts';
import type { Parsed } from './snmp.ts';

const FILE = 'counters/netstat.schema.json';

export function parseNetstat(text: string): ParseResult<Parsed<Netstat>> {
  return parsing('/proc/net/netstat', () => {
    const mibs = parseHeaderValue(text);
    if (!mibs.has('IpExt')) fail('no IpExt: line');
    const present: string[] = [];
    const value: Netstat = {
      IpExt: projectLine(mibs.get('IpExt'), FILE, 'IpExtLine', 'netstat.IpExt', present) as unknown as Netstat['IpExt'],
      TcpExt: projectLine(mibs.get('TcpExt'), FILE, 'TcpExtLine', 'netstat.TcpExt', present) as unknown as Netstat['TcpExt'],
    };
    return { value, present };
  });
}
