// UDP GRO (src/model/udp_gro.ts): what a burst to a UDP_GRO socket behind a NAPI-mode veth becomes, by profile, and
// udp_gro_receive_segment's rules against a held skb (longer and shorter datagrams, UDP_GRO_CNT_MAX, gro_max_size).
import { describe, expect, it } from 'vitest';
import { end, frames, read, scenario, sim } from './build.ts';
import type { Device, FramesStep, ProfileName, Socket } from '../../src/generated/schema-types.ts';
import { createHost } from '../../src/model/simulator.ts';
import { udp_gro_receive_segment, GRO_MAX_SIZE, UDP_GRO_CNT_MAX } from '../../src/model/udp_gro.ts';
import { packetSndTailroom, packetSndTruesize } from '../../src/model/truesize.ts';

const NAPI: Device = { name: 'veth0', kind: 'veth', gro: true, peerTso: false };
const GRO4: Socket = { name: 's', port: 5000, soRcvbuf: 1 << 28, soRcvbufForce: true, udpGro: true };
const GRO6: Socket = { ...GRO4, family: 'inet6' };
const V6 = { family: 'inet6' as const, dport: 5000 };

function burst(profile: ProfileName, socket: Socket, count: number, payload: number, extra: Partial<FramesStep> = {}) {
  const sc = scenario({ profile, cpus: 1, devices: [NAPI], sockets: [socket] },
    [frames(0, 'veth0', count, { burst: true, payload, ...extra }), { at: 5_000_000, op: 'checkpoint', label: 'queued' }]);
  return sim(sc);
}

describe('a burst to a UDP_GRO socket behind a NAPI-mode veth', () => {
  it('IPv4 copies of one ID (DF clear) merge on 6.18 only: 6.1 and 6.12 want DF for a fixed ID', () => {
    const ip = (p: ProfileName) => end(burst(p, GRO4, 10, 100)).snmp.Ip.InReceives;
    expect(ip('linux-6.18')).toBe(1);
    expect(ip('linux-6.12')).toBe(10);
    expect(ip('linux-6.1')).toBe(10);
  });

  it('IPv6 merges on every 6.x profile, 64 segments at most (UDP_GRO_CNT_MAX), charged every segment\'s truesize', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const) {
      const one = end(burst(p, GRO6, 1, 200, { flow: V6 }));
      const s = end(burst(p, GRO6, 100, 200, { flow: V6 }));
      expect(s.snmp6!.Ip6.InReceives).toBe(2);
      expect(s.snmp6!.Ip6.InNoECTPkts).toBe(100);
      expect(s.udp[0].rx_queue).toBe(100 * one.udp[0].rx_queue);
    }
  });

  it('one read takes a merged skb whole: one InDatagrams for 10 segments', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [NAPI], sockets: [GRO6] },
      [frames(0, 'veth0', 10, { burst: true, payload: 100, flow: V6 }), read(5_000_000, 's')]);
    const s = end(sim(sc));
    expect(s.snmp6!.Udp6.InDatagrams).toBe(1);
    expect(s.udp[0].rx_queue).toBe(0);
  });

  it('a merged skb stays below gro_max_size: 1400-byte IPv6 datagrams, 46 in the first', () => {
    const s = end(burst('linux-6.18', GRO6, 60, 1400, { flow: V6 }));
    expect(s.snmp6!.Ip6.InReceives).toBe(2);
    // 48 + 1400 * k < 65536 for the k-th segment merged: the first skb holds 46
    expect(48 + 1400 * 46).toBeLessThan(GRO_MAX_SIZE);
    expect(48 + 1400 * 47).toBeGreaterThanOrEqual(GRO_MAX_SIZE);
  });

  it('datagrams sent one by one are polled one at a time: never merged', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [NAPI], sockets: [GRO6] },
      [frames(0, 'veth0', 10, { payload: 100, flow: V6 }), { at: 50_000_000, op: 'checkpoint', label: 'queued' }]);
    expect(end(sim(sc)).snmp6!.Ip6.InReceives).toBe(10);
  });

  it('empty datagrams are never merged (udp_gro_receive_segment: ulen <= sizeof(*uh) flushes)', () => {
    expect(end(burst('linux-6.18', GRO6, 10, 0, { flow: V6 })).snmp6!.Ip6.InReceives).toBe(10);
    expect(end(burst('linux-6.18', GRO4, 10, 0)).snmp.Ip.InReceives).toBe(10);
  });

  it('a socket without UDP_GRO gets a burst one skb per datagram', () => {
    expect(end(burst('linux-6.18', { ...GRO6, udpGro: false }, 10, 100, { flow: V6 })).snmp6!.Ip6.InReceives).toBe(10);
  });
});

describe('UDP_GRO set and cleared by setsockopt steps', () => {
  it('merges only the bursts a poll takes while it is set; a merged skb queued before the clear is read whole', () => {
    const plain: Socket = { ...GRO6, udpGro: undefined };
    const sc = scenario({ profile: 'linux-6.12', cpus: 1, devices: [NAPI], sockets: [plain] }, [
      frames(0, 'veth0', 10, { burst: true, payload: 100, flow: V6 }),
      { at: 1_000_000, op: 'setsockopt', socket: 's', udpGro: true },
      frames(2_000_000, 'veth0', 10, { burst: true, payload: 100, flow: V6 }),
      { at: 3_000_000, op: 'setsockopt', socket: 's', udpGro: false },
      frames(4_000_000, 'veth0', 10, { burst: true, payload: 100, flow: V6 }),
      { at: 5_000_000, op: 'checkpoint', label: 'queued' },
      read(6_000_000, 's'),
    ]);
    const r = sim(sc);
    const queued = r.checkpoints.find((c) => c.label === 'queued')!.counters;
    expect(queued.snmp6!.Ip6.InReceives).toBe(21);
    expect(queued.internal!.sockets![0]).toMatchObject({ queued: 21, queued_segments: 30 });
    expect(end(r).snmp6!.Udp6.InDatagrams).toBe(21);
  });
});

describe('udp_gro_receive_segment against a held skb', () => {
  const host = () => createHost(scenario({ profile: 'linux-6.18', cpus: 1, devices: [NAPI], sockets: [GRO6] }, []));
  const skb = (h: ReturnType<typeof host>, payload: number) => {
    const i = h.skbs.alloc();
    h.skbs.payload[i] = payload; h.skbs.len[i] = 48 + payload; h.skbs.truesize[i] = 1000; h.skbs.flags[i] = 1 << 28;
    return i;
  };

  it('a longer datagram completes the held skb unmerged; a shorter one is merged, then completes it', () => {
    const h = host();
    const p = skb(h, 100);
    expect(udp_gro_receive_segment(h, p, { gsoSize: 100, fixedId: false }, skb(h, 101))).toEqual({ merged: false, complete: true });
    expect(udp_gro_receive_segment(h, p, { gsoSize: 100, fixedId: false }, skb(h, 100))).toEqual({ merged: true, complete: false });
    expect(udp_gro_receive_segment(h, p, { gsoSize: 100, fixedId: false }, skb(h, 99))).toEqual({ merged: true, complete: true });
    expect([h.skbs.segs[p], h.skbs.payload[p], h.skbs.truesize[p]]).toEqual([3, 299, 3000]);
  });

  it(`the ${UDP_GRO_CNT_MAX}th segment completes it`, () => {
    const h = host();
    const p = skb(h, 10);
    for (let k = 2; k < UDP_GRO_CNT_MAX; k++) {
      expect(udp_gro_receive_segment(h, p, { gsoSize: 10, fixedId: false }, skb(h, 10)).complete).toBe(false);
    }
    expect(udp_gro_receive_segment(h, p, { gsoSize: 10, fixedId: false }, skb(h, 10))).toEqual({ merged: true, complete: true });
  });
});

describe('skb_condense of a merged skb (a socket more than half full)', () => {
  const second = (p: ProfileName, payload: number, n: number) => {
    const sc = scenario({ profile: p, cpus: 1, devices: [NAPI], sockets: [{ ...GRO6, soRcvbuf: 40000, soRcvbufForce: false }] },
      [frames(0, 'veth0', 64, { burst: true, payload, flow: V6 }), frames(10_000_000, 'veth0', n, { burst: true, payload, flow: V6 }),
        { at: 30_000_000, op: 'checkpoint', label: 'queued' }]);
    return end(sim(sc)).udp[0].rx_queue;
  };
  const t6 = (p: ProfileName, payload: number) => packetSndTruesize(p, 14 + 48 + payload);

  it('merged data that fits the head\'s tailroom is pulled into it: the skb is charged the head\'s truesize', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const) expect(second(p, 1, 10)).toBe(65 * t6(p, 1));
  });

  it('merged data longer than the tailroom stays chained: 100-byte datagrams condense on 6.12 only', () => {
    expect(second('linux-6.18', 100, 2)).toBe(66 * t6('linux-6.18', 100));
    expect(second('linux-6.1', 100, 2)).toBe(66 * t6('linux-6.1', 100));
    expect(second('linux-6.12', 100, 2)).toBe(65 * t6('linux-6.12', 100));
  });

  it('6.x packet_snd writes the frame from 2 bytes in (16 reserved, then skb_reserve(skb, -14)); 3.13 from 16', () => {
    // vethPacket: payloads 0..198 are 832 (a 256-byte buffer), 199.. 1280 (IPv4: 14 + 20 + 8 + payload bytes)
    expect(packetSndTailroom('linux-6.18', 14 + 28 + 198)).toBe(14);
    expect(packetSndTailroom('linux-6.18', 14 + 28 + 199)).toBe(1280 - 576 - 2 - (14 + 28 + 199));
    expect(packetSndTailroom('linux-3.13', 14 + 28 + 100)).toBe(packetSndTruesize('linux-3.13', 142) - 576 - 16 - 142);
  });

  it('merged data that fits only as packet_snd lays the frame out condenses (recorded: udp-gro-condense-p60/93/157-v6)', () => {
    // the second burst's 2 datagrams merge: the 2nd one's p bytes fit a (62 + p)-byte frame's tailroom, 14 bytes short
    for (const [p, payload] of [['linux-6.1', 60], ['linux-6.18', 93], ['linux-6.12', 157]] as const) {
      expect(second(p, payload, 2), p).toBe(65 * t6(p, payload));
      expect(packetSndTailroom(p, 14 + 48 + payload) - 14, p).toBeLessThan(payload);
    }
  });
});
