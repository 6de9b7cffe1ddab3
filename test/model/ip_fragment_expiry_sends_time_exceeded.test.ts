// The `fragment` frame flag is a FIRST fragment (offset 0, MF set) whose other fragments never
// arrive. ip_frag_queue sets INET_FRAG_FIRST_IN, so when the queue expires ip_expire sends ICMP time
// exceeded / fragment reassembly time exceeded about it (net/ipv4/ip_fragment.c:ip_expire ->
// icmp_send(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0)). Recorded on Linux 6.18:
// golden/kernel/linux-6.18/crafted-fragment.json (3 frames: Icmp OutMsgs 0 at once, 3 after ipfrag_time).
import { describe, expect, it } from 'vitest';
import { PROFILES, at, checkpoint, end, frames, scenario, sim } from './build.ts';
import { makeHost, receive } from './udp-host.ts';
import { inet_frag_next_timer as ip_frag_next_timer, inet_frag_run_timers as ip_frag_run_timers } from '../../src/model/inet_frag_timers.ts';

describe('a first fragment that never completes', () => {
  it.each(PROFILES)('%s: no ICMP while it waits; ICMP time exceeded (OutMsgs +1) per datagram when ipfrag_time expires', (profile) => {
    const obs = sim(scenario({
      profile, cpus: 2, devices: [{ name: 'veth0', kind: 'veth' }], localAddresses: ['10.0.0.1'], sockets: [{ name: 's', port: 5000 }],
    }, [
      frames(0, 'veth0', 3, { cpu: 1, gapNs: 50_000, flags: ['fragment'], flow: { src: '10.0.0.2', dst: '10.0.0.1', dport: 5000 } }),
      checkpoint(1_000_000, 'received', true),
      { at: 33_000_000_000, op: 'advance' },
      checkpoint(33_000_000_000, 'expired', true),
    ]));
    const r = at(obs, 'received');
    expect([r.snmp.Ip.ReasmReqds, r.snmp.Ip.ReasmFails, r.snmp.Icmp.OutMsgs, r.snmp.Icmp.OutTimeExcds]).toEqual([3, 0, 0, 0]);
    const e = end(obs);
    expect([e.snmp.Ip.ReasmReqds, e.snmp.Ip.ReasmTimeout, e.snmp.Ip.ReasmFails, e.snmp.Icmp.OutMsgs, e.snmp.Icmp.OutDestUnreachs]).toEqual([3, 3, 3, 3, 0]);
    expect([e.snmp.Icmp.OutTimeExcds, e.snmp.Icmp.OutParmProbs]).toEqual([3, 0]);
  });

  it.each(PROFILES)('%s: an error to a local source loops back over lo: Icmp InMsgs, but not InDestUnreachs', (profile) => {
    const h = makeHost({ profile, events: true });
    const looped: number[] = [];
    h.ip_local_out_hook = (_h, _dev, _len, proto, _src, _dst, _cpu, type, code) => { looped.push(proto, type, code); };
    receive(h, { src: '10.0.0.1', dst: '10.0.0.1', dport: 7, flags: ['fragment'], dev: 0 }); // from a local socket, over lo
    h.now = ip_frag_next_timer(h);
    ip_frag_run_timers(h);
    expect(looped).toEqual([1, 11, 1]); // IPPROTO_ICMP, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME
    expect(h.mib.icmp.OutMsgs).toBe(1);
    // 6.18 frees the head in ip_expire with FRAG_REASM_TIMEOUT
    const ev = h.trace!.events.at(-1)!;
    if (profile === 'linux-6.18') expect(ev).toMatchObject({ event: 'kfree_skb', reason: 'FRAG_REASM_TIMEOUT', location: 'net/ipv4/ip_fragment.c:ip_expire' });
  });

  it.each(PROFILES)('%s: the looped-back time exceeded counts Icmp InMsgs and InTimeExcds, no InDestUnreachs', (profile) => {
    const e = end(sim(scenario({
      profile, cpus: 2, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 's', port: 5000 }],
    }, [frames(0, 'lo', 1, { flags: ['fragment'], flow: { src: '127.0.0.1', dst: '127.0.0.1', dport: 5000 } }), { at: 40_000_000_000, op: 'advance' }])));
    expect([e.snmp.Icmp.OutMsgs, e.snmp.Icmp.InMsgs, e.snmp.Icmp.InDestUnreachs, e.snmp.Ip.ReasmTimeout]).toEqual([1, 1, 0, 1]);
    expect([e.snmp.Icmp.OutTimeExcds, e.snmp.Icmp.InTimeExcds, e.snmp.Icmp.InParmProbs]).toEqual([1, 1, 0]);
  });
});
