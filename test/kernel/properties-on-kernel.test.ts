// The properties hold on the real kernel (issue 6): every golden/kernel/**/*.json trace is replayed
// through the replay adapter (src/impl/replay.ts) and every property that can be evaluated on one
// recording is checked on it. A recording observes only some counters (`observed`; the rest are
// zero-filled and mean nothing), has trace events only for trace-* recordings and never has
// `internal`, so each property runs only the clauses whose reads were observed
// (Property.checkObserved). The metamorphic properties compare two runs and do not apply.
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import { EVERYTHING, type Observed } from '../../properties/lib/clauses.ts';
import type { ObservedVerdict } from '../../properties/types.ts';
import { simulate } from '../../src/model/index.ts';
import { loadReplayImplementation, type Recording } from '../../src/impl/replay.ts';
import { pathFilter } from '../../src/oracle/counter-paths.ts';
import { KERNEL_GOLDEN } from './golden-files.ts';

const replay = loadReplayImplementation(KERNEL_GOLDEN);
const recordings = replay.recordings;
const single = ALL_PROPERTIES.filter((p) => p.checkObserved);

interface Outcome { id: string; property: string; result: ObservedVerdict }

function observedOf(rec: Recording, events: boolean, internal: boolean): Observed {
  return { counter: pathFilter(rec.trace.observed), events, internal };
}

const outcomes: Outcome[] = [];
const byProperty = (name: string) => outcomes.filter((o) => o.property === name);
const appliedTo = (name: string, clause?: string) =>
  byProperty(name).filter((o) => (clause ? o.result.applied.includes(clause) : o.result.applied.length > 0));

beforeAll(async () => {
  for (const rec of recordings) {
    const events = rec.trace.observations.events !== undefined;
    const obs = await replay.run(rec.trace.scenario, { events });
    const internal = obs.checkpoints.some((c) => c.counters.internal !== undefined);
    for (const p of single) {
      if (!p.profiles.includes(rec.trace.scenario.config.profile)) continue;
      outcomes.push({ id: rec.id, property: p.name, result: p.checkObserved!(rec.trace.scenario, obs, observedOf(rec, events, internal)) });
    }
  }
  const lines = ALL_PROPERTIES.map((p) => {
    if (!p.checkObserved) return `  ${p.name.padEnd(22)} does not apply to a recording: ${p.notOnRecordings}`;
    const clauses = new Map<string, number>();
    for (const o of byProperty(p.name)) for (const c of o.result.applied) clauses.set(c, (clauses.get(c) ?? 0) + 1);
    const detail = [...clauses].map(([c, n]) => `\n      ${String(n).padStart(3)} x ${c}`).join('');
    return `  ${p.name.padEnd(22)} applied to ${appliedTo(p.name).length}/${recordings.length} kernel traces${detail}`;
  });
  console.log(`properties on ${recordings.length} kernel traces (clauses: traces where they ran):\n${lines.join('\n')}`);
});

describe('every property that applies to a recorded kernel trace passes on it', () => {
  it.each(recordings.map((r) => [r.id, r] as const))('%s', (id) => {
    const failed = outcomes.filter((o) => o.id === id && !o.result.verdict.ok);
    expect(failed.map((o) => ({ property: o.property, verdict: o.result.verdict }))).toEqual([]);
    // Every single-run property was evaluated on it.
    expect(outcomes.filter((o) => o.id === id).map((o) => o.property)).toEqual(single.map((p) => p.name));
  });
});

describe('which properties apply to the recorded kernel traces', () => {
  const withEvents = recordings.filter((r) => r.trace.observations.events !== undefined).map((r) => r.id);

  it('the metamorphic properties, and only they, say why one recording is not enough', () => {
    for (const p of ALL_PROPERTIES) {
      expect(Boolean(p.checkObserved), p.name).toBe(!p.notOnRecordings);
      expect(p.notOnRecordings === undefined, p.name).toBe(!p.name.startsWith('metamorphic-'));
    }
  });

  it('there are traced (events) recordings', () => {
    expect(withEvents.length).toBeGreaterThan(0);
  });

  it('budget and napi-contract (events) apply to exactly the traced recordings', () => {
    expect(appliedTo('budget', 'each poll keeps to its weight, the budget and the time limit of its softirq').map((o) => o.id)).toEqual(withEvents);
    expect(appliedTo('napi-contract').map((o) => o.id)).toEqual(withEvents);
  });

  it('backlog applies with events (a drop needs a full queue; CPU_BACKLOG frees vs softnet dropped) and with counters (rx_drop >= dropped)', () => {
    expect(appliedTo('backlog', 'a backlog drop needs a full queue').length).toBeGreaterThan(0);
    expect(appliedTo('backlog', 'CPU_BACKLOG frees >= softnet dropped of the observed CPUs').length).toBeGreaterThan(0);
    expect(appliedTo('backlog', '/proc/net/dev rx_drop + ICMP errors out a veth >= softnet dropped').length).toBeGreaterThan(0);
    // Not vacuous: some applicable trace really dropped on the backlog.
    const dropping = appliedTo('backlog', 'a backlog drop needs a full queue').filter((o) =>
      recordings.find((r) => r.id === o.id)!.trace.observations.checkpoints.at(-1)!.counters.softnet_stat.some((s) => s.dropped > 0));
    expect(dropping.length).toBeGreaterThan(0);
  });

  it('rcvbuf applies with events (SOCKET_RCVBUFF frees = RcvbufErrors) and with counters on every trace', () => {
    expect(appliedTo('rcvbuf', 'receive-buffer drop events = RcvbufErrors').length).toBeGreaterThan(0);
    expect(appliedTo('rcvbuf', 'RcvbufErrors <= InErrors').length).toBe(recordings.length);
    expect(appliedTo('rcvbuf', "sockets' drops >= RcvbufErrors").length).toBeGreaterThan(0);
  });

  it('conservation applies on the counters every recording observes (L3 IPv4, L4 UDP); L1/L2 need softnet processed, which no recording observes', () => {
    expect(appliedTo('conservation', 'L3 IPv4: InReceives = IP-layer drops + InDelivers').length).toBe(recordings.length);
    expect(appliedTo('conservation', 'L4 UDP: InDelivers - Icmp InMsgs = NoPorts + InErrors + IgnoredMulti + InDatagrams + queued').length).toBe(recordings.length);
    expect(appliedTo('conservation', 'L1 netif_rx: loopback/veth count every frame sent').length).toBeGreaterThan(0);
    const core = 'L1 device/core: arrived = ring/ntuple drops + backlog drops + processed + still queued';
    expect(appliedTo('conservation', core)).toEqual([]);
    for (const o of byProperty('conservation')) {
      const missing = o.result.skipped.find((s) => s.clause === core)?.missing ?? [];
      expect(missing.some((m) => /^softnet_stat\[\d+\]\.processed$/.test(m)), o.id).toBe(true);
    }
  });

  it('monotonic and identities apply to every recording', () => {
    expect(appliedTo('monotonic', 'every counter is a non-negative integer that never falls').length).toBe(recordings.length);
    expect(appliedTo('identities', 'Udp InErrors >= RcvbufErrors + InCsumErrors + MemErrors').length).toBe(recordings.length);
    expect(appliedTo('identities', 'softnet dropped <= /proc/net/dev rx_drop + ICMP errors out a veth').length).toBeGreaterThan(0);
  });

  it('flow-limit applies exactly to the 6.1 and 6.12 flow-limit recordings that limit the sending CPU', () => {
    // CONFIG_NET_FLOW_LIMIT: Debian's 6.1 and 6.12 builds have it, this host's 6.18 does not. The recorder
    // observes the sending CPU's flow_limit_count when the scenario's flow_limit_cpu_bitmap has that CPU.
    const limiting = recordings.filter((r) => {
      const sender = r.trace.scenario.workload.find((st) => st.op === 'frames')?.cpu ?? 0;
      return (r.trace.observed ?? []).includes(`softnet_stat[${sender}].flow_limit_count`);
    }).map((r) => r.id).sort();
    expect(limiting.length).toBeGreaterThanOrEqual(4);
    expect(limiting.every((id) => /^linux-6\.1?2?\/flow-limit-/.test(id))).toBe(true);
    expect(appliedTo('flow-limit').map((o) => o.id).sort()).toEqual(limiting);
    for (const o of byProperty('flow-limit')) {
      if (limiting.includes(o.id)) continue;
      const rec = recordings.find((r) => r.id === o.id)!;
      expect((rec.trace.observed ?? []).some((p) => p.endsWith('.flow_limit_count')), o.id).toBe(false);
    }
  });
});

describe('the check is not vacuous', () => {
  const find = (name: string) => recordings.find((r) => r.id === `linux-6.18/${name}`)!;
  const evaluate = (rec: Recording, property: string, obs = structuredClone(rec.trace.observations)) => {
    const p = ALL_PROPERTIES.find((x) => x.name === property)!;
    return p.checkObserved!(rec.trace.scenario, obs, observedOf(rec, obs.events !== undefined, false)).verdict;
  };

  it('a backlog trace whose backlog took fewer than netdev_max_backlog + 1 packets before dropping fails backlog', () => {
    const rec = find('trace-burst40-max10');
    const obs = structuredClone(rec.trace.observations);
    const poll = obs.events!.find((e) => e.event === 'napi_poll')!;
    expect(evaluate(rec, 'backlog', obs).ok).toBe(true);
    (poll as { work: number }).work = 10; // netdev_max_backlog is 10: a drop needs 11 queued
    expect(evaluate(rec, 'backlog', obs)).toMatchObject({ ok: false, path: 'softnet_stat[cpu=1].dropped' });
  });

  it('a rcvbuf trace with one SOCKET_RCVBUFF free fewer than RcvbufErrors fails rcvbuf', () => {
    const rec = find('trace-flood-lo-rcvbuf2304');
    const obs = structuredClone(rec.trace.observations);
    const i = obs.events!.findIndex((e) => e.event === 'kfree_skb' && e.reason === 'SOCKET_RCVBUFF');
    obs.events!.splice(i, 1);
    expect(evaluate(rec, 'rcvbuf', obs)).toMatchObject({ ok: false, path: 'snmp.Udp.RcvbufErrors' });
  });

  it('a counters-only trace whose InDelivers lost a datagram fails conservation (L3)', () => {
    const rec = find('noports-veth');
    const obs = structuredClone(rec.trace.observations);
    obs.checkpoints.at(-1)!.counters.snmp.Ip.InDelivers -= 1;
    expect(evaluate(rec, 'conservation', obs)).toMatchObject({ ok: false, checkpoint: 'end' });
  });
});

describe('on the model everything is observed, so every clause runs', () => {
  it.each(recordings.map((r) => [r.id, r] as const))('%s simulated by the model: checkObserved(everything) = check, nothing skipped', (_id, rec) => {
    const obs = simulate(rec.trace.scenario, { profile: rec.trace.scenario.config.profile, events: true });
    for (const p of single) {
      const r = p.checkObserved!(rec.trace.scenario, obs, EVERYTHING);
      expect(r.skipped, p.name).toEqual([]);
      expect(r.verdict, p.name).toEqual(p.check(rec.trace.scenario, obs));
    }
  });
});
