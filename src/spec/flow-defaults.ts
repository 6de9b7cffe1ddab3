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
