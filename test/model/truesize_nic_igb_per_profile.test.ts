// skb->truesize of a NIC frame follows the igb driver's RX buffers (truesize.ts:nicTruesize), not
// the sender-built loopback tables: 6.18 igb_build_skb on a half page (2048 + sizeof(sk_buff)
// aligned = 2304), 3.13 a 256-byte header skb (896) plus a 2048-byte half-page fragment for frames
// longer than IGB_RX_HDR_LEN.
import { describe, expect, it } from 'vitest';
import { nicTruesize, skb_truesize } from '../../src/model/truesize.ts';
import { PROFILES, bigSocket, end, frames, nic, scenario, sim } from './build.ts';

describe('nicTruesize', () => {
  it('linux-6.18: one half-page build_skb buffer is 2304 whatever the frame size up to 2048 bytes', () => {
    for (const len of [60, 92, 256, 257, 1514, 2048]) expect(nicTruesize('linux-6.18', len)).toBe(2304);
    expect(nicTruesize('linux-6.18', 2049)).toBe(2304 + 2048);
  });

  it('linux-3.13: frames up to 256 bytes are copied into the 896-byte head; longer ones add a 2048-byte page fragment', () => {
    expect(nicTruesize('linux-3.13', 92)).toBe(896);
    expect(nicTruesize('linux-3.13', 256)).toBe(896);
    expect(nicTruesize('linux-3.13', 257)).toBe(896 + 2048);
    expect(nicTruesize('linux-3.13', 1514)).toBe(896 + 2048);
    expect(nicTruesize('linux-3.13', 4000)).toBe(896 + 2 * 2048);
  });

  it('differs from the loopback table (a sender-built skb)', () => {
    expect(nicTruesize('linux-6.18', 14 + 28 + 100)).not.toBe(skb_truesize('linux-6.18', 100));
  });

  it.each(PROFILES)('%s: a NIC datagram is charged the igb truesize in the socket (rx_queue)', (profile) => {
    const s = end(sim(scenario({ profile, cpus: 2, devices: [nic('eth0', { rxQueues: 1 })], sockets: [bigSocket('s', 5000)] },
      [frames(0, 'eth0', 3, { payload: 64, gapNs: 10_000 }), frames(100_000, 'eth0', 2, { payload: 1000, gapNs: 10_000 })])));
    const small = nicTruesize(profile, 14 + 28 + 64);
    const large = nicTruesize(profile, 14 + 28 + 1000);
    expect(s.udp[0].rx_queue).toBe(3 * small + 2 * large);
  });
});
