// /proc/softirqs (kernel/softirq.c via fs/proc/softirqs.c:show_softirqs): "CPU0 CPU1 ..." then
// "NAME: count count ...". Only the NET_RX row is kept.
import type { Softirqs } from '../../generated/schema-types.ts';
import { counter, fail, lines, parsing, type ParseResult } from './result.ts';

export function parseSoftirqs(text: string): ParseResult<Softirqs> {
  return parsing('/proc/softirqs', () => {
    const ls = lines(text);
    if (ls.length < 1) fail('empty file');
    const cpus = ls[0].trim().split(/\s+/);
    if (cpus.length === 0 || !cpus.every((c) => /^CPU[0-9]+$/.test(c))) fail('line 1: expected "CPU0 CPU1 ..."');
    for (let i = 1; i < ls.length; i++) {
      const t = ls[i].trim().split(/\s+/);
      if (t[0] !== 'NET_RX:') continue;
      if (t.length - 1 !== cpus.length) fail(`line ${i + 1}: ${t.length - 1} counts for ${cpus.length} CPUs`);
      return { NET_RX: t.slice(1).map((x, k) => counter(x, `line ${i + 1} ${cpus[k]}`)) };
    }
    return fail('no NET_RX: line');
  });
}
