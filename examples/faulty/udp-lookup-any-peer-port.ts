// The UDP socket lookup matches a connected socket on its peer address alone, taking datagrams from
// any source port of that host (they should find no socket: NoPorts and an ICMP port unreachable).
// Kernel (both profiles): net/ipv4/udp.c:compute_score `if (inet->inet_dport) { if (inet->inet_dport
// != sport) return -1; score += 4; }`.
import { faulty, udpRule } from './lib.ts';

export const description =
  'UDP compute_score ignores a connected socket\'s peer port (kernel: inet_dport != sport -> no match)';

export default faulty('udp-lookup-any-peer-port', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  udpPeerMatch: (peerAddr: number, _peerPort: number, saddr: number, _sport: number) => peerAddr === saddr,
})));
