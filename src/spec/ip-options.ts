// The IP options a frame's flags put in its header (workload.schema.json FrameFlag): their bytes, as
// src/kernel/frames.ts writes them after the 20-byte header, and what of them an ICMP error about the
// frame echoes. One flag at most (each is the whole option field). net/ipv4/ip_options.c, 3.13 and 6.x.
import type { FrameFlag } from '../generated/schema-types.ts';

/** IPOPT_END, IPOPT_NOOP, IPOPT_RR, IPOPT_TIMESTAMP, IPOPT_LSRR, IPOPT_SSRR, IPOPT_RA (include/uapi/linux/ip.h). */
const END = 0;
const NOOP = 1;
const RR = 7;
const TIMESTAMP = 68;
const LSRR = 131;
const SSRR = 137;
const RA = 148;
/** IPOPT_SEC (130), IPOPT_CIPSO (134). */
const SEC = 130;
const CIPSO = 134;
/** A CIPSO domain of interpretation no host here configures (netlabelctl cipsov4 add: none in a new system). */
const CIPSO_DOI = [0, 0, 0, 9];

/** A hop a source route names: 10.0.0.3, on the trial's /24 (src/kernel/topology.ts). */
const ROUTE_HOP = [10, 0, 0, 3];

/**
 * Each options flag's option field, a multiple of 4 bytes:
 * - ip_options: record route with optlen 2 (< 3): __ip_options_compile fails (parameter problem, InHdrErrors);
 * - ip_options_nop: NOP NOP NOP END, taken and ignored;
 * - ip_options_rr: record route with room for one address (ptr 4): the address is recorded (is_changed);
 * - ip_options_ts: timestamp, timestamps only, room for one (ptr 5): a timestamp is written;
 * - ip_options_ra: router alert (value 0): taken; without an IP_ROUTER_ALERT socket nothing more;
 * - ip_options_lsrr / ip_options_ssrr: a loose / strict source route through one hop: compiled, then
 *   ip_rcv_options drops the frame without a counter unless accept_source_route (`all` is 0 in a netns);
 * - ip_options_sec: a basic security option (RFC 1108; 11 bytes, END): `case IPOPT_SEC: ... default:` fails only
 *   without an skb (a socket's own options), so a received one is taken and ignored;
 * - ip_options_cipso: a CIPSO option for DOI 9 with no tag (8 bytes): opt->cipso is set, then cipso_v4_validate
 *   finds no such DOI (`err_offset = 2`) and __ip_options_compile fails (parameter problem, InHdrErrors).
 */
export const IP_OPTION_BYTES: Readonly<Partial<Record<FrameFlag, readonly number[]>>> = {
  ip_options: [RR, 2, 0, 0],
  ip_options_nop: [NOOP, NOOP, NOOP, END],
  ip_options_rr: [RR, 7, 4, 0, 0, 0, 0, END],
  ip_options_ts: [TIMESTAMP, 8, 5, 0, 0, 0, 0, 0],
  ip_options_ra: [RA, 4, 0, 0],
  ip_options_lsrr: [LSRR, 7, 4, ...ROUTE_HOP, END],
  ip_options_ssrr: [SSRR, 7, 4, ...ROUTE_HOP, END],
  ip_options_sec: [SEC, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, END],
  ip_options_cipso: [CIPSO, 8, ...CIPSO_DOI, 0, 0],
};

/** The flags that write the option field. */
export const IP_OPTION_FLAGS = Object.keys(IP_OPTION_BYTES) as FrameFlag[];

/** The option field of a frame with these flags ([] without one). */
export function ipOptionBytes(flags: readonly FrameFlag[] | undefined): readonly number[] {
  const f = flags?.find((x) => IP_OPTION_BYTES[x] !== undefined);
  return f === undefined ? [] : IP_OPTION_BYTES[f]!;
}

/** The bytes the options add to the IP header (ihl * 4 - 20). */
export function ipOptionsLen(flags: readonly FrameFlag[] | undefined): number {
  return ipOptionBytes(flags).length;
}

/**
 * Bytes of options an ICMP error about the frame carries (ip_options.c:__ip_options_echo copies record
 * route, timestamp, source route and CIPSO, padded with IPOPT_END to 4 bytes): record route, timestamp and CIPSO
 * here (a source-routed frame is dropped before any error; NOP, router alert and the security option are not
 * echoed).
 */
export function echoedOptionsLen(flags: readonly FrameFlag[] | undefined): number {
  return flags?.some((f) => ECHOED_OPTION_FLAGS.includes(f)) ? ECHOED_OPTIONS_LEN : 0;
}

/** The options flags whose option an ICMP error echoes, and the bytes it takes there (7 or 8, padded to 8). */
export const ECHOED_OPTION_FLAGS: readonly FrameFlag[] = ['ip_options_rr', 'ip_options_ts', 'ip_options_cipso'];
export const ECHOED_OPTIONS_LEN = 8;
