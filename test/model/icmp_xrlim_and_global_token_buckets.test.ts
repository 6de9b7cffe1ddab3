// The ICMP rate-limit rules on the profile objects, one at a time: inetpeer.c:inet_peer_xrlim_allow (both
// profiles), icmp.c:icmpv4_mask_allow / icmpv4_xrlim_allow's type tests, and 6.x icmp.c:icmp_global_allow.
import { describe, expect, it } from 'vitest';
import { UDP_313, UDP_618, XRLIM_BURST_FACTOR } from '../../src/model/profile-udp.ts';
import { msecs_to_jiffies } from '../../src/model/icmp.ts';

describe.each([UDP_313, UDP_618])('$name inet_peer_xrlim_allow', (rules) => {
  it('a peer created at jiffies J (rate_last = J - 60*HZ) passes XRLIM_BURST_FACTOR errors at once, then one per timeout', () => {
    const peer = { tokens: 0, last: 1000 - 60 * 250 };
    const allowed = Array.from({ length: 8 }, () => rules.inetPeerXrlimAllow(peer, 1000, 250));
    expect(allowed).toEqual([true, true, true, true, true, true, false, false]);
    expect(rules.inetPeerXrlimAllow(peer, 1249, 250)).toBe(false); // 249 tokens < 250
    expect(rules.inetPeerXrlimAllow(peer, 1250, 250)).toBe(true);
    expect(peer.tokens).toBe(0);
  });

  it('the bucket never holds more than XRLIM_BURST_FACTOR * timeout; 60*HZ caps the first burst when the timeout is long', () => {
    const peer = { tokens: 0, last: 0 };
    expect(rules.inetPeerXrlimAllow(peer, 1_000_000, 10)).toBe(true);
    expect(peer.tokens).toBe(XRLIM_BURST_FACTOR * 10 - 10);
    const slow = { tokens: 0, last: 0 }; // icmp_ratelimit 20 s at HZ 250: 6 * 5000 > 60 * 250
    let n = 0;
    while (rules.inetPeerXrlimAllow(slow, 60 * 250, 5000)) n++;
    expect(n).toBe(3);
  });

  it('icmpRateMasked: the ratemask bit of the type; never a type above NR_ICMP_TYPES nor fragmentation needed (PMTU)', () => {
    expect(rules.icmpRateMasked(3, 3, 0x1818)).toBe(true);
    expect(rules.icmpRateMasked(3, 4, 0x1818)).toBe(false);
    expect(rules.icmpRateMasked(11, 1, 0x1818)).toBe(true);
    expect(rules.icmpRateMasked(12, 0, 0x1000)).toBe(true);
    expect(rules.icmpRateMasked(3, 3, 0x1010)).toBe(false);
    expect(rules.icmpRateMasked(19, 0, -1)).toBe(false);
  });
});

describe('icmp_global_allow', () => {
  it('linux-3.13 has no global limiter', () => {
    const g = { credit: 0, stamp: -Infinity };
    expect(UDP_313.icmpGlobalAllow(g, 0, 250, 0, 0)).toBe(true);
  });

  it('linux-6.18: the first check refills min(msgs_per_sec * HZ / HZ, burst); credit > 0 passes; an empty bucket refills only after HZ/50 jiffies', () => {
    const g = { credit: 0, stamp: -Infinity };
    expect(UDP_618.icmpGlobalAllow(g, 100, 250, 1000, 50)).toBe(true);
    expect(g).toEqual({ credit: 50, stamp: 100 });
    g.credit = 0;
    expect(UDP_618.icmpGlobalAllow(g, 104, 250, 1000, 50)).toBe(false); // delta 4 < 250/50
    expect(UDP_618.icmpGlobalAllow(g, 105, 250, 1000, 50)).toBe(true);
    expect(g.credit).toBe(20); // 1000 * 5 / 250
    g.credit = -3;
    expect(UDP_618.icmpGlobalAllow(g, 110, 250, 100, 50)).toBe(true); // incr 2: credit stays negative, allowed this time
    expect(g.credit).toBe(-1);
    expect(UDP_618.icmpGlobalAllow(g, 200, 250, 1, 50)).toBe(false); // incr = 1 * 90 / 250 = 0
  });

  it('msecs_to_jiffies rounds up (proc_dointvec_ms_jiffies)', () => {
    expect([msecs_to_jiffies(1000, 250), msecs_to_jiffies(1, 250), msecs_to_jiffies(0, 250), msecs_to_jiffies(5, 1000)]).toEqual([250, 1, 0, 5]);
  });
});
