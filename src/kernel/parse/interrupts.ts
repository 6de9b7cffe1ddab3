// /proc/interrupts (kernel/irq/proc.c:show_interrupts): "CPU0 CPU1 ..." then
// "IRQ: count... chip hwirq-type action[, action...]". Kept: numbered IRQs whose action names a
// receive queue (DEV-rx-N, DEV-TxRx-N, virtio DEV-input.N), keyed by that name.
import type { Interrupts } from '../../generated/schema-types.ts';
import { counter, fail, lines, parsing, type ParseResult } from './result.ts';

const RX_QUEUE = /(?:-rx-?\d*|-TxRx-\d+|-rxtx-?\d+|-input\.\d+)$/i;

export function parseInterrupts(text: string): ParseResult<Interrupts> {
  return parsing('/proc/interrupts', (warnings) => {
    const ls = lines(text);
    if (ls.length < 1) fail('empty file');
    const cpus = ls[0].trim().split(/\s+/);
    if (cpus.length === 0 || !cpus.every((c) => /^CPU[0-9]+$/.test(c))) fail('line 1: expected "CPU0 CPU1 ..."');
    const out: Interrupts = {};
    for (let i = 1; i < ls.length; i++) {
      const t = ls[i].trim().split(/\s+/);
      if (!/^[0-9]+:$/.test(t[0])) continue;
      if (t.length < cpus.length + 2) { warnings.push(`line ${i + 1}: too short, skipped`); continue; }
      const name = t[t.length - 1];
      if (!RX_QUEUE.test(name)) continue;
      const counts = t.slice(1, 1 + cpus.length).map((x, k) => counter(x, `line ${i + 1} ${cpus[k]}`));
      if (Object.hasOwn(out, name)) fail(`line ${i + 1}: ${name} appears twice`);
      out[name] = counts;
    }
    return out;
  });
}
