// A burst of B packets onto one CPU's backlog inside one BH-disabled section: a tc clsact egress
// u32 match-all filter on the injecting end carries B `mirred ingress` actions to the receiving
// veth (net/sched/act_mirred.c: at egress, to ingress -> netif_rx -> enqueue_to_backlog). A filter
// holds at most 32 actions (TCA_ACT_MAX_PRIO), so the actions are split over filters chained by
// `continue`; the last action redirects the original, so exactly B packets arrive.
// A light flow mixed in (FramesStep.interleave) is made by rewriting the original between copies
// into the light flow's frame and back: one `pedit munge offset O u8 set V` key per byte the two
// frames differ in (the source port and the UDP checksum), offsets from the IP header
// (act_pedit.c: the network header; it unclones the original first, so the copies already made
// keep their bytes). Each copy's flow hash is computed when it is enqueued (dev.c:skb_flow_limit,
// get_rps_cpu -> skb_get_hash), from its own port.
// A veth in NAPI mode (src/model/veth.ts) takes a burst through veth_xmit instead: the filter sits on a
// second veth pair's end in the namespace (topology.ts burstSource) and its `mirred egress` actions transmit
// each copy on the injecting end, still inside the one BH-disabled section of the original's dev_queue_xmit.
import { run } from './exec.ts';

/** One byte of the frame to set, `offset` bytes from the start of its IP header. */
export interface ByteEdit { offset: number; value: number }

/** What the burst carries: `count` packets; with a light flow, every `every`-th is the light one. */
export interface BurstShape {
  count: number;
  light?: { every: number; toLight: readonly ByteEdit[]; toHeavy: readonly ByteEdit[] };
}

/** The byte edits (from the IP header at `ipOffset`) that turn frame `from` into frame `to` (same length). */
export function byteEdits(from: Uint8Array, to: Uint8Array, ipOffset: number): ByteEdit[] {
  if (from.length !== to.length) throw new RangeError(`frames of ${from.length} and ${to.length} bytes`);
  const out: ByteEdit[] = [];
  for (let i = ipOffset; i < from.length; i++) if (from[i] !== to[i]) out.push({ offset: i - ipOffset, value: to[i]! });
  for (let i = 0; i < ipOffset; i++) if (from[i] !== to[i]) throw new RangeError(`the frames differ before the IP header (byte ${i})`);
  return out;
}

function pedit(edits: readonly ByteEdit[]): string[] {
  return ['pedit', ...edits.flatMap((e) => ['munge', 'offset', String(e.offset), 'u8', 'set', String(e.value)])];
}

export const ACTIONS_PER_FILTER = 32;

/**
 * Where the copies go: `ingress` hands each to the receiving veth's netif_rx (act_mirred.c: from egress to
 * ingress), bypassing veth_xmit; `egress` transmits each on the injecting end (dev_queue_xmit -> veth_xmit),
 * the path a veth in NAPI mode queues on its ring (the filter then sits on another device).
 */
export type BurstDirection = 'ingress' | 'egress';

/** The actions of a burst, in order, each as its tc arguments after `action` (no control verb). */
function burstActions(to: string, shape: BurstShape, direction: BurstDirection): string[][] {
  const out: string[][] = [];
  const light = shape.light;
  let isLight = false;
  for (let k = 0; k < shape.count; k++) {
    const want = light !== undefined && k % light.every === light.every - 1;
    if (want !== isLight) {
      out.push(pedit(want ? light!.toLight : light!.toHeavy));
      isLight = want;
    }
    out.push(['mirred', direction, k === shape.count - 1 ? 'redirect' : 'mirror', 'dev', to]);
  }
  return out;
}

/** The control verb after an action: the next action (pipe), the next filter (continue), or none for the last. */
function withControl(action: string[], last: boolean, lastOfFilter: boolean): string[] {
  if (last) return action;
  return [...action, lastOfFilter ? 'continue' : 'pipe'];
}

/** The tc filter commands (arguments after `tc -n NS`) that make a burst of `shape.count` packets. */
export function burstFilterCommands(from: string, to: string, shape: BurstShape, direction: BurstDirection = 'ingress'): string[][] {
  const b = shape.count;
  if (!Number.isInteger(b) || b < 1) throw new RangeError(`burst size must be a positive integer (got ${b})`);
  const actions = burstActions(to, shape, direction);
  const cmds: string[][] = [];
  for (let i = 0; i < actions.length; i += ACTIONS_PER_FILTER) {
    const chunk = actions.slice(i, i + ACTIONS_PER_FILTER);
    const args = ['filter', 'add', 'dev', from, 'egress', 'prio', String(cmds.length + 1), 'u32', 'match', 'u32', '0', '0'];
    chunk.forEach((a, j) => {
      const last = i + j === actions.length - 1;
      args.push('action', ...withControl(a, last, j === chunk.length - 1));
    });
    cmds.push(args);
  }
  return cmds;
}

/** Why installBurst failed for a burst with a light flow: the kernel lacks the action that rewrites frames. */
export function portRewriteMessage(cause: string): string {
  return 'a burst with a light flow (interleave) needs the tc pedit action (CONFIG_NET_ACT_PEDIT), '
    + `which this kernel could not load: ${cause}`;
}

export function installBurst(ns: string, from: string, to: string, shape: BurstShape, direction: BurstDirection = 'ingress'): void {
  run('tc', ['-n', ns, 'qdisc', 'replace', 'dev', from, 'clsact']);
  for (const args of burstFilterCommands(from, to, shape, direction)) run('tc', ['-n', ns, ...args]);
}

export function removeBurst(ns: string, from: string): void {
  run('tc', ['-n', ns, 'qdisc', 'del', 'dev', from, 'clsact'], { allowFail: true });
}
