// What the validator refuses about the workload's close step (CloseStep): a socket named after its close, and the
// closes the model does not predict faithfully, each with the reason (src/model/udp_close.ts models the rest).
import type { Scenario, Socket, Step } from '../generated/schema-types.ts';
import { show } from './messages.ts';

type SocketStep = Extract<Step, { socket: string }>;

function namesSocket(st: Step): st is SocketStep {
  return 'socket' in st;
}

/** Does the scenario set net.ipv4.udp_mem, in its config or in a sysctl step? */
export function setsUdpMem(s: Scenario): boolean {
  return s.config.sysctls?.['net.ipv4.udp_mem'] !== undefined
    || s.workload.some((st) => st.op === 'sysctl' && st.name === 'net.ipv4.udp_mem');
}

function afterCloseMessage(name: string, closedAt: number): string {
  return `must name an open socket: ${show(name)} was closed by /workload/${closedAt} (close), so the application `
    + 'has no descriptor for it any more (EBADF)';
}

function lockedMessage(lockAt: number, until: number): string {
  return `must not close a socket while lock_sock holds it (/workload/${lockAt} holds it until ${until} ns): close `
    + 'would wait for release_sock, and the model runs one application call per socket at a time';
}

const MULTICAST_MESSAGE = 'must not close a socket that joined a multicast group: inet_release\'s ip_mc_drop_socket '
  + 'leaves the group and sends an IGMP leave report, which the model does not model';

const UDP_MEM_MESSAGE = 'must not close a socket in a scenario that sets net.ipv4.udp_mem: 6.x gives a closed '
  + 'socket\'s memory back to udp_mem only after an RCU grace period (SOCK_RCU_FREE: __sk_destruct via call_rcu), '
  + 'at no time the model can name, and under memory pressure that moment decides what the other sockets take';

/** [JSON pointer, message] for each problem of the scenario's close steps. */
export function closeProblems(s: Scenario): [string, string][] {
  const out: [string, string][] = [];
  const closedAt = new Map<string, number>();
  const lockedUntil = new Map<string, { at: number; until: number }>();
  const multicast = new Set((s.config.sockets ?? []).filter((k) => k.multicast !== undefined).map((k) => k.name));
  const udpMem = setsUdpMem(s);
  s.workload.forEach((st, i) => {
    if (!namesSocket(st)) return;
    const base = `/workload/${i}`;
    const closed = closedAt.get(st.socket);
    if (closed !== undefined) {
      out.push([`${base}/socket`, afterCloseMessage(st.socket, closed)]);
      return;
    }
    if (st.op === 'lock_sock') lockedUntil.set(st.socket, { at: i, until: st.at + st.durationNs });
    if (st.op !== 'close') return;
    closedAt.set(st.socket, i);
    const lock = lockedUntil.get(st.socket);
    if (lock !== undefined && st.at <= lock.until) out.push([base, lockedMessage(lock.at, lock.until)]);
    if (multicast.has(st.socket)) out.push([`${base}/socket`, MULTICAST_MESSAGE]);
    if (udpMem) out.push([base, UDP_MEM_MESSAGE]);
  });
  return out;
}

/** The config's sockets still open when workload step `step` runs (a close step before it removes its socket). */
export function socketsOpenAt(s: Scenario, step: number): Socket[] {
  const closed = new Set<string>();
  s.workload.slice(0, step).forEach((st) => { if (st.op === 'close') closed.add(st.socket); });
  const all = s.config.sockets ?? [];
  return closed.size === 0 ? all : all.filter((k) => !closed.has(k.name));
}
