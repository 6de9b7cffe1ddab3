// A zero Snapshot shaped for a configuration, so that an implementation that models a few counters
// need not write the other sixty: every counter file, line and row the reference model reports for
// that configuration (its profile's SNMP fields, a softnet_stat row and NET_RX count per CPU, a
// /proc/net/dev row per device and the loopback, ethtool rows per NIC, a /proc/net/udp row per
// socket, an interrupt line per RX queue), all at zero as at the start of a scenario.
import type { Config, Snapshot } from '../generated/schema-types.ts';
import { createHost } from '../model/simulator.ts';
import { takeSnapshot } from '../model/snapshot.ts';
import { validateConfig } from '../spec/validate.ts';

export interface EmptySnapshotOptions {
  /**
   * Include the model-only `internal` section (backlog and socket queue lengths, ring fill), also at
   * zero. Default false: an implementation that does not track those leaves it out.
   */
  internal?: boolean;
}

/**
 * The Snapshot at time 0 of a host with this configuration (usually `scenario.config`): every
 * counter zero, `snmp.Ip.Forwarding` and `DefaultTTL` as the kernel prints them, the socket rows
 * named and addressed as the model names them. The config is validated first (RxpathInputError).
 * The result is a fresh object each time: fill it in place.
 *
 *   const counters = emptySnapshot(scenario.config);
 *   counters.snmp.Udp.RcvbufErrors += drops;
 */
export function emptySnapshot(config: Config, opts: EmptySnapshotOptions = {}): Snapshot {
  const file = 'emptySnapshot(config)';
  validateConfig(config, file);
  const snap = takeSnapshot(createHost({ name: 'emptySnapshot', config, workload: [] }, { file }));
  if (!opts.internal) delete snap.internal;
  return snap;
}
