// Device.mtu: a veth's MTU on both ends (src/spec/ip-fragment.ts deviceMtu). Where the sender cuts, what the
// validator takes and refuses, and the reassembly head's tailroom the model derives from the head's own frame
// (src/model/truesize.ts reasmHeadTailroom), held to the tailroom measured at 1500.
import { describe, expect, it } from 'vitest';
import { validationProblems } from './validation-problems.ts';
import type { Device, FramesStep, ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { deviceMtu, fragmentDataLens, framesOnWire, isFragmented } from '../../src/spec/ip-fragment.ts';
import { buildFragments } from '../../src/kernel/frames.ts';
import {
  fragmentTruesize, linearSkbTruesize, measuredReasmHeadTailroom, packetSndSkb, packetSndTruesize, reasmFates,
  reasmHeadTailroom, reassembledTruesize,
} from '../../src/model/truesize.ts';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'];

function sc(dev: Partial<Device>, step: Partial<FramesStep> = {}, profile: ProfileName = 'linux-6.18'): Scenario {
  return {
    name: 't',
    config: {
      profile, cpus: 1, devices: [{ name: 'veth0', kind: 'veth', ...dev } as Device],
      sockets: [{ name: 's', port: 5000, soRcvbuf: 4194304, soRcvbufForce: true }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'veth0', count: 3, flow: { dport: 5000 }, ...step } as FramesStep,
      { at: 100_000_000, op: 'checkpoint', label: 'sent', settle: true },
    ],
  } as Scenario;
}

describe('the sender cuts for the veth\'s MTU', () => {
  it('(MTU - 20) & ~7 data bytes for IPv4, (MTU - 48) & ~7 for IPv6; 1500 when absent, lo 64 KiB, a NIC never cut', () => {
    expect(fragmentDataLens({ payload: 3000 }, 1280)).toEqual([1256, 1256, 496]);
    expect(fragmentDataLens({ payload: 7828 }, 4000)).toEqual([3976, 3860]);
    expect(fragmentDataLens({ payload: 3000, flow: { family: 'inet6' } }, 1280)).toEqual([1232, 1232, 544]);
    expect(fragmentDataLens({ payload: 5000, flow: { family: 'inet6' } }, 2000)).toEqual([1952, 1952, 1104]);
    expect([deviceMtu({ kind: 'veth' }), deviceMtu({ kind: 'veth', mtu: 2000 }), deviceMtu({ kind: 'loopback' })])
      .toEqual([1500, 2000, 65536]);
    // a NIC has ETH_DATA_LEN as far as the format goes, and its frames are wire frames: never cut here
    expect(deviceMtu({ kind: 'nic' })).toBe(1500);
    expect(isFragmented({ kind: 'nic' }, { payload: 3000 }, 'linux-6.18')).toBe(false);
    expect(isFragmented({ kind: 'veth', mtu: 4000 }, { payload: 3972 }, 'linux-6.18')).toBe(false); // 20 + 8 + 3972 = 4000
    expect(isFragmented({ kind: 'veth', mtu: 4000 }, { payload: 3973 }, 'linux-6.18')).toBe(true);
    expect(framesOnWire({ at: 0, op: 'frames', device: 'v', flow: { dport: 1 }, count: 2, payload: 3000 }, { kind: 'veth', mtu: 1280 }, 'linux-6.18'))
      .toBe(6);
  });

  it('the recorder\'s frames are the model\'s cut: MTU-sized fragments, then the rest', () => {
    const spec = { srcMac: '02:00:00:00:00:02', dstMac: '02:00:00:00:00:01', src: '10.0.0.2', dst: '10.0.0.1',
      sport: 40000, dport: 9000, proto: 17, payload: 3000, flags: [], id: 7 };
    expect(buildFragments(spec, 1280).map((f) => f.length)).toEqual([14 + 1276, 14 + 1276, 14 + 20 + 496]);
    expect(buildFragments({ ...spec, payload: 3900 }, 4000).map((f) => f.length)).toEqual([14 + 3928]);
  });
});

describe('the reassembly head\'s tailroom is its own frame\'s buffer (packet_snd)', () => {
  it('gives the tailroom measured at a 1500-byte head on 6.x; 3.13 writes the frame 14 bytes further in', () => {
    for (const p of PROFILES) {
      const measured = measuredReasmHeadTailroom(p);
      if (p === 'linux-3.13') expect(measured).toBeUndefined();
      else expect(reasmHeadTailroom(p, 1500, 'packet_snd', false), p).toBe(measured);
    }
    expect(reasmHeadTailroom('linux-3.13', 1500, 'packet_snd', false)).toBe(reasmHeadTailroom('linux-6.18', 1500, 'packet_snd', false) - 14);
  });

  it('a head in a bigger buffer has more: 3860 bytes after a 3996-byte head (8 KiB), 436 after 1276 (2 KiB)', () => {
    expect(reasmHeadTailroom('linux-6.18', 3996, 'packet_snd', false)).toBe(3860);
    expect(reasmHeadTailroom('linux-6.18', 1276, 'packet_snd', false)).toBe(436);
  });

  it('the model copies a second fragment that fits and charges one that does not (recorded: mtu-4000-frag-tailroom-*)', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const) {
      const head = packetSndTruesize(p, 14 + 3996);
      const rxq = (payload: number) => simulate(validateScenario(sc({ mtu: 4000 }, { payload }, p), 't.json'))
        .checkpoints.find((c) => c.label === 'sent')!.counters.udp[0]!.rx_queue;
      expect(rxq(7828)).toBe(3 * head);
      expect(rxq(7829)).toBe(3 * (head + fragmentTruesize(p, 3861)));
      expect(reassembledTruesize(p, { payload: 7828 }, 4000, 'packet_snd')).toBe(head);
    }
  });
});

describe('an ICMP error out the veth quotes min(MTU, 576) - 28 bytes (icmp.c:__icmp_send: room = dst_mtu)', () => {
  it('at MTU 300 a 290-byte datagram is quoted in 272 bytes: 300 on the wire; at 1500 whole', () => {
    for (const p of PROFILES) {
      const octets = (mtu: number, flags: FramesStep['flags'] = []) => {
        const s = sc({ mtu }, { payload: 262 - (flags.length > 0 ? 8 : 0), flags, flow: { dport: 5999 }, count: 20 }, p);
        s.config.sysctls = { 'net.ipv4.icmp_ratemask': 0 }; // every error sent
        return simulate(validateScenario(s, 't.json')).checkpoints.find((c) => c.label === 'sent')!.counters.netstat.IpExt.OutOctets;
      };
      expect(octets(300), p).toBe(20 * 300);
      expect(octets(1500), p).toBe(20 * (20 + 8 + 290));
      // an echoed record route option (8 bytes) comes out of the quote: still 300
      expect(octets(300, ['ip_options_rr']), p).toBe(20 * 300);
      expect(octets(68), p).toBe(20 * 68);
    }
  });
});

describe('what the validator takes and refuses', () => {
  it('takes 68 to 65535 on a veth, with IPv6 from 1280, fragments and padding within it', () => {
    for (const mtu of [68, 576, 1280, 1400, 2000, 3506, 4065, 4066, 9000, 65535]) {
      expect(validationProblems(sc({ mtu }, { payload: 5000 }))).toEqual([]);
    }
    expect(validationProblems(sc({ mtu: 2000 }, { payload: 1900, padding: 72 }))).toEqual([]);
    expect(validationProblems(sc({ mtu: 1280 }, { payload: 3000, flow: { family: 'inet6', dport: 5000 } }))).toEqual([]);
    expect(validationProblems(sc({ mtu: 3506, xdp: 'drop' }))).toEqual([]);
  });

  it('refuses an MTU out of the range the model follows, on another kind of device, and above XDP\'s limit', () => {
    expect(validationProblems(sc({ mtu: 67 }))).toEqual([expect.stringMatching(/^\/config\/devices\/0\/mtu: /)]);
    expect(validationProblems(sc({ mtu: 65536 }))).toEqual(['/config/devices/0/mtu: must be at most 65535 on a veth: '
      + 'ETH_MAX_MTU, its max_mtu (veth.c:veth_setup -> ether_setup) (got 65536)']);
    const lo = sc({ kind: 'loopback', name: 'lo', mtu: 1279 });
    lo.workload = [];
    expect(validationProblems(lo)).toEqual([expect.stringMatching(/^\/config\/devices\/0\/mtu: must be at least 1280 on lo/)]);
    const nic = sc({ kind: 'nic', name: 'eth0', mtu: 2000 });
    nic.workload = [];
    expect(validationProblems(nic)).toEqual([expect.stringMatching(/^\/config\/devices\/0\/mtu: must be absent on a nic device/)]);
    expect(validationProblems(sc({ mtu: 3507, xdp: 'pass' })))
      .toEqual([expect.stringMatching(/^\/config\/devices\/0\/xdp: must be absent while the veth's MTU is above 3506/)]);
  });

  it('below IPV6_MIN_MTU the veth has no IPv6: inet6 frames on it, and a socket\'s address, peer or group on it, are refused', () => {
    expect(validationProblems(sc({ mtu: 68 }, { payload: 1000 }))).toEqual([]);
    expect(validationProblems(sc({ mtu: 1279 }, { payload: 100, flow: { family: 'inet6', dport: 5000 } })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/flow\/family: must be inet: the MTU of "veth0" is 1279, below IPV6_MIN_MTU 1280/)]);
    const withSocket = (sk: Record<string, unknown>): Scenario => {
      const s = sc({ mtu: 576 });
      s.config.sockets = [{ name: 's', port: 5000, family: 'inet6', ...sk } as never];
      return s;
    };
    expect(validationProblems(withSocket({}))).toEqual([]);
    expect(validationProblems(withSocket({ address: '::1' }))).toEqual([]);
    expect(validationProblems(withSocket({ address: 'fd00::1' })))
      .toEqual([expect.stringMatching(/^\/config\/sockets\/0\/address: must be ::, ::1 or v4-mapped: the MTU of "veth0" is 576/)]);
    expect(validationProblems(withSocket({ multicast: 'ff15::1' })))
      .toEqual([expect.stringMatching(/^\/config\/sockets\/0\/multicast: must be absent: the MTU of "veth0" is 576/)]);
  });

  it('padding past the MTU, and a crafted fragment longer than the MTU allows, are refused with the MTU', () => {
    expect(validationProblems(sc({ mtu: 2000 }, { payload: 1900, padding: 73 })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/padding: must keep the frame within the MTU of "veth0" \(2000\)/)]);
    expect(validationProblems(sc({ mtu: 1280 }, { payload: 3000, fragments: [0, { offset: 1256, length: 1264 }, 2] })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/fragments\/1\/length: must keep the fragment within the veth's MTU \(1280\)/)]);
  });
});

describe('a jumbo MTU: packet_snd puts a frame past a page in pages (6.x), and reassembly moves them', () => {
  it('6.x: under a page with its 16 reserved bytes one linear skb, past it a small skb and PAGE_ALIGN of the rest', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const) {
      const small = linearSkbTruesize(p, 30);
      expect(packetSndSkb(p, 4079)).toEqual(expect.objectContaining({ truesize: linearSkbTruesize(p, 4095), paged: 0 }));
      expect(packetSndSkb(p, 4080)).toEqual(expect.objectContaining({ truesize: small + 4096, paged: 4096, tailroom: 0 }));
      expect(packetSndTruesize(p, 65549)).toBe(small + 65536);
    }
    // 3.13 passes no linear length: every frame one linear skb, kmalloc'd past a page
    expect(packetSndSkb('linux-3.13', 9014))
      .toEqual(expect.objectContaining({ truesize: linearSkbTruesize('linux-3.13', 9030), paged: 0 }));
  });

  it('its frags: a page each on 6.1, chunks of up to 8 pages on 6.12 and 6.18', () => {
    expect(packetSndSkb('linux-6.1', 9010).frags).toBe(3);
    expect(packetSndSkb('linux-6.12', 9010).frags).toBe(2); // 8 KiB + 4 KiB
    expect(packetSndSkb('linux-6.18', 16010).frags).toBe(1); // 16 KiB
    expect(packetSndSkb('linux-6.18', 65549).frags).toBe(2); // 2 x 32 KiB
    expect(packetSndSkb('linux-6.1', 65549).frags).toBe(16);
  });

  it('a paged fragment after a paged head gives it its pages until they would pass MAX_SKB_FRAGS (17)', () => {
    const lens = [8976, 8976, 8976, 8976, 8976, 8976, 8976, 2683];
    const fates = (p: ProfileName) => reasmFates(p, lens, 20 + 8976, 'packet_snd', false).map((x) => x.fate);
    // 6.1: 3 frags each: 3 + 4 x 3 = 15, the fifth later one would make 18
    expect(fates('linux-6.1')).toEqual(['merged', 'merged', 'merged', 'merged', 'chained', 'chained', 'chained']);
    expect(fates('linux-6.18')).toEqual(['merged', 'merged', 'merged', 'merged', 'merged', 'merged', 'chained']);
    // a merged fragment is charged its pages, not its small skb
    expect(reasmFates('linux-6.18', [8976, 8976], 20 + 8976, 'packet_snd', false)).toEqual([{ fate: 'merged', pages: 12288 }]);
  });

  it('refuses UDP_GRO beside a frame packet_snd would page', () => {
    const s = sc({ mtu: 9000, gro: true, peerTso: false }, { payload: 4038 });
    s.config.sockets = [{ ...s.config.sockets![0]!, udpGro: true }];
    expect(validationProblems(s))
      .toEqual([expect.stringMatching(/^\/workload\/0\/payload: must keep the datagram within 4065 bytes/)]);
    s.workload[0] = { ...s.workload[0]!, payload: 4037 } as FramesStep;
    expect(validationProblems(s)).toEqual([]);
  });
});
