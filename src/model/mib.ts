// The SNMP MIBs the IPv4/UDP receive path bumps (include/net/snmp.h, include/uapi/linux/snmp.h).
// Field lists come from the counter schemas, so the names are written once, in schemas/counters/.
import type { Icmp6Line, IcmpLine, Ip6Line, IpExtLine, IpLine, TcpExtLine, Udp6Line, UdpLine } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';

interface ObjSchema { $defs: Record<string, { properties: Record<string, unknown> }> }

/** A zeroed counter object with every field of `$defs/<def>` of a counter schema. */
function zeroed<T>(file: string, def: string): Required<T> {
  const props = readSchema<ObjSchema>(file).$defs[def].properties;
  const o: Record<string, number> = {};
  for (const k of Object.keys(props)) o[k] = 0;
  // Keyed stores past V8's fast-property limit leave `o` a dictionary (the Ip line has 20 fields),
  // which makes every per-packet `mib.ip.X++` a hash lookup: the spread copy has fast properties.
  return { ...o } as Required<T>;
}

export class Mibs {
  /** IPSTATS_MIB_* (/proc/net/snmp Ip:) */
  readonly ip = zeroed<IpLine>('counters/snmp.schema.json', 'IpLine');
  /** ICMP_MIB_* (/proc/net/snmp Icmp:) */
  readonly icmp = zeroed<IcmpLine>('counters/snmp.schema.json', 'IcmpLine');
  /** UDP_MIB_* (/proc/net/snmp Udp:) */
  readonly udp = zeroed<UdpLine>('counters/snmp.schema.json', 'UdpLine');
  /** IPSTATS_MIB_* shown in /proc/net/netstat IpExt: */
  readonly ipExt = zeroed<IpExtLine>('counters/netstat.schema.json', 'IpExtLine');
  /** LINUX_MIB_* shown in /proc/net/netstat TcpExt: */
  readonly tcpExt = zeroed<TcpExtLine>('counters/netstat.schema.json', 'TcpExtLine');
  /** IPSTATS_MIB_* of ipv6.ip6_statistics (/proc/net/snmp6 Ip6*) */
  readonly ip6 = zeroed<Ip6Line>('counters/snmp6.schema.json', 'Ip6Line');
  /** ICMP6_MIB_* (/proc/net/snmp6 Icmp6*) */
  readonly icmp6 = zeroed<Icmp6Line>('counters/snmp6.schema.json', 'Icmp6Line');
  /** UDP_MIB_* of udp_stats_in6 (/proc/net/snmp6 Udp6*): the same fields as the Udp line. */
  readonly udp6 = zeroed<Udp6Line>('counters/snmp6.schema.json', 'Udp6Line');
}

/** The UDP MIB a datagram is counted in: udp_statistics or udp_stats_in6 (the same UDP_MIB_* fields). */
export type UdpMib = Required<UdpLine>;
