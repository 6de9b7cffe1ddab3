// skb->truesize per kernel profile, as the model charges it against SO_RCVBUF: what an
// implementation of the receive-buffer accounting needs without copying rxpath's tables.
import type { ProfileName } from '../generated/schema-types.ts';
import { MAX_UDP_PAYLOAD, nicTruesize, skb_truesize, truesizeTable } from '../model/truesize.ts';

export { MAX_UDP_PAYLOAD, nicTruesize };

function checkPayload(payload: number): void {
  if (!Number.isInteger(payload) || payload < 0 || payload > MAX_UDP_PAYLOAD) {
    throw new RangeError(`a UDP/IPv4 payload is an integer 0..${MAX_UDP_PAYLOAD} bytes (got ${payload})`);
  }
}

/**
 * skb->truesize of a UDP/IPv4 datagram of `payload` bytes received over loopback or veth under
 * `profile` (linux-6.18: measured on the kernel; linux-3.13: derived from its allocator). A datagram
 * from a NIC is charged nicTruesize(profile, frameLength) instead.
 */
export function udpTruesize(profile: ProfileName, payload: number): number {
  checkPayload(payload);
  return skb_truesize(profile, payload);
}

/** The whole table: entry `n` is udpTruesize(profile, n), for n = 0..MAX_UDP_PAYLOAD. A copy. */
export function udpTruesizeTable(profile: ProfileName): Int32Array {
  return Int32Array.from(truesizeTable(profile));
}
