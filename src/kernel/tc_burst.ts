// A burst of B packets onto one CPU's backlog inside one BH-disabled section: a tc clsact egress
// u32 match-all filter on the injecting end carries B `mirred ingress` actions to the receiving
// veth (net/sched/act_mirred.c: at egress, to ingress -> netif_rx -> enqueue_to_backlog). A filter
// holds at most 32 actions (TCA_ACT_MAX_PRIO), so the actions are split over filters chained by
// `continue`; the last action redirects the original, so exactly B packets arrive.
import { run } from './exec.ts';

export const ACTIONS_PER_FILTER = 32;

/** The tc filter commands (arguments after `tc -n NS`) that make a burst of `b` packets. */
export function burstFilterCommands(from: string, to: string, b: number): string[][] {
  if (!Number.isInteger(b) || b < 1) throw new RangeError(`burst size must be a positive integer (got ${b})`);
  const cmds: string[][] = [];
  let left = b;
  let prio = 1;
  while (left > 0) {
    const k = Math.min(ACTIONS_PER_FILTER, left);
    left -= k;
    const args = ['filter', 'add', 'dev', from, 'egress', 'prio', String(prio), 'u32', 'match', 'u32', '0', '0'];
    for (let i = 0; i < k - 1; i++) args.push('action', 'mirred', 'ingress', 'mirror', 'dev', to);
    if (left === 0) args.push('action', 'mirred', 'ingress', 'redirect', 'dev', to);
    else args.push('action', 'mirred', 'ingress', 'mirror', 'dev', to, 'continue');
    cmds.push(args);
    prio += 1;
  }
  return cmds;
}

export function installBurst(ns: string, from: string, to: string, b: number): void {
  run('tc', ['-n', ns, 'qdisc', 'replace', 'dev', from, 'clsact']);
  for (const args of burstFilterCommands(from, to, b)) run('tc', ['-n', ns, ...args]);
}

export function removeBurst(ns: string, from: string): void {
  run('tc', ['-n', ns, 'qdisc', 'del', 'dev', from, 'clsact'], { allowFail: true });
}
