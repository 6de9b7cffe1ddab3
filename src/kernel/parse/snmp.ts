// /proc/net/snmp (net/ipv4/proc.c:snmp_seq_show): the Ip, Icmp and Udp lines the receive path bumps.
// 3.13 has 19 Ip fields; 6.x appends OutTransmits. The Udp line gained IgnoredMulti and MemErrors.
import type { Snmp } from '../../generated/schema-types.ts';
import { parseHeaderValue } from './header_value.ts';
import { projectLine } from './mib_lines.ts';
import { fail, parsing, type ParseResult } from './result.ts';

const FILE = 'counters/snmp.schema.json';

export interface Parsed<T> { value: T; present: string[] }

export function parseSnmp(text: string): ParseResult<Parsed<Snmp>> {
  return parsing('/proc/net/snmp', () => {
    const mibs = parseHeaderValue(text);
    if (!mibs.has('Ip')) fail('no Ip: line');
    const present: string[] = [];
    const value: Snmp = {
      Ip: projectLine(mibs.get('Ip'), FILE, 'IpLine', 'snmp.Ip', present) as unknown as Snmp['Ip'],
      Icmp: projectLine(mibs.get('Icmp'), FILE, 'IcmpLine', 'snmp.Icmp', present) as unknown as Snmp['Icmp'],
      Udp: projectLine(mibs.get('Udp'), FILE, 'UdpLine', 'snmp.Udp', present) as unknown as Snmp['Udp'],
    };
    return { value, present };
  });
}
