// The rcvbuf property charges each queued datagram the truesize its frame was built with: a NIC
// frame (igb's half-page buffers) and a loopback or veth frame (the sender's __ip_append_data) of
// the same payload are charged differently, so a socket receiving both holds a charge that is no
// multiple of one truesize. `rxpath check --seed 3` found it (one NIC and two loopback frames of
// 1472 bytes on linux-3.13); the property now derives the truesize of every frame.
import { describe, expect, test } from 'vitest';
import type { Observations, ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { checkRcvbuf, rcvbufProperty, truesizesTo } from '../../properties/rcvbuf.ts';
import { frameTruesize } from '../../src/model/truesize.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];
const KINDS = ['nic', 'loopback', 'veth'] as const;

/** The rmem_alloc the implementation charges for one datagram of `payload` bytes on a device of `kind`. */
function charged(profile: ProfileName, kind: (typeof KINDS)[number], payload: number, flags?: 'ip_options'): number {
  const device = kind === 'nic' ? { name: 'd0', kind, rxQueues: 1, gro: false } : kind === 'veth' ? { name: 'd0', kind, peer: 'p0' } : { name: 'd0', kind };
  const o = simulate({
    name: 'one-datagram',
    config: { profile, cpus: 1, devices: [device], sockets: [{ name: 's0', port: 5000 }] },
    workload: [{ at: 0, op: 'frames', device: 'd0', count: 1, flow: { dport: 5000 }, payload, ...(flags ? { flags: [flags] } : {}) }],
  });
  return o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc;
}

describe('frameTruesize', () => {
  // around every NIC buffer and copy-break edge, and the largest datagram
  const payloads = [0, 64, 214, 215, 1472, 2005, 2006, 4054, 9000, 65507];
  for (const profile of PROFILES) {
    for (const kind of KINDS) {
      test(`is what the model charges for a ${kind} datagram [${profile}]`, () => {
        for (const payload of payloads) {
          expect(frameTruesize(profile, kind, { at: 0, op: 'frames', device: 'd0', flow: { dport: 5000 }, payload }), `payload ${payload}`).toBe(charged(profile, kind, payload));
        }
      });
    }
  }

  test('a NIC frame and a loopback frame of the same payload are charged differently', () => {
    expect(charged('linux-3.13', 'nic', 1472)).not.toBe(charged('linux-3.13', 'loopback', 1472));
    expect(charged('linux-6.18', 'nic', 64)).not.toBe(charged('linux-6.18', 'loopback', 64));
  });
});

describe('the rcvbuf property on mixed devices', () => {
  // the counterexample of `rxpath check --seed 3`
  const mixed: Scenario = {
    name: 'rcvbuf-nic-and-loopback',
    config: {
      profile: 'linux-3.13', cpus: 1,
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '1' }] }, { name: 'lo', kind: 'loopback' }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 }, gapNs: 1, payload: 1472 },
      { at: 0, op: 'frames', device: 'lo', count: 2, flow: { dport: 5000 }, payload: 1472 },
    ],
  };
  const run = (s: Scenario) => simulate(s, { events: true });

  test('holds: the charge is the sum of the two kinds of truesize', () => {
    const [nic, lo] = mixed.workload.map((w) => (w.op === 'frames' ? frameTruesize('linux-3.13', w.device === 'lo' ? 'loopback' : 'nic', w) : 0));
    expect(truesizesTo(mixed, mixed.config.sockets![0])).toEqual(new Set([nic, lo]));
    const st = run(mixed).checkpoints.at(-1)!.counters.internal!.sockets![0];
    expect(st.queued).toBe(3);
    expect(st.rmem_alloc).toBe(nic + 2 * lo);
    expect(st.rmem_alloc % 3).not.toBe(0);
    expect(rcvbufProperty.check(mixed, run(mixed))).toEqual({ ok: true });
  });

  /** The observations with the socket charged `by` bytes more than it holds. */
  function overcharged(o: Observations, by: number): Observations {
    const c = structuredClone(o);
    const end = c.checkpoints.at(-1)!.counters;
    end.internal!.sockets![0].rmem_alloc += by;
    end.udp[0].rx_queue += by;
    return c;
  }

  test('fails on a charge outside the truesizes of the frames sent, naming expected and actual', () => {
    const o = run(mixed);
    const [lo, hi] = [...truesizesTo(mixed, mixed.config.sockets![0])].sort((a, b) => a - b);
    for (const by of [3 * hi - o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc + 1, -1 - (o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc - 3 * lo)]) {
      const v = checkRcvbuf(mixed, overcharged(o, by));
      expect(v.ok).toBe(false);
      if (v.ok) continue;
      expect(v.message).toMatch(/3 datagrams queued with sk_rmem_alloc = \d+ bytes, but each charged one of the truesizes/);
      expect(v.expected).toBe(`${3 * lo}..${3 * hi}`);
      expect(v.actual).toBe(o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc + by);
    }
  });

  test('with one kind of frame the charge is exact', () => {
    const nicOnly = { ...mixed, workload: [{ ...mixed.workload[0], count: 3 }] };
    const o = run(nicOnly);
    expect(rcvbufProperty.check(nicOnly, o)).toEqual({ ok: true });
    const v = checkRcvbuf(nicOnly, overcharged(o, 1));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.expected).toBe(o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc);
      expect(v.actual).toBe(o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc + 1);
    }
  });
});
