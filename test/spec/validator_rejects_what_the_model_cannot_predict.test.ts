// Issue 13 item 7: configurations the model cannot predict faithfully are input errors (exit 2) naming the JSON
// pointer and the reason, never a confident wrong answer: datagrams beyond the device MTU (the sender would
// fragment), and ICMP rate limits whose outcome depends on inet_peer GC.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/spec/validate.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import type { Scenario } from '../../src/generated/schema-types.ts';

type Kind = 'veth' | 'loopback' | 'nic';
function sc(kind: Kind, frames: Record<string, unknown>, extra: Record<string, unknown> = {}, profile = 'linux-6.18'): Scenario {
  const name = kind === 'loopback' ? 'lo' : 'd0';
  return {
    name: 't',
    config: { profile, cpus: 1, devices: [{ name, kind }], sockets: [{ name: 's', port: 5000 }], ...extra },
    workload: [{ at: 0, op: 'frames', device: name, count: 1, flow: { dport: 5000 }, ...frames }],
  } as Scenario;
}
function problems(s: Scenario): string[] {
  try {
    validateScenario(s, 'x.json');
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    return (e as RxpathInputError).problems.map((p) => `${p.pointer}: ${p.message}`);
  }
}

describe('device MTU (no sender-side fragmentation in the model)', () => {
  it('a NIC frame is a wire frame as given (jumbo frames allowed): not checked against an MTU', () => {
    expect(problems(sc('nic', { payload: 8972 }))).toEqual([]);
  });

  it.each(['veth'] as const)('%s: MTU 1500, so a 1472-byte UDP payload (IP length 1500) is accepted and 1473 is rejected at /workload/0/payload', (kind) => {
    expect(problems(sc(kind, { payload: 1472 }))).toEqual([]);
    const p = problems(sc(kind, { payload: 1473 }));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^\/workload\/0\/payload: must keep the IP datagram within 1500 bytes .*MTU 1500.*sender-side fragmentation.*\(got 1473, an IP length of 1501\)$/);
  });

  it('the ip_options flag adds its 4-byte option to the IP length', () => {
    expect(problems(sc('veth', { payload: 1468, flags: ['ip_options'] }))).toEqual([]);
    expect(problems(sc('veth', { payload: 1469, flags: ['ip_options'] }))[0]).toMatch(/IP length of 1501/);
  });

  it('loopback: MTU 65536, so the largest UDP payload (65507) is accepted; with an IP option the datagram would exceed tot_len 65535', () => {
    expect(problems(sc('loopback', { payload: 65507, flow: { dport: 5000, src: '127.0.0.1', dst: '127.0.0.1' } }))).toEqual([]);
    const p = problems(sc('loopback', { payload: 65507, flags: ['ip_options'], flow: { dport: 5000, src: '127.0.0.1', dst: '127.0.0.1' } }));
    expect(p[0]).toMatch(/^\/workload\/0\/payload: must keep the IP datagram within 65535 bytes .*tot_len is at most 65535.*MTU 65536/);
  });
});

describe('ICMP rate limits the model cannot predict', () => {
  it('icmp_ratelimit above 20 s (6 x it beyond inet_peer_minttl 120 s) over more than 120 s is rejected (inet_peer_gc)', () => {
    const s = { 'net.ipv4.icmp_ratelimit': 30_000 };
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 3, gapNs: 1_000_000_000 }, { sysctls: s }))).toEqual([]);
    const p = problems(sc('veth', { flow: { dport: 9999 }, count: 3, gapNs: 100_000_000_000 }, { sysctls: s }));
    expect(p[0]).toMatch(/^\/workload\/0: must not send rate-limited ICMP errors over more than 120 s .*inet_peer_gc/);
    // to an open port no error is sent, so no rate limit is involved
    expect(problems(sc('veth', { flow: { dport: 5000 }, count: 3, gapNs: 100_000_000_000 }, { sysctls: s }))).toEqual([]);
  });
});
