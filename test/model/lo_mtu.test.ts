// lo's MTU (Device.mtu on the loopback device): a local socket's datagram above it leaves as the fragments
// __ip_append_data / __ip6_append_data build (src/spec/ip-fragment.ts isFragmented), each charged its own buffer
// (src/model/truesize.ts loFragmentTruesize), put together by skb_try_coalesce's rules (reasmFates). The recordings
// golden/kernel/linux-6.x/lo-mtu-* hold the numbers; these tests hold the rules to what the sources say.
import { describe, expect, it } from 'vitest';
import type { Device, FramesStep, ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { fragmentDataLens, framesOnWire, isFragmented, loopbackUfo } from '../../src/spec/ip-fragment.ts';
import {
  frameTruesize, linearSkbTruesize, loFragmentTruesize, loUfoTruesize, reasmFates, reasmHeadTailroom, skb_truesize,
  skb_truesize6,
} from '../../src/model/truesize.ts';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { validationProblems } from '../spec/validation-problems.ts';

const SIX: ProfileName[] = ['linux-6.1', 'linux-6.12', 'linux-6.18'];
const v6 = { family: 'inet6' as const };

function sc(mtu: number | undefined, step: Partial<FramesStep>, profile: ProfileName = 'linux-6.18'): Scenario {
  const inet6 = step.flow?.family === 'inet6';
  return {
    name: 't',
    config: {
      profile, cpus: 1, devices: [{ name: 'lo', kind: 'loopback', ...(mtu !== undefined ? { mtu } : {}) } as Device],
      sockets: [{
        name: 's', port: 5000, soRcvbuf: 4194304, soRcvbufForce: true,
        ...(inet6 ? { family: 'inet6' as const, address: '::1' } : { address: '127.0.0.1' }),
      }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'lo', count: 3, ...step, flow: { dport: 5000, ...step.flow } } as FramesStep,
      { at: 100_000_000, op: 'checkpoint', label: 'sent', settle: true },
    ],
  } as Scenario;
}

describe('where lo\'s sender cuts', () => {
  it('above lo\'s MTU, 64 KiB unless Device.mtu says otherwise; IPv6 above 65488 bytes of payload at 64 KiB', () => {
    const lo = { kind: 'loopback' as const };
    expect(isFragmented(lo, { payload: 65507 }, 'linux-6.18')).toBe(false);
    expect(isFragmented(lo, { payload: 65488, flow: v6 }, 'linux-6.18')).toBe(false);
    expect(isFragmented(lo, { payload: 65489, flow: v6 }, 'linux-6.18')).toBe(true);
    expect(isFragmented({ ...lo, mtu: 1500 }, { payload: 1472 }, 'linux-6.18')).toBe(false);
    expect(isFragmented({ ...lo, mtu: 1500 }, { payload: 1473 }, 'linux-6.18')).toBe(true);
    expect(fragmentDataLens({ payload: 65500, flow: v6 }, 65536)).toEqual([65488, 20]);
  });

  it('3.13\'s lo has UFO: a datagram whose UDP length is above the MTU arrives whole; between the two it is cut', () => {
    const lo = { kind: 'loopback' as const, mtu: 1500 };
    // 20 + 8 + 1473 > 1500 >= 8 + 1473: __ip_append_data cuts it, as on 6.x
    expect(isFragmented(lo, { payload: 1473 }, 'linux-3.13')).toBe(true);
    expect(loopbackUfo('linux-3.13', lo, { payload: 1492 })).toBe(false);
    // 8 + 1493 > 1500: ip_ufo_append_data, one GSO skb lo does not segment
    expect(loopbackUfo('linux-3.13', lo, { payload: 1493 })).toBe(true);
    expect(isFragmented(lo, { payload: 1493 }, 'linux-3.13')).toBe(false);
    expect(isFragmented(lo, { payload: 1493 }, 'linux-6.1')).toBe(true);
    expect(framesOnWire({ at: 0, op: 'frames', device: 'lo', flow: { dport: 1 }, count: 2, payload: 3000 }, lo, 'linux-3.13'))
      .toBe(2);
    // the headers in one small linear skb (hh_len 16 + 20 + 8 + 20 bytes), the payload in page frags
    const step = { at: 0, op: 'frames', device: 'lo', flow: { dport: 1 }, payload: 3000 } as FramesStep;
    expect(frameTruesize('linux-3.13', 'loopback', step, 1500)).toBe(linearSkbTruesize('linux-3.13', 64) + 3000);
    expect(loUfoTruesize('linux-3.13', 3000, true)).toBe(linearSkbTruesize('linux-3.13', 84) + 3000);
  });
});

describe('the buffer each of lo\'s fragments is charged', () => {
  it('while linear, the allocation a whole datagram of its data bytes less the UDP header would get', () => {
    for (const p of ['linux-3.13', ...SIX] as ProfileName[]) {
      // up to SKB_MAX_ALLOC (16064 bytes allocated): 16012 data bytes and 51 for IPv4, 15999 and 64 for IPv6
      for (const d of [8, 100, 1232, 1480, 4000, 9000, 15999, 16012]) {
        expect(loFragmentTruesize(p, d, false, d === 1480), `${p} v4 ${d}`).toBe(skb_truesize(p, d - 8));
        if (d <= 15999) expect(loFragmentTruesize(p, d, true, false), `${p} v6 ${d}`).toBe(skb_truesize6(p, d - 8));
      }
    }
  });

  it('on 6.x past SKB_MAX_ALLOC, the headers\' small skb and each data byte in page frags', () => {
    for (const p of SIX) {
      const small = linearSkbTruesize(p, 51);
      expect(loFragmentTruesize(p, 16013, false, false)).toBe(small + 16013);
      expect(loFragmentTruesize(p, 16012, false, false)).toBe(linearSkbTruesize(p, 16063));
      expect(loFragmentTruesize(p, 19976, false, true)).toBe(linearSkbTruesize(p, 59) + 19968);
      expect(loFragmentTruesize(p, 16000, true, false)).toBe(linearSkbTruesize(p, 64) + 16000);
    }
    // 3.13 has no paged branch: one linear skb, whatever the size
    expect(loFragmentTruesize('linux-3.13', 19976, false, false)).toBe(linearSkbTruesize('linux-3.13', 20027));
  });
});

describe('how ip_defrag puts lo\'s fragments together', () => {
  it('the head\'s tailroom: its buffer less where its data ends (IPv4 15 bytes short of the allocation); none once paged', () => {
    for (const p of SIX) {
      expect(reasmHeadTailroom(p, 1500, 'ip_append_data', false)).toBe(212);
      expect(reasmHeadTailroom(p, 1280, 'ip_append_data', true)).toBe(432);
      expect(reasmHeadTailroom(p, 20 + 16008, 'ip_append_data', false)).toBe(20);
      expect(reasmHeadTailroom(p, 20 + 16016, 'ip_append_data', false)).toBe(0);
    }
  });

  it('copied while the head is linear and it fits; a paged one gives a paged head its page frags; else chained', () => {
    const fates = (lens: number[], headIpLen: number, isV6 = false) =>
      reasmFates('linux-6.18', lens, headIpLen, 'ip_append_data', isV6);
    expect(fates([1480, 212], 1500).map((x) => x.fate)).toEqual(['copied']);
    expect(fates([1480, 213], 1500).map((x) => x.fate)).toEqual(['chained']);
    expect(fates([1480, 1480, 48], 1500).map((x) => x.fate)).toEqual(['chained', 'chained']);
    expect(fates([19976, 19976, 17000], 19996).map((x) => x.fate)).toEqual(['merged', 'merged']);
    expect(fates([16016, 16016, 7976], 16036).map((x) => x.fate)).toEqual(['merged', 'chained']);
    expect(fates([19952, 19952, 10104], 20000, true).map((x) => x.fate)).toEqual(['merged', 'chained']);
    // the recorder's AF_PACKET frames are never paged
    expect(reasmFates('linux-6.18', [1480, 1480, 1480], 1500, 'packet_snd', false).map((x) => x.fate))
      .toEqual(['chained', 'chained']);
  });

  it('a merged fragment is charged its data bytes, not its buffer', () => {
    const rxq = (payload: number) => simulate(validateScenario(sc(20000, { payload, count: 1 }), 't.json'))
      .checkpoints.find((c) => c.label === 'sent')!.counters.udp[0]!.rx_queue;
    const p = 'linux-6.18';
    const head = loFragmentTruesize(p, 19976, false, true);
    expect(rxq(56944)).toBe(head + 19976 + 17000);
    expect(rxq(50000)).toBe(head + 19976 + loFragmentTruesize(p, 10056, false, false));
  });
});

describe('what the validator takes on lo', () => {
  it('an MTU from 1280 to 65536; a fragmented step as on a veth, but never in another order', () => {
    expect(validationProblems(sc(1280, { payload: 3000 }))).toEqual([]);
    expect(validationProblems(sc(65536, { payload: 65500, flow: { ...v6, dport: 5000 } }))).toEqual([]);
    expect(validationProblems(sc(1500, { payload: 3000, fragments: [1, 0, 2] })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/fragments: must be absent on lo: /)]);
    expect(validationProblems(sc(1500, { payload: 3000, flags: ['ip_options_rr'] })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/flags: must hold only udp_csum/)]);
    expect(validationProblems(sc(1500, { payload: 3000, burst: true, gapNs: 0 })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/burst: must be false or absent/)]);
  });
});
