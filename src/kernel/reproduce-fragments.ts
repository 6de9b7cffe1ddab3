// Small pieces of scenario that each make a symptom grow in the model: a burst over this
// machine's netdev_max_backlog, a NIC burst over its netdev_budget, datagrams into a small
// SO_RCVBUF, datagrams to a closed port, a flow-limited burst, a NIC ring that overflows, and one
// crafted frame kind each (workload.schema.json FrameFlag, and an unknown IP protocol). Which
// counters a fragment makes grow is not written here: reproduce.ts runs each through the model.
import type { Device, FrameFlag, ProfileName, Socket, Step } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';
import { IPV6_EXT_FLAGS } from '../spec/ipv6-ext.ts';

/** This machine's settings a fragment sizes itself by (the kernel's defaults where unknown). */
export interface MachineSettings {
  profile: ProfileName;
  netdevMaxBacklog: number;
  netdevBudget: number;
}

export interface Fragment {
  id: string;
  /** One line: what it does, for the explanation. */
  does: string;
  cpus: number;
  devices: Device[];
  sockets: Socket[];
  sysctls: Record<string, number | string>;
  /** Steps with `at` relative to the fragment's start. */
  workload: Step[];
  /** How long after its start the fragment's traffic is settled (ns). */
  durationNs: number;
}

const MS = 1_000_000;
const US = 1_000;
/** The most RX queues the device schema allows (ethtool -L), and the NAPI weight of the NIC fragments. */
const MAX_QUEUES = 64;
const WEIGHT = 64;
const BIG_RCVBUF = { soRcvbuf: 16777216, soRcvbufForce: true };

/** The veth burst of `count` frames from `cpu`, all inside one BH-disabled section. */
function vethBurst(device: string, cpu: number, count: number, dport: number): Step {
  return {
    at: 0, op: 'frames', device, cpu, count, gapNs: 0, payload: 64, burst: true,
    flow: { src: '10.0.0.2', dst: '10.0.0.1', sport: 40000, dport },
  };
}

export function backlogFragment(m: MachineSettings): Fragment {
  const count = m.netdevMaxBacklog + Math.max(100, Math.ceil(m.netdevMaxBacklog / 10));
  return {
    id: 'backlog',
    does: `${count} frames enqueued back to back on CPU 1's backlog over a veth, netdev_max_backlog ${m.netdevMaxBacklog}`,
    cpus: 2,
    devices: [{ name: 'veth0', kind: 'veth' }],
    sockets: [{ name: 'backlog_rx', port: 9001, ...BIG_RCVBUF }],
    sysctls: { 'net.core.netdev_max_backlog': m.netdevMaxBacklog },
    workload: [vethBurst('veth0', 1, count, 9001), { at: 1 * MS, op: 'read', socket: 'backlog_rx' }],
    durationNs: 2 * MS,
  };
}

export function flowLimitFragment(m: MachineSettings): Fragment {
  const count = m.netdevMaxBacklog + Math.max(100, Math.ceil(m.netdevMaxBacklog / 10));
  return {
    id: 'flow-limit',
    does: `one flow of ${count} frames into CPU 0's backlog over a veth with flow limits on for CPU 0 (flow_limit_cpu_bitmap 1)`,
    cpus: 2,
    devices: [{ name: 'veth1', kind: 'veth' }],
    sockets: [{ name: 'flow_rx', port: 9005, ...BIG_RCVBUF }],
    sysctls: { 'net.core.netdev_max_backlog': m.netdevMaxBacklog, 'net.core.flow_limit_cpu_bitmap': '1', 'net.core.flow_limit_table_len': 4096 },
    workload: [vethBurst('veth1', 0, count, 9005), { at: 1 * MS, op: 'read', socket: 'flow_rx' }],
    durationNs: 2 * MS,
  };
}

export function squeezeFragment(m: MachineSettings): Fragment {
  // net_rx_action stops with work left when the NAPIs on one CPU's poll list have more than
  // netdev_budget frames waiting between them (linux-6.18 polls each NAPI at most once per call,
  // at most its weight of 64): enough RX queues, each with two weights' worth of frames.
  const queues = Math.min(MAX_QUEUES, Math.floor(m.netdevBudget / WEIGHT) + 2);
  const each = 2 * WEIGHT;
  return {
    id: 'squeeze',
    does: `${each} frames back to back on each of ${queues} RX queues of one NIC (NAPI weight ${WEIGHT}), one CPU, netdev_budget ${m.netdevBudget}`,
    cpus: 1,
    devices: [{ name: 'eth0', kind: 'nic', rxQueues: queues, ringSize: 1024, napiWeight: WEIGHT }],
    sockets: [{ name: 'squeeze_rx', port: 9006, ...BIG_RCVBUF }],
    sysctls: { 'net.core.netdev_budget': m.netdevBudget },
    workload: [
      ...Array.from({ length: queues }, (_, q): Step => ({
        at: 0, op: 'frames', device: 'eth0', queue: q, count: each, gapNs: 0, flow: { dport: 9006 },
      })),
      { at: 3 * MS, op: 'read', socket: 'squeeze_rx' },
    ],
    durationNs: 4 * MS,
  };
}

export function ringFragment(): Fragment {
  return {
    id: 'ring',
    does: '2000 frames back to back on a NIC queue with a 256-descriptor ring',
    cpus: 1,
    devices: [{ name: 'eth1', kind: 'nic', ringSize: 256 }],
    sockets: [{ name: 'ring_rx', port: 9007, ...BIG_RCVBUF }],
    sysctls: {},
    workload: [
      { at: 0, op: 'frames', device: 'eth1', count: 2000, gapNs: 0, flow: { dport: 9007 } },
      { at: 3 * MS, op: 'read', socket: 'ring_rx' },
    ],
    durationNs: 4 * MS,
  };
}

const loFlow = (sport: number, dport: number) => ({ src: '127.0.0.1', dst: '127.0.0.1', sport, dport });

export function rcvbufFragment(): Fragment {
  return {
    id: 'rcvbuf',
    does: '20 datagrams of 100 bytes over loopback into a socket with SO_RCVBUF 0 (the kernel\'s minimum), never read',
    cpus: 1,
    devices: [{ name: 'lo', kind: 'loopback' }],
    sockets: [{ name: 'small_rcvbuf', address: '127.0.0.1', port: 9002, soRcvbuf: 0 }],
    sysctls: {},
    workload: [{ at: 0, op: 'frames', device: 'lo', count: 20, gapNs: 50 * US, payload: 100, flow: loFlow(40000, 9002) }],
    durationNs: 2 * MS,
  };
}

export function noPortsFragment(): Fragment {
  return {
    id: 'no-ports',
    does: '5 datagrams over loopback to port 9003, where no socket listens',
    cpus: 1,
    devices: [{ name: 'lo', kind: 'loopback' }],
    sockets: [],
    sysctls: {},
    workload: [{ at: 0, op: 'frames', device: 'lo', count: 5, gapNs: 50 * US, payload: 10, flow: loFlow(40001, 9003) }],
    durationNs: 1 * MS,
  };
}

const CRAFTED_NIC: Device = { name: 'eth2', kind: 'nic' };
/** A frame cut inside its IP header (ip_short) comes over a veth: a NIC discards runts. */
const CRAFTED_VETH: Device = { name: 'veth2', kind: 'veth' };
const CRAFTED_RX: Socket = { name: 'crafted_rx', port: 9004, ...BIG_RCVBUF };
/** The AF_INET6 socket the IPv6 crafted frames go to. */
const CRAFTED_RX6: Socket = { name: 'crafted_rx6', family: 'inet6', port: 9014, ...BIG_RCVBUF };

function craftedFragment(
  id: string, does: string, frames: Omit<Extract<Step, { op: 'frames' }>, 'at' | 'op' | 'device'>, dev: Device = CRAFTED_NIC,
  rx: Socket = CRAFTED_RX,
): Fragment {
  return {
    id, does, cpus: 1, devices: [dev], sockets: [rx], sysctls: {},
    workload: [{ at: 0, op: 'frames', device: dev.name, ...frames }, { at: 1 * MS, op: 'read', socket: rx.name }],
    durationNs: 2 * MS,
  };
}

/** Every frame flag the workload schema defines. */
export function frameFlags(): FrameFlag[] {
  return readSchema<{ $defs: { FrameFlag: { enum: FrameFlag[] } } }>('workload.schema.json').$defs.FrameFlag.enum;
}

export function craftedFragments(): Fragment[] {
  return [
    ...frameFlags().map((flag) => {
      // an IPv6 extension header comes in an IPv6 datagram, over a veth (the model's IPv6 takes no NIC frames)
      if (IPV6_EXT_FLAGS.includes(flag)) {
        return craftedFragment(`frame:${flag}`, `3 crafted IPv6 frames (${flag}) on a veth`, {
          count: 3, flags: [flag], flow: { family: 'inet6', dport: CRAFTED_RX6.port },
        }, CRAFTED_VETH, CRAFTED_RX6);
      }
      const dev = flag === 'ip_short' ? CRAFTED_VETH : CRAFTED_NIC;
      return craftedFragment(`frame:${flag}`, `3 crafted frames (${flag}) on a ${dev.kind === 'nic' ? 'NIC' : 'veth'}`, {
        count: 3, flags: [flag], flow: { dport: 9004 },
      }, dev);
    }),
    craftedFragment('proto:99', '3 frames of IP protocol 99, which nothing handles, on a NIC', { count: 3, flow: { dport: 9004, proto: 99 } }),
  ];
}

/** Every fragment, sized for this machine. */
export function allFragments(m: MachineSettings): Fragment[] {
  return [backlogFragment(m), squeezeFragment(m), rcvbufFragment(), noPortsFragment(), flowLimitFragment(m), ringFragment(), ...craftedFragments()];
}
