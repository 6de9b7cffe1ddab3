// Kernel rules of the IPv4 receive path (net/ipv4/ip_input.c ip_rcv / ip_rcv_core / ip_rcv_finish(_core)
// / ip_local_deliver_finish / ip_protocol_deliver_rcu, net/ipv4/route.c ip_route_input_slow + ip_error,
// net/ipv4/ip_forward.c, net/ipv4/ip_fragment.c ip_defrag + ip_expire) that the model's own tests and
// the property suite left unpinned (found by `npm run mutate -- --mutate src/model/ip_input.ts`).
import { describe, expect, test } from 'vitest';
import { makeHost, receive, sockNamed } from '../model/udp-host.ts';
import { inet_frag_next_timer as ip_frag_next_timer, inet_frag_run_timers as ip_frag_run_timers } from '../../src/model/inet_frag_timers.ts';
import type { KfreeSkbEvent } from '../../src/generated/schema-types.ts';

const PROFILES = ['linux-3.13', 'linux-6.18'] as const;
type P = (typeof PROFILES)[number];
const drops = (h: ReturnType<typeof makeHost>) =>
  h.trace!.events.filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map((e) => [e.location, e.reason ?? null]);
/** 3.13's skb:kfree_skb has no reason field; 6.x kfree_skb_reason gives one. */
const reason = (profile: P, r: string) => (profile === 'linux-3.13' ? null : r);
/** IP header 20 + UDP header 8 + the default 64-byte payload of udp-host.ts makeSkb. */
const LEN = 20 + 8 + 64;

describe('drop sites: skb:kfree_skb location (and the 6.x reason)', () => {
  test.each(PROFILES)('%s ip_rcv (6.x ip_rcv_core): otherhost OTHERHOST, bad version IP_INHDR, bad checksum IP_CSUM, truncated PKT_TOO_SMALL, tot_len < ihl*4 IP_INHDR', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [] });
    for (const flag of ['otherhost', 'ip_version', 'ip_csum', 'ip_truncated', 'ip_len_short'] as const) receive(h, { dport: 7, flags: [flag] });
    const loc = profile === 'linux-3.13' ? 'net/ipv4/ip_input.c:ip_rcv' : 'net/ipv4/ip_input.c:ip_rcv_core';
    expect(drops(h)).toEqual([
      [loc, reason(profile, 'OTHERHOST')],
      [loc, reason(profile, 'IP_INHDR')],
      [loc, reason(profile, 'IP_CSUM')],
      [loc, reason(profile, 'PKT_TOO_SMALL')],
      [loc, reason(profile, 'IP_INHDR')],
    ]);
  });
  test.each(PROFILES)('%s ip_rcv_finish (6.x ip_rcv_finish_core): fib_validate_source -EXDEV drops with IP_RPFILTER and counts IPReversePathFilter', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 7, flags: ['rp_filter'] });
    const loc = profile === 'linux-3.13' ? 'net/ipv4/ip_input.c:ip_rcv_finish' : 'net/ipv4/ip_input.c:ip_rcv_finish_core';
    expect(drops(h)).toEqual([[loc, reason(profile, 'IP_RPFILTER')]]);
    expect([h.mib.tcpExt.IPReversePathFilter, sockNamed(h, 's').queued()]).toEqual([1, 0]);
  });
  test.each(PROFILES)('%s route.c:ip_error: EHOSTUNREACH drops with IP_INADDRERRORS, ENETUNREACH with IP_INNOROUTES', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [] });
    receive(h, { dst: '10.9.9.9', dport: 7 }); // not local, forwarding off
    const f = makeHost({ profile, events: true, sockets: [], forwarding: true });
    receive(f, { dst: '10.9.9.9', dport: 7, flags: ['no_route'] });
    expect([...drops(h), ...drops(f)]).toEqual([
      ['net/ipv4/route.c:ip_error', reason(profile, 'IP_INADDRERRORS')],
      ['net/ipv4/route.c:ip_error', reason(profile, 'IP_INNOROUTES')],
    ]);
    expect([h.mib.ip.InAddrErrors, f.mib.ipExt.InNoRoutes, f.mib.icmp.OutDestUnreachs]).toEqual([1, 1, 1]);
  });
  test.each(PROFILES)('%s no protocol handler: dropped in ip_local_deliver_finish (6.x ip_protocol_deliver_rcu) with IP_NOPROTO', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [] });
    receive(h, { dport: 7, proto: 50 });
    const loc = profile === 'linux-3.13' ? 'net/ipv4/ip_input.c:ip_local_deliver_finish' : 'net/ipv4/ip_input.c:ip_protocol_deliver_rcu';
    expect(drops(h)).toEqual([[loc, reason(profile, 'IP_NOPROTO')]]);
  });
});

describe.each(PROFILES)('%s octet counters', (profile) => {
  test('ip_rcv counts InOctets (skb->len) and one InNoECTPkts before the header checksum is checked', () => {
    const h = makeHost({ profile, sockets: [] });
    receive(h, { dport: 7, flags: ['ip_csum'] });
    expect([h.mib.ip.InReceives, h.mib.ipExt.InOctets, h.mib.ipExt.InNoECTPkts, h.mib.ipExt.InCsumErrors, h.mib.ip.InHdrErrors]).toEqual([1, LEN, 1, 1, 1]);
  });
  // up to 6.1 ip_forward_finish adds IPSTATS_MIB_OUTOCTETS and ip_output adds them again (IP_UPD_PO_STATS OUT);
  // from 6.3 (read in 6.12.118 net/ipv4/ip_forward.c) ip_forward counts only OUTFORWDATAGRAMS
  const twice = (['linux-3.13', 'linux-6.1'] as readonly string[]).includes(profile);
  test(`a forwarded datagram adds skb->len to OutOctets ${twice ? 'twice (ip_forward_finish and ip_output)' : 'once (on output)'}`, () => {
    const h = makeHost({ profile, sockets: [], forwarding: true });
    receive(h, { dst: '10.9.9.9', dport: 7 });
    expect([h.mib.ip.ForwDatagrams, h.mib.ipExt.OutOctets, h.skbs.live]).toEqual([1, (twice ? 2 : 1) * LEN, 0]);
  });
  test('a locally generated ICMP protocol unreachable adds its own length (20 + 8 + the quoted datagram) to OutOctets', () => {
    const h = makeHost({ profile, sockets: [] });
    receive(h, { dport: 7, proto: 50 });
    expect([h.mib.ip.InUnknownProtos, h.mib.icmp.OutDestUnreachs, h.mib.ipExt.OutOctets]).toEqual([1, 1, 20 + 8 + LEN]);
  });
});

describe.each(PROFILES)('%s route.c:ip_route_input_slow and rp_filter', (profile) => {
  test('forwarding on: __mkroute_input runs fib_validate_source, so rp_filter drops a datagram to be forwarded (IPReversePathFilter, no ForwDatagrams)', () => {
    const h = makeHost({ profile, sockets: [], forwarding: true });
    receive(h, { dst: '10.9.9.9', dport: 7, flags: ['rp_filter'] });
    expect([h.mib.tcpExt.IPReversePathFilter, h.mib.ip.ForwDatagrams, h.mib.ip.InAddrErrors]).toEqual([1, 0, 0]);
  });
  test('forwarding off: a non-local destination goes to no_route (-EHOSTUNREACH) before fib_validate_source: InAddrErrors, not IPReversePathFilter', () => {
    const h = makeHost({ profile, sockets: [] });
    receive(h, { dst: '10.9.9.9', dport: 7, flags: ['rp_filter'] });
    expect([h.mib.tcpExt.IPReversePathFilter, h.mib.ip.InAddrErrors]).toEqual([0, 1]);
  });
});

describe.each(PROFILES)('%s early demux is per protocol and only for a local unicast destination', (profile) => {
  const connected = () => makeHost({ profile, sockets: [{ name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }] });
  test('inet_protos[iph->protocol]->early_demux: an ICMP datagram with the 4-tuple of a connected UDP socket is not demuxed, so rp_filter still applies', () => {
    const h = connected();
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    expect(sockNamed(h, 'c').rx_dst).toBe(true);
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, proto: 1, flags: ['rp_filter'] });
    expect([h.mib.tcpExt.IPReversePathFilter, h.mib.icmp.InMsgs]).toEqual([1, 0]);
  });
  test('a datagram the route finds not local is not taken by a connected socket\'s cached sk_rx_dst: InAddrErrors', () => {
    const h = connected();
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, flags: ['not_local'] });
    expect([sockNamed(h, 'c').queued(), h.mib.ip.InAddrErrors]).toEqual([1, 1]);
  });
});

describe.each(PROFILES)('%s fragment queue timers (ip_fragment.c:ip_expire)', (profile) => {
  test('with no fragment state, there is no timer (Infinity) and running timers changes nothing', () => {
    const h = makeHost({ profile, sockets: [] });
    expect(ip_frag_next_timer(h)).toBe(Infinity);
    ip_frag_run_timers(h);
    expect([h.mib.ip.ReasmFails, h.inet]).toEqual([0, undefined]);
  });
  test('a first fragment on a fresh host (no socket ever created) is counted ReasmReqds and arms a timer ipfrag_time later', () => {
    const h = makeHost({ profile, sockets: [], sysctl: { ipfrag_time: 30 } });
    receive(h, { dport: 7, flags: ['fragment'] });
    expect([h.mib.ip.ReasmReqds, ip_frag_next_timer(h)]).toEqual([1, 30e9]);
  });
  test('a queue whose timer is due expires before the next datagram is received: ReasmTimeout, ICMP time exceeded, kfree_skb FRAG_REASM_TIMEOUT at the timer time', () => {
    const h = makeHost({ profile, events: true, sockets: [], sysctl: { ipfrag_time: 30 } });
    receive(h, { dport: 7, flags: ['fragment'] });
    h.now = 30e9 - 1;
    receive(h, { dport: 7, proto: 1 }); // an ICMP datagram: delivered, no drop
    expect([h.mib.ip.ReasmTimeout, h.mib.icmp.OutTimeExcds]).toEqual([0, 0]);
    h.now = 30e9 + 5;
    receive(h, { dport: 7, proto: 1 });
    expect([h.mib.ip.ReasmTimeout, h.mib.ip.ReasmFails, h.mib.icmp.OutTimeExcds, ip_frag_next_timer(h)]).toEqual([1, 1, 1, Infinity]);
    const loc = profile === 'linux-3.13' ? 'net/ipv4/inet_fragment.c:inet_frag_destroy' : 'net/ipv4/ip_fragment.c:ip_expire';
    expect(drops(h)).toEqual([[loc, reason(profile, 'FRAG_REASM_TIMEOUT')]]);
    const e = h.trace!.events.find((x) => x.event === 'kfree_skb')!;
    expect(e.t).toBe(30e9);
  });
});
