// The model's own input checks (src/model/simulator.ts) for callers that hand simulate() a scenario
// the spec layer did not validate: each names the JSON path and what was expected.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { createHost, run } from '../../src/model/simulator.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const raw = (config: object, workload: object[] = []): Scenario => ({ name: 'raw', config: { profile: 'linux-6.18', cpus: 2, ...config }, workload } as unknown as Scenario);
const nic = { name: 'eth0', kind: 'nic' };

function problem(sc: Scenario) {
  try {
    run(createHost(sc, { file: 'raw.json' }));
  } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    const p = (e as RxpathInputError).problems;
    expect(p).toHaveLength(1);
    return p[0];
  }
  throw new Error('no error');
}

describe('unvalidated scenarios given to the model', () => {
  it.each([
    ['a boot sysctl the kernel rejects', raw({ sysctls: { 'net.core.flow_limit_table_len': 100 } }), '/config/sysctls/net.core.flow_limit_table_len', 'rejected by the kernel (EINVAL) (got 100)'],
    ['two devices with one name', raw({ devices: [nic, nic] }), '/config/devices/1/name', 'duplicate device name "eth0"'],
    ['frames on an unknown device', raw({ devices: [nic] }, [{ at: 0, op: 'frames', device: 'eth9', flow: { dport: 1 } }]), '/workload/0/device', 'no device named "eth9" (devices: eth0, lo)'],
    ['a queue the NIC does not have', raw({ devices: [nic] }, [{ at: 0, op: 'frames', device: 'eth0', queue: 3, flow: { dport: 1 } }]), '/workload/0/queue', 'must be < 1 (RX queues of eth0) (got 3)'],
    ['a burst on a NIC', raw({ devices: [nic] }, [{ at: 0, op: 'frames', device: 'eth0', burst: true, flow: { dport: 1 } }]), '/workload/0/burst', 'must be false or absent on a NIC: only loopback and veth frames enter netif_rx in one BH-disabled section ("eth0" is a nic) (got true)'],
    ['a light flow on a NIC', raw({ devices: [nic] }, [{ at: 0, op: 'frames', device: 'eth0', interleave: { every: 2, sport: 2 }, flow: { dport: 1 } }]), '/workload/0/interleave', 'must be absent on a NIC: RSS steers a NIC\'s frames by their flow, so give each flow a frames step of its own ("eth0" is a nic)'],
    ['a burst with a gap', raw({}, [{ at: 0, op: 'frames', device: 'lo', burst: true, gapNs: 5, count: 2, flow: { dport: 1 } }]), '/workload/0/gapNs', "must be 0 or absent when burst is true: a burst's frames enter netif_rx at the same instant (got 5)"],
    ['a sending CPU that does not exist', raw({}, [{ at: 0, op: 'frames', device: 'lo', cpu: 7, flow: { dport: 1 } }]), '/workload/0/cpu', 'must be < 2 (config.cpus) (got 7)'],
    ['a read of an unknown socket', raw({}, [{ at: 0, op: 'read', socket: 'nope' }]), '/workload/0/socket', 'no socket named "nope"'],
  ])('%s', (_what, sc, pointer, message) => {
    expect(problem(sc)).toEqual({ file: 'raw.json', pointer, message });
  });
});
