// SO_RCVBUF set/get (spec section 6 "SO_RCVBUF", live values of section 9.1).
import { describe, expect, test } from 'vitest';
import { sock_set_rcvbuf } from '../../src/model/sock.ts';
import { profileSysctlDefaults } from '../../src/spec/defaults.ts';
import { makeHost } from './udp-host.ts';

const rmemMax618 = profileSysctlDefaults('linux-6.18').get('net.core.rmem_max') as number;
const rmemMax313 = profileSysctlDefaults('linux-3.13').get('net.core.rmem_max') as number;

describe('SO_RCVBUF', () => {
  test('linux-6.18 gives the live values of spec 9.1 with the default rmem_max', () => {
    expect(rmemMax618).toBe(4194304);
    const got = [0, 1, 1000, 1152, 1153, 5000, 2 ** 20, 2 ** 30, -1].map((v) => sock_set_rcvbuf('linux-6.18', v, false, rmemMax618));
    expect(got).toEqual([2304, 2304, 2304, 2304, 2306, 10000, 2 ** 21, 8388608, 8388608]);
  });

  test('linux-3.13 caps at its rmem_max (212992) the same way', () => {
    expect(rmemMax313).toBe(212992);
    const got = [0, 1, 1000, 1152, 1153, 5000, 2 ** 20, 2 ** 30, -1].map((v) => sock_set_rcvbuf('linux-3.13', v, false, rmemMax313));
    expect(got).toEqual([2304, 2304, 2304, 2304, 2306, 10000, 425984, 425984, 425984]);
  });

  test('SO_RCVBUFFORCE skips rmem_max; 6.18 clamps to [0, INT_MAX/2], 3.13 overflows into a negative int', () => {
    expect(sock_set_rcvbuf('linux-6.18', 2 ** 22 + 2, true, rmemMax618)).toBe(2 ** 23 + 4);
    expect(sock_set_rcvbuf('linux-6.18', -1, true, rmemMax618)).toBe(2304);
    expect(sock_set_rcvbuf('linux-6.18', 2 ** 30, true, rmemMax618)).toBe(2147483646);
    expect(sock_set_rcvbuf('linux-3.13', 2 ** 20, true, rmemMax313)).toBe(2 ** 21);
    expect(sock_set_rcvbuf('linux-3.13', -1, true, rmemMax313)).toBe(-2);
    expect(sock_set_rcvbuf('linux-3.13', 2 ** 30, true, rmemMax313)).toBe(-(2 ** 31));
  });

  test('a socket without soRcvbuf starts at rmem_default; 6.18 forward_threshold = rcvbuf >> 2', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 'a', port: 9 }, { name: 'b', port: 10, soRcvbuf: 65536 }] });
    expect(h.sockets[0].rcvbuf).toBe(212992);
    expect(h.sockets[1].rcvbuf).toBe(131072);
    expect(h.sockets[1].forward_threshold).toBe(32768);
  });
});
