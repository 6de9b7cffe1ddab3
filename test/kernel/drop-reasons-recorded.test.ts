// 6.18 drop sites and reasons the kernel sources left open (or easy to get wrong), pinned by live recordings with
// skb:kfree_skb events (rxpath record; golden/kernel/linux-6.18): the model frees each of the three
// crafted datagrams at the same function with the same reason.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace, KfreeSkbEvent, ProfileName } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

const trace = (name: string, profile: ProfileName = 'linux-6.18') =>
  JSON.parse(readFileSync(join(PACKAGE_ROOT, `golden/kernel/${profile}`, `${name}.json`), 'utf8')) as GoldenTrace;
// the function only: the kernel's symbol may carry a compiler suffix (ip_rcv_finish_core.constprop.0)
const site = (e: KfreeSkbEvent) => `${e.location.replace(/^.*:/, '').replace(/\.(constprop|isra|part)\.\d+$/, '')} ${e.reason}`;

describe.each([
  ['crafted-ip-options', 'ip_rcv_finish_core IP_INHDR'],
  ['crafted-multicast', 'ip_rcv_finish_core NOT_SPECIFIED'],
  ['crafted-udp-csum-small', '__udp4_lib_rcv UDP_CSUM'],
  ['crafted-udp-csum-large', 'udp_recvmsg UDP_CSUM'],
  ['crafted-ip-short', 'ip_rcv_core IP_INHDR'],
  ['crafted-martian-loopback-src', 'ip_rcv_finish_core IP_LOCALNET'],
  ['crafted-martian-own-src', 'ip_rcv_finish_core IP_LOCAL_SOURCE'],
  ['crafted-martian-own-src-bcast', 'ip_rcv_finish_core IP_LOCAL_SOURCE'],
  ['crafted-martian-zero-src', 'ip_rcv_finish_core IP_INVALID_SOURCE'],
  ['crafted-martian-multicast-src', 'ip_rcv_finish_core IP_INVALID_SOURCE'],
  // IPv6 (corpus.ts ipv6()): the checksum checked on receive or when read, a zero checksum (udp6_csum_zero_error),
  // a UDP length beyond the datagram or below the header, a frame to another MAC (before ip6_rcv_core counts it)
  ['ipv6-veth-udp-csum-small', '__udp6_lib_rcv UDP_CSUM'],
  ['ipv6-veth-udp-csum-large', 'udpv6_recvmsg UDP_CSUM'],
  ['ipv6-veth-udp-csum-zero', '__udp6_lib_rcv UDP_CSUM'],
  ['ipv6-veth-udp-len-long', '__udp6_lib_rcv PKT_TOO_SMALL'],
  ['ipv6-veth-udp-len-short', '__udp6_lib_rcv PKT_TOO_SMALL'],
  ['ipv6-veth-otherhost', 'ip6_rcv_core OTHERHOST'],
])('%s', (name, expected) => {
  it(`Linux 6.18 frees each datagram at ${expected}, and so does the model`, () => {
    const g = trace(name);
    const kernel = (g.observations.events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(site);
    expect(kernel.filter((s) => s === expected)).toHaveLength(3);
    // the other frees in the recording are the peer's (the ICMP answer it does not take: OTHERHOST), in order
    expect(kernel.filter((s) => s !== expected).every((s) => s.endsWith(' OTHERHOST'))).toBe(true);
    const model = (simulate(g.scenario, { events: true, profile: 'linux-6.18' }).events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(site);
    expect(model).toEqual(kernel);
  });
});

// 6.1 and 6.12 route errors carry no reason yet (ip_rcv_finish_core leaves NOT_SPECIFIED; 6.13 on, a reason each)
describe.each([
  ['linux-6.12', 'crafted-martian-loopback-src'], ['linux-6.12', 'crafted-martian-own-src'], ['linux-6.12', 'crafted-martian-zero-src'],
  ['linux-6.1', 'crafted-martian-loopback-src'], ['linux-6.1', 'crafted-martian-own-src'], ['linux-6.1', 'crafted-martian-zero-src'],
] as const)('%s %s', (profile, name) => {
  // 6.1's skb:kfree_skb prints the location as a pointer (%p): the reason only there
  const where = profile === 'linux-6.1' ? (e: KfreeSkbEvent) => `${e.reason}` : site;
  const expected = profile === 'linux-6.1' ? 'NOT_SPECIFIED' : 'ip_rcv_finish_core NOT_SPECIFIED';
  it(`frees each datagram at ${expected}, and so does the model`, () => {
    const g = trace(name, profile);
    const kernel = (g.observations.events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(where);
    expect(kernel.filter((x) => x === expected)).toHaveLength(3);
    const model = (simulate(g.scenario, { events: true, profile }).events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(where);
    expect(model).toEqual(kernel);
  });
});

/** Every kernel trace recorded with events, under its profile. */
function tracesWithEvents(): [ProfileName, string, GoldenTrace][] {
  const out: [ProfileName, string, GoldenTrace][] = [];
  for (const profile of ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const) {
    for (const f of readdirSync(join(PACKAGE_ROOT, 'golden/kernel', profile)).filter((x) => x.endsWith('.json')).sort()) {
      const g = trace(f.replace(/\.json$/, ''), profile);
      if (g.observations.events) out.push([profile, f, g]);
    }
  }
  return out;
}

// Golden replays compare counters; this compares each recording's drops: the skb:kfree_skb events the model emits
// are the ones the kernel recorded (function and reason; 6.1 prints the location as a pointer, so the reason only
// there), the peer's PACKET_OTHERHOST frees of the model's replies out the veth included.
describe.each(tracesWithEvents())('%s %s: the drops the model frees are the ones the kernel recorded', (profile, _f, g) => {
  it('the model\'s kfree_skb events, function and reason, are the recording\'s', () => {
    const key = profile === 'linux-6.1' ? (e: KfreeSkbEvent) => `${e.reason}` : site;
    const left = (g.observations.events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(key);
    const model = (simulate(g.scenario, { events: true, profile }).events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(key);
    const missing = model.filter((m) => {
      const i = left.indexOf(m);
      if (i >= 0) left.splice(i, 1);
      return i < 0;
    });
    expect(missing).toEqual([]);
    expect(left).toEqual([]);
  });
});
