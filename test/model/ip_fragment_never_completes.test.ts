// ip_defrag / ip_expire: ReasmReqds at once, ReasmFails + ReasmTimeout only after ipfrag_time.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { inet_frag_next_timer as ip_frag_next_timer, inet_frag_run_timers as ip_frag_run_timers } from '../../src/model/inet_frag_timers.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('a lone fragment waits 30 s (default ipfrag_time) on the jiffy clock, then fails', () => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 's', port: 7 }] });
    h.now = 1_002_000_000; // jiffy 250 at HZ=250 (4 ms per jiffy)
    receive(h, { dport: 7, flags: ['fragment'] });
    const ip = h.mib.ip;
    expect([ip.ReasmReqds, ip.ReasmFails, ip.ReasmTimeout, ip.InDelivers, h.skbs.live]).toEqual([1, 0, 0, 0, 1]);
    expect(ip_frag_next_timer(h)).toBe((250 + 30 * 250) * 4_000_000);
    h.now = ip_frag_next_timer(h) - 1;
    ip_frag_run_timers(h);
    expect(ip.ReasmFails).toBe(0);
    h.now += 1;
    ip_frag_run_timers(h);
    expect([ip.ReasmFails, ip.ReasmTimeout, h.skbs.live, ip_frag_next_timer(h)]).toEqual([1, 1, 0, Infinity]);
    const ev = h.trace!.events.at(-1)!;
    expect(ev).toMatchObject({ event: 'kfree_skb', t: 31_000_000_000 });
    if (profile === 'linux-6.18') expect(ev).toMatchObject({ reason: 'FRAG_REASM_TIMEOUT' });
    else expect(ev).not.toHaveProperty('reason');
  });
  test('ipfrag_time from the scenario is honoured', () => {
    const h = makeHost({ profile, sysctl: { ipfrag_time: 2 } });
    receive(h, { dport: 7, flags: ['fragment'] });
    expect(ip_frag_next_timer(h)).toBe(2e9);
  });
});
