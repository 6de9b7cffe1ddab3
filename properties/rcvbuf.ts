// Property 3: receive-buffer accounting of UDP sockets.
// sk_rcvbuf: net/core/sock.c:sock_setsockopt (3.13) / __sock_set_rcvbuf (6.18): val (u32) capped at
//   rmem_max unless SO_RCVBUFFORCE, doubled, at least SOCK_MIN_RCVBUF (2304 on x86_64).
// Charged memory: skb_set_owner_r adds truesize to sk_rmem_alloc when a datagram is queued.
//   3.13 sock_rfree subtracts it when recvmsg frees the skb; 6.18 udp_rmem_release defers the
//   subtraction (forward_deficit) until 1/4 rcvbuf has been read or the reader queue drains, and
//   /proc/net/udp rx_queue = rmem_alloc - forward_deficit (udp4_format_sock).
// Admission: 3.13 sock_queue_rcv_skb drops when rmem_alloc >= sk_rcvbuf (sock_rcvqueue_full
//   fires, -ENOMEM: RcvbufErrors + InErrors, "charged twice"); the earlier sk_rcvqueues_full test
//   (rmem + backlog > rcvbuf) drops with InErrors only (spec 6b quirk).
//   6.18 __udp_enqueue_schedule_skb drops when rmem + truesize > rcvbuf and the queue is not empty
//   (kfree_skb SOCKET_RCVBUFF; RcvbufErrors + InErrors always); 6.1 and 6.12 only when rmem > rcvbuf,
//   so one datagram overshoots the buffer.
// Truesize: each queued datagram stays charged the skb->truesize its frame was built with (behind an XDP program
// that passes frames, the truesize of its copy: a range), which
//   depends on the device (igb RX buffers for a NIC frame, the sender's allocation for loopback and
//   veth: frameTruesize), not only on the payload.
// InDatagrams: net/ipv4/udp.c:udp_recvmsg, once per datagram read (never at enqueue).
import { PROFILES } from '../src/spec/registry.ts';
import type { FramesStep, Observations, ProfileName, Scenario, SetsockoptStep, Snapshot, Socket } from '../src/generated/schema-types.ts';
import fc from 'fast-check';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { udpGroScenarioArbitrary, udpGroScenariosFit } from '../src/arbitraries/udp-gro-scenarios.ts';
import { xdpScenarioArbitrary, xdpScenariosFit } from '../src/arbitraries/xdp-scenarios.ts';
import { kernelProfile } from '../src/model/profile.ts';
import { frameLenOf, frameTruesize, reassembledTruesizes } from '../src/model/truesize.ts';
import { xdpCowTruesizeRange } from '../src/model/veth.ts';
import { udpGroSocketNames } from '../src/spec/udp-gro.ts';
import { UDP_GRO_CNT_MAX } from '../src/model/udp_gro.ts';
import { deviceMtu, isFragmented } from '../src/spec/ip-fragment.ts';
import { sysctlDefault } from '../src/arbitraries/schema-ranges.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, udpPaths } from './lib/clauses.ts';
import { closedBefore, droppedByAllSockets, eventsOf, udpBoth, udpBothPaths } from './lib/observations.ts';
import { socketsOpenAt } from '../src/spec/close-problems.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

/** include/net/sock.h:SOCK_MIN_RCVBUF = 2048 + SKB_DATA_ALIGN(sizeof(struct sk_buff)), x86_64, both profiles. */
export const SOCK_MIN_RCVBUF = 2304;
const INT_MAX = 0x7fffffff;

/** sk_rcvbuf after setsockopt(SO_RCVBUF[FORCE], val), or rmem_default when not set. */
export function expectedRcvbuf(profile: ProfileName, sk: Socket, sysctls: Scenario['config']['sysctls']): number {
  const rmemDefault = sysctls?.['net.core.rmem_default'] ?? sysctlDefault(profile, 'net.core.rmem_default');
  if (sk.soRcvbuf === undefined) return rmemDefault;
  const rmemMax = sysctls?.['net.core.rmem_max'] ?? sysctlDefault(profile, 'net.core.rmem_max');
  const force = sk.soRcvbufForce === true;
  if (profile === 'linux-3.13') {
    // val = min_t(u32, val, sysctl_rmem_max); sk_rcvbuf = max_t(u32, val * 2, SOCK_MIN_RCVBUF)
    let v = sk.soRcvbuf >>> 0;
    if (!force) v = Math.min(v, rmemMax >>> 0);
    return Math.max((v * 2) >>> 0, SOCK_MIN_RCVBUF) | 0;
  }
  // 6.x: SO_RCVBUF min_t(u32, val, rmem_max); SO_RCVBUFFORCE max(val, 0); then
  // __sock_set_rcvbuf: val = min_t(int, val, INT_MAX / 2); max_t(int, val * 2, SOCK_MIN_RCVBUF)
  let v = force ? Math.max(sk.soRcvbuf | 0, 0) : Math.min(sk.soRcvbuf >>> 0, rmemMax >>> 0) | 0;
  v = Math.min(v, Math.floor(INT_MAX / 2));
  return Math.max(v * 2, SOCK_MIN_RCVBUF);
}

/**
 * sk_rcvbuf in force at workload step `step`: the last SO_RCVBUF setsockopt on the socket before it, else the
 * configured one; undefined when net.core.rmem_max changed before that setsockopt capped with it.
 */
export function rcvbufAt(profile: ProfileName, sk: Socket, scenario: Scenario, step: number): number | undefined {
  const before = scenario.workload.slice(0, step);
  let i = -1;
  before.forEach((st, j) => { if (st.op === 'setsockopt' && st.socket === sk.name && st.soRcvbuf !== undefined) i = j; });
  if (i < 0) return expectedRcvbuf(profile, sk, scenario.config.sysctls);
  const set = before[i] as SetsockoptStep;
  const rmemMaxChanged = before.slice(0, i).some((st) => st.op === 'sysctl' && st.name === 'net.core.rmem_max');
  if (rmemMaxChanged && !set.soRcvbufForce) return undefined;
  const asSet = { ...sk, soRcvbuf: set.soRcvbuf, soRcvbufForce: set.soRcvbufForce === true };
  return expectedRcvbuf(profile, asSet, scenario.config.sysctls);
}

/**
 * The truesizes a datagram queued on `sk` can have been charged: one per kind of frame addressed
 * to its port (UDP frames only; a superset of what reached it, which keeps the bounds below true).
 * Clones for more multicast or broadcast receivers keep the truesize (net/core/skbuff.c:__skb_clone).
 */
export function truesizesTo(scenario: Scenario, sk: Socket): Set<number> {
  const devices = new Map((scenario.config.devices ?? []).map((d) => [d.name, d]));
  const out = new Set<number>();
  for (const s of scenario.workload) {
    if (s.op !== 'frames' || s.flow.dport !== sk.port || (s.flow.proto ?? 17) !== 17) continue;
    const dev = devices.get(s.device);
    const kind = dev?.kind;
    if (!dev || !kind) continue;
    const mtu = deviceMtu(dev);
    // an XDP program that passes frames hands on its copy (veth.c:veth_convert_skb_to_xdp_buff): a page, or a page-pool
    // fragment that depends on the ones before it (src/model/veth.ts)
    if (devices.get(s.device)?.xdp === 'pass') {
      for (const t of xdpCowTruesizeRange(kernelProfile(scenario.config.profile), frameLenOf(s))) out.add(t);
      continue;
    }
    // a datagram the sender fragments is charged as its order reassembles it (crafted fragments make other pieces)
    if (s.fragments !== undefined && isFragmented(dev, s, scenario.config.profile)) {
      for (const t of reassembledTruesizes(scenario.config.profile, s, mtu)) out.add(t);
    } else {
      out.add(frameTruesize(scenario.config.profile, kind, s, mtu));
    }
  }
  return out;
}

interface ChargedSock { rmem_alloc: number; rcvbuf: number; queued: number }

/** What each profile's admission rule lets sk_rmem_alloc reach, given the largest truesize sent. */
interface AdmissionBound {
  rule: string;
  /** true: the socket holds more than the rule lets in. */
  exceeded(st: ChargedSock, maxTruesize: number): boolean;
  bound(st: ChargedSock, maxTruesize: number): string;
  /** A datagram the rule drops (a sock_rcvqueue_full event must be one). */
  drops(rmem: number, truesize: number, rcvbuf: number): boolean;
}

/** The profile's own admission rule (profile-udp.ts udpAdmit, cited there): what it refuses. */
const refusedBy = (profile: ProfileName) => (rmem: number, truesize: number, rcvbuf: number): boolean =>
  !kernelProfile(profile).udp.udpAdmit(rmem, truesize, rcvbuf);

// 6.1.192 / 6.12.118 __udp_enqueue_schedule_skb: admitted while rmem_alloc <= sk_rcvbuf (profile-udp.ts
// udpAdmit61 / udpAdmit612), so rmem_alloc stays within sk_rcvbuf + the largest truesize.
const overshootByOne = (profile: ProfileName): AdmissionBound => ({
  rule: '__udp_enqueue_schedule_skb admits while rmem_alloc <= sk_rcvbuf',
  exceeded: (st, m) => st.queued > 0 && st.rmem_alloc > st.rcvbuf + m,
  bound: (st, m) => `<= ${st.rcvbuf + m}`,
  drops: refusedBy(profile),
});

const ADMISSION: Readonly<Record<ProfileName, AdmissionBound>> = {
  'linux-3.13': {
    rule: 'sock_queue_rcv_skb admits only while rmem_alloc < sk_rcvbuf',
    exceeded: (st, m) => st.queued > 0 && st.rmem_alloc >= st.rcvbuf + m,
    bound: (st, m) => `< ${st.rcvbuf + m}`,
    drops: (rmem, _truesize, rcvbuf) => rmem >= rcvbuf, // sock_queue_rcv_skb fires sock_rcvqueue_full exactly then
  },
  'linux-6.1': overshootByOne('linux-6.1'),
  'linux-6.12': overshootByOne('linux-6.12'),
  'linux-6.18': {
    rule: 'linux-6.18 __udp_enqueue_schedule_skb admits a datagram that does not fit only into an empty queue',
    exceeded: (st, m) => st.rmem_alloc > st.rcvbuf && (st.queued > 1 || st.rmem_alloc > m),
    bound: (st) => `<= ${st.rcvbuf}, or one datagram alone`,
    drops: refusedBy('linux-6.18'),
  },
};

/** Why a socket holds more than its profile's admission rule lets in. */
function overAdmittedMessage(sk: Socket, st: ChargedSock, maxTruesize: number, profile: ProfileName): string {
  return (
    `socket ${sk.name}: ${st.rmem_alloc} bytes charged for ${st.queued} queued datagrams with sk_rcvbuf ${st.rcvbuf} ` +
    `(truesize at most ${maxTruesize}): ${ADMISSION[profile].rule}`
  );
}

/** Why the bytes charged to a socket do not add up to the truesizes of the datagrams it holds. */
function chargeMessage(sk: Socket, queued: number, charged: number, sizes: readonly number[], profile: ProfileName): string {
  const what = profile === 'linux-3.13' ? 'sk_rmem_alloc' : 'sk_rmem_alloc - forward_deficit';
  const release = profile === 'linux-3.13' ? 'sock_rfree' : 'udp_rmem_release';
  const per = sizes.length === 1
    ? `each charged its truesize ${sizes[0]}`
    : `each charged one of the truesizes ${sizes.join(', ')} of the frames sent to port ${sk.port}`;
  return (
    `socket ${sk.name}: ${queued} datagrams queued with ${what} = ${charged} bytes, but ${per} ` +
    `(skb_set_owner_r adds skb->truesize when a datagram is queued, ${release} takes it back after it is read)`
  );
}

/**
 * SO_RXQ_OVFL never reports more than the socket dropped: a datagram carries sk_drops as it was when queued
 * (sock_queue_rcv_skb, sock_skb_set_dropcount), and sk_drops only grows. An open socket's drops are its
 * /proc/net/udp row's; a closed one's what internal.closed kept.
 */
function rxqOvflBeyondDrops(snap: Snapshot, c: Clauses): { message: string; detail: { path: string; expected: string; actual: number } } | null {
  const rows = snap.rxq_ovfl ?? [];
  for (let i = 0; i < rows.length; i++) {
    const { name, value } = rows[i]!;
    const open = snap.udp.findIndex((r) => r.name === name);
    const closed = snap.internal?.closed?.find((k) => k.name === name);
    const reads = open >= 0 ? { counters: [`rxq_ovfl[${i}].value`, `udp[${open}].drops`] } : { counters: [`rxq_ovfl[${i}].value`], internal: true };
    const drops = open >= 0 ? snap.udp[open]!.drops : closed?.drops;
    if (drops === undefined || !c.can("SO_RXQ_OVFL <= the socket's drops", reads) || value <= drops) continue;
    return {
      message: `socket ${name}: SO_RXQ_OVFL gave ${value} but the socket dropped only ${drops}: a datagram carries sk_drops as it was when queued`,
      detail: { path: `rxq_ovfl[${name}].value`, expected: `<= ${drops}`, actual: value },
    };
  }
  return null;
}

export function checkRcvbuf(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  // sockets with UDP_GRO at some time (at creation or by a setsockopt step): an skb may hold UDP_GRO_CNT_MAX segments
  const groSockets = udpGroSocketNames(scenario);
  const full = eventsOf(obs, 'sock_rcvqueue_full');
  const kfree = eventsOf(obs, 'kfree_skb');
  let readsSoFar = 0;
  let unboundedRead = false;
  let nextStep = 0;

  if (obs.events && c.can('sock_rcvqueue_full fires only when the buffer is full', { events: true })) for (const e of full) {
    // 3.13 sock_queue_rcv_skb fires the tracepoint exactly when rmem_alloc >= sk_rcvbuf.
    const ok = ADMISSION[profile].drops(e.rmem_alloc, e.truesize, e.sk_rcvbuf);
    if (!ok) {
      const rule = ADMISSION[profile].rule;
      const fn = profile === 'linux-3.13' ? 'sock_queue_rcv_skb' : '__udp_enqueue_schedule_skb';
      const seen = `rmem_alloc ${e.rmem_alloc}, truesize ${e.truesize}, sk_rcvbuf ${e.sk_rcvbuf}`;
      return fail(`sock_rcvqueue_full with ${seen}: ${fn} drops only what it does not admit (${rule})`, { path: `events[${e.i}]`, expected: rule, actual: seen });
    }
  }

  for (const cp of obs.checkpoints) {
    const snap = cp.counters;
    const where = { checkpoint: cp.label, step: cp.step };
    for (; nextStep < Math.min(cp.step, scenario.workload.length); nextStep++) {
      const st = scenario.workload[nextStep];
      if (st.op === 'read') {
        if (st.count === undefined) unboundedRead = true;
        else readsSoFar += st.count;
      }
    }
    // both families: a socket's reads and drops count in Udp or Udp6 by the datagram's family
    const inDatagrams = udpBoth(snap, 'InDatagrams');
    const rcvbufErrors = udpBoth(snap, 'RcvbufErrors');
    const inErrors = udpBoth(snap, 'InErrors');
    const errPaths = [...udpBothPaths(snap, 'InErrors'), ...udpBothPaths(snap, 'RcvbufErrors')];
    if (!unboundedRead && c.can('InDatagrams counts reads, not arrivals', { counters: udpBothPaths(snap, 'InDatagrams') }) && inDatagrams > readsSoFar) {
      return fail(`InDatagrams is ${inDatagrams} but the application asked for only ${readsSoFar} datagrams so far: udp_recvmsg counts a datagram when it is read, not when it is queued`, { ...where, path: 'snmp.Udp.InDatagrams', expected: `<= ${readsSoFar}`, actual: inDatagrams });
    }
    if (c.can('RcvbufErrors <= InErrors', { counters: errPaths }) && inErrors < rcvbufErrors) {
      return fail(`RcvbufErrors ${rcvbufErrors} > InErrors ${inErrors}: every -ENOMEM drop is charged to both (__udp_queue_rcv_skb)`, { ...where, path: 'snmp.Udp.InErrors', expected: `>= ${rcvbufErrors}`, actual: inErrors });
    }
    if (obs.events && cp.label === 'end' && c.can('receive-buffer drop events = RcvbufErrors', { events: true, counters: udpBothPaths(snap, 'RcvbufErrors') })) {
      const n = profile === 'linux-3.13' ? full.length : kfree.filter((e) => e.reason === 'SOCKET_RCVBUFF').length;
      if (n !== rcvbufErrors) {
        return fail(
          profile === 'linux-3.13'
            ? `${n} sock_rcvqueue_full events (rmem_alloc >= sk_rcvbuf in sock_queue_rcv_skb, -ENOMEM) but RcvbufErrors is ${rcvbufErrors}: each is charged to RcvbufErrors and InErrors`
            : `${n} datagrams freed with reason SOCKET_RCVBUFF but RcvbufErrors is ${rcvbufErrors}: linux-6.18 charges every receive-buffer drop to RcvbufErrors and InErrors`,
          { ...where, path: 'snmp.Udp.RcvbufErrors', expected: n, actual: rcvbufErrors },
        );
      }
    }
    if (obs.events && cp.label === 'end' && profile === 'linux-3.13' && c.can('linux-3.13 sk_rcvqueues_full drops count in InErrors', { events: true, counters: errPaths })) {
      // sk_rcvqueues_full drops (rmem + backlog > rcvbuf) are charged to InErrors only (udpv6_queue_rcv_skb: Udp6's).
      const backlogFull = kfree.filter((e) => /:udp(v6)?_queue_rcv_skb$/.test(e.location)).length;
      if (inErrors < rcvbufErrors + backlogFull) {
        return fail(`Udp InErrors ${inErrors} < RcvbufErrors ${rcvbufErrors} + ${backlogFull} sk_rcvqueues_full drops: udp_queue_rcv_skb charges every drop to InErrors`, { ...where, path: 'snmp.Udp.InErrors', expected: `>= ${rcvbufErrors + backlogFull}`, actual: inErrors });
      }
    }
    // a closed socket's drops: internal.closed (its row is gone)
    const drops = droppedByAllSockets(scenario, cp);
    const dropReads = { counters: ['snmp.Udp.RcvbufErrors', ...udpPaths(snap, 'drops')], internal: closedBefore(scenario, cp.step) };
    if (drops !== undefined && c.can("sockets' drops >= RcvbufErrors", dropReads) && drops < rcvbufErrors) {
      return fail(`RcvbufErrors is ${rcvbufErrors} but the sockets' drops add up to ${drops}: each receive-buffer drop bumps sk_drops`, { ...where, path: 'udp[*].drops', expected: `>= ${rcvbufErrors}`, actual: drops });
    }
    const overReported = rxqOvflBeyondDrops(snap, c);
    if (overReported) return fail(overReported.message, { ...where, ...overReported.detail });
    for (const sk of socketsOpenAt(scenario, cp.step)) {
      const row = snap.udp.find((r) => r.name === sk.name);
      if (!row) {
        const names = snap.udp.map((r) => r.name);
        return fail(`/proc/net/udp has no row for socket ${sk.name}`, { ...where, path: 'udp', expected: `a row named ${sk.name}`, actual: names });
      }
      const st = snap.internal?.sockets?.find((s) => s.name === sk.name);
      if (!st || !c.can('socket memory accounting (internal)', { internal: true, counters: [`udp[${snap.udp.indexOf(row)}].rx_queue`] })) continue;
      const want = rcvbufAt(profile, sk, scenario, cp.step);
      if (want !== undefined && st.rcvbuf !== want) {
        return fail(`socket ${sk.name}: sk_rcvbuf is ${st.rcvbuf}, SO_RCVBUF${sk.soRcvbufForce ? 'FORCE' : ''}(${sk.soRcvbuf ?? 'unset'}) gives ${want}`, { ...where, path: `internal.sockets[${sk.name}].rcvbuf`, expected: want, actual: st.rcvbuf });
      }
      const rxq = profile === 'linux-3.13' ? st.rmem_alloc : st.rmem_alloc - st.forward_deficit;
      if (row.rx_queue !== rxq) {
        return fail(`socket ${sk.name}: rx_queue is ${row.rx_queue} but ${profile === 'linux-3.13' ? 'sk_rmem_alloc' : 'sk_rmem_alloc - forward_deficit'} is ${rxq} (udp4_format_sock)`, { ...where, path: `udp[${sk.name}].rx_queue`, expected: rxq, actual: row.rx_queue });
      }
      if (profile === 'linux-3.13' && st.forward_deficit !== 0) {
        return fail(`socket ${sk.name}: forward_deficit ${st.forward_deficit} in linux-3.13, which frees memory at once on read (sock_rfree)`, { ...where, path: `internal.sockets[${sk.name}].forward_deficit`, expected: 0, actual: st.forward_deficit });
      }
      if (st.queued === 0 && st.rmem_alloc !== 0) {
        return fail(`socket ${sk.name}: nothing queued but ${st.rmem_alloc} bytes still charged (${profile === 'linux-3.13' ? 'sock_rfree releases truesize when recvmsg frees the skb' : 'udp_rmem_release releases everything once the reader queue drains'})`, { ...where, path: `internal.sockets[${sk.name}].rmem_alloc`, expected: 0, actual: st.rmem_alloc });
      }
      // Each queued datagram is charged its own skb->truesize, fixed when the skb was built
      // (skb_set_owner_r), so the charge lies between queued * the smallest and queued * the
      // largest truesize of the frames sent to the port, and is exactly queued * t when they all
      // have the same truesize t. A UDP_GRO socket's skb carries its merged segments' truesize too
      // (skb_gro_receive): counted by the datagrams its skbs carry (queued_segments), down to its head's alone
      // where skb_condense pulled them into it (a socket more than half full): at least one truesize per skb.
      const sizes = [...truesizesTo(scenario, sk)].sort((a, b) => a - b);
      const charged = st.rmem_alloc - st.forward_deficit;
      const datagrams = st.queued_segments ?? st.queued;
      const lo = st.queued * (sizes[0] ?? 0);
      const hi = datagrams * (sizes.at(-1) ?? 0);
      if (charged < lo || charged > hi) {
        return fail(chargeMessage(sk, datagrams, charged, sizes, profile), {
          ...where,
          path: `internal.sockets[${sk.name}].rmem_alloc`,
          expected: lo === hi ? lo + st.forward_deficit : `${lo + st.forward_deficit}..${hi + st.forward_deficit}`,
          actual: st.rmem_alloc,
        });
      }
      // Admission bounds what can be charged (reads only lower sk_rmem_alloc): ADMISSION above. The largest skb a
      // UDP_GRO socket is offered holds UDP_GRO_CNT_MAX segments.
      const maxTruesize = (sizes.at(-1) ?? 0) * (groSockets.has(sk.name) ? UDP_GRO_CNT_MAX : 1);
      const overAdmitted = ADMISSION[profile].exceeded(st, maxTruesize);
      if (overAdmitted) {
        return fail(overAdmittedMessage(sk, st, maxTruesize, profile), {
          ...where,
          path: `internal.sockets[${sk.name}].rmem_alloc`,
          expected: ADMISSION[profile].bound(st, maxTruesize),
          actual: st.rmem_alloc,
        });
      }
    }
  }
  return pass;
}

export const rcvbufProperty: Property = {
  name: 'rcvbuf',
  title: 'socket receive-buffer accounting, admission and RcvbufErrors/InErrors charging follow the profile',
  rule: 'net/core/sock.c:sock_queue_rcv_skb, net/core/sock.c:sock_rfree (3.13); net/ipv4/udp.c:__udp_enqueue_schedule_skb, net/ipv4/udp.c:udp_rmem_release (6.18); net/ipv4/udp.c:__udp_queue_rcv_skb; net/ipv4/udp.c:udp_recvmsg',
  reads: 'events',
  profiles: PROFILES,
  arbitrary: (profile, o) => {
    const generic = scenarioArbitrary(profile, {
      name: 'rcvbuf', tags: o?.tags,
      bias: {
        tinyRcvbuf: 0.85, reads: 0.8, partialReads: 0.5, lockSock: 0.4, checkpoints: 0.7, bigPayload: 0.3, errors: 0.15,
        memPressure: 0.1, loopback: 0.4,
      },
    });
    // UDP GRO's merged skbs (queued_segments, skb_condense), which the generic mix seldom makes
    const focused = [
      ...(udpGroScenariosFit(profile, o?.tags) ? [{ arbitrary: udpGroScenarioArbitrary(profile, 'rcvbuf-udp-gro'), weight: 1 }] : []),
      // XDP_PASS copies: page-pool fragments charged by what came before them
      ...(xdpScenariosFit(profile, o?.tags) ? [{ arbitrary: xdpScenarioArbitrary(profile, 'rcvbuf-xdp'), weight: 1 }] : []),
    ];
    return focused.length === 0 ? generic : fc.oneof({ arbitrary: generic, weight: 4 }, ...focused);
  },
  ...clausal(checkRcvbuf),
};
