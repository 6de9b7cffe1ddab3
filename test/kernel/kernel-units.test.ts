// Pure parts of the recorder: crafted frames, the tc burst commands, the corpus, trace parsing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kernelCorpus } from '../../src/kernel/corpus.ts';
import { kernelProblems } from '../../src/kernel/expressible.ts';
import { buildFrame, ETH_HLEN, inetChecksum, toHex, type FrameSpec } from '../../src/kernel/frames.ts';
import { runDifference, schemaPath } from '../../src/kernel/record_trace.ts';
import type { KernelRunResult } from '../../src/kernel/run_scenario.ts';
import { burstFilterCommands, byteEdits } from '../../src/kernel/tc_burst.ts';
import type { FrameFlag } from '../../src/generated/schema-types.ts';
import { parseDropReasons } from '../../src/kernel/tracefs.ts';
import { eventShape, parseTrace } from '../../src/kernel/trace_parse.ts';
import { validateScenario } from '../../src/spec/validate.ts';

const base: FrameSpec = { srcMac: '02:00:00:00:00:02', dstMac: '02:00:00:00:00:01', src: '10.0.0.2', dst: '10.0.0.1', sport: 40000, dport: 9000, proto: 17, payload: 10, flags: [] };
const ip = (f: Uint8Array): Uint8Array => f.subarray(14, 14 + (f[14] & 15) * 4);
function udpSum(f: Uint8Array): number {
  const l4 = f.subarray(14 + (f[14] & 15) * 4);
  const pseudo = [10, 0, 0, 2, 10, 0, 0, 1, 0, 17, l4.length >> 8, l4.length & 255];
  let s = 0;
  for (let i = 0; i < 12; i += 2) s += (pseudo[i] << 8) | pseudo[i + 1];
  return inetChecksum(l4, s);
}

describe('crafted frames (frames.ts)', () => {
  it('a valid frame has correct IP and UDP checksums and lengths', () => {
    const f = buildFrame(base);
    expect(f.length).toBe(14 + 20 + 8 + 10);
    expect(inetChecksum(ip(f))).toBe(0);
    expect(udpSum(f)).toBe(0);
    expect((f[16] << 8) | f[17]).toBe(38);
  });
  it('each flag breaks exactly its field', () => {
    expect(inetChecksum(ip(buildFrame({ ...base, flags: ['ip_csum'] })))).not.toBe(0);
    expect(buildFrame({ ...base, flags: ['ip_version'] })[14] >> 4).toBe(5);
    expect(buildFrame({ ...base, flags: ['ip_ihl'] })[14] & 15).toBe(4);
    const opt = buildFrame({ ...base, flags: ['ip_options'] });
    expect(opt[14] & 15).toBe(6);
    expect(inetChecksum(ip(opt))).toBe(0);
    expect(udpSum(buildFrame({ ...base, flags: ['udp_csum'] }))).not.toBe(0);
    const tr = buildFrame({ ...base, flags: ['ip_truncated'] });
    expect((tr[16] << 8) | tr[17]).toBe(138);
    expect(buildFrame({ ...base, flags: ['otherhost'] }).subarray(0, 6)).toEqual(Uint8Array.from([2, 0, 0, 0, 0, 0x99]));
    const frag = buildFrame({ ...base, flags: ['fragment'] });
    expect(frag[20]).toBe(0x20);
  });
});

describe('tc mirred bursts (tc_burst.ts)', () => {
  it('B actions in filters of at most 32, chained by continue, ending with a redirect', () => {
    for (const b of [1, 31, 32, 33, 100]) {
      const cmds = burstFilterCommands('v0p', 'v0', { count: b });
      const actions = cmds.flat().filter((x) => x === 'mirred').length;
      expect(actions).toBe(b);
      expect(cmds.every((c) => c.filter((x) => x === 'action').length <= 32)).toBe(true);
      expect(cmds.at(-1)!.slice(-5)).toEqual(['mirred', 'ingress', 'redirect', 'dev', 'v0']);
      expect(cmds.slice(0, -1).every((c) => c.at(-1) === 'continue')).toBe(true);
    }
  });

  it('a NAPI-mode veth\'s burst transmits its copies on the injecting end (mirred egress), through veth_xmit', () => {
    const cmds = burstFilterCommands('v0bs', 'v0p', { count: 40 }, 'egress');
    expect(cmds.map((c) => c[3])).toEqual(['v0bs', 'v0bs']);
    expect(cmds.flat().filter((x) => x === 'ingress')).toEqual([]);
    expect(cmds.at(-1)!.slice(-5)).toEqual(['mirred', 'egress', 'redirect', 'dev', 'v0p']);
  });

  /** The bytes of each packet the filters send, read as tc would run them (pedit keys applied in order). */
  function framesSent(cmds: string[][], frame: Uint8Array): string[] {
    const out: string[] = [];
    const cur = Uint8Array.from(frame);
    for (const c of cmds) {
      c.forEach((x, i) => {
        if (x === 'munge') cur[ETH_HLEN + Number(c[i + 2])] = Number(c[i + 5]);
        if (x === 'mirred') out.push(toHex(cur));
      });
    }
    return out;
  }

  it('a light flow: the original rewritten into the light frame around each of its copies, byte by byte', () => {
    const spec = { id: 1, srcMac: '02:00:00:00:00:02', dstMac: '02:00:00:00:00:01', src: '10.0.0.2', dst: '10.0.0.1', dport: 9000, proto: 17, payload: 64 };
    for (const flags of [[], ['ip_options'], ['udp_csum']] as FrameFlag[][]) {
      const heavy = buildFrame({ ...spec, sport: 40000, flags });
      const light = buildFrame({ ...spec, sport: 40100, flags });
      const toLight = byteEdits(heavy, light, ETH_HLEN);
      // the source port and the UDP checksum, nothing else
      expect(toLight.length).toBeGreaterThan(0);
      expect(toLight.length).toBeLessThanOrEqual(4);
      const udp = 20 + (flags.includes('ip_options') ? 4 : 0);
      expect(toLight.every((e) => [udp, udp + 1, udp + 6, udp + 7].includes(e.offset))).toBe(true);
      for (const [b, every] of [[400, 4], [33, 2], [5, 8], [64, 3]] as const) {
        const cmds = burstFilterCommands('v0p', 'v0', { count: b, light: { every, toLight, toHeavy: byteEdits(light, heavy, ETH_HLEN) } });
        const want = Array.from({ length: b }, (_, k) => toHex(k % every === every - 1 ? light : heavy));
        expect(framesSent(cmds, heavy)).toEqual(want);
        expect(cmds.every((c) => c.filter((x) => x === 'action').length <= 32)).toBe(true);
        expect(cmds.at(-1)!.at(-5)).toBe('mirred');
      }
    }
  });
});

describe('the kernel corpus', () => {
  const corpus = kernelCorpus();
  it('has unique names and only schema-valid scenarios the live kernel can run', () => {
    expect(new Set(corpus.map((e) => e.scenario.name)).size).toBe(corpus.length);
    for (const e of corpus) {
      validateScenario(e.scenario, e.scenario.name);
      expect(kernelProblems(e.scenario), e.scenario.name).toEqual([]);
    }
  });
  it.each(['linux-6.1', 'linux-6.12', 'linux-6.18'] as const)('is the same corpus under %s, each scenario valid there', (profile) => {
    const under = kernelCorpus(profile);
    expect(under.map((e) => e.scenario.name)).toEqual(corpus.map((e) => e.scenario.name));
    for (const e of under) {
      expect(e.scenario.config.profile).toBe(profile);
      validateScenario(e.scenario, e.scenario.name);
      expect(kernelProblems(e.scenario, profile), e.scenario.name).toEqual([]);
    }
  });
  it('its flow-limit bursts say they need CONFIG_NET_FLOW_LIMIT\'s sysctl, and limit the sending CPU in some', () => {
    const fl = corpus.filter((e) => e.scenario.name.startsWith('flow-limit-'));
    expect(fl.length).toBeGreaterThanOrEqual(3);
    for (const e of fl) expect(e.needsSysctl).toEqual({ name: 'net.core.flow_limit_cpu_bitmap', config: 'CONFIG_NET_FLOW_LIMIT' });
    expect(corpus.filter((e) => !e.scenario.name.startsWith('flow-limit-')).every((e) => e.needsSysctl === undefined)).toBe(true);
  });
  it('covers the five parts of issue 6', () => {
    const names = corpus.map((e) => e.scenario.name).join(' ');
    for (const re of [/udp-rcvbuf-lo-/, /udp-rcvbuf-veth-/, /udp-release-batch-/, /noports-lo/, /noports-veth/, /backlog-burst/, /crafted-/, /trace-/]) expect(names).toMatch(re);
  });
  it('golden-trace paths use the schema form', () => {
    expect(schemaPath('softnet_stat.[1].dropped')).toBe('softnet_stat[1].dropped');
    expect(schemaPath('udp[0].drops')).toBe('udp[0].drops');
  });
});

describe('two runs of a scenario (record_trace.ts runDifference)', () => {
  const run = (peerTxDropped?: Record<string, number>) => ({
    observations: { checkpoints: [] }, observed: [], truesize: {}, sysctls: {},
    settings: peerTxDropped === undefined ? {} : { peerTxDropped },
  }) as unknown as KernelRunResult;
  it('disagree when a NAPI-mode veth\'s sending end dropped a different number of frames', () => {
    expect(runDifference(run({ veth0p: 44 }), run({ veth0p: 44 }))).toBeNull();
    expect(runDifference(run(), run())).toBeNull();
    expect(runDifference(run({ veth0p: 44 }), run({ veth0p: 45 }))).toMatch(/tx_dropped: \{"veth0p":44\} then \{"veth0p":45\}/);
  });
});

describe('trace parsing', () => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'linux-6.18', 'trace_burst12_max5.txt'), 'utf8');
  it('a real capture of a 12-packet burst onto a backlog of 5', () => {
    const { events, skipped } = parseTrace(text);
    expect(skipped).toBe(0);
    const count = (name: string, reason?: string): number => events.filter((e) => e.event === name && (reason === undefined || (e as { reason?: string }).reason === reason)).length;
    expect(count('netif_rx')).toBe(12);
    expect(count('kfree_skb', 'CPU_BACKLOG')).toBe(6);
    expect(count('netif_receive_skb')).toBe(6);
    expect(events.find((e) => e.event === 'napi_poll')).toMatchObject({ dev_name: 'backlog', napi: 'backlog:1', work: 6 });
    expect(events[0].t).toBe(0);
    expect(eventShape(events)).not.toMatch(/"t":/);
    // the allocator decides whether a freed skb's address comes back: not part of what must repeat
    expect(eventShape(events)).not.toMatch(/"skbaddr":/);
    expect(eventShape(events)).toMatch(/"event":"kfree_skb"/);
  });
  it('6.1\'s kfree_skb (no rx_sk, location a hashed %p) is read; an unknown format of a read event is unparsed, not skipped', () => {
    const head = '          <idle>-0       [001] ..s1.   100.000100: ';
    const r = parseTrace([
      `${head}kfree_skb: skbaddr=000000003e8a4f4c protocol=2048 location=00000000b2c0d1e2 reason: SOCKET_RCVBUFF`,
      `${head}kfree_skb: skbaddr=000000003e8a4f4c rx_sk=0000000000000000 protocol=2048 location=udp_queue_rcv_one_skb+0x1f/0x60 reason: NOT_SPECIFIED`,
      // a module's function (%pS names the module): 6.12.118's veth_xmit freeing a frame its full ring refused
      `${head}kfree_skb: skbaddr=000000002d1e8f50 rx_sk=0000000000000000 protocol=2048 location=veth_xmit+0x30d/0x350 [veth] reason: NOT_SPECIFIED`,
      `${head}kfree_skb: skbaddr=000000003e8a4f4c something else`,
      `${head}sched_switch: prev_comm=x`,
    ].join('\n'));
    expect(r.events).toMatchObject([
      { event: 'kfree_skb', location: '(pointer)', reason: 'SOCKET_RCVBUFF', protocol: 2048 },
      { event: 'kfree_skb', location: 'udp_queue_rcv_one_skb', reason: 'NOT_SPECIFIED' },
      { event: 'kfree_skb', location: 'veth_xmit', reason: 'NOT_SPECIFIED' },
    ]);
    expect(r.unparsed).toHaveLength(1);
    expect(r.skipped).toBe(1);
  });
  it('drop reasons by name from the format file', () => {
    const m = parseDropReasons('print fmt: "x", __print_symbolic(REC->reason, { 2, "NOT_SPECIFIED" }, { 71, "CPU_BACKLOG" })');
    expect(m.get(71)).toBe('CPU_BACKLOG');
  });
});
