// A loopback/veth frames step after a settled checkpoint sends its frames: settling moves the
// clock to the end of the last softirq, so the sender never waits on a CPU that nothing will run
// again (found by the conservation property: the frames were never sent).
import { describe, expect, test } from 'vitest';
import { createHost, run } from '../../src/model/simulator.ts';
import { PROFILES, bigSocket, checkpoint, end, frames, scenario, sim } from './build.ts';

describe('frames after a settled checkpoint', () => {
  for (const profile of PROFILES) {
    for (const kind of ['veth', 'loopback'] as const) {
      test(`${profile} ${kind}: both frames are sent and processed`, () => {
        const dev = kind === 'veth' ? 'veth0' : 'lo';
        const obs = sim(scenario({ profile, cpus: 1, devices: [{ name: dev, kind }], sockets: [bigSocket()] }, [
          frames(0, dev, 1, { payload: 0 }),
          checkpoint(1, 'c0', true),
          frames(2, dev, 1),
        ]), { events: true });
        const e = end(obs);
        expect(e.dev[dev].rx_packets).toBe(2);
        expect(e.snmp.Ip.InReceives).toBe(2);
        expect(e.softnet_stat[0].processed).toBe(2);
        // the second frame enters netif_rx after the settled snapshot, not before it
        const c0 = obs.checkpoints[0].at;
        const sent = obs.events!.filter((x) => x.event === 'netif_rx').map((x) => x.t);
        expect(sent.length).toBe(2);
        expect(sent[1]).toBeGreaterThanOrEqual(c0);
      });
    }
  }

  test('a sender that finds its CPU still busy (a hard IRQ ran on) waits for it, then sends', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [bigSocket()] }, [frames(0, 'lo', 2, { gapNs: 10 })]);
    const host = createHost(sc, { events: true });
    host.core.cpus[0].busyUntil = 500; // hardirq_charge: busy with no softirq raised
    const obs = run(host);
    expect(end(obs).dev.lo.rx_packets).toBe(2);
    expect(obs.events!.find((e) => e.event === 'netif_rx')!.t).toBe(500);
  });
});
