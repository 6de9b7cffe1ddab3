// /proc/net/dev (net/core/net-procfs.c:dev_seq_printf_stats): two header lines, then
// "name: rx_bytes rx_packets rx_errs rx_drop rx_fifo rx_frame rx_compressed rx_multicast tx...".
import type { DevRx, ProcNetDev } from '../../generated/schema-types.ts';
import { counter, fail, lines, parsing, type ParseResult } from './result.ts';

const RX: (keyof DevRx)[] = ['rx_bytes', 'rx_packets', 'rx_errs', 'rx_drop', 'rx_fifo', 'rx_frame', 'rx_compressed', 'rx_multicast'];

export function parseDev(text: string): ParseResult<ProcNetDev> {
  return parsing('/proc/net/dev', (warnings) => {
    const ls = lines(text);
    if (ls.length < 2 || !ls[0].includes('|') || !ls[1].includes('|')) fail('expected the two header lines of /proc/net/dev');
    const out: ProcNetDev = {};
    for (let i = 2; i < ls.length; i++) {
      const colon = ls[i].indexOf(':');
      if (colon < 0) fail(`line ${i + 1}: no "name:"`);
      const name = ls[i].slice(0, colon).trim();
      if (name === '' || /\s/.test(name)) fail(`line ${i + 1}: bad interface name ${JSON.stringify(name.slice(0, 40))}`);
      const t = ls[i].slice(colon + 1).trim().split(/\s+/);
      if (t.length < RX.length) fail(`line ${i + 1}: ${t.length} columns, expected 16`);
      if (t.length !== 16) warnings.push(`line ${i + 1}: ${t.length} columns, expected 16`);
      if (Object.hasOwn(out, name)) fail(`line ${i + 1}: ${name} appears twice`);
      const row = {} as DevRx;
      RX.forEach((k, j) => { row[k] = counter(t[j], `line ${i + 1} ${name} ${k}`); });
      out[name] = row;
    }
    return out;
  });
}
