// An XDP program on a veth (Device.xdp; src/model/veth.ts veth_xdp_rcv_skb): every frame goes through the ring and
// veth_poll, which counts it in the veth's ethtool -S; drop and aborted free it there, pass hands on a copy whose
// truesize is a page (6.1) or a page-pool fragment (6.12, 6.18).
import { describe, expect, it, test } from 'vitest';
import { checkConservation } from '../../properties/conservation.ts';
import { checkIdentities } from '../../properties/identities.ts';
import { end, frames, scenario, sim } from './build.ts';
import type { Device, ProfileName } from '../../src/generated/schema-types.ts';

const S = { name: 's', port: 5000, soRcvbuf: 1 << 26, soRcvbufForce: true };

function run(profile: ProfileName, dev: Device, count: number, payload: number, steps = [frames(0, dev.name, count, { payload })]) {
  return end(sim(scenario({ profile, cpus: 1, devices: [dev], sockets: [S] }, steps)));
}

describe('an XDP program that drops', () => {
  for (const xdp of ['drop', 'aborted'] as const) {
    it(`${xdp}: veth_poll counts every frame (xdp_packets, rx_packets), xdp_drops frees it, IP sees none`, () => {
      const s = run('linux-6.18', { name: 'veth0', kind: 'veth', xdp }, 10, 100);
      const rq = s.veth!.veth0!.rx_queues[0]!;
      expect(rq).toEqual({ xdp_packets: 10, xdp_bytes: 10 * 128, drops: 0, xdp_redirect: 0, xdp_drops: 10, xdp_tx: 0, xdp_tx_errors: 0 });
      expect(s.dev.veth0).toMatchObject({ rx_packets: 10, rx_bytes: 1280, rx_drop: 0 });
      expect(s.snmp.Ip.InReceives).toBe(0);
      expect(s.softnet_stat[0]!.processed).toBe(0);
    });
  }

  it('turns the NAPI on whatever gro and peerTso say (veth_xdp_set takes TSO from the other end)', () => {
    const s = run('linux-6.12', { name: 'veth0', kind: 'veth', gro: true, peerTso: true, xdp: 'drop' }, 5, 64);
    expect(s.veth!.veth0!.rx_queues[0]!.xdp_drops).toBe(5);
    expect(s.internal?.rings?.find((r) => r.device === 'veth0')).toBeDefined();
  });

  it('a burst past the 256-slot ring: the rest dropped at the sending end, never polled', () => {
    const s = run('linux-6.18', { name: 'veth0', kind: 'veth', xdp: 'drop' }, 300, 64,
      [frames(0, 'veth0', 300, { payload: 64, burst: true })]);
    expect(s.veth!.veth0!.rx_queues[0]!.xdp_drops).toBe(256);
    expect(s.internal!.rings!.find((r) => r.device === 'veth0')!.dropped).toBe(44);
  });
});

describe('the veth section', () => {
  it('is there only when a veth of the config has a program, with a row for each of the config\'s veths', () => {
    const two = (xdp?: Device['xdp']) => end(sim(scenario({
      profile: 'linux-6.18', cpus: 1, sockets: [S],
      devices: [{ name: 'veth0', kind: 'veth', ...(xdp ? { xdp } : {}) }, { name: 'veth1', kind: 'veth' }],
      localAddresses: ['10.0.0.1'],
    }, [frames(0, 'veth1', 3, { payload: 10 })])));
    expect(two().veth).toBeUndefined();
    const s = two('drop');
    expect(Object.keys(s.veth!)).toEqual(['veth0', 'veth1']);
    // veth1 takes its frames by netif_rx: its queue's statistics stay 0
    expect(s.veth!.veth1!.rx_queues[0]!.xdp_packets).toBe(0);
    expect(s.dev.veth1!.rx_packets).toBe(3);
  });
});

describe('an XDP program that passes: the truesize of the copy', () => {
  const pass: Device = { name: 'veth0', kind: 'veth', xdp: 'pass' };
  const queued = (p: ProfileName, steps: ReturnType<typeof frames>[]) => run(p, pass, 0, 0, steps).udp[0]!.rx_queue;

  it('6.1: a page each (build_skb(page, PAGE_SIZE): 4096 + SKB_DATA_ALIGN(sizeof(struct sk_buff)))', () => {
    expect(queued('linux-6.1', [frames(0, 'veth0', 7, { payload: 100 })])).toBe(7 * 4352);
  });

  it('6.12, 6.18: page-pool fragments of SKB_HEAD_ALIGN(frame) + 256, the last of a page given the rest of it', () => {
    for (const p of ['linux-6.12', 'linux-6.18'] as const) {
      // a 142-byte frame: 192 + 320 + 256 = 768; four fit, the fifth gets 4096 - 3072 = 1024; each + 256 for the sk_buff
      expect(queued(p, [frames(0, 'veth0', 5, { payload: 100 })])).toBe(4 * 1024 + 1280);
      expect(queued(p, [frames(0, 'veth0', 12, { payload: 100 })])).toBe(2 * (4 * 1024 + 1280) + 2 * 1024);
      // more than half a page (1514 bytes: 1536 + 576 = 2112): a page each
      expect(queued(p, [frames(0, 'veth0', 3, { payload: 1472 })])).toBe(3 * 4352);
      // 3 x 768, 1664 (after which no 1664 fits: the rest, 1792), 1664 on a new page, 768, 768, and 896 (the rest)
      expect(queued(p, [frames(0, 'veth0', 3, { payload: 100 }), frames(1_000_000, 'veth0', 2, { payload: 1000 }),
        frames(2_000_000, 'veth0', 3, { payload: 100 })])).toBe(3 * 1024 + 2048 + 1920 + 2 * 1024 + 1152);
    }
  });
});

describe('the properties over the veth section', () => {
  const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [{ name: 'veth0', kind: 'veth', xdp: 'drop' }], sockets: [S] },
    [frames(0, 'veth0', 10, { payload: 100 })]);
  const edit = (f: (rq: { xdp_packets: number; xdp_bytes: number; xdp_drops: number; drops: number }) => void) => {
    const obs = structuredClone(sim(sc));
    for (const cp of obs.checkpoints) f(cp.counters.veth!.veth0!.rx_queues[0]!);
    return obs;
  };

  test('identities and conservation hold on the model\'s observations', () => {
    expect(checkIdentities(sc, sim(sc)).ok).toBe(true);
    expect(checkConservation(sc, sim(sc)).ok).toBe(true);
  });

  test('identities fail where a veth counts what /proc/net/dev does not, or its drop program lets a frame by', () => {
    expect(checkIdentities(sc, edit((rq) => { rq.xdp_bytes += 1; })).ok).toBe(false);
    expect(checkIdentities(sc, edit((rq) => { rq.xdp_drops -= 1; })).ok).toBe(false);
    expect(checkIdentities(sc, edit((rq) => { rq.drops = rq.xdp_packets; })).ok).toBe(false);
  });

  test('conservation fails where the XDP drops go uncounted', () => {
    expect(checkConservation(sc, edit((rq) => { rq.xdp_drops = 0; })).ok).toBe(false);
  });
});
