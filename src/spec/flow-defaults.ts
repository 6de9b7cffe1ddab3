// What a flow and a config are when they leave a field out (schemas/workload.schema.json Flow, config.schema.json
// Config.localAddresses): one place for the validator and the model to read them from.

/** Flow.src of an IPv4 flow on a veth or NIC: the veth's other end (127.0.0.1 on loopback). */
export const FLOW_SRC_DEFAULT = '10.0.0.2';
/** Flow.dst of an IPv4 flow on a veth or NIC: the host's first address (127.0.0.1 on loopback). */
export const FLOW_DST_DEFAULT = '10.0.0.1';
/** Flow.sport */
export const FLOW_SPORT_DEFAULT = 40000;
/** Config.localAddresses */
export const LOCAL_ADDRESSES_DEFAULT: readonly string[] = ['10.0.0.1'];

/** Flow.dst of an IPv4 frame flagged multicast: a group of the organisation-local scope (RFC 2365). */
export const FLOW_MCAST_DST_DEFAULT = '239.1.1.1';

/**
 * Flow.dst of an IPv4 frame on a veth or NIC that leaves it out, by its flags: a frame flagged multicast goes to
 * FLOW_MCAST_DST_DEFAULT, one flagged broadcast to the directed broadcast of the host's first address (its /24,
 * as the recorder's namespace configures it), any other to the host's first address.
 */
export function ipv4FlowDstDefault(
  flags: readonly string[] | undefined, localAddresses: readonly string[] | undefined,
): string {
  if (flags?.includes('multicast')) return FLOW_MCAST_DST_DEFAULT;
  if (flags?.includes('broadcast')) {
    const first = (localAddresses ?? LOCAL_ADDRESSES_DEFAULT)[0] ?? FLOW_DST_DEFAULT;
    return `${first.slice(0, first.lastIndexOf('.'))}.255`;
  }
  return FLOW_DST_DEFAULT;
}
