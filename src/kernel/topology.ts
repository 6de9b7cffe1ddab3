// The namespace a scenario runs in: loopback, and for each `veth` device a veth pair whose both ends
// live in the trial's namespace: NAME receives (it owns the config's localAddresses), NAMEp is where
// the recorder injects frames (AF_PACKET, or tc mirred bursts). Fixed MACs, permanent neighbours
// (no ARP), IPv6 off on the veths (no ND/MLD), ICMP replies sent to a MAC nobody owns.
import type { Config } from '../generated/schema-types.ts';
import { ipBatch, run } from './exec.ts';

export const RX_MAC = '02:00:00:00:00:01';
export const TX_MAC = '02:00:00:00:00:02';
/** Where the receiving namespace sends replies (ICMP errors, forwarded packets): nobody owns it. */
export const SINK_MAC = '02:00:00:00:00:ee';
/** The peer address frames come from, and a non-local on-link address used by not_local frames. */
export const PEER_ADDR = '10.0.0.2';
export const ONLINK_OTHER = '10.0.0.99';
/** A source subnet routed via lo: frames from it arriving on a veth fail strict rp_filter (-EXDEV). */
export const RPF_SUBNET = '10.9.0.0/24';

export interface VethInfo { name: string; peer: string }

export function peerName(dev: string): string {
  return `${dev.slice(0, 14)}p`;
}

/** Per-namespace sysctls the topology sets, with why. Written into the trace's provenance. */
export function netnsSettings(config: Config): Record<string, string> {
  const s: Record<string, string> = {
    'net.ipv4.conf.all.forwarding': config.forwarding ? '1' : '0',
  };
  const veths = (config.devices ?? []).filter((d) => d.kind === 'veth');
  if (veths.length > 0) {
    s['net.ipv4.conf.all.rp_filter'] = '1';
    s['net.ipv4.conf.all.send_redirects'] = '0';
    for (const d of veths) {
      s[`net.ipv4.conf.${d.name}.rp_filter`] = '1';
      s[`net.ipv4.conf.${d.name}.send_redirects`] = '0';
      s[`net.ipv4.conf.${d.name}.forwarding`] = config.forwarding ? '1' : '0';
      s[`net.ipv6.conf.${d.name}.disable_ipv6`] = '1';
      s[`net.ipv6.conf.${peerName(d.name)}.disable_ipv6`] = '1';
    }
  }
  return s;
}

/** Writes a sysctl inside `ns` (sysctl -w through ip netns exec). */
export function writeNetnsSysctl(ns: string, name: string, value: string): void {
  run('ip', ['netns', 'exec', ns, 'sysctl', '-q', '-w', `${name}=${value}`]);
}

/** Creates the devices of `config` in `ns` (which has lo up) and sets netnsSettings(config). */
export function buildTopology(ns: string, config: Config): VethInfo[] {
  const veths: VethInfo[] = [];
  const addrs = config.localAddresses ?? ['10.0.0.1'];
  for (const d of config.devices ?? []) {
    if (d.kind !== 'veth') continue;
    const peer = peerName(d.name);
    ipBatch(ns, [`link add ${d.name} address ${RX_MAC} type veth peer name ${peer} address ${TX_MAC}`]);
    veths.push({ name: d.name, peer });
  }
  // IPv6 off before the links come up, so no ND/MLD frame is ever sent.
  for (const [k, v] of Object.entries(netnsSettings(config))) writeNetnsSysctl(ns, k, v);
  const cmds: string[] = [];
  for (const v of veths) {
    for (const a of addrs) cmds.push(`addr add ${a}/24 dev ${v.name}`);
    cmds.push(`link set ${v.peer} up`, `link set ${v.name} up`);
    cmds.push(`neigh replace ${PEER_ADDR} lladdr ${SINK_MAC} nud permanent dev ${v.name}`);
    cmds.push(`neigh replace ${ONLINK_OTHER} lladdr ${SINK_MAC} nud permanent dev ${v.name}`);
  }
  if (veths.length > 0) cmds.push(`route add ${RPF_SUBNET} dev lo`);
  ipBatch(ns, cmds);
  return veths;
}
