// The recorder's IPv6 on the live kernel (root on Linux only; skipped elsewhere, saying why): the
// namespace's IPv6 is silent (topology.ts: no MLD, DAD or router solicitation, not one frame sent),
// the permanent neighbours hold on the NOARP receiving end (an ICMPv6 and an ICMP error leave for
// SINK_MAC and the peer takes them as PACKET_OTHERHOST), and two IPv6 corpus scenarios record twice
// identically with the counters their frames explain.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/generated/schema-types.ts';
import { kernelCorpus } from '../../src/kernel/corpus.ts';
import { buildFrame, toHex } from '../../src/kernel/frames.ts';
import { withRecorderLock } from '../../src/kernel/lock.ts';
import { withNetns } from '../../src/kernel/netns.ts';
import { kernelUnavailableReason, PYTHON } from '../../src/kernel/platform.ts';
import { recordTrace } from '../../src/kernel/record_trace.ts';
import { buildTopology, RX_MAC, SINK_MAC, TX_MAC } from '../../src/kernel/topology.ts';

const why = kernelUnavailableReason();
if (why) console.warn(`test/kernel/ipv6-live.test.ts skipped: the live kernel cannot be recorded here: ${why}`);

const cat = (ns: string, path: string): string => spawnSync('ip', ['netns', 'exec', ns, 'cat', path], { encoding: 'utf8' }).stdout;
/** The non-zero lines of /proc/net/snmp6 (every counter, output side too). */
const nonZero = (ns: string): string[] => cat(ns, '/proc/net/snmp6').split('\n').filter((l) => /\s[1-9]\d*$/.test(l));
/** rx and tx packets of each device, from /proc/net/dev. */
function devPackets(ns: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const l of cat(ns, '/proc/net/dev').split('\n').slice(2)) {
    const m = /^\s*([^:]+):\s*(.*)$/.exec(l);
    if (m) { const c = m[2].trim().split(/\s+/).map(Number); out[m[1]] = [c[1], c[9]]; }
  }
  return out;
}

/** Sends `frames` on `ifname` and returns what arrives there in the next second: destination MAC, ethertype, pkttype. */
const CAPTURE = `
import socket, sys, time, json
ifname = sys.argv[1]
cap = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3)); cap.bind((ifname, 0)); cap.settimeout(0.2)
tx = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0); tx.bind((ifname, 0))
for h in sys.argv[2:]: tx.send(bytes.fromhex(h))
out, end = [], time.time() + 1.0
while time.time() < end:
    try: d, a = cap.recvfrom(65535)
    except socket.timeout: continue
    if a[2] != socket.PACKET_OUTGOING: out.append([d[0:6].hex(':'), d[12:14].hex(), a[2]])
print(json.dumps(out))
`;

describe.skipIf(why !== null)('IPv6 on the live kernel (root on Linux)', () => {
  it('the IPv6 topology is silent, and its errors leave for SINK_MAC, the peer dropping them as PACKET_OTHERHOST', async () => {
    const config: Config = { profile: 'linux-6.18', cpus: 2, devices: [{ name: 'veth0', kind: 'veth' }], localAddresses: ['10.0.0.1'] };
    await withNetns(async (ns) => {
      expect(nonZero(ns)).toEqual([]);
      buildTopology(ns, config, true);
      // MLD's unsolicited reports and a router solicitation would go out within a second or two of the link coming up
      await new Promise((r) => setTimeout(r, 3000));
      expect(nonZero(ns)).toEqual([]);
      expect(devPackets(ns)).toEqual({ lo: [0, 0], veth0: [0, 0], veth0p: [0, 0] });
      const link = spawnSync('ip', ['-n', ns, 'link', 'show', 'veth0'], { encoding: 'utf8' }).stdout;
      expect(link).toMatch(/NOARP/);
      // the ICMPv6 rate limits are the kernel's own defaults (topology.ts sets none): destination unreachable is limited
      expect(cat(ns, '/proc/sys/net/ipv6/icmp/ratemask').trim()).toBe('0-1,3-127');
      const neigh = spawnSync('ip', ['-n', ns, 'neigh', 'show', 'dev', 'veth0'], { encoding: 'utf8' }).stdout;
      expect(neigh).toMatch(new RegExp(`fd00::2 lladdr ${SINK_MAC} PERMANENT`));
      expect(neigh).toMatch(new RegExp(`10\\.0\\.0\\.2 lladdr ${SINK_MAC} PERMANENT`));
      const to = { srcMac: TX_MAC, dstMac: RX_MAC, sport: 40000, dport: 9999, proto: 17, payload: 10, flags: [] };
      const frames = [buildFrame({ ...to, family: 'inet6', src: 'fd00::2', dst: 'fd00::1' }), buildFrame({ ...to, src: '10.0.0.2', dst: '10.0.0.1' })].map(toHex);
      const r = spawnSync('ip', ['netns', 'exec', ns, PYTHON, '-c', CAPTURE, 'veth0p', ...frames], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      // PACKET_OTHERHOST = 3: a port unreachable of each family, to the MAC nobody owns
      expect(JSON.parse(r.stdout)).toEqual([[SINK_MAC, '86dd', 3], [SINK_MAC, '0800', 3]]);
      // the peer's drop (OTHERHOST, before ip6_rcv_core counts) leaves snmp6 with the datagram's own counts only
      const after = Object.fromEntries(nonZero(ns).map((l) => l.trim().split(/\s+/)));
      expect(after).toMatchObject({ Ip6InReceives: '1', Ip6InDelivers: '1', Udp6NoPorts: '1', Icmp6OutDestUnreachs: '1' });
      expect(after).not.toHaveProperty('Ip6InDiscards');
    });
  }, 30_000);

  it('records IPv6 over veth and loopback twice identically, each counter explained by its frames', async () => {
    const names = ['ipv6-veth-udp-csum-small', 'ipv6-lo-read-all', 'ipv6-veth-dualstack-v4'];
    const entries = kernelCorpus().filter((e) => names.includes(e.scenario.name));
    expect(entries).toHaveLength(names.length);
    await withRecorderLock(async () => {
      for (const e of entries) {
        const r = await recordTrace({ ...e, events: false }, { repeats: 2 });
        if (!r.kept) throw new Error(`${e.scenario.name}: ${r.reason}`);
        const end = r.trace.observations.checkpoints.at(-1)!.counters;
        expect(r.trace.observed).toContain('snmp6.Udp6.InCsumErrors');
        expect(r.trace.observed).not.toContain('snmp6.Udp6.OutDatagrams');
        const six = end.snmp6!;
        if (e.scenario.name === 'ipv6-veth-udp-csum-small') {
          expect([six.Ip6.InReceives, six.Ip6.InDelivers, six.Ip6.InOctets, six.Udp6.InErrors, six.Udp6.InCsumErrors]).toEqual([3, 3, 3 * (40 + 8 + 20), 3, 3]);
        } else if (e.scenario.name === 'ipv6-lo-read-all') {
          expect([six.Ip6.InReceives, six.Ip6.InDelivers, six.Udp6.InDatagrams, six.Udp6.InErrors, end.udp[0].rx_queue]).toEqual([10, 10, 10, 0, 0]);
          expect(end.udp[0].local_address).toBe('00000000000000000000000001000000:2328');
        } else {
          // dual stack: IPv4 datagrams to an AF_INET6 socket count in the IPv4 MIB; its row is /proc/net/udp6's
          expect([end.snmp.Ip.InReceives, end.snmp.Udp.InDatagrams, six.Ip6.InReceives, six.Udp6.InDatagrams]).toEqual([5, 2, 0, 0]);
          expect(end.udp[0].local_address).toBe('00000000000000000000000000000000:2328');
        }
        expect(six.Icmp6.InMsgs + six.Icmp6.OutMsgs + six.Ip6.InDiscards).toBe(0);
      }
    }, { waitMs: 30_000 });
  }, 60_000);

  it('keeps a step\'s gap of 1 ms or more (the ICMPv6 bucket refills between datagrams), and the default ICMPv6 rate limits hold', async () => {
    const names = ['ipv6-veth-noports-gap120ms-12', 'ipv6-veth-noports-ratelimit-50'];
    const entries = kernelCorpus().filter((e) => names.includes(e.scenario.name));
    expect(entries).toHaveLength(names.length);
    await withRecorderLock(async () => {
      for (const e of entries) {
        const t0 = Date.now();
        const r = await recordTrace({ ...e, events: false }, { repeats: 1 });
        const ms = Date.now() - t0;
        if (!r.kept) throw new Error(`${e.scenario.name}: ${r.reason}`);
        const six = r.trace.observations.checkpoints.at(-1)!.counters.snmp6!;
        expect((r.trace.provenance.kernel!.sysctls as Record<string, string>)['net.ipv6.icmp.ratemask']).toBe('0-1,3-127');
        if (e.scenario.name === 'ipv6-veth-noports-gap120ms-12') {
          // 11 datagrams' worth of gaps: the helper sleeps them (settings.pacing names the step)
          expect(ms).toBeGreaterThanOrEqual(11 * 120);
          expect((r.trace.provenance.kernel!.settings as { pacing?: { pacedSteps: number[] } }).pacing?.pacedSteps).toEqual([0]);
          expect(six.Udp6.NoPorts).toBe(12);
          // 11 (a 62-jiffy token: 1000 ms >> 2) or 12 (25 jiffies: 100 ms, 6.18.14 on) leave; more than the burst of 6 either way
          expect(six.Icmp6.OutMsgs).toBeGreaterThanOrEqual(11);
          expect(six.Icmp6.OutMsgs + (six.Icmp6.OutRateLimitHost ?? 0)).toBe(12);
        } else {
          expect((r.trace.provenance.kernel!.settings as { pacing?: unknown }).pacing).toBeUndefined();
          expect([six.Udp6.NoPorts, six.Icmp6.OutMsgs, six.Icmp6.OutDestUnreachs, six.Icmp6.OutRateLimitHost]).toEqual([50, 6, 6, 44]);
        }
      }
    }, { waitMs: 30_000 });
  }, 60_000);
});
