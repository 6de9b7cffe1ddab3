// The close step (CloseStep, src/spec/close-problems.ts): a socket is named by no step after its close, and the
// closes the model cannot predict are refused with the reason; the ICMP rate-limit check counts the closed port.
import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../src/spec/validate.ts';
import { socketsOpenAt } from '../../src/spec/close-problems.ts';
import type { Scenario, Socket, Step } from '../../src/generated/schema-types.ts';

function scenario(sockets: Socket[], workload: Step[], sysctls: Record<string, unknown> = {}): Scenario {
  return {
    name: 'close', workload,
    config: { profile: 'linux-6.18', cpus: 1, devices: [{ name: 'v0', kind: 'veth' }], sockets, sysctls: sysctls as never },
  };
}

const RX: Socket = { name: 'rx', port: 9000 };
const close = (at: number, socket = 'rx'): Step => ({ at, op: 'close', socket });

describe('close step', () => {
  test('accepted: a close of a configured socket, then frames to its port', () => {
    const s = scenario([RX], [close(0), { at: 1, op: 'frames', device: 'v0', flow: { dport: 9000 } }]);
    expect(() => validateScenario(s, 'c.json')).not.toThrow();
  });

  test('an unknown socket', () => {
    expect(() => validateScenario(scenario([RX], [close(0, 'nope')]), 'c.json'))
      .toThrow(/c\.json: \/workload\/0\/socket: must name a socket of the config/);
  });

  test.each([
    ['read', { at: 5, op: 'read', socket: 'rx' }],
    ['setsockopt', { at: 5, op: 'setsockopt', socket: 'rx', soRcvbuf: 4096 }],
    ['lock_sock', { at: 5, op: 'lock_sock', socket: 'rx', durationNs: 10 }],
    ['a second close', close(5)],
  ] as [string, Step][])('%s after the close', (_what, step) => {
    expect(() => validateScenario(scenario([RX], [close(0), step]), 'c.json'))
      .toThrow(/\/workload\/1\/socket: must name an open socket: "rx" was closed by \/workload\/0 \(close\)/);
  });

  test('a close while lock_sock holds the socket', () => {
    const wl: Step[] = [{ at: 0, op: 'lock_sock', socket: 'rx', durationNs: 1000 }, close(500)];
    expect(() => validateScenario(scenario([RX], wl), 'c.json')).toThrow(/\/workload\/1: must not close a socket while lock_sock holds it/);
    const after: Step[] = [{ at: 0, op: 'lock_sock', socket: 'rx', durationNs: 1000 }, close(1001)];
    expect(() => validateScenario(scenario([RX], after), 'c.json')).not.toThrow();
  });

  test('a socket that joined a multicast group', () => {
    const s = scenario([{ ...RX, multicast: '239.1.1.1' }], [close(0)]);
    expect(() => validateScenario(s, 'c.json')).toThrow(/\/workload\/0\/socket: must not close a socket that joined a multicast group/);
  });

  test('net.ipv4.udp_mem set, in the config or by a step', () => {
    const inConfig = scenario([RX], [close(0)], { 'net.ipv4.udp_mem': [10, 20, 30] });
    expect(() => validateScenario(inConfig, 'c.json')).toThrow(/\/workload\/0: must not close a socket in a scenario that sets net.ipv4.udp_mem/);
    const byStep = scenario([RX], [close(0), { at: 1, op: 'sysctl', name: 'net.ipv4.udp_mem', value: [10, 20, 30] }]);
    expect(() => validateScenario(byStep, 'c.json')).toThrow(/RCU grace period/);
  });

  test('the sockets open at each step', () => {
    const s = scenario([RX, { name: 'b', port: 9001 }], [close(0), close(1, 'b')]);
    expect(socketsOpenAt(s, 0).map((k) => k.name)).toEqual(['rx', 'b']);
    expect(socketsOpenAt(s, 1).map((k) => k.name)).toEqual(['b']);
    expect(socketsOpenAt(s, 2)).toEqual([]);
  });

  test('frames to a closed port count toward the ICMP global bucket check', () => {
    // 60 datagrams back to back to the port after its close: NoPorts, each a port unreachable the global
    // bucket (icmp_msgs_burst 50 by default) may refuse at random: refused, as for a port never bound
    const wl: Step[] = [close(0), { at: 1, op: 'frames', device: 'v0', count: 60, flow: { dport: 9000 } }];
    const s = scenario([RX], wl, { 'net.ipv4.icmp_ratelimit': 0 });
    expect(() => validateScenario(s, 'c.json')).toThrow(/icmp_global_consume|global/);
    const open = scenario([RX], wl.slice(1), { 'net.ipv4.icmp_ratelimit': 0 });
    expect(() => validateScenario(open, 'c.json')).not.toThrow();
  });
});
