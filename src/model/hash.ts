// Integer helpers the receive path uses for hashing and table sizing
// (include/linux/hash.h, include/linux/log2.h, include/linux/kernel.h), and the NIC's RSS hash.

/** include/linux/hash.h:GOLDEN_RATIO_32 */
export const GOLDEN_RATIO_32 = 0x61c88647;

/**
 * include/linux/hash.h:hash_32 = __hash_32(val) >> (32 - bits), with __hash_32 = val * GOLDEN_RATIO_32
 * as a u32. With bits == 0 the C shift by 32 is undefined (x86 would return the whole product
 * and index past a 1-entry table); the model returns 0, the only valid slot.
 */
export function hash_32(val: number, bits: number): number {
  if (bits <= 0) return 0;
  return Math.imul(val >>> 0, GOLDEN_RATIO_32) >>> (32 - bits);
}

/** include/linux/log2.h:ilog2 for n >= 1 */
export function ilog2(n: number): number {
  return 31 - Math.clz32(n >>> 0);
}

/** include/linux/log2.h:roundup_pow_of_two (n >= 1) */
export function roundup_pow_of_two(n: number): number {
  return 2 ** Math.ceil(Math.log2(n)); // 1 for n = 1
}

/** include/linux/kernel.h:reciprocal_scale: (u32)(((u64)val * ep_ro) >> 32); exact in a double for ep_ro < 2^21. */
export function reciprocal_scale(val: number, epRo: number): number {
  return Math.floor(((val >>> 0) * epRo) / 4294967296);
}

/**
 * The RSS key igb programs in linux-3.13 (drivers/net/ethernet/intel/igb/igb_main.c:igb_setup_mrqc,
 * `static const u32 rsskey[10]`, written little-endian into RSSRK), i.e. the Microsoft verification
 * key 6d5a56da 255b0ec2 ... as bytes. Later kernels fill a random key (netdev_rss_key_fill), which is
 * not reproducible; the model keeps this fixed key so that a frame without an explicit hash gets the
 * same hash on every run.
 */
const RSS_KEY = [
  0x6d, 0x5a, 0x56, 0xda, 0x25, 0x5b, 0x0e, 0xc2, 0x41, 0x67, 0x25, 0x3d, 0x43, 0xa3, 0x8f, 0xb0,
  0xd0, 0xca, 0x2b, 0xcb, 0xae, 0x7b, 0x30, 0xb4, 0x77, 0xcb, 0x2d, 0xa3, 0x80, 0x30, 0xf2, 0x0c,
  0x6a, 0x42, 0xb7, 0x3b, 0xbe, 0xac, 0x01, 0xfa,
];

/**
 * Toeplitz hash of `bytes` under RSS_KEY (the Microsoft RSS specification's algorithm, the one
 * igb/ixgbe hardware computes). Called once per flow, never per packet.
 */
export function toeplitz(bytes: readonly number[]): number {
  let result = 0;
  // the 32-bit window of the key, starting at bit 0
  let window = ((RSS_KEY[0] << 24) | (RSS_KEY[1] << 16) | (RSS_KEY[2] << 8) | RSS_KEY[3]) >>> 0;
  let nextKeyBit = 32;
  for (const byte of bytes) {
    for (let b = 7; b >= 0; b--) {
      if (byte & (1 << b)) result = (result ^ window) >>> 0;
      const kb = (RSS_KEY[nextKeyBit >> 3] >> (7 - (nextKeyBit & 7))) & 1;
      window = ((window << 1) | kb) >>> 0;
      nextKeyBit++;
    }
  }
  return result >>> 0;
}

/** Big-endian bytes of a u32 / u16, the order the NIC feeds header fields to the hash. */
export function be32(v: number): number[] {
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}
export function be16(v: number): number[] {
  return [(v >>> 8) & 0xff, v & 0xff];
}
