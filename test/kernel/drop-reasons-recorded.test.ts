// 6.18 drop sites and reasons the kernel sources left open (or easy to get wrong), pinned by live recordings with
// skb:kfree_skb events (rxpath record; golden/kernel/linux-6.18): the model frees each of the three
// crafted datagrams at the same function with the same reason.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace, KfreeSkbEvent } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

const trace = (name: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'golden/kernel/linux-6.18', `${name}.json`), 'utf8')) as GoldenTrace;
const site = (e: KfreeSkbEvent) => `${e.location.replace(/^.*:/, '')} ${e.reason}`;

describe.each([
  ['crafted-ip-options', 'ip_rcv_finish_core IP_INHDR'],
  ['crafted-multicast', 'ip_rcv_finish_core NOT_SPECIFIED'],
  ['crafted-udp-csum-small', '__udp4_lib_rcv UDP_CSUM'],
  ['crafted-udp-csum-large', 'udp_recvmsg UDP_CSUM'],
])('%s', (name, expected) => {
  it(`Linux 6.18 frees each datagram at ${expected}, and so does the model`, () => {
    const g = trace(name);
    const kernel = (g.observations.events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(site);
    expect(kernel.filter((s) => s === expected)).toHaveLength(3);
    // the other frees in the recording are the peer namespace's (the ICMP answer it does not take: OTHERHOST)
    expect(kernel.filter((s) => s !== expected).every((s) => s.endsWith(' OTHERHOST'))).toBe(true);
    const model = (simulate(g.scenario, { events: true, profile: 'linux-6.18' }).events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map(site);
    expect(model).toEqual([expected, expected, expected]);
  });
});
