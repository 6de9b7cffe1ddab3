// /proc/net/udp (net/ipv4/udp.c:udp4_format_sock): header, then one row per socket:
// "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ref pointer drops".
// /proc/net/udp6 (net/ipv6/datagram.c:__ip6_dgram_sock_seq_show) has the same columns, each address 32 hex digits.
import { counter, fail, lines, parsing, type ParseResult } from './result.ts';

export interface UdpProcRow {
  local_address: string;
  rem_address: string;
  rx_queue: number;
  tx_queue: number;
  inode: number;
  drops: number;
}

const ADDR = /^[0-9A-F]{8}:[0-9A-F]{4}$/;
const ADDR6 = /^[0-9A-F]{32}:[0-9A-F]{4}$/;

export function parseUdp(text: string): ParseResult<UdpProcRow[]> {
  return parseUdpRows(text, '/proc/net/udp', ADDR);
}

/** /proc/net/udp6: the rows of AF_INET6 sockets (their addresses as procAddress6 prints them). */
export function parseUdp6(text: string): ParseResult<UdpProcRow[]> {
  return parseUdpRows(text, '/proc/net/udp6', ADDR6);
}

function parseUdpRows(text: string, file: string, ADDR: RegExp): ParseResult<UdpProcRow[]> {
  return parsing(file, () => {
    const ls = lines(text);
    if (ls.length < 1 || !/^\s*sl\s+local_address/.test(ls[0])) fail('expected the header line "sl local_address ..."');
    const rows: UdpProcRow[] = [];
    for (let i = 1; i < ls.length; i++) {
      const where = `line ${i + 1}`;
      const t = ls[i].trim().split(/\s+/);
      if (t.length < 13) fail(`${where}: ${t.length} columns, expected 13`);
      if (!ADDR.test(t[1]) || !ADDR.test(t[2])) fail(`${where}: bad address ${JSON.stringify(`${t[1]} ${t[2]}`.slice(0, 60))}`);
      const q = t[4].split(':');
      if (q.length !== 2 || !/^[0-9A-F]{1,16}$/i.test(q[0]) || !/^[0-9A-F]{1,16}$/i.test(q[1])) fail(`${where}: bad tx_queue:rx_queue ${JSON.stringify(t[4].slice(0, 40))}`);
      const tx = Number.parseInt(q[0], 16);
      const rx = Number.parseInt(q[1], 16);
      if (!Number.isSafeInteger(tx) || !Number.isSafeInteger(rx)) fail(`${where}: queue size beyond 2^53-1`);
      rows.push({
        local_address: t[1], rem_address: t[2], tx_queue: tx, rx_queue: rx,
        inode: counter(t[9], `${where} inode`), drops: counter(t[12], `${where} drops`),
      });
    }
    return rows;
  });
}

/** "0100007F:2328" -> "127.0.0.1:9000" (the kernel prints the __be32 as a host-order %08X). */
export function dottedAddress(hex: string): string {
  const [a, p] = hex.split(':');
  const n = Number.parseInt(a, 16);
  const le = [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
  return `${le.join('.')}:${Number.parseInt(p, 16)}`;
}

/** "127.0.0.1", 9000 -> "0100007F:2328" as a little-endian host prints it. */
export function procAddress(ip: string, port: number): string {
  const b = ip.split('.').map(Number);
  const n = ((b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]) >>> 0;
  return `${n.toString(16).toUpperCase().padStart(8, '0')}:${port.toString(16).toUpperCase().padStart(4, '0')}`;
}
