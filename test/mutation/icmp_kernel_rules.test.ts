// net/ipv4/icmp.c rules for ICMP frames the workload sends (the type travels in the flow's sport):
// icmp_rcv's per-type counters and `type > NR_ICMP_TYPES -> goto error` (Icmp InErrors), and
// __icmp_send's refusal to answer an ICMP error or an unknown ICMP type with an error.
import { describe, expect, it } from 'vitest';
import { PROFILES, end, frames, nic, scenario, sim } from '../model/build.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const host = (profile: (typeof PROFILES)[number]) => ({ profile, cpus: 1, devices: [nic('eth0')] });

describe.each(PROFILES)('%s ICMP frames', (profile) => {
  it('icmp_rcv: InMsgs for each, the per-type In counter for 3, 11, 12 only, InErrors for a type above NR_ICMP_TYPES (18); each is an IP InDeliver', () => {
    const types = [3, 4, 5, 11, 12, 18 + 1, 200];
    const s = end(sim(scenario(host(profile), types.map((t, i) => frames(i * 10_000, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: t } })))));
    expect(s.snmp.Icmp).toMatchObject({ InMsgs: 7, InErrors: 2, InDestUnreachs: 1, InTimeExcds: 1, InParmProbs: 1, OutMsgs: 0 });
    expect(s.snmp.Ip.InDelivers).toBe(7);
  });

  it('__icmp_send: a bad IP option in an ICMP error or an unknown ICMP type gets no parameter problem; in a UDP datagram it does', () => {
    const s = end(sim(scenario(host(profile), [
      frames(0, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: 3 }, flags: ['ip_options'] }),
      frames(10_000, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: 99 }, flags: ['ip_options'] }),
      frames(20_000, 'eth0', 1, { flow: { dport: 7 }, flags: ['ip_options'] }),
    ])));
    expect(s.snmp.Ip.InHdrErrors).toBe(3);
    expect([s.snmp.Icmp.OutMsgs, s.snmp.Icmp.OutParmProbs]).toEqual([1, 1]);
  });

  it('an ICMP frame must say its type: an ICMP query (echo, 8) or no sport is an input error naming /workload/N/flow/sport', () => {
    for (const sport of [8, undefined]) {
      const flow = sport === undefined ? { dport: 7, proto: 1 } : { dport: 7, proto: 1, sport };
      try {
        scenario(host(profile), [frames(0, 'eth0', 1, { flow })]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RxpathInputError);
        expect(String((e as Error).message)).toMatch(/\/workload\/0\/flow\/sport: must be the ICMP type of an ICMP frame \(proto 1\)/);
      }
    }
  });
});

// ICMP rate limiting (issue 13): net/ipv4/icmp.c:icmpv4_xrlim_allow -> inetpeer.c:inet_peer_xrlim_allow
// (both profiles), 6.x icmp.c:icmp_global_allow / icmpv4_global_allow and the Icmp OutRateLimit* counters.
const veth = { name: 'veth0', kind: 'veth' as const };
const noPorts = (profile: (typeof PROFILES)[number], count: number, sysctls: Record<string, number> = {}, gapNs = 50_000, dev: 'veth0' | 'lo' = 'veth0') =>
  end(sim(scenario(
    { profile, cpus: 1, devices: [dev === 'lo' ? { name: 'lo', kind: 'loopback' as const } : veth], sysctls },
    [frames(0, dev, count, { gapNs, flow: { dport: 9999, ...(dev === 'lo' ? { src: '127.0.0.1', dst: '127.0.0.1' } : {}) } })],
  ))).snmp.Icmp;

describe.each(PROFILES)('%s ICMP rate limits', (profile) => {
  const six = profile !== 'linux-3.13'; // the Icmp OutRateLimit* counters: 6.x (backported to Debian's 6.1.192)
  it('inet_peer_xrlim_allow: a new peer starts with 60*HZ of tokens capped at XRLIM_BURST_FACTOR (6) timeouts: 6 of 100 closed-port datagrams 50 us apart get an error', () => {
    const icmp = noPorts(profile, 100);
    expect([icmp.OutMsgs, icmp.OutDestUnreachs]).toEqual([6, 6]);
    if (six) expect([icmp.OutRateLimitHost, icmp.OutRateLimitGlobal]).toEqual([94, 0]);
    else expect('OutRateLimitHost' in icmp).toBe(false); // 3.13 icmp_send: `goto ende` with no counter
  });

  it('inet_peer_xrlim_allow refills one token per jiffy: with icmp_ratelimit 100 ms (25 jiffies at HZ 250) and 10 ms gaps, 6 + one per 25 jiffies', () => {
    // 40 datagrams over 390 ms = 97.5 jiffies: tokens after the burst refill at 1/jiffy, one error per 25
    const icmp = noPorts(profile, 40, { 'net.ipv4.icmp_ratelimit': 100 }, 10_000_000);
    expect(icmp.OutMsgs).toBe(6 + 3);
  });

  it('icmpv4_xrlim_allow: icmp_ratelimit 0 or a type not in icmp_ratemask is never limited; a loopback device never is', () => {
    expect(noPorts(profile, 20, { 'net.ipv4.icmp_ratelimit': 0 }).OutMsgs).toBe(20);
    expect(noPorts(profile, 100, { 'net.ipv4.icmp_ratemask': 0x1810 }).OutMsgs).toBe(100); // bit 3 cleared
    expect(noPorts(profile, 100, {}, 50_000, 'lo').OutMsgs).toBe(100);
  });
});

describe('linux-6.18 icmp_global_allow', () => {
  it('icmp_msgs_burst 0: credit never above 0, so one error per refill, and a refill needs HZ/50 jiffies (OutRateLimitGlobal for the rest)', () => {
    const icmp = noPorts('linux-6.18', 20, { 'net.ipv4.icmp_ratelimit': 0, 'net.ipv4.icmp_msgs_burst': 0 });
    expect([icmp.OutMsgs, icmp.OutRateLimitGlobal, icmp.OutRateLimitHost]).toEqual([1, 19, 0]);
    // 20 ms apart = 5 jiffies = HZ/50 at HZ 250: every check refills
    expect(noPorts('linux-6.18', 20, { 'net.ipv4.icmp_ratelimit': 0, 'net.ipv4.icmp_msgs_burst': 0 }, 20_000_000).OutMsgs).toBe(20);
  });

  it('icmp_msgs_per_sec 0: incr is 0, so no rate-limited error is ever sent', () => {
    const icmp = noPorts('linux-6.18', 5, { 'net.ipv4.icmp_msgs_per_sec': 0 });
    expect([icmp.OutMsgs, icmp.OutRateLimitGlobal]).toEqual([0, 5]);
  });
});
