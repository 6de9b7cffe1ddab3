// The differential property: the reference model as the oracle. A rule broken by one comparison
// operator is caught on a one-step scenario and explained with the kernel function and its
// numbers; the model itself is not checked against itself; a settled implementation is held only
// to what order fixes.
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { isReferenceModel } from '../../src/impl/reference-marker.ts';
import { guard } from '../../src/impl/guard.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { simulate } from '../../src/model/index.ts';
import { checkProperty, skipReason } from '../../properties/check.ts';
import { checkDifferential, differentialProperty } from '../../properties/differential.ts';

/** 257 datagrams of 64 bytes over loopback into the default 212992-byte buffer (6.18 truesize 832). */
const fill: Scenario = {
  name: 'fill-default-rcvbuf',
  config: { profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 'app', port: 9000 }] },
  workload: [{ at: 0, op: 'frames', device: 'lo', count: 257, flow: { dport: 9000 } }],
};

/** The model with the 6.18 admission test off by one: `rmem + truesize >= rcvbuf` where the kernel has `>`. */
const offByOne = modelImplementation({
  udp: {
    ...(await import('../../src/model/profile-udp.ts')).UDP_PROFILES['linux-6.18'],
    udpAdmit: (rmem: number, truesize: number, rcvbuf: number) => rmem === 0 || rmem + truesize < rcvbuf,
  },
} as never);

describe('the differential property', () => {
  test('catches an admission off-by-one on one step and explains the expected value', async () => {
    const obs = await offByOne.run(fill, { events: false });
    const v = checkDifferential(fill, obs).verdict;
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.path).toBe('snmp.Udp.InErrors');
    expect(v.checkpoint).toBe('end');
    expect(v.message).toMatch(/__udp_enqueue_schedule_skb: not admitted: rmem \d+ \+ truesize \d+ > rcvbuf 212992/);
  });

  test('passes the model on the same scenario, counter for counter', () => {
    expect(checkDifferential(fill, simulate(fill)).verdict.ok).toBe(true);
  });

  test('does not apply to the reference model itself, through guard too', () => {
    const model = guard(modelImplementation());
    expect(isReferenceModel(model)).toBe(true);
    expect(skipReason(model, differentialProperty, 'linux-6.18')).toMatch(/reference model/);
    expect(skipReason(offByOne, differentialProperty, 'linux-6.18')).toBeNull();
  });

  test('finds the off-by-one in generated scenarios and shrinks it to a few steps', async () => {
    const narrow: Implementation = { ...offByOne, name: 'off-by-one', profiles: ['linux-6.18'] };
    const r = await checkProperty(narrow, differentialProperty, { profile: 'linux-6.18', runs: 400, seed: 4 });
    expect(r.status).toBe('failed');
    expect(r.counterexample!.scenario.workload.length).toBeLessThanOrEqual(10);
    expect(r.shrinks).toBeGreaterThan(0);
  });
});

/** The model under another clock (every cost three times its own): a correct implementation without the model's clock. */
function otherClock(timing: 'model' | 'settled'): Implementation {
  return {
    name: `other-clock (${timing})`, profiles: ['linux-3.13', 'linux-6.18'], events: false, timing,
    async run(s) {
      const costs = { irqNs: 3000, softirqNs: 600, pollNs: 600, driverPacketNs: 300, stackPacketNs: 1500, backlogPacketNs: 300 };
      const obs = simulate({ ...s, config: { ...s.config, costs } });
      return { ...obs, checkpoints: obs.checkpoints.map((c) => ({ ...c })) };
    },
  };
}

describe('timing', () => {
  test('an implementation with another clock fails when it claims the model\'s clock', async () => {
    const r = await checkProperty(otherClock('model'), differentialProperty, { profile: 'linux-6.18', runs: 300, seed: 4 });
    expect(r.status).toBe('failed');
  });

  test.each(['linux-3.13', 'linux-6.18'] as const)('the same implementation declared settled passes on %s: no false positive from timing', async (profile) => {
    const impl = otherClock('settled');
    const observed = { counter: () => true, events: false, internal: false, clock: false };
    const r = await checkProperty(impl, differentialProperty, { profile, runs: 150, seed: 4, observed });
    expect(r.status, r.counterexample?.verdict.message).toBe('passed');
  });
});
