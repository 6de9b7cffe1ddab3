// The kernel corpus (GitHub issue 6): scenarios recorded from the live kernel into golden traces.
// Each is an ordinary scenario (schemas/scenario.schema.json), so the model replays it as is.
import type { Device, FramesStep, FrameFlag, ProfileName, Scenario, Socket, Step, Sysctls } from '../generated/schema-types.ts';
import { profileOfRelease } from './machine-settings.ts';
import { V6_UNROUTED } from '../spec/ipv6.ts';

export interface CorpusEntry {
  scenario: Scenario;
  summary: string;
  tags: string[];
  /** Capture tracepoints too. */
  events?: boolean;
  /** A sysctl only some builds have: the recorder skips the entry, saying so, on a kernel without it. */
  needsSysctl?: { name: string; config: string };
}

/** The sending CPU: frames enter netif_rx here, and its softnet_stat row is read. */
export const SENDER_CPU = 1;
/** Simulated gap between frames that the kernel sends one by one: each is processed before the next (local_bh_enable). */
export const SEQ_GAP_NS = 50_000;
const STEP_NS = 1_000_000;
/** ipfrag_time (30 s) plus a generous margin for the expiry timer (jiffies). */
const FRAG_WAIT_NS = 33_000_000_000;
/** net.ipv4.ipfrag_time (s) of the fragment-order scenarios, and how long they wait for the queues to expire. */
const FRAG_ORDER_TIME_S = 2;
const FRAG_ORDER_WAIT_NS = 3_500_000_000;
/** net.core.rmem_max on 6.18 (4 MiB): the scenarios are sized by it, and recorded as they are on every kernel. */
const RMEM_MAX_618 = 4194304;
const SOCK_MIN_RCVBUF = 2304;

const LO: Device = { name: 'lo', kind: 'loopback' };
const VETH: Device = { name: 'veth0', kind: 'veth' };

/** sk_rcvbuf after setsockopt (net/core/sock.c:__sock_set_rcvbuf), for choosing how many to send. */
export function effectiveRcvbuf(val: number, force: boolean): number {
  const v = force ? Math.min(val, 0x3fffffff) : Math.min(val, RMEM_MAX_618);
  return Math.max(2 * v, SOCK_MIN_RCVBUF);
}

/** Builds a workload with increasing `at`: each step starts after the previous one has run. */
class Workload {
  readonly steps: Step[] = [];
  private at = 0;
  constructor(private readonly dev: Device, private flow: FramesStep['flow']) {}
  frames(count: number, payload: number, extra: Partial<FramesStep> = {}): this {
    const gapNs = extra.gapNs ?? SEQ_GAP_NS;
    this.steps.push({ at: this.at, op: 'frames', device: this.dev.name, cpu: SENDER_CPU, count, gapNs, payload, flow: this.flow, ...extra });
    this.at += count * gapNs + STEP_NS;
    return this;
  }
  read(socket: string, count?: number): this {
    this.steps.push({ at: this.at, op: 'read', socket, ...(count ? { count } : {}) });
    this.at += STEP_NS;
    return this;
  }
  setsockopt(socket: string, soRcvbuf: number, force = false): this {
    this.steps.push({ at: this.at, op: 'setsockopt', socket, soRcvbuf, ...(force ? { soRcvbufForce: true } : {}) });
    this.at += STEP_NS;
    return this;
  }
  rxqOvfl(socket: string, on: boolean): this {
    this.steps.push({ at: this.at, op: 'setsockopt', socket, rxqOvfl: on });
    this.at += STEP_NS;
    return this;
  }
  udpGro(socket: string, on: boolean): this {
    this.steps.push({ at: this.at, op: 'setsockopt', socket, udpGro: on });
    this.at += STEP_NS;
    return this;
  }
  close(socket: string): this {
    this.steps.push({ at: this.at, op: 'close', socket });
    this.at += STEP_NS;
    return this;
  }
  /** The steps after this one send `flow` instead. */
  then(flow: FramesStep['flow']): this {
    this.flow = flow;
    return this;
  }
  checkpoint(label: string): this {
    this.steps.push({ at: this.at, op: 'checkpoint', label, settle: true });
    this.at += STEP_NS;
    return this;
  }
  advance(ns: number): this {
    this.at += ns;
    this.steps.push({ at: this.at, op: 'advance' });
    return this;
  }
}

function flowFor(dev: Device, dport: number, over: Partial<FramesStep['flow']> = {}): FramesStep['flow'] {
  return dev.kind === 'loopback'
    ? { src: '127.0.0.1', dst: '127.0.0.1', sport: 40000, dport, ...over }
    : { src: '10.0.0.2', dst: '10.0.0.1', sport: 40000, dport, ...over };
}

function scenario(name: string, description: string, dev: Device, sockets: Socket[], workload: Step[], extra: { sysctls?: Sysctls; forwarding?: boolean } = {}): Scenario {
  return {
    name, description,
    config: {
      profile: 'linux-6.18', cpus: 2, hz: 250, devices: [dev], sockets,
      ...(dev.kind === 'veth' ? { localAddresses: ['10.0.0.1'] } : {}),
      // a veth trial states the ICMP rate mask it runs with: 0 (no rate limit) unless it is about the limits
      ...(dev.kind === 'veth' ? { sysctls: { 'net.ipv4.icmp_ratemask': 0, ...extra.sysctls } } : {}),
      ...(dev.kind !== 'veth' && extra.sysctls ? { sysctls: extra.sysctls } : {}),
      ...(extra.forwarding !== undefined ? { forwarding: extra.forwarding } : {}),
    },
    workload,
  };
}

function rxSocket(dev: Device, rcvbuf: number | undefined, force = false): Socket {
  return {
    name: 'rx', address: dev.kind === 'loopback' ? '127.0.0.1' : '0.0.0.0', port: 9000,
    ...(rcvbuf !== undefined ? { soRcvbuf: rcvbuf } : {}), ...(force ? { soRcvbufForce: true } : {}),
  };
}

const short = (d: Device): string => (d.kind === 'loopback' ? 'lo' : 'veth');

/** 1. UDP receive-buffer accounting: SO_RCVBUF grid x payload sizes, send-only. */
function rcvbufGrid(dev: Device, rcvbufs: [number, boolean][], payloads: number[]): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const [val, force] of rcvbufs) {
    for (const payload of payloads) {
      const eff = effectiveRcvbuf(val, force);
      const count = Math.min(Math.ceil(eff / Math.max(832, payload + 700)) + 4, 300);
      const w = new Workload(dev, flowFor(dev, 9000)).frames(count, payload).checkpoint('sent').read('rx');
      const opt = force ? 'SO_RCVBUFFORCE' : 'SO_RCVBUF';
      out.push({
        scenario: scenario(`udp-rcvbuf-${short(dev)}-${force ? 'force' : 'set'}${val}-p${payload}`,
          `${opt}=${val}, ${count} datagrams of ${payload} bytes over ${dev.kind}, none read until the end.`, dev, [rxSocket(dev, val, force)], w.steps),
        summary: `UDP receive buffer: ${opt} ${val}, ${count} x ${payload}-byte datagrams over ${dev.kind}, send then drain`,
        tags: [dev.kind, 'udp', 'rcvbuf'],
      });
    }
  }
  return out;
}

/**
 * 1c. SO_RCVBUF changed while datagrams are queued (issue 13 item 5): net/core/sock.c:__sock_set_rcvbuf
 * sets sk_rcvbuf for what arrives next, what is queued stays; in 6.x udp_lib_setsockopt also sets
 * forward_threshold = sk_rcvbuf >> 2, which decides when a partial read releases memory.
 */
function rcvbufMidRun(dev: Device): CorpusEntry[] {
  const cases: { name: string; what: string; w: Workload; sk: Socket }[] = [
    {
      name: 'shrink', what: 'SO_RCVBUF 65536 -> 1024 with 20 datagrams queued: the next are dropped until it drains',
      sk: rxSocket(dev, 65536),
      w: new Workload(dev, flowFor(dev, 9000)).frames(20, 1000).checkpoint('queued').setsockopt('rx', 1024)
        .frames(5, 1000).checkpoint('after-shrink').read('rx', 10).frames(5, 1000).checkpoint('read10')
        .read('rx').frames(5, 1000).checkpoint('drained').read('rx'),
    },
    {
      name: 'grow', what: 'SO_RCVBUF 2304 -> 32768 after the buffer filled: the next are queued',
      sk: rxSocket(dev, 1152),
      w: new Workload(dev, flowFor(dev, 9000)).frames(10, 1000).checkpoint('full').setsockopt('rx', 16384)
        .frames(10, 1000).checkpoint('after-grow').read('rx', 3).checkpoint('read3').read('rx'),
    },
    {
      name: 'force-negative', what: 'SO_RCVBUFFORCE -1 mid-run (6.x: max(val, 0), so SOCK_MIN_RCVBUF)',
      sk: rxSocket(dev, 65536),
      w: new Workload(dev, flowFor(dev, 9000)).frames(5, 100).checkpoint('queued').setsockopt('rx', -1, true)
        .frames(5, 100).checkpoint('after').read('rx'),
    },
  ];
  return cases.map((c) => ({
    scenario: scenario(`udp-rcvbuf-midrun-${short(dev)}-${c.name}`, `${c.what}, over ${dev.kind}.`, dev, [c.sk], c.w.steps),
    summary: `UDP receive buffer changed mid-run over ${dev.kind}: ${c.what}`,
    tags: [dev.kind, 'udp', 'rcvbuf', 'rcvbuf_step'],
  }));
}

/**
 * 1d. A socket closed in the middle of the run (issue 13 item 5): inet_release -> udp_lib_close unhashes it at
 * once, so what arrives next finds no socket (NoPorts; out a veth, ICMP port unreachable) or another one; what it
 * still queued is freed without a counter (6.x udp_destruct_common, 3.13 inet_sock_destruct), and its /proc/net/udp
 * row goes. Not traced: 6.x frees the queue from an RCU callback (SOCK_RCU_FREE), on whichever CPU runs it, so the
 * recorder's per-CPU trace saw those kfree_skb events in some runs only (when it did: udp_destruct_common,
 * NOT_SPECIFIED, on 6.18.44).
 */
function closeMidRun(): CorpusEntry[] {
  interface C { name: string; what: string; dev: Device; sockets: Socket[]; w: Workload; tags?: string[] }
  const other: Socket = { name: 'other', address: '0.0.0.0', port: 9001 };
  const queued = (dev: Device): C => ({
    name: `${short(dev)}-queued`, dev, sockets: [rxSocket(dev, 65536)],
    what: `10 datagrams of 100 bytes over ${dev.kind}, 3 read, the socket closed with 7 queued, then 5 more to its port`,
    w: new Workload(dev, flowFor(dev, 9000)).frames(10, 100).checkpoint('queued').read('rx', 3).checkpoint('read3')
      .close('rx').checkpoint('closed').frames(5, 100).checkpoint('after'),
  });
  const cases: C[] = [
    queued(LO), queued(VETH),
    {
      name: 'veth-empty', dev: VETH, sockets: [rxSocket(VETH, undefined)],
      what: '5 datagrams over veth, all read, the socket closed empty, then 5 more to its port',
      w: new Workload(VETH, flowFor(VETH, 9000)).frames(5, 100).checkpoint('received').read('rx').close('rx')
        .checkpoint('closed').frames(5, 100).checkpoint('after'),
    },
    {
      name: 'veth-two-sockets', dev: VETH, sockets: [rxSocket(VETH, 65536), other],
      what: '4 datagrams over veth to each of two sockets (ports 9000 and 9001), the first closed with its 4 queued '
        + "(its row goes, the other socket's stays), then 3 more to each: those to the first port find no socket",
      w: new Workload(VETH, flowFor(VETH, 9000)).frames(4, 100).frames(4, 100, { flow: flowFor(VETH, 9001) })
        .checkpoint('queued').close('rx').checkpoint('closed').frames(3, 100).frames(3, 100, { flow: flowFor(VETH, 9001) })
        .checkpoint('after').read('other'),
    },
    {
      name: 'veth-ipv6-dualstack', dev: VETH, sockets: [{ name: 'rx', family: 'inet6', address: '::', port: 9000 }],
      what: '3 IPv6 and 3 IPv4 datagrams over veth to an AF_INET6 socket bound to :: (dual stack), closed with all 6 '
        + 'queued, then 2 of each family to its port (Udp6 and Udp NoPorts, ICMPv6 and ICMP port unreachable)',
      w: new Workload(VETH, flowFor(VETH, 9000, { family: 'inet6', src: 'fd00::2', dst: 'fd00::1' })).frames(3, 100)
        .frames(3, 100, { flow: flowFor(VETH, 9000) }).checkpoint('queued').close('rx').checkpoint('closed')
        .frames(2, 100).frames(2, 100, { flow: flowFor(VETH, 9000) }).checkpoint('after'),
      tags: ['ipv6'],
    },
  ];
  return cases.map((c) => ({
    scenario: scenario(`udp-close-${c.name}`, `${c.what}.`, c.dev, c.sockets, c.w.steps),
    summary: `UDP socket closed mid-run: ${c.what}`,
    tags: [c.dev.kind, 'udp', 'close', ...(c.tags ?? [])],
  }));
}

/**
 * 1e. SO_RXQ_OVFL (issue 13 item 5): each datagram read carries the socket's sk_drops as it was when the datagram
 * was queued (3.13 sock_queue_rcv_skb, always; 6.x sock_skb_set_dropcount, while the option is set), as a control
 * message when it is not 0 (sock_recv_drops). A small buffer overflows, some are read (queued before the first
 * drop: no message), more arrive (queued after drops: the count), the rest are read; and the option turned on, or
 * off, with datagrams already queued.
 */
function rxqOvflCases(): CorpusEntry[] {
  interface C { name: string; what: string; dev: Device; sk: Socket; w: Workload }
  const small = (dev: Device, on: boolean): Socket => ({ ...rxSocket(dev, 4096), ...(on ? { rxqOvfl: true } : {}) });
  const overflow = (dev: Device): Workload => new Workload(dev, flowFor(dev, 9000)).frames(20, 1000).checkpoint('overflowed');
  const cases: C[] = [
    ...[LO, VETH].map((dev): C => ({
      name: `${short(dev)}`, dev, sk: small(dev, true),
      what: `SO_RXQ_OVFL set before bind, SO_RCVBUF 4096: 20 datagrams of 1000 bytes over ${dev.kind} (most dropped), `
        + '3 read (queued before any drop: no control message), 5 more, all read (the last carry the drop count)',
      w: overflow(dev).read('rx', 3).checkpoint('read3').frames(5, 1000).checkpoint('more').read('rx').checkpoint('read-all'),
    })),
    {
      name: 'veth-on-midrun', dev: VETH, sk: small(VETH, false),
      what: 'SO_RCVBUF 4096, 20 datagrams of 1000 bytes over veth (most dropped), 2 read, 5 more (some queued after the '
        + 'drops), SO_RXQ_OVFL turned on, all read (6.x: they were queued without the count; 3.13 stored it anyway), '
        + '5 more, all read',
      w: overflow(VETH).read('rx', 2).frames(5, 1000).rxqOvfl('rx', true).read('rx').checkpoint('read-queued')
        .frames(5, 1000).read('rx').checkpoint('read-more'),
    },
    {
      name: 'veth-off-midrun', dev: VETH, sk: small(VETH, true),
      what: 'SO_RXQ_OVFL and SO_RCVBUF 4096, 20 datagrams of 1000 bytes over veth (most dropped), 5 more after 2 are '
        + 'read, SO_RXQ_OVFL turned off, all read: no control message once it is off',
      w: overflow(VETH).read('rx', 2).frames(5, 1000).rxqOvfl('rx', false).read('rx').checkpoint('read-off'),
    },
  ];
  return cases.map((c) => ({
    scenario: scenario(`udp-rxq-ovfl-${c.name}`, `${c.what}.`, c.dev, [c.sk], c.w.steps),
    summary: `SO_RXQ_OVFL: ${c.what}`,
    tags: [c.dev.kind, 'udp', 'rcvbuf', 'rxq_ovfl'],
  }));
}

/** 1b. Interleaved send and partial read: the 6.x batched release (udp_rmem_release, forward_deficit). */
function interleaved(dev: Device): CorpusEntry[] {
  const a = new Workload(dev, flowFor(dev, 9000))
    .frames(200, 100).checkpoint('full')
    .read('rx', 10).frames(10, 100).checkpoint('read10-send10')
    .read('rx', 30).frames(10, 100).checkpoint('read40-send10')
    .read('rx').frames(10, 100).checkpoint('drained-send10')
    .read('rx');
  const b = new Workload(dev, flowFor(dev, 9000))
    .frames(20, 1000).checkpoint('full')
    .read('rx', 1).frames(5, 1000).checkpoint('read1-send5')
    .read('rx', 1).frames(5, 1000).checkpoint('read2-send5')
    .read('rx').frames(5, 1000).checkpoint('drained-send5');
  return [
    {
      scenario: scenario(`udp-release-batch-${short(dev)}-rcvbuf65536`, 'SO_RCVBUF 65536 (131072), 100-byte datagrams: fill, then partial reads each followed by 10 sends.', dev, [rxSocket(dev, 65536)], a.steps),
      summary: `UDP batched memory release over ${dev.kind}: after partial reads, admission still sees unreleased memory until 1/4 rcvbuf is read`,
      tags: [dev.kind, 'udp', 'rcvbuf', 'release'],
    },
    {
      scenario: scenario(`udp-release-batch-${short(dev)}-rcvbuf8192`, 'SO_RCVBUF 8192 (16384), 1000-byte datagrams: fill, read one at a time with sends between.', dev, [rxSocket(dev, 8192)], b.steps),
      summary: `UDP batched memory release over ${dev.kind} with a small buffer and 1000-byte datagrams`,
      tags: [dev.kind, 'udp', 'rcvbuf', 'release'],
    },
  ];
}

/** 2. NoPorts: datagrams to a closed port (ICMP port unreachable). */
function noPorts(dev: Device): CorpusEntry {
  const w = new Workload(dev, flowFor(dev, 9999)).frames(5, 100);
  return {
    scenario: scenario(`noports-${short(dev)}`, `5 datagrams to a port nobody listens on, over ${dev.kind}${dev.kind === 'veth' ? ' (icmp_ratemask 0)' : ''}.`, dev, [rxSocket(dev, undefined)], w.steps),
    summary: `Udp NoPorts and ICMP port unreachable over ${dev.kind}`,
    tags: [dev.kind, 'udp', 'noports', 'icmp'],
  };
}

/**
 * 2a. Port unreachables faster than they leave: an ICMP error out a veth reaches its other end's backlog on the
 * sending CPU (veth_xmit -> netif_rx) and stays charged to that CPU's ICMP socket until the peer frees it, so a
 * burst to a closed port with icmp_ratemask 0 runs the socket's sk_sndbuf (2 * SKB_TRUESIZE(64 KiB)) out:
 * Icmp OutErrors (icmp_push_reply). With a small netdev_max_backlog the errors are also dropped at the backlog.
 */
function icmpSndbuf(): CorpusEntry[] {
  return [1000, 20].map((max) => {
    const w = new Workload(VETH, flowFor(VETH, 9999)).frames(300, 64, { gapNs: 0, burst: true }).checkpoint('sent');
    return {
      scenario: scenario(`icmp-sndbuf-veth-burst300-max${max}`, `300 frames back to back to a port nobody binds, over veth, icmp_ratemask 0, netdev_max_backlog ${max}: more port unreachables at once than the ICMP socket's send buffer holds.`,
        VETH, [rxSocket(VETH, undefined)], w.steps, { sysctls: { 'net.core.netdev_max_backlog': max } }),
      summary: `ICMP socket send buffer: 300 port unreachables at once over veth, netdev_max_backlog ${max}`,
      tags: ['veth', 'udp', 'noports', 'icmp', 'burst', 'backlog'],
    };
  });
}

/**
 * 2b. ICMP rate limiting (issue 13): datagrams to a closed port with icmp_ratemask at its
 * default 0x1818 (the other veth trials state 0). Over veth the per-destination bucket (icmp.c:icmpv4_xrlim_allow,
 * inetpeer.c:inet_peer_xrlim_allow) passes a burst of XRLIM_BURST_FACTOR = 6, then one per icmp_ratelimit;
 * icmp_ratelimit 0 lets every one through while the global bucket has credit; icmp_msgs_burst 0 leaves
 * the global bucket (icmp_global_allow) one error per refill, at most every HZ/50. Over loopback: no limit.
 */
function icmpRateLimit(): CorpusEntry[] {
  const mask = { 'net.ipv4.icmp_ratemask': 6168 };
  const cases: { name: string; dev: Device; count: number; sysctls: Sysctls; what: string }[] = [
    { name: 'icmp-ratelimit-veth-default-1000', dev: VETH, count: 1000, sysctls: { ...mask }, what: 'default ICMP rate limits: a burst of 6 port unreachables, the rest OutRateLimitHost' },
    { name: 'icmp-ratelimit-veth-ratelimit0-20', dev: VETH, count: 20, sysctls: { ...mask, 'net.ipv4.icmp_ratelimit': 0 }, what: 'icmp_ratelimit 0: no per-destination limit, the global bucket (burst 50) has room for all' },
    { name: 'icmp-ratelimit-veth-ratelimit0-burst0-20', dev: VETH, count: 20, sysctls: { ...mask, 'net.ipv4.icmp_ratelimit': 0, 'net.ipv4.icmp_msgs_burst': 0 }, what: 'icmp_ratelimit 0, icmp_msgs_burst 0: one error per global refill (at most every HZ/50), the rest OutRateLimitGlobal' },
    { name: 'icmp-ratelimit-lo-default-1000', dev: LO, count: 1000, sysctls: { ...mask }, what: 'loopback: no ICMP rate limit, 1000 port unreachables' },
  ];
  return cases.map((c) => {
    const w = new Workload(c.dev, flowFor(c.dev, 9999)).frames(c.count, 100);
    return {
      scenario: scenario(c.name, `${c.count} datagrams to a port nobody listens on, over ${c.dev.kind}: ${c.what}.`, c.dev, [rxSocket(c.dev, undefined)], w.steps, { sysctls: c.sysctls }),
      summary: `ICMP rate limiting over ${c.dev.kind}: ${c.what}`,
      tags: [c.dev.kind, 'udp', 'noports', 'icmp'],
    };
  });
}

/**
 * 2c. route.c:ip_error's own limiter: datagrams to a destination without a route, forwarding on. The
 * source's inet_peer pays ip_rt_error_cost (HZ) per net unreachable from a bucket of ip_rt_error_burst
 * (5 * HZ): 5 errors, then none for a second. With icmp_ratemask at its default, icmpv4_xrlim_allow
 * draws on the same peer's tokens as well.
 */
function ipErrorRateLimit(): CorpusEntry[] {
  const cases: { name: string; sysctls: Sysctls; what: string }[] = [
    { name: 'ip-error-ratelimit-mask0-20', sysctls: { 'net.ipv4.icmp_ratemask': 0 }, what: 'icmp_ratemask 0: ip_error\'s bucket alone' },
    { name: 'ip-error-ratelimit-default-20', sysctls: { 'net.ipv4.icmp_ratemask': 6168 }, what: 'default icmp_ratemask: ip_error and the ICMP limiter share the peer' },
  ];
  return cases.map((c) => {
    const w = new Workload(VETH, flowFor(VETH, 9000, { dst: '192.0.2.1' })).frames(20, 64, { flags: ['no_route'] }).checkpoint('received');
    return {
      scenario: scenario(c.name, `20 datagrams to 192.0.2.1 (no route), forwarding on: ${c.what}.`, VETH, [rxSocket(VETH, undefined)], w.steps, { sysctls: c.sysctls, forwarding: true }),
      summary: `route.c:ip_error rate limit: ${c.what}`,
      tags: ['veth', 'crafted', 'icmp', 'forwarding'],
    };
  });
}

/** 3. Backlog overflow: B packets onto one CPU's backlog at once, for a grid of B and netdev_max_backlog. */
function backlogGrid(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const max of [10, 100, 1000]) {
    for (const b of [10, 50, 300, 1100]) {
      if (max === 1000 && b < 300) continue;
      if (b > 4 * max && max !== 1000 && b > 300) continue;
      const w = new Workload(VETH, flowFor(VETH, 9000)).frames(b, 64, { gapNs: 0, burst: true }).read('rx');
      out.push({
        scenario: scenario(`backlog-burst${b}-max${max}`, `${b} frames enqueued on CPU ${SENDER_CPU}'s backlog back to back (tc mirred ingress from the veth's other end), netdev_max_backlog ${max}.`,
          VETH, [rxSocket(VETH, 4194304, true)], w.steps, { sysctls: { 'net.core.netdev_max_backlog': max } }),
        summary: `Backlog overflow: burst of ${b} onto one CPU with netdev_max_backlog ${max} (one BH-disabled burst: FramesStep.burst)`,
        tags: ['veth', 'backlog', 'burst'],
      });
    }
  }
  return out;
}

/** 4. Crafted frames for the IP and UDP error counters, injected on a veth. */
function crafted(): CorpusEntry[] {
  // events: also capture skb:kfree_skb, to pin the drop site and reason (6.18) of a case the sources left open
  interface C {
    name: string; what: string; flags: FrameFlag[]; payload?: number; padding?: number; flow?: Partial<FramesStep['flow']>;
    forwarding?: boolean; read?: boolean; events?: boolean;
  }
  const cases: C[] = [
    { name: 'ip-csum', what: 'bad IPv4 header checksum', flags: ['ip_csum'] },
    { name: 'ip-version', what: 'IP version 5', flags: ['ip_version'] },
    { name: 'ip-ihl', what: 'IHL 4 (< 5)', flags: ['ip_ihl'] },
    { name: 'ip-truncated', what: 'tot_len 100 bytes beyond the frame', flags: ['ip_truncated'] },
    { name: 'ip-len-short', what: 'tot_len smaller than the header', flags: ['ip_len_short'] },
    { name: 'ip-options', what: 'a malformed record-route option', flags: ['ip_options'], events: true },
    { name: 'ip-unknown-proto', what: 'IP protocol 200 (no handler)', flags: [], flow: { proto: 200 } },
    { name: 'icmp-unknown-type', what: 'ICMP type 200 (above NR_ICMP_TYPES)', flags: [], flow: { proto: 1, sport: 200 } },
    { name: 'icmp-dest-unreach', what: 'ICMP destination unreachable (type 3)', flags: [], flow: { proto: 1, sport: 3 } },
    { name: 'icmp-options', what: 'ICMP destination unreachable with a malformed record-route option (no parameter problem about an ICMP error)', flags: ['ip_options'], flow: { proto: 1, sport: 3 } },
    { name: 'udp-csum-small', what: 'bad UDP checksum, 20-byte payload (checked on receive)', flags: ['udp_csum'], payload: 20, read: true, events: true },
    { name: 'udp-csum-large', what: 'bad UDP checksum, 1000-byte payload (checked when read)', flags: ['udp_csum'], payload: 1000, read: true, events: true },
    { name: 'udp-len-long', what: 'UDP length beyond the datagram', flags: ['udp_len_long'] },
    { name: 'udp-len-short', what: 'UDP length 7', flags: ['udp_len_short'] },
    { name: 'not-local-fwd-off', what: 'on-link destination that is not ours, forwarding off', flags: ['not_local'], flow: { dst: '10.0.0.99' }, forwarding: false },
    { name: 'not-local-fwd-on', what: 'on-link destination that is not ours, forwarding on', flags: ['not_local'], flow: { dst: '10.0.0.99' }, forwarding: true },
    { name: 'ttl1-fwd-on', what: 'TTL 1 to an on-link address that is not ours, forwarding on (ip_forward: too_many_hops)', flags: ['not_local', 'ttl_1'], flow: { dst: '10.0.0.99' }, forwarding: true },
    { name: 'ttl1-local', what: 'TTL 1 to our own address (local delivery does not look at the TTL)', flags: ['ttl_1'], read: true },
    { name: 'no-route-fwd-off', what: 'destination without a route, forwarding off', flags: ['no_route'], flow: { dst: '192.0.2.1' }, forwarding: false },
    { name: 'no-route-fwd-on', what: 'destination without a route, forwarding on', flags: ['no_route'], flow: { dst: '192.0.2.1' }, forwarding: true },
    { name: 'otherhost', what: 'destination MAC not ours', flags: ['otherhost'] },
    { name: 'rp-filter', what: 'source 10.9.0.2 whose reverse route is via lo (strict rp_filter)', flags: ['rp_filter'], flow: { src: '10.9.0.2' } },
    { name: 'fragment', what: 'a first fragment (MF set) that never completes', flags: ['fragment'] },
    { name: 'broadcast', what: 'to the subnet broadcast 10.0.0.255 with no socket bound to it', flags: ['broadcast'], flow: { dst: '10.0.0.255', dport: 9999 } },
    { name: 'multicast', what: 'to 224.1.1.1, a group nobody joined', flags: ['multicast'], flow: { dst: '224.1.1.1', dport: 9999 }, events: true },
    { name: 'icmp-broadcast', what: 'ICMP destination unreachable to the subnet broadcast (icmp_rcv: only echo, timestamp and address messages may go there)', flags: ['broadcast'], flow: { proto: 1, sport: 3, dst: '10.0.0.255' } },
    { name: 'ip-short', what: 'a frame that ends 10 bytes into its IP header', flags: ['ip_short'], events: true },
    { name: 'udp-csum-zero', what: 'UDP checksum 0 (none), 20-byte payload', flags: ['udp_csum_zero'], payload: 20, read: true },
    { name: 'udp-csum-zero-large', what: 'UDP checksum 0 (none), 1000-byte payload', flags: ['udp_csum_zero'], payload: 1000, read: true },
    { name: 'ttl0-local', what: 'TTL 0 to our own address (local delivery does not look at the TTL)', flags: ['ttl_0'], read: true },
    { name: 'ttl0-fwd-on', what: 'TTL 0 to an on-link address that is not ours, forwarding on (ip_forward: too_many_hops)', flags: ['not_local', 'ttl_0'], flow: { dst: '10.0.0.99' }, forwarding: true },
    { name: 'padding-min-frame', what: 'an empty datagram padded to the 60-byte minimum Ethernet frame (18 bytes beyond tot_len)', flags: [], payload: 0, padding: 18, read: true },
    { name: 'padding-large', what: '1000 bytes of padding after a 100-byte datagram', flags: [], payload: 100, padding: 1000, read: true },
    { name: 'martian-loopback-src', what: 'from 127.0.0.5, a loopback source on a veth (martian)', flags: [], flow: { src: '127.0.0.5' }, events: true },
    { name: 'martian-own-src', what: 'from 10.0.0.1, our own address (martian: fib_validate_source)', flags: [], flow: { src: '10.0.0.1' }, events: true },
    { name: 'martian-zero-src', what: 'from 0.0.0.0 to our address (martian)', flags: [], flow: { src: '0.0.0.0' }, events: true },
    { name: 'martian-multicast-src', what: 'from 224.1.2.3, a multicast source (martian)', flags: [], flow: { src: '224.1.2.3' }, events: true },
    { name: 'martian-zero-src-lbcast', what: 'from 0.0.0.0 to 255.255.255.255 (not martian: the DHCP case), to the bound port', flags: ['broadcast'], flow: { src: '0.0.0.0', dst: '255.255.255.255' }, read: true },
    { name: 'martian-own-src-bcast', what: 'from 10.0.0.1, our own address, to the subnet broadcast (martian at brd_input)', flags: ['broadcast'], flow: { src: '10.0.0.1', dst: '10.0.0.255' }, events: true },
    { name: 'martian-own-src-fwd-off', what: 'from our own address to an address not ours, forwarding off (ip_error first: not martian)', flags: ['not_local'], flow: { src: '10.0.0.1', dst: '10.0.0.99' }, forwarding: false },
    { name: 'ip-options-nop', what: 'IP options NOP NOP NOP END (taken)', flags: ['ip_options_nop'], read: true },
    { name: 'ip-options-rr', what: 'a record-route option with room for one address (taken, the address recorded)', flags: ['ip_options_rr'], read: true },
    { name: 'ip-options-ts', what: 'a timestamp option with room for one (taken, a timestamp written)', flags: ['ip_options_ts'], read: true },
    { name: 'ip-options-ra', what: 'a router-alert option (taken)', flags: ['ip_options_ra'], read: true },
    { name: 'ip-options-lsrr', what: 'a loose source route through one hop (dropped: accept_source_route 0)', flags: ['ip_options_lsrr'], events: true },
    { name: 'ip-options-ssrr', what: 'a strict source route through one hop (dropped: accept_source_route 0)', flags: ['ip_options_ssrr'], events: true },
    { name: 'ip-options-rr-noport', what: 'a record-route option to a port nobody binds (the port unreachable echoes the option)', flags: ['ip_options_rr'], flow: { dport: 9999 } },
    { name: 'ip-options-sec', what: 'a basic security option (IPOPT_SEC: taken on receive, not looked into)', flags: ['ip_options_sec'], read: true },
    { name: 'ip-options-sec-noport', what: 'a basic security option to a port nobody binds (the port unreachable does not echo it)', flags: ['ip_options_sec'], flow: { dport: 9999 } },
    { name: 'ip-options-cipso', what: 'a CIPSO option of a DOI nobody configured (cipso_v4_validate fails: parameter problem, echoing it)', flags: ['ip_options_cipso'], events: true },
    { name: 'ip-options-rr-fwd-on', what: 'a record-route option to an on-link address not ours, forwarding on', flags: ['not_local', 'ip_options_rr'], flow: { dst: '10.0.0.99' }, forwarding: true },
  ];
  return cases.map((c) => {
    const pad = c.padding !== undefined ? { padding: c.padding } : {};
    const w = new Workload(VETH, flowFor(VETH, 9000, c.flow)).frames(3, c.payload ?? 64, { flags: c.flags, ...pad }).checkpoint('received');
    if (c.read) w.read('rx');
    // The incomplete datagram expires after net.ipv4.ipfrag_time (30 s default, not in the sysctl schema): wait it out generously.
    if (c.flags.includes('fragment')) w.advance(FRAG_WAIT_NS).checkpoint('expired');
    return {
      scenario: scenario(`crafted-${c.name}`, `3 frames over veth: ${c.what}.`, VETH, [rxSocket(VETH, undefined)], w.steps,
        c.forwarding !== undefined ? { forwarding: c.forwarding } : {}),
      summary: `Crafted frames: ${c.what}`,
      tags: ['veth', 'crafted', ...c.flags, ...(c.events ? ['trace'] : [])],
      ...(c.events ? { events: true } : {}),
    };
  });
}

/**
 * 4b. Datagrams larger than the veth MTU (issue 13 item 2): the sender cuts each into fragments
 * (src/spec/ip-fragment.ts), ip_defrag reassembles them. Sizes around the head's tailroom (a last
 * fragment copied into the first or chained, truesize.ts reasmHeadTailroom), several fragments, the
 * largest datagram; a full buffer, a closed port and a bad checksum about a reassembled datagram.
 * Traced: a reassembled datagram's chained fragments are freed with it (skb_release_data).
 */
function fragmented(): CorpusEntry[] {
  interface F { name: string; what: string; payload: number; count: number; rcvbuf?: [number, boolean]; flags?: FrameFlag[]; dport?: number }
  const big: [number, boolean] = [4194304, true];
  const cases: F[] = [
    { name: 'p3000x20', what: '20 datagrams of 3000 bytes (3 fragments each)', payload: 3000, count: 20, rcvbuf: big },
    { name: 'p1473', what: 'a 1-byte last fragment, copied into the first', payload: 1473, count: 3, rcvbuf: big },
    { name: 'p1684', what: 'a 212-byte last fragment, the most the first fragment\'s tailroom takes', payload: 1684, count: 3, rcvbuf: big },
    { name: 'p1685', what: 'a 213-byte last fragment, chained', payload: 1685, count: 3, rcvbuf: big },
    { name: 'p2953', what: 'three fragments, the last of 1 byte: chained after the second', payload: 2953, count: 3, rcvbuf: big },
    { name: 'p8000', what: '6 fragments', payload: 8000, count: 5, rcvbuf: big },
    { name: 'p2126', what: 'a 654-byte last fragment, chained: its AF_PACKET skb one bucket below a UDP sender\'s of that length', payload: 2126, count: 3, rcvbuf: big },
    { name: 'p65507', what: 'the largest UDP datagram, 45 fragments', payload: 65507, count: 2, rcvbuf: big },
    { name: 'rcvbuf-p8000', what: '30 datagrams of 8000 bytes into the default receive buffer (some dropped whole)', payload: 8000, count: 30 },
    { name: 'noport-p3000', what: '5 datagrams of 3000 bytes to a port nobody binds (a port unreachable about each)', payload: 3000, count: 5, dport: 9999 },
    { name: 'csum-p3000', what: '3 datagrams of 3000 bytes with a bad UDP checksum', payload: 3000, count: 3, rcvbuf: big, flags: ['udp_csum'] },
    { name: 'csum-zero-p3000', what: '3 datagrams of 3000 bytes with UDP checksum 0 (none)', payload: 3000, count: 3, rcvbuf: big, flags: ['udp_csum_zero'] },
  ];
  const out: CorpusEntry[] = cases.map((c) => {
    const flags = c.flags ? { flags: c.flags } : {};
    const w = new Workload(VETH, flowFor(VETH, c.dport ?? 9000)).frames(c.count, c.payload, flags).checkpoint('received').read('rx');
    return {
      scenario: scenario(`frag-veth-${c.name}`, `${c.what} over veth, cut for its 1500-byte MTU and reassembled.`, VETH,
        [rxSocket(VETH, c.rcvbuf?.[0], c.rcvbuf?.[1] ?? false)], w.steps),
      summary: `Fragmentation and reassembly: ${c.what}`,
      tags: ['veth', 'udp', 'fragmentation', ...(c.flags ?? []), 'trace'],
      events: true,
    };
  });
  // ipfrag_high_thresh (4 MiB): first fragments that never complete, each held with its queue
  // (truesize + sizeof(struct ipq)) until the memory passes it; then 6.x refuses each new fragment
  // (ReasmFails) and 3.13 evicts the oldest queues down to ipfrag_low_thresh.
  const flood = new Workload(VETH, flowFor(VETH, 9000)).frames(2000, 1000, { flags: ['fragment'] }).checkpoint('received')
    .advance(FRAG_WAIT_NS).checkpoint('expired');
  out.push({
    // icmp_ratemask at its default (time exceeded is limited): what ip_expire sends at once stays within the ICMP
    // socket's send buffer (src/spec/semantic.ts icmpBurstProblems)
    scenario: scenario('frag-veth-lone-flood-2000', '2000 first fragments (MF set) of 1000-byte datagrams that never complete, over veth: more than ipfrag_high_thresh holds.',
      VETH, [rxSocket(VETH, undefined)], flood.steps, { sysctls: { 'net.ipv4.icmp_ratemask': 6168 } }),
    summary: 'Fragment memory: 2000 lone first fragments against ipfrag_high_thresh',
    tags: ['veth', 'crafted', 'fragment'],
  });
  return [...out, ...fragmentOrders(), ...fragmentOverlaps()];
}

/**
 * 4b. Fragments cut elsewhere than the sender cuts (FragmentCut), overlapping the ones a queue holds, IPv4 and IPv6:
 * 6.x inet_frag_queue_insert drops one inside a run of held fragments (a run grows only at the queue's tail) and kills
 * the queue for any other overlap (IpExt ReasmOverlaps for IPv4, ReasmFails; its fragments consumed, or on 6.1
 * freed); 3.13 trims IPv4's and kills IPv6's. 3000-byte datagrams (IPv4 cuts 1480, 1480, 48; IPv6 1448, 1448, 112),
 * and 2000-byte ones (IPv4 1480, 528) where a crafted last fragment covers the rest. Traced unless a queue is left to
 * expire (net.ipv4.ipfrag_time / net.ipv6.ip6frag_time 2 here).
 */
function fragmentOverlaps(): CorpusEntry[] {
  interface O { name: string; what: string; order: FramesStep['fragments'] & object; payload?: number; wait?: boolean; v6?: boolean }
  const cut = (offset: number, length: number) => ({ offset, length });
  const cases: O[] = [
    { name: 'inside-run', what: 'a crafted fragment inside the run the first two make: a duplicate', order: [0, 1, cut(1000, 400), 2] },
    { name: 'across-runs', what: 'the second fragment, the first (a run of its own), then one across both: the queue is killed', order: [1, 0, cut(1000, 800)] },
    { name: 'tail', what: 'the first fragment, then one from inside it past its end: the queue is killed', order: [0, cut(1000, 800)] },
    { name: 'tail-then-rest', what: 'the first fragment, one from inside it past its end (the queue killed), then the other two: a queue without fragment 0, which expires', order: [0, cut(1000, 800), 1, 2], wait: true },
    { name: 'covering-last', what: 'the first fragment, then a last one from inside it to the end', order: [0, cut(1000, 1008)], payload: 2000 },
    { name: 'inside-run', v6: true, what: 'a crafted fragment inside the run the first two make: a duplicate', order: [0, 1, cut(1000, 400), 2] },
    { name: 'across-runs', v6: true, what: 'the second fragment, the first (a run of its own), then one across both: the queue is killed', order: [1, 0, cut(1000, 800)] },
    { name: 'tail', v6: true, what: 'the first fragment, then one from inside it past its end: the queue is killed', order: [0, cut(1000, 800)] },
  ];
  return cases.map((c) => {
    const payload = c.payload ?? 3000;
    const flow = c.v6 ? flow6For(VETH, 9000) : flowFor(VETH, 9000);
    const w = new Workload(VETH, flow).frames(5, payload, { fragments: c.order }).checkpoint('received');
    if (c.wait) w.advance(FRAG_ORDER_WAIT_NS).checkpoint('expired');
    w.read('rx');
    const family = c.v6 ? 'IPv6' : 'IPv4';
    const sysctl = c.v6 ? 'net.ipv6.ip6frag_time' : 'net.ipv4.ipfrag_time';
    return {
      scenario: scenario(`${c.v6 ? 'frag6' : 'frag'}-veth-overlap-${c.name}`,
        `5 ${family} datagrams of ${payload} bytes over veth, each sent as fragments ${JSON.stringify(c.order)}: ${c.what}.`,
        VETH, [c.v6 ? rx6(VETH, { soRcvbuf: RMEM_MAX_618, soRcvbufForce: true }) : rxSocket(VETH, 4194304, true)], w.steps,
        { sysctls: { [sysctl]: FRAG_ORDER_TIME_S } }),
      summary: `${family} fragment overlap: ${c.what}`,
      tags: ['veth', 'udp', 'fragmentation', 'fragment_order', 'fragment_overlap', ...(c.v6 ? ['ipv6'] : []), ...(c.wait ? [] : ['trace'])],
      ...(c.wait ? {} : { events: true }),
    };
  });
}

/**
 * 4b. A datagram's fragments out of order, repeated or missing (FramesStep.fragments): the queue keeps them in offset
 * order, a duplicate changes nothing but ReasmReqds (6.x drops it, 3.13 swaps it for the held copy), a datagram
 * missing a fragment expires (net.ipv4.ipfrag_time 2 here: ReasmTimeout, ReasmFails, and a time exceeded when
 * fragment 0 came), and a fragment after the reassembly starts a new queue. 3000-byte datagrams: 3 fragments.
 */
function fragmentOrders(): CorpusEntry[] {
  interface O { name: string; what: string; order: [number, ...number[]]; wait?: boolean }
  const cases: O[] = [
    { name: 'reverse', what: 'the last fragment first, the first last', order: [2, 1, 0] },
    { name: 'middle-first', what: 'the middle fragment, then the first, then the last', order: [1, 0, 2] },
    { name: 'duplicate', what: 'the first fragment twice, before the datagram completes', order: [0, 1, 0, 2] },
    { name: 'duplicate-last', what: 'the last fragment twice in a row, first', order: [2, 2, 0, 1] },
    { name: 'missing-last', what: 'no last fragment: the queue, holding the first, expires', order: [0, 1], wait: true },
    { name: 'missing-first', what: 'no first fragment: the queue expires without a time exceeded', order: [1, 2], wait: true },
    { name: 'twice', what: 'all three twice: reassembled twice', order: [0, 1, 2, 0, 1, 2] },
    { name: 'first-again', what: 'the first fragment again after the reassembly: a new queue, which expires', order: [0, 1, 2, 0], wait: true },
  ];
  return cases.map((c) => {
    const w = new Workload(VETH, flowFor(VETH, 9000)).frames(5, 3000, { fragments: c.order }).checkpoint('received');
    if (c.wait) w.advance(FRAG_ORDER_WAIT_NS).checkpoint('expired');
    w.read('rx');
    return {
      scenario: scenario(`frag-veth-order-${c.name}`, `5 datagrams of 3000 bytes over veth, each sent as fragments ${c.order.join(', ')}: ${c.what}.`,
        VETH, [rxSocket(VETH, 4194304, true)], w.steps, { sysctls: { 'net.ipv4.ipfrag_time': FRAG_ORDER_TIME_S } }),
      summary: `Fragment order: ${c.what} (fragments ${c.order.join(', ')})`,
      // traced (DUP_FRAG and its site) unless a queue expires: ip_expire's timer fires where the kernel puts it, and
      // 6.12.118 gave other trace events from run to run (the counters the same)
      tags: ['veth', 'udp', 'fragmentation', 'fragment_order', ...(c.wait ? [] : ['trace'])],
      ...(c.wait ? {} : { events: true }),
    };
  });
}

/**
 * 4d. A veth in NAPI mode (src/model/veth.ts): GRO on, its other end's TSO off. Single frames go through
 * veth_xmit onto the ring and veth_poll takes each at once on the sending CPU (rx_bytes without the Ethernet
 * header); a burst (FramesStep.burst: through veth_xmit, tc_burst.ts egress) fills the 256-slot ring, whose taken
 * slots are freed 16 at a time, and the rest is dropped at the sending end (tx_dropped). With the other end's TSO
 * on, the frames are not eligible (veth_skb_is_eligible_for_gro) and go to netif_rx as with GRO off.
 */
function vethNapi(): CorpusEntry[] {
  const napi: Device = { ...VETH, gro: true, peerTso: false };
  const groOnly: Device = { ...VETH, gro: true };
  const flow = flowFor(napi, 9000);
  const big = rxSocket(napi, 4194304, true);
  const tags = ['veth', 'veth_napi', 'udp'];
  const entry = (name: string, description: string, summary: string, dev: Device, sockets: Socket[], w: Workload,
    extra: { tags?: string[]; events?: boolean; sysctls?: Sysctls } = {}): CorpusEntry => ({
    scenario: scenario(name, description, dev, sockets, w.steps, extra.sysctls ? { sysctls: extra.sysctls } : {}),
    summary, tags: [...tags, ...(extra.tags ?? [])], ...(extra.events ? { events: true } : {}),
  });
  const out: CorpusEntry[] = [
    entry('veth-napi-single-20', '20 datagrams one at a time to a veth in NAPI mode (gro on, the other end\'s TSO off), read.',
      'veth NAPI mode: each frame through veth_xmit, the ring and veth_poll on the sending CPU (rx_bytes without the Ethernet header)',
      napi, [big], new Workload(napi, flow).frames(20, 64).read('rx')),
    entry('veth-napi-gro-peer-tso-on-20', '20 datagrams to a veth with gro on whose other end keeps TSO on: not eligible for its NAPI, so netif_rx.',
      'veth with GRO on but the sending end\'s TSO on: veth_skb_is_eligible_for_gro false, the netif_rx path',
      groOnly, [big], new Workload(groOnly, flow).frames(20, 64).read('rx')),
    entry('veth-napi-padding-10', '10 datagrams with 30 bytes of Ethernet padding to a veth in NAPI mode.',
      'veth NAPI mode: rx_bytes counts the padding but not the Ethernet header',
      napi, [big], new Workload(napi, flow).frames(10, 10, { padding: 30 }).read('rx'), { tags: ['padding'] }),
    entry('veth-napi-noports-5', '5 datagrams to a closed port through a veth in NAPI mode (ICMP errors go back out the veth).',
      'veth NAPI mode: Udp NoPorts and the port unreachables sent back',
      napi, [big], new Workload(napi, flowFor(napi, 9999)).frames(5, 100), { tags: ['noports', 'icmp'] }),
    entry('veth-napi-frag-p3000x5', '5 datagrams of 3000 bytes over a veth in NAPI mode: the sender cuts each into 3 fragments.',
      'veth NAPI mode: fragments through the ring, reassembled',
      napi, [big], new Workload(napi, flow).frames(5, 3000).read('rx'), { tags: ['fragmentation'] }),
    entry('veth-napi-rcvbuf65536-burst200', 'A burst of 200 100-byte datagrams through veth_xmit into a veth in NAPI mode, SO_RCVBUF 65536.',
      'veth NAPI mode: a burst past a small receive buffer (the truesize of the burst\'s copies)',
      napi, [rxSocket(napi, 65536)], new Workload(napi, flow).frames(200, 100, { gapNs: 0, burst: true }).read('rx'),
      { tags: ['burst', 'rcvbuf'] }),
  ];
  for (const b of [200, 256, 257, 300]) {
    out.push(entry(`veth-napi-burst${b}`, `A burst of ${b} frames through veth_xmit into a veth in NAPI mode (a fresh 256-slot ring), read.`,
      `veth NAPI mode: a burst of ${b} onto the ring (256 slots; the rest dropped at the sending end)`,
      napi, [big], new Workload(napi, flow).frames(b, 64, { gapNs: 0, burst: true }).read('rx'),
      { tags: ['burst', ...(b === 300 ? ['trace'] : [])], ...(b === 300 ? { events: true } : {}) }));
  }
  for (const k of [5, 16, 40]) {
    out.push(entry(`veth-napi-after${k}-burst300`, `${k} single frames, then a burst of 300 through veth_xmit into a veth in NAPI mode, read.`,
      `veth NAPI mode: the ring's taken slots are freed 16 at a time, so after ${k} frames a burst finds ${256 - (k % 16)} free`,
      napi, [big], new Workload(napi, flow).frames(k, 64).frames(300, 64, { gapNs: 0, burst: true }).read('rx'), { tags: ['burst'] }));
  }
  out.push(entry('veth-napi-ipv6-10', '10 IPv6 datagrams one at a time to a veth in NAPI mode, read by an AF_INET6 socket.',
    'veth NAPI mode with IPv6 frames',
    napi, [rx6(napi)], new Workload(napi, flow6For(napi, 9000)).frames(10, 100).read('rx'), { tags: ['ipv6'] }));
  return out;
}

/**
 * 7. UDP GRO (Socket.udpGro, src/model/udp_gro.ts): a socket that set UDP_GRO behind a veth in NAPI mode. A burst
 * (one frame copied: one IPv4 ID) sits on the ring and one veth_poll hands it to GRO, which merges a flow's
 * datagrams into one skb: at most UDP_GRO_CNT_MAX (64) segments, below gro_max_size (64 KiB); the socket charges
 * every segment's truesize at once, and one read takes the merged skb (one InDatagrams). IPv4 copies of one ID merge
 * on 6.18 (a fixed ID with DF clear); 6.1 and 6.12 want DF for a fixed ID, so each copy completes the one before.
 * Datagrams sent one by one are polled one at a time and never merge.
 */
function udpGro(): CorpusEntry[] {
  const napi: Device = { ...VETH, gro: true, peerTso: false };
  const v4 = flowFor(napi, 9000);
  const v6 = flow6For(napi, 9000);
  const gro4: Socket = { ...rxSocket(napi, 4194304, true), udpGro: true };
  const gro6: Socket = { ...rx6(napi, { soRcvbuf: 4194304, soRcvbufForce: true }), udpGro: true };
  const burst = { gapNs: 0, burst: true } as const;
  const entry = (name: string, description: string, summary: string, sockets: Socket[], w: Workload,
    extra: { tags?: string[]; events?: boolean } = {}): CorpusEntry => ({
    scenario: scenario(name, description, napi, sockets, w.steps),
    summary, tags: ['veth', 'veth_napi', 'udp', 'udp_gro', ...(extra.tags ?? [])], ...(extra.events ? { events: true } : {}),
  });
  return [
    entry('udp-gro-burst10-v4', 'A burst of 10 IPv4 datagrams of 100 bytes (one frame copied) to a UDP_GRO socket behind a '
      + 'veth in NAPI mode, then read.', 'UDP GRO, IPv4: copies of one ID merge on 6.18 only', [gro4],
    new Workload(napi, v4).frames(10, 100, burst).checkpoint('queued').read('rx'), { tags: ['burst'] }),
    entry('udp-gro-burst100-v4', 'A burst of 100 IPv4 datagrams of 200 bytes to a UDP_GRO socket behind a veth in NAPI '
      + 'mode, then read.', 'UDP GRO, IPv4: 64 segments at most (UDP_GRO_CNT_MAX), where copies merge', [gro4],
    new Workload(napi, v4).frames(100, 200, burst).checkpoint('queued').read('rx'), { tags: ['burst'] }),
    entry('udp-gro-single10-v4', '10 IPv4 datagrams sent one by one to a UDP_GRO socket behind a veth in NAPI mode.',
      'UDP GRO: datagrams polled one at a time are never merged', [gro4],
      new Workload(napi, v4).frames(10, 100).checkpoint('queued').read('rx')),
    entry('udp-gro-burst10-v6', 'A burst of 10 IPv6 datagrams of 100 bytes to a UDP_GRO AF_INET6 socket behind a veth in '
      + 'NAPI mode, then read.', 'UDP GRO, IPv6: one skb of 10 segments', [gro6],
    new Workload(napi, v6).frames(10, 100, burst).checkpoint('queued').read('rx'), { tags: ['burst', 'ipv6'] }),
    entry('udp-gro-burst10-p0-v6', 'A burst of 10 empty IPv6 datagrams to a UDP_GRO socket, then read.',
      'UDP GRO: a datagram without payload is never merged (udp_gro_receive_segment: ulen <= sizeof(*uh))', [gro6],
      new Workload(napi, v6).frames(10, 0, burst).checkpoint('queued').read('rx'), { tags: ['burst', 'ipv6'] }),
    entry('udp-gro-burst100-v6', 'A burst of 100 IPv6 datagrams of 200 bytes to a UDP_GRO socket, then read.',
      'UDP GRO, IPv6: 64 segments, then 36', [gro6],
      new Workload(napi, v6).frames(100, 200, burst).checkpoint('queued').read('rx'), { tags: ['burst', 'ipv6'] }),
    entry('udp-gro-burst60-p1400-v6', 'A burst of 60 IPv6 datagrams of 1400 bytes to a UDP_GRO socket, then read.',
      'UDP GRO, IPv6: a merged skb stops below gro_max_size (64 KiB)', [gro6],
      new Workload(napi, v6).frames(60, 1400, burst).checkpoint('queued').read('rx'), { tags: ['burst', 'ipv6'] }),
    entry('udp-gro-rcvbuf-v6', 'Two bursts of 20 IPv6 datagrams of 100 bytes to a UDP_GRO socket with SO_RCVBUF 4096, '
      + 'traced.', 'UDP GRO: a merged skb is admitted or dropped whole (one RcvbufErrors, its segments freed with it)',
    [{ ...rx6(napi, { soRcvbuf: 4096 }), udpGro: true }],
    new Workload(napi, v6).frames(20, 100, burst).frames(20, 100, burst).checkpoint('queued').read('rx'),
    { tags: ['burst', 'ipv6', 'rcvbuf', 'trace'], events: true }),
    // p 60, 93 and 157: the merged 2nd datagram fits the head's tailroom in 6.1's 192-byte, 6.18's 256-byte and 6.12's
    // 384-byte buffer as 6.x packet_snd lays the frame out (from 2 bytes in: skb_reserve(skb, -14) after the 16
    // reserved), and would not 14 bytes later (truesize.ts packetSndTailroom)
    ...[1, 60, 93, 100, 157].map((p) => entry(`udp-gro-condense-p${p}-v6`, `Bursts of 64 and then ${p === 1 ? 10 : 2} IPv6 datagrams `
      + `of ${p} bytes to a UDP_GRO socket with SO_RCVBUF 40000, then read.`, 'UDP GRO: the second merged skb comes to a '
      + 'socket more than half full, where skb_condense pulls the merged data into the head if it fits its tailroom',
    [{ ...rx6(napi, { soRcvbuf: 40000 }), udpGro: true }],
    new Workload(napi, v6).frames(64, p, burst).frames(p === 1 ? 10 : 2, p, burst).checkpoint('queued').read('rx'),
    { tags: ['burst', 'ipv6', 'rcvbuf'] })),
    entry('udp-gro-midrun-v6', 'Bursts of 10 IPv6 datagrams to a socket without UDP_GRO, then after setsockopt UDP_GRO 1, '
      + 'then after UDP_GRO 0, read at the end.', 'UDP GRO set and cleared mid-run: only the burst between merges, and '
      + 'the merged skb queued before the clear is still read whole', [rx6(napi, { soRcvbuf: 4194304, soRcvbufForce: true })],
    new Workload(napi, v6).frames(10, 100, burst).udpGro('rx', true).frames(10, 100, burst).checkpoint('merged')
      .udpGro('rx', false).frames(10, 100, burst).checkpoint('queued').read('rx'), { tags: ['burst', 'ipv6'] }),
    entry('udp-gro-midrun-v4', 'Bursts of 20 IPv4 datagrams to a socket without UDP_GRO, then after setsockopt UDP_GRO 1, '
      + 'read between.', 'UDP GRO set mid-run, IPv4: the copies of one ID merge on 6.18 only', [rxSocket(napi, 4194304, true)],
    new Workload(napi, v4).frames(20, 200, burst).read('rx', 5).udpGro('rx', true).frames(20, 200, burst)
      .checkpoint('queued').read('rx'), { tags: ['burst'] }),
    entry('udp-gro-two-sockets-v6', 'A burst of 10 IPv6 datagrams to a socket without UDP_GRO, then 10 to one with it.',
      'UDP GRO: a socket without UDP_GRO gets a burst one datagram per skb, one with it merged', [gro6,
        { ...rx6(napi), name: 'plain', port: 9001 }],
    new Workload(napi, v6).frames(10, 100, { ...burst, flow: flow6For(napi, 9001) }).frames(10, 100, burst)
      .checkpoint('queued').read('rx').read('plain'), { tags: ['burst', 'ipv6'] }),
  ];
}

/**
 * 8. An XDP program on a veth (Device.xdp, src/model/veth.ts veth_xdp_rcv_skb): attaching it gives the veth its NAPI
 * and takes TSO from its other end, so every frame goes through the ring and veth_poll, which counts it
 * (rx_queue_0_xdp_packets and xdp_bytes, so rx_packets and rx_bytes) and runs the program: XDP_DROP and XDP_ABORTED
 * count rx_queue_0_xdp_drops and free the frame before IP sees it; XDP_PASS hands on the copy veth_convert_skb_to_xdp_buff
 * made, whose truesize the socket is charged. The snapshots carry the veths' ethtool -S.
 */
function xdp(): CorpusEntry[] {
  const drop: Device = { ...VETH, xdp: 'drop' };
  const pass: Device = { ...VETH, xdp: 'pass' };
  const flow = flowFor(drop, 9000);
  const burst = { gapNs: 0, burst: true } as const;
  const entry = (name: string, description: string, summary: string, dev: Device, sockets: Socket[], w: Workload,
    extra: { tags?: string[]; events?: boolean } = {}): CorpusEntry => ({
    scenario: scenario(name, description, dev, sockets, w.steps),
    summary, tags: ['veth', 'xdp', 'udp', ...(extra.tags ?? [])], ...(extra.events ? { events: true } : {}),
  });
  return [
    entry('xdp-drop-10', '10 datagrams of 100 bytes sent one by one to a veth whose XDP program drops every frame.',
      'XDP_DROP: counted by veth_poll (rx_packets, xdp_packets) and in xdp_drops, never by IP', drop,
      [rxSocket(drop, 4194304, true)], new Workload(drop, flow).frames(10, 100).read('rx')),
    entry('xdp-aborted-5', '5 datagrams to a veth whose XDP program returns XDP_ABORTED.',
      'XDP_ABORTED: counted as xdp_drops, as XDP_DROP is', { ...VETH, xdp: 'aborted' },
      [rxSocket(drop, 4194304, true)], new Workload(drop, flow).frames(5, 64).read('rx')),
    entry('xdp-drop-burst300', 'A burst of 300 frames through veth_xmit into a veth whose XDP program drops every frame, '
      + 'traced.', 'XDP_DROP in NAPI mode: 256 on the ring, the rest dropped at the sending end; each polled frame freed '
      + 'by veth_xdp_rcv_skb', drop, [rxSocket(drop, 4194304, true)],
    new Workload(drop, flow).frames(300, 64, burst).read('rx'), { tags: ['burst', 'trace'], events: true }),
    entry('xdp-drop-gro-on-20', '20 datagrams to a veth with GRO on and its other end\'s TSO left on, whose XDP program '
      + 'drops every frame.', 'XDP takes TSO from the other end, so the frames go through the ring even with peerTso on',
    { ...drop, gro: true }, [rxSocket(drop, 4194304, true)], new Workload(drop, flow).frames(20, 200).read('rx')),
    entry('xdp-drop-ipv6-10', '10 IPv6 datagrams to a veth whose XDP program drops every frame, traced.',
      'XDP_DROP of IPv6 frames: nothing reaches ipv6_rcv', drop, [rx6(drop)],
      new Workload(drop, flow6For(drop, 9000)).frames(10, 100).read('rx'), { tags: ['ipv6', 'trace'], events: true }),
    entry('xdp-drop-padding-8', '8 datagrams with 20 bytes of Ethernet padding to a veth whose XDP program drops them.',
      'XDP_DROP: xdp_bytes counts the padding but not the Ethernet header', drop, [rxSocket(drop, 4194304, true)],
      new Workload(drop, flow).frames(8, 10, { padding: 20 }).read('rx'), { tags: ['padding'] }),
    ...[[12, 100], [6, 1400], [4, 1472]].map(([n, p]) => entry(`xdp-pass-${n}-p${p}`, `${n} datagrams of ${p} bytes to a `
      + 'veth whose XDP program passes every frame, queued, then read.', 'XDP_PASS: the socket is charged the truesize of '
      + 'the page copy veth_convert_skb_to_xdp_buff made (6.1 a page each; 6.12, 6.18 page pool fragments, the last of a '
      + 'page rounded up to its end; more than half a page, a page)', pass, [rxSocket(pass, 4194304, true)],
    new Workload(pass, flow).frames(n!, p!).checkpoint('queued').read('rx'))),
    entry('xdp-pass-mixed', '3 datagrams of 100 bytes, 2 of 1000, 3 of 100 to a veth whose XDP program passes every '
      + 'frame, queued, then read.', 'XDP_PASS: the page pool cuts fragments of different sizes from one page', pass,
    [rxSocket(pass, 4194304, true)],
    new Workload(pass, flow).frames(3, 100).frames(2, 1000).frames(3, 100).checkpoint('queued').read('rx')),
    entry('xdp-pass-rcvbuf4096', '20 datagrams of 100 bytes to a socket with SO_RCVBUF 4096 behind a veth whose XDP '
      + 'program passes every frame.', 'XDP_PASS: the receive buffer admits page copies by their truesize', pass,
    [rxSocket(pass, 4096)], new Workload(pass, flow).frames(20, 100).checkpoint('queued').read('rx'), { tags: ['rcvbuf'] }),
    entry('xdp-pass-gro-burst100', 'A burst of 100 datagrams of 64 bytes to a veth with GRO on whose XDP program passes '
      + 'every frame, queued, then read.', 'XDP_PASS in one poll: GRO sees the page copies (no UDP_GRO socket: each goes '
      + 'up alone)', { ...pass, gro: true }, [rxSocket(pass, 4194304, true)],
    new Workload(pass, flow).frames(100, 64, burst).checkpoint('queued').read('rx'), { tags: ['burst'] }),
    entry('xdp-pass-ipv6-10', '10 IPv6 datagrams of 300 bytes to a veth whose XDP program passes every frame, queued, '
      + 'then read.', 'XDP_PASS of IPv6 frames', pass, [rx6(pass, { soRcvbuf: 4194304, soRcvbufForce: true })],
    new Workload(pass, flow6For(pass, 9000)).frames(10, 300).checkpoint('queued').read('rx'), { tags: ['ipv6'] }),
  ];
}

/**
 * 4c. IPv4 multicast on a veth: the all-hosts group every device joins (ip_mc_up), groups a socket joined on the veth
 * (IP_ADD_MEMBERSHIP; the recorder settles each join's one IGMPv3 report before the baseline), and which sockets
 * route.c:ip_route_input_mc's "ours" lets udp.c:__udp4_lib_mcast_deliver hand it to (__udp_is_mcast_sock,
 * igmp.c:ip_mc_sf_allow).
 */
function multicast(): CorpusEntry[] {
  const group = '239.1.1.1';
  const joined = (name: string, port: number, extra: Partial<Socket> = {}): Socket =>
    ({ name, address: '0.0.0.0', port, multicast: group, ...extra });
  const to = (dst: string, dport: number): FramesStep['flow'] => flowFor(VETH, dport, { dst });
  const mflags = { flags: ['multicast'] as FrameFlag[] };
  const entry = (name: string, description: string, summary: string, sockets: Socket[], w: Workload,
    tags: string[] = []): CorpusEntry => ({
    scenario: scenario(name, description, VETH, sockets, w.steps),
    summary, tags: ['veth', 'udp', 'multicast', ...tags], events: true,
  });
  return [
    entry('mcast-allhosts', '6 datagrams to 224.0.0.1:9000, the all-hosts group, with no socket joined to any group; '
      + 'then read.', 'ip_mc_up joins 224.0.0.1 on every device: ours, InMcastPkts, delivered to the socket on the port',
    [rxSocket(VETH, undefined)], new Workload(VETH, to('224.0.0.1', 9000)).frames(6, 100, mflags).checkpoint('queued')
      .read('rx')),
    entry('mcast-joined', `10 datagrams to ${group}:9000, the group the socket joined on the veth; then read.`,
      'a joined group is ours: delivered, InMcastPkts and InMcastOctets', [joined('rx', 9000)],
      new Workload(VETH, to(group, 9000)).frames(10, 300, mflags).checkpoint('queued').read('rx')),
    entry('mcast-joined-noport', `5 datagrams to ${group}:9999, the joined group, on a port no socket binds.`,
      'ours, but no socket on the port: 6.x Udp IgnoredMulti (consume_skb), 3.13 nothing counted',
      [joined('rx', 9000)], new Workload(VETH, to(group, 9999)).frames(5, 100, mflags)),
    entry('mcast-other-socket', `8 datagrams to ${group}:9001: the group joined by a socket on 9000, another socket `
      + 'bound to 0.0.0.0:9001 has joined nothing; then read.', 'ip_mc_sf_allow: without a membership an AF_INET '
      + 'socket takes any group the device joined (IP_MULTICAST_ALL, on by default)',
    [joined('rx', 9000), { name: 'other', address: '0.0.0.0', port: 9001 }],
    new Workload(VETH, to(group, 9001)).frames(8, 100, mflags).checkpoint('queued').read('other')),
    entry('mcast-bound-unicast', `5 datagrams to ${group}:9000 for a socket bound to 10.0.0.1:9000 that joined it.`,
      '__udp_is_mcast_sock: a socket bound to another address than the group takes none of it (IgnoredMulti on 6.x)',
      [joined('rx', 9000, { address: '10.0.0.1' })], new Workload(VETH, to(group, 9000)).frames(5, 100, mflags)),
    entry('mcast-bound-group', `4 datagrams to 224.0.0.1:9000, then 4 to ${group}:9000, for a socket bound to `
      + `${group}:9000 that joined it; then read.`, 'a socket bound to a group (inet_bind takes RTN_MULTICAST) takes that '
      + 'group only: the all-hosts datagrams are IgnoredMulti on 6.x', [joined('rx', 9000, { address: group })],
    new Workload(VETH, to('224.0.0.1', 9000)).frames(4, 100, mflags).then(to(group, 9000)).frames(4, 100, mflags)
      .checkpoint('queued').read('rx')),
    entry('mcast-inet6-socket', '6 datagrams to 224.0.0.1:9000 for a dual-stack AF_INET6 socket bound to [::]:9000.',
      'ip_mc_sf_allow: inet6_create leaves the IPv4 mc_all 0, so a dual-stack socket takes no IPv4 group it has not '
      + 'joined (a broadcast it does)', [{ name: 'rx', family: 'inet6', address: '::', port: 9000 }],
    new Workload(VETH, to('224.0.0.1', 9000)).frames(6, 100, mflags).read('rx'), ['ipv6']),
    entry('mcast-rcvbuf4096', `30 datagrams of 200 bytes to ${group}:9000 for a joined socket with SO_RCVBUF 4096.`,
      'a multicast datagram is charged and refused as a unicast one: RcvbufErrors once the buffer is full',
      [joined('rx', 9000, { soRcvbuf: 4096 })], new Workload(VETH, to(group, 9000)).frames(30, 200, mflags)
        .checkpoint('queued').read('rx'), ['rcvbuf']),
  ];
}

/**
 * 4d. IPv6 multicast on a veth: the link-local all-nodes group ipv6_add_dev joins, a group a socket joined
 * (IPV6_JOIN_GROUP; its MLDv2 reports settle before the baseline), one nobody joined, ip6_rcv_core's scope checks, and
 * which sockets udp.c:__udp6_lib_mcast_deliver hands a datagram to (__udp_v6_is_mcast_sock, inet6_mc_check).
 */
function multicast6(): CorpusEntry[] {
  const group = 'ff15::1';
  const to = (dst: string, dport: number): FramesStep['flow'] => ({ ...flow6For(VETH, dport), dst });
  const joined = (extra: Partial<Socket> = {}): Socket => rx6(VETH, { multicast: group, ...extra });
  const mflags = (more: FrameFlag[] = []): Partial<FramesStep> => ({ flags: ['multicast', ...more] });
  const entry = (name: string, description: string, summary: string, sockets: Socket[], w: Workload,
    tags: string[] = []): CorpusEntry => ({
    scenario: scenario(name, description, VETH, sockets, w.steps),
    summary, tags: ['veth', 'udp', 'ipv6', 'multicast', ...tags], events: true,
  });
  return [
    entry('mcast6-allnodes', '6 datagrams to [ff02::1]:9000, the all-nodes group, for an AF_INET6 socket that joined '
      + 'nothing; then read.', 'ipv6_add_dev joins ff02::1 on every device: ip6_mc_input counts InMcastPkts and '
      + 'delivers (np->mc_all)', [rx6(VETH)],
    new Workload(VETH, to('ff02::1', 9000)).frames(6, 100, mflags()).checkpoint('queued').read('rx')),
    entry('mcast6-joined', `10 datagrams to [${group}]:9000, the group the socket joined on the veth; then read.`,
      'a joined group: InMcastPkts and InMcastOctets, delivered', [joined()],
      new Workload(VETH, to(group, 9000)).frames(10, 300, mflags()).checkpoint('queued').read('rx')),
    entry('mcast6-not-joined', `5 datagrams to [ff15::2]:9000, a group nobody joined (the socket joined ${group}).`,
      'ip6_mc_input counts InMcastPkts, then ipv6_chk_mcast_addr fails: freed, not delivered', [joined()],
      new Workload(VETH, to('ff15::2', 9000)).frames(5, 100, mflags())),
    entry('mcast6-joined-noport', `5 datagrams to [${group}]:9999, the joined group, on a port no socket binds.`,
      'delivered to UDP, no socket on the port: 6.x Udp6 IgnoredMulti, 3.13 nothing counted', [joined()],
      new Workload(VETH, to(group, 9999)).frames(5, 100, mflags())),
    entry('mcast6-other-socket', `8 datagrams to [${group}]:9001: the group joined by a socket on 9000, another `
      + 'AF_INET6 socket on [::]:9001 has joined nothing; then read.', 'inet6_mc_check: without a membership a socket '
      + 'takes any group the device joined (IPV6_MULTICAST_ALL, on by default)',
    [joined(), { name: 'other', family: 'inet6', address: '::', port: 9001 }],
    new Workload(VETH, to(group, 9001)).frames(8, 100, mflags()).checkpoint('queued').read('other')),
    entry('mcast6-inet-socket', '6 datagrams to [ff02::1]:9000 with only an AF_INET socket on 0.0.0.0:9000.',
      '__udp_v6_is_mcast_sock takes AF_INET6 sockets only: IgnoredMulti on 6.x', [rxSocket(VETH, undefined)],
      new Workload(VETH, to('ff02::1', 9000)).frames(6, 100, mflags())),
    entry('mcast6-bound-unicast', `5 datagrams to [${group}]:9000 for a socket bound to [fd00::1]:9000 that joined it.`,
      'a socket bound to another address than the group takes none of it', [joined({ address: 'fd00::1' })],
      new Workload(VETH, to(group, 9000)).frames(5, 100, mflags())),
    entry('mcast6-bound-group', `4 datagrams to [ff02::1]:9000, then 4 to [${group}]:9000, for a socket bound to `
      + `[${group}]:9000 that joined it; then read.`, 'a socket bound to a group takes that group only: the all-nodes '
      + 'datagrams are IgnoredMulti on 6.x', [joined({ address: group })],
    new Workload(VETH, to('ff02::1', 9000)).frames(4, 100, mflags()).then(to(group, 9000)).frames(4, 100, mflags())
      .checkpoint('queued').read('rx')),
    entry('mcast6-v6only', '6 datagrams to [ff02::1]:9000 for an IPV6_V6ONLY socket on [::]:9000; then read.',
      'IPV6_V6ONLY keeps IPv4 out, not IPv6 groups', [rx6(VETH, { v6only: true })],
      new Workload(VETH, to('ff02::1', 9000)).frames(6, 100, mflags()).read('rx')),
    entry('mcast6-csum-zero', '5 datagrams with UDP checksum 0 to [ff02::1]:9000 for a socket on [::]:9000.',
      '6.x: __udp6_lib_mcast_deliver skips every socket without no_check6_rx: IgnoredMulti, no checksum error; '
      + '3.13: udp6_csum_init refuses it', [rx6(VETH)],
      new Workload(VETH, to('ff02::1', 9000)).frames(5, 20, mflags(['udp_csum_zero'])).read('rx'), ['crafted']),
    entry('mcast6-scope0', '5 datagrams to [ff10::1]:9000, a group of the reserved scope 0.',
      'ip6_rcv_core: RFC 4291 2.7, scope 0 is dropped as a header error (InHdrErrors)', [rx6(VETH)],
      new Workload(VETH, to('ff10::1', 9000)).frames(5, 100, mflags()), ['crafted']),
    entry('mcast6-scope1', '5 datagrams to [ff01::1]:9000, the interface-local all-nodes group, from the wire.',
      'ip6_rcv_core: RFC 4291 errata 3480, interface-local scope from another node is a header error', [rx6(VETH)],
      new Workload(VETH, to('ff01::1', 9000)).frames(5, 100, mflags()), ['crafted']),
    entry('mcast6-rcvbuf4096', `30 datagrams of 200 bytes to [${group}]:9000 for a joined socket with SO_RCVBUF 4096.`,
      'an IPv6 multicast datagram is charged as a unicast one: RcvbufErrors once the buffer is full',
      [joined({ soRcvbuf: 4096 })], new Workload(VETH, to(group, 9000)).frames(30, 200, mflags())
        .checkpoint('queued').read('rx'), ['rcvbuf']),
  ];
}

/**
 * 4e. Multicast and broadcast datagrams above the veth MTU: each fragment goes to the group or the broadcast address
 * (its MAC too), is routed as the group's (ip_route_input_mc, ip6_mc_input: InMcastPkts per fragment) and reassembled
 * by the local defragmentation; a queue that expires sends no time exceeded about a datagram to a group
 * (icmp_send, icmp6_send).
 */
function fragmentedGroups(): CorpusEntry[] {
  const big = { soRcvbuf: RMEM_MAX_618, soRcvbufForce: true };
  const entry = (name: string, description: string, summary: string, sockets: Socket[], w: Workload,
    extra: { sysctls?: Sysctls; tags?: string[] } = {}): CorpusEntry => ({
    scenario: scenario(name, description, VETH, sockets, w.steps, extra.sysctls ? { sysctls: extra.sysctls } : {}),
    summary, tags: ['veth', 'udp', 'multicast', 'fragmentation', ...(extra.tags ?? [])],
  });
  const v4 = (dst: string, flag: FrameFlag, fragments?: [number, ...number[]]) => ({
    flow: flowFor(VETH, 9000, { dst }), extra: { flags: [flag], ...(fragments ? { fragments } : {}) },
  });
  const joined = v4('239.1.1.1', 'multicast');
  const other = v4('239.2.2.2', 'multicast');
  const bcast = v4('10.0.0.255', 'broadcast');
  const missing = v4('239.1.1.1', 'multicast', [0, 1]);
  const g6 = { ...flow6For(VETH, 9000), dst: 'ff02::1' };
  return [
    entry('mcast-frag-joined', '5 datagrams of 3000 bytes to 239.1.1.1:9000, a group the socket joined, each as 3 '
      + 'fragments; then read.', 'each fragment is the group\'s (InMcastPkts 15), reassembled and delivered',
    [{ ...rxSocket(VETH, undefined), ...big, multicast: '239.1.1.1' }],
    new Workload(VETH, joined.flow).frames(5, 3000, joined.extra).checkpoint('queued').read('rx')),
    entry('mcast-frag-not-joined', '5 datagrams of 3000 bytes to 239.2.2.2:9000, a group nobody joined, as fragments.',
      'each fragment fails the route (not ours) before any reassembly', [{ ...rxSocket(VETH, undefined), multicast: '239.1.1.1' }],
      new Workload(VETH, other.flow).frames(5, 3000, other.extra)),
    entry('bcast-frag', '5 datagrams of 3000 bytes to 10.0.0.255:9000, as fragments; then read.', 'each fragment is a '
      + 'broadcast (InBcastPkts 15), reassembled and delivered', [{ ...rxSocket(VETH, undefined), ...big }],
    new Workload(VETH, bcast.flow).frames(5, 3000, bcast.extra).checkpoint('queued').read('rx'), { tags: ['broadcast'] }),
    entry('mcast-frag-missing-last', '5 datagrams of 3000 bytes to 239.1.1.1:9000 without their last fragments: each '
      + 'queue expires.', 'ip_expire: ReasmTimeout and ReasmFails, but no time exceeded about a datagram to a group',
    [{ ...rxSocket(VETH, undefined), multicast: '239.1.1.1' }],
    new Workload(VETH, missing.flow).frames(5, 3000, missing.extra).checkpoint('received').advance(FRAG_ORDER_WAIT_NS)
      .checkpoint('expired'), { sysctls: { 'net.ipv4.ipfrag_time': FRAG_ORDER_TIME_S } }),
    entry('mcast6-frag-allnodes', '5 IPv6 datagrams of 3000 bytes to [ff02::1]:9000, each as 3 fragments; then read.',
      'ip6_mc_input counts each fragment (InMcastPkts 15), then ipv6_frag_rcv reassembles', [rx6(VETH, big)],
    new Workload(VETH, g6).frames(5, 3000, { flags: ['multicast'] }).checkpoint('queued').read('rx'), { tags: ['ipv6'] }),
    entry('mcast6-frag-missing-last', '5 IPv6 datagrams of 3000 bytes to [ff02::1]:9000 without their last fragments: '
      + 'each queue expires.', 'ip6_expire_frag_queue: no time exceeded about a datagram to a group (icmp6_send)',
    [rx6(VETH)], new Workload(VETH, g6).frames(5, 3000, { flags: ['multicast'], fragments: [0, 1] }).checkpoint('received')
      .advance(FRAG_ORDER_WAIT_NS).checkpoint('expired'), { sysctls: { 'net.ipv6.ip6frag_time': FRAG_ORDER_TIME_S }, tags: ['ipv6'] }),
  ];
}

/** A receive buffer no datagram of the MTU scenarios fills: rmem_max's 4 MiB, forced (SO_RCVBUFFORCE). */
const BIG_RCVBUF = { soRcvbuf: RMEM_MAX_618, soRcvbufForce: true };

/** `dev` with the MTU `mtu` (Device.mtu) and any other settings. */
function withMtu(dev: Device, mtu: number, more: Partial<Device> = {}): Device {
  return { ...dev, mtu, ...more };
}

/** A maker of the MTU scenarios' entries: one device each, tagged `base(dev)` and the entry's own tags. */
function mtuEntries(base: (dev: Device) => string[]) {
  return (name: string, description: string, summary: string, dev: Device, sockets: Socket[], w: Workload,
    tags: string[] = []): CorpusEntry => ({
    scenario: scenario(name, description, dev, sockets, w.steps), summary, tags: [...base(dev), ...tags],
  });
}

/** `count` datagrams of `payload` bytes to port 9000 (IPv6 with `v6`), a checkpoint `queued`, then rx read. */
function sentThenRead(dev: Device, count: number, payload: number, v6 = false, extra: Partial<FramesStep> = {}): Workload {
  const flow = v6 ? flow6For(dev, 9000) : flowFor(dev, 9000);
  return new Workload(dev, flow).frames(count, payload, extra).checkpoint('queued').read('rx');
}

/**
 * A veth's MTU other than 1500 (Device.mtu, both ends): where the sender cuts its datagrams (IPv4 (MTU - 20) & ~7,
 * IPv6 (MTU - 48) & ~7 data bytes a fragment), and the reassembly head's buffer, sized by its own frame
 * (truesize.ts reasmHeadTailroom): at 1280 the head's 2 KiB buffer leaves 436 bytes, at 4000 its 8 KiB one 3860, and
 * a last fragment that fits is copied into it; one byte more and it is chained. An unfragmented datagram near 4000
 * bytes is one skb of packet_snd's 8 KiB class. The other paths at another MTU: a NAPI-mode veth, an XDP program
 * that passes frames at the largest MTU it takes, a closed port.
 */
function vethMtu(): CorpusEntry[] {
  const big = BIG_RCVBUF;
  const at = (mtu: number, more: Partial<Device> = {}): Device => withMtu(VETH, mtu, more);
  const entry = mtuEntries(() => ['veth', 'udp', 'veth_mtu']);
  const v4 = (dev: Device, count: number, payload: number, extra: Partial<FramesStep> = {}) =>
    sentThenRead(dev, count, payload, false, extra);
  const v6 = (dev: Device, count: number, payload: number) => sentThenRead(dev, count, payload, true);
  const rx = [{ ...rxSocket(VETH, undefined), ...big }];
  const frag = ['fragmentation'];
  return [
    entry('mtu-1280-frag-p3000', '5 datagrams of 3000 bytes over a veth of MTU 1280 (fragments of 1256, 1256 and 496 '
      + 'bytes); then read.', 'cut for 1280: the second fragment does not fit the head\'s 436 bytes of tailroom, so it '
      + 'and the last are chained', at(1280),
    rx, v4(at(1280), 5, 3000), frag),
    entry('mtu-1280-frag-tailroom-fits', '5 datagrams of 1684 bytes over a veth of MTU 1280 (fragments of 1256 and 436 '
      + 'bytes): the second fits the head\'s tailroom; then read.', 'the second fragment copied into the 2 KiB head',
    at(1280), rx, v4(at(1280), 5, 1684), frag),
    entry('mtu-1280-frag-tailroom-over', '5 datagrams of 1685 bytes over a veth of MTU 1280: the second fragment is one '
      + 'byte more than the head\'s tailroom; then read.', 'the second fragment chained', at(1280),
    rx, v4(at(1280), 5, 1685), frag),
    entry('mtu-1280-frag6-p3000', '5 IPv6 datagrams of 3000 bytes over a veth of MTU 1280 (fragments of 1232, 1232 and '
      + '544 bytes); then read.', 'ip6_fragment\'s cut for IPV6_MIN_MTU', at(1280), [rx6(VETH, big)], v6(at(1280), 5, 3000),
    ['ipv6', 'ipv6_fragmentation']),
    entry('mtu-4000-p3900', '10 datagrams of 3900 bytes over a veth of MTU 4000, unfragmented; then read.',
      'one 3942-byte frame each, in packet_snd\'s 8 KiB buffer', at(4000), rx,
      v4(at(4000), 10, 3900)),
    entry('mtu-4000-frag-tailroom-fits', '5 datagrams of 7828 bytes over a veth of MTU 4000 (fragments of 3976 and 3860 '
      + 'bytes): the second fits the head\'s tailroom; then read.', 'the second fragment copied into the 8 KiB head',
    at(4000), rx, v4(at(4000), 5, 7828), frag),
    entry('mtu-4000-frag-tailroom-over', '5 datagrams of 7829 bytes over a veth of MTU 4000: the second fragment is one '
      + 'byte more than the head\'s tailroom; then read.', 'the second fragment chained', at(4000),
    rx, v4(at(4000), 5, 7829), frag),
    entry('mtu-2000-frag6-p5000', '5 IPv6 datagrams of 5000 bytes over a veth of MTU 2000 (fragments of 1952, 1952 and '
      + '1104 bytes); then read.', 'ip6_fragment\'s cut for 2000', at(2000), [rx6(VETH, big)], v6(at(2000), 5, 5000),
    ['ipv6', 'ipv6_fragmentation']),
    entry('mtu-2000-noport', '20 datagrams of 1900 bytes over a veth of MTU 2000 to a port nobody binds.',
      'NoPorts and a port unreachable each, quoting 548 bytes whatever the MTU', at(2000), [rxSocket(VETH, undefined)],
      new Workload(at(2000), flowFor(VETH, 9999)).frames(20, 1900)),
    entry('mtu-2000-napi-p1900', '40 datagrams of 1900 bytes over a NAPI-mode veth (gro on, peerTso off) of MTU 2000; '
      + 'then read.', 'the ring and veth_poll at another MTU', at(2000, { gro: true, peerTso: false }),
    rx, v4(at(2000, { gro: true, peerTso: false }), 40, 1900), ['veth_napi']),
    entry('mtu-576-frag-p1000', '5 datagrams of 1000 bytes over a veth of MTU 576 (fragments of 552 and 456 bytes); then '
      + 'read.', 'a 586-byte head in a 1 KiB buffer: 116 bytes of tailroom, the last fragment chained', at(576),
    rx, v4(at(576), 5, 1000), frag),
    entry('mtu-68-frag-p1000', '5 datagrams of 1000 bytes over a veth of MTU 68, ETH_MIN_MTU (21 fragments of 48 bytes '
      + 'each); then read.', 'the head\'s small buffer takes the next two fragments, the rest are chained', at(68),
    rx, v4(at(68), 5, 1000), frag),
    entry('mtu-300-noport', '20 datagrams of 262 bytes (290 with their headers) over a veth of MTU 300 to a port nobody '
      + 'binds.', 'each port unreachable quotes min(300, 576) - 28 = 272 bytes: 300 on the wire', at(300),
    [rxSocket(VETH, undefined)], new Workload(at(300), flowFor(VETH, 9999)).frames(20, 262)),
    entry('mtu-300-ip-options-rr-noport', '20 datagrams of 250 bytes with a record route option over a veth of MTU 300, to '
      + 'a port nobody binds.', 'the error echoes the option, which its quote makes room for', at(300),
    [rxSocket(VETH, undefined)], new Workload(at(300), flowFor(VETH, 9999)).frames(20, 250, { flags: ['ip_options_rr'] }),
    ['frame:ip_options_rr']),
    entry('mtu-68-noport', '20 datagrams of 40 bytes (68 with their headers) over a veth of MTU 68 to a port nobody binds.',
      'each port unreachable quotes 40 bytes: 68 on the wire', at(68), [rxSocket(VETH, undefined)],
      new Workload(at(68), flowFor(VETH, 9999)).frames(20, 40)),
    {
      scenario: scenario('mtu-300-frag-missing-last', '5 datagrams of 1000 bytes over a veth of MTU 300 without their '
        + 'last fragments: each queue expires.', at(300), [rxSocket(VETH, undefined)],
      new Workload(at(300), flowFor(VETH, 9000)).frames(5, 1000, { fragments: [0, 1, 2] }).checkpoint('received')
        .advance(FRAG_ORDER_WAIT_NS).checkpoint('expired').steps, { sysctls: { 'net.ipv4.ipfrag_time': FRAG_ORDER_TIME_S } }),
      summary: 'ip_expire: a time exceeded about each first fragment, quoting 272 of its 300 bytes',
      tags: ['veth', 'udp', 'veth_mtu', 'fragmentation', 'fragment_order'],
    },
    besideLoIpv6(at(576), big),
    entry('mtu-3506-xdp-pass-p3400', '12 datagrams of 3400 bytes through an XDP program that passes them, on a veth of '
      + 'MTU 3506, the most XDP takes; then read.', 'veth_convert_skb_to_xdp_buff\'s copy of a frame near a page',
    at(3506, { xdp: 'pass' }), rx, v4(at(3506, { xdp: 'pass' }), 12, 3400),
    ['xdp']),
  ];
}

/**
 * A jumbo veth MTU (Device.mtu above 4065): 6.x's packet_snd no longer fits a frame under a page with its 16 reserved
 * bytes, so it keeps the 14-byte Ethernet header in a small linear skb and puts the rest in pages, charged PAGE_ALIGN
 * of those bytes (truesize.ts packetSndSkb): either side of that edge at 9000 (payload 4037, a 4079-byte frame, in one
 * 8 KiB buffer; 4038 in pages); a datagram of 8000 and the largest; fragments, each paged one after the head moving
 * its pages onto it (reasmFates) until 17 frags are reached (6.1 takes a page a frag, 6.12 and 6.18 up to 32 KiB); a
 * NAPI-mode veth, a closed port, a small buffer.
 */
function vethJumbo(): CorpusEntry[] {
  const big = BIG_RCVBUF;
  const at = (mtu: number, more: Partial<Device> = {}): Device => withMtu(VETH, mtu, more);
  const entry = mtuEntries(() => ['veth', 'udp', 'veth_mtu']);
  const v4 = (dev: Device, count: number, payload: number) => sentThenRead(dev, count, payload);
  const v6 = (dev: Device, count: number, payload: number) => sentThenRead(dev, count, payload, true);
  const rx = [{ ...rxSocket(VETH, undefined), ...big }];
  const frag = ['fragmentation'];
  return [
    entry('mtu-9000-p4037', '5 datagrams of 4037 bytes over a veth of MTU 9000 (4079-byte frames); then read.',
      'the largest frame packet_snd keeps linear: an 8 KiB buffer', at(9000), rx, v4(at(9000), 5, 4037)),
    entry('mtu-9000-p4038', '5 datagrams of 4038 bytes over a veth of MTU 9000 (4080-byte frames); then read.',
      'the smallest frame packet_snd puts in pages: a small skb and one page', at(9000), rx, v4(at(9000), 5, 4038)),
    entry('mtu-9000-p8000', '5 datagrams of 8000 bytes over a veth of MTU 9000; then read.',
      'a jumbo frame: its 8028 bytes after the Ethernet header in two pages', at(9000), rx, v4(at(9000), 5, 8000)),
    entry('mtu-65535-p65507', '3 datagrams of 65507 bytes over a veth of MTU 65535, ETH_MAX_MTU; then read.',
      'the largest datagram, unfragmented: 16 pages', at(65535), rx, v4(at(65535), 3, 65507)),
    entry('mtu-9000-frag-p20000', '5 datagrams of 20000 bytes over a veth of MTU 9000 (fragments of 8976, 8976 and '
      + '2056 bytes); then read.', 'the paged second fragment gives the paged head its pages; the linear last is chained',
    at(9000), rx, v4(at(9000), 5, 20000), frag),
    entry('mtu-9000-frag-p65507', '3 datagrams of 65507 bytes over a veth of MTU 9000 (7 fragments of 8976 bytes and one '
      + 'of 2683); then read.', '6.1: three frags a fragment, so the sixth would pass 17 and is chained; 6.12, 6.18: two, '
      + 'every paged one merged', at(9000), rx, v4(at(9000), 3, 65507), frag),
    entry('mtu-16000-frag-p65507', '3 datagrams of 65507 bytes over a veth of MTU 16000 (fragments of 15976 bytes); then '
      + 'read.', '6.1: four frags a fragment, 16 in all; 6.12, 6.18: one 16 KiB chunk each', at(16000), rx,
    v4(at(16000), 3, 65507), frag),
    entry('mtu-9000-frag6-p20000', '5 IPv6 datagrams of 20000 bytes over a veth of MTU 9000 (fragments of 8952, 8952 and '
      + '2104 bytes); then read.', 'paged IPv6 fragments', at(9000), [rx6(VETH, big)], v6(at(9000), 5, 20000),
    ['ipv6', 'ipv6_fragmentation']),
    entry('mtu-9000-napi-p8000', '20 datagrams of 8000 bytes over a NAPI-mode veth (gro on, peerTso off) of MTU 9000; '
      + 'then read.', 'paged frames through the ring, veth_poll and GRO', at(9000, { gro: true, peerTso: false }), rx,
    v4(at(9000, { gro: true, peerTso: false }), 20, 8000), ['veth_napi']),
    entry('mtu-9000-noport', '10 datagrams of 8000 bytes over a veth of MTU 9000 to a port nobody binds.',
      'NoPorts and a port unreachable each, quoting 548 bytes of a paged frame', at(9000), [rxSocket(VETH, undefined)],
      new Workload(at(9000), flowFor(VETH, 9999)).frames(10, 8000)),
    entry('mtu-9000-rcvbuf-65536', '30 datagrams of 8000 bytes over a veth of MTU 9000 to a socket of SO_RCVBUF 65536; '
      + 'then read.', 'paged frames against a full buffer: RcvbufErrors', at(9000), [rxSocket(VETH, 65536)],
    v4(at(9000), 30, 8000), ['rcvbuf']),
  ];
}

/**
 * A veth below IPV6_MIN_MTU beside IPv6 over lo: the veth has no IPv6 (addrconf.c:ipv6_add_dev refuses the device, and
 * the recorder writes none of its net.ipv6.conf), lo keeps ::1. A dual-stack socket takes the IPv6 datagrams over lo
 * and the IPv4 ones over the veth, cut for its MTU; a closed port answers the rest.
 */
function besideLoIpv6(veth: Device, rcvbuf: Partial<Socket>): CorpusEntry {
  const lo = new Workload(LO, flow6For(LO, 9000)).frames(5, 3000);
  const end = Math.max(...lo.steps.map((st) => st.at)) + STEP_NS;
  const v4 = new Workload(veth, flowFor(veth, 9000)).frames(5, 1000).then(flowFor(veth, 9999)).frames(5, 300)
    .checkpoint('queued').read('rx');
  const steps = [...lo.steps, ...v4.steps.map((st) => ({ ...st, at: st.at + end }))];
  const base = scenario('mtu-576-beside-lo-ipv6', '5 IPv6 datagrams of 3000 bytes over loopback to a dual-stack '
    + 'socket, then 5 of 1000 bytes over a veth of MTU 576 to it and 5 of 300 to a closed port; then read.', veth,
  [rx6(veth, rcvbuf)], steps);
  return {
    scenario: { ...base, config: { ...base.config, devices: [LO, veth] } },
    summary: 'a veth below IPV6_MIN_MTU has no IPv6 while lo keeps ::1', tags: ['veth', 'loopback', 'udp', 'veth_mtu', 'ipv6'],
  };
}

/**
 * lo's MTU below its 64 KiB (Device.mtu): a local socket's datagram above it leaves as the fragments
 * __ip_append_data (__ip6_append_data) builds, one skb each, charged its own buffer (truesize.ts loFragmentTruesize),
 * and ip_defrag puts them together by skb_try_coalesce (reasmFates): a fragment copied into the head's tailroom (at
 * 1500: 212 bytes, IPv6 at 1280: 432) or chained; past SKB_MAX_ALLOC (16064 bytes allocated, an MTU of 16036 for
 * IPv4, 16048 for IPv6) each is paged, and a later paged one gives the head only its page frags. IPv6 over lo's own
 * 64 KiB cut above 65488 bytes of payload; a closed port, a small receive buffer.
 */
function loMtu(): CorpusEntry[] {
  const big = BIG_RCVBUF;
  const at = (mtu: number): Device => withMtu(LO, mtu);
  const entry = mtuEntries((dev) => ['loopback', 'udp', ...(dev.mtu !== undefined ? ['lo_mtu'] : [])]);
  const v4 = (dev: Device, count: number, payload: number) => sentThenRead(dev, count, payload);
  const v6 = (dev: Device, count: number, payload: number) => sentThenRead(dev, count, payload, true);
  const rx4 = [{ ...rxSocket(LO, undefined), ...big }];
  const frag = ['fragmentation'];
  const frag6 = ['ipv6', 'ipv6_fragmentation'];
  return [
    entry('lo-mtu-1500-frag-p3000', '20 datagrams of 3000 bytes over lo of MTU 1500 (fragments of 1480, 1480 and 48 '
      + 'bytes); then read.', 'the socket\'s fragments: the second does not fit the head\'s 212 bytes of tailroom, so '
      + 'it and the last are chained', at(1500), rx4, v4(at(1500), 20, 3000), frag),
    entry('lo-mtu-1500-frag-tailroom-fits', '10 datagrams of 1684 bytes over lo of MTU 1500 (fragments of 1480 and 212 '
      + 'bytes): the second fits the head\'s tailroom; then read.', 'the second fragment copied into the head',
    at(1500), rx4, v4(at(1500), 10, 1684), frag),
    entry('lo-mtu-1500-frag-tailroom-over', '10 datagrams of 1685 bytes over lo of MTU 1500: the second fragment is one '
      + 'byte more than the head\'s tailroom; then read.', 'the second fragment chained', at(1500), rx4,
    v4(at(1500), 10, 1685), frag),
    entry('lo-mtu-1280-p1252', '10 datagrams of 1252 bytes over lo of MTU 1280: 1280 bytes with their headers, not '
      + 'cut; then read.', 'one skb each, as at 64 KiB', at(1280), rx4, v4(at(1280), 10, 1252), []),
    entry('lo-mtu-1500-frag6-p3000', '20 IPv6 datagrams of 3000 bytes over lo of MTU 1500 (fragments of 1448, 1448 and '
      + '112 bytes); then read.', '__ip6_append_data\'s fragments, a fragment header reserved in each', at(1500),
    [rx6(LO, big)], v6(at(1500), 20, 3000), frag6),
    entry('lo-mtu-1280-frag6-tailroom-fits', '10 IPv6 datagrams of 1656 bytes over lo of MTU 1280 (fragments of 1232 and '
      + '432 bytes): the second fits the head\'s tailroom; then read.', 'the second fragment copied into the head',
    at(1280), [rx6(LO, big)], v6(at(1280), 10, 1656), frag6),
    entry('lo-mtu-1280-frag6-tailroom-over', '10 IPv6 datagrams of 1657 bytes over lo of MTU 1280: the second fragment '
      + 'is one byte more than the head\'s tailroom; then read.', 'the second fragment chained', at(1280),
    [rx6(LO, big)], v6(at(1280), 10, 1657), frag6),
    entry('lo-mtu-16035-frag-p40000', '5 datagrams of 40000 bytes over lo of MTU 16035 (fragments of 16008, 16008 and '
      + '7992 bytes), each one linear skb, the full ones just under SKB_MAX_ALLOC; then read.', 'linear fragments in 16 KiB '
      + 'buffers: the head has 20 bytes of tailroom', at(16035), rx4, v4(at(16035), 5, 40000), frag),
    entry('lo-mtu-16036-paged-p40000', '5 datagrams of 40000 bytes over lo of MTU 16036 (fragments of 16016, 16016 and '
      + '7976 bytes), the full ones past SKB_MAX_ALLOC, their data in page frags; then read.', 'a paged head; the second '
      + 'fragment gives it its page frags (charged its 16016 bytes), the linear last one is chained', at(16036), rx4,
    v4(at(16036), 5, 40000), frag),
    entry('lo-mtu-20000-paged-p56944', '5 datagrams of 56944 bytes over lo of MTU 20000 (fragments of 19976, 19976 and '
      + '17000 bytes, all paged); then read.', 'every later fragment gives the head its page frags', at(20000), rx4,
    v4(at(20000), 5, 56944), frag),
    entry('lo-mtu-20000-paged6-p50000', '5 IPv6 datagrams of 50000 bytes over lo of MTU 20000 (fragments of 19952, 19952 '
      + 'and 10104 bytes); then read.', 'paged IPv6 fragments: the second merged, the last chained', at(20000),
    [rx6(LO, big)], v6(at(20000), 5, 50000), frag6),
    entry('lo-frag6-p65500', '5 IPv6 datagrams of 65500 bytes over lo at its 64 KiB (fragments of 65488 and 20 bytes); '
      + 'then read.', 'above 65488 bytes lo\'s own MTU cuts an IPv6 datagram', LO, [rx6(LO, big)], v6(LO, 5, 65500),
    frag6),
    entry('lo-mtu-1500-frag-noport', '20 datagrams of 3000 bytes over lo of MTU 1500 to a port nobody binds.',
      'reassembled, then NoPorts and a port unreachable each, back over lo', at(1500), [rxSocket(LO, undefined)],
      new Workload(at(1500), flowFor(LO, 9999)).frames(20, 3000), frag),
    entry('lo-mtu-1500-frag-rcvbuf-8192', '20 datagrams of 3000 bytes over lo of MTU 1500 to a socket of SO_RCVBUF 8192; '
      + 'then read.', 'the reassembled truesize against a small buffer: RcvbufErrors', at(1500),
    [rxSocket(LO, 8192)], v4(at(1500), 20, 3000), [...frag, 'rcvbuf']),
  ];
}

/** 5. Tracepoints during a flood and a burst. */
function traced(): CorpusEntry[] {
  const flood = new Workload(LO, flowFor(LO, 9000)).frames(20, 100).read('rx');
  const burst = new Workload(VETH, flowFor(VETH, 9000)).frames(40, 64, { gapNs: 0, burst: true }).read('rx');
  return [
    {
      scenario: scenario('trace-flood-lo-rcvbuf2304', '20 datagrams into a 2304-byte receive buffer over loopback, traced.', LO, [rxSocket(LO, 1000)], flood.steps),
      summary: 'Tracepoints: loopback flood into a full socket (kfree_skb SOCKET_RCVBUFF)', tags: ['loopback', 'udp', 'trace'], events: true,
    },
    {
      scenario: scenario('trace-burst40-max10', '40 frames onto one backlog with netdev_max_backlog 10, traced.', VETH, [rxSocket(VETH, 4194304, true)], burst.steps,
        { sysctls: { 'net.core.netdev_max_backlog': 10 } }),
      summary: 'Tracepoints: backlog overflow (kfree_skb CPU_BACKLOG, napi_poll of the backlog; one BH-disabled burst: FramesStep.burst)', tags: ['veth', 'backlog', 'burst', 'trace'], events: true,
    },
  ];
}

/**
 * 3b. Flow limits (dev.c:skb_flow_limit): one flow bursting into the sending CPU's backlog with that
 * CPU in flow_limit_cpu_bitmap. Once the queue is half full every skb is counted in the CPU's
 * 128-entry history, and a flow holding more than 64 of its entries is dropped (flow_limit_count
 * and dropped of the sending CPU). Only kernels built with CONFIG_NET_FLOW_LIMIT have the sysctls:
 * Debian's 6.1 and 6.12, not this host's 6.18.
 */
function flowLimitGrid(): CorpusEntry[] {
  // the queue must pass max/2 by more than 64 skbs for one flow to be limited: netdev_max_backlog >= 2 * 65
  const mine = String(1 << SENDER_CPU);
  const cases: { b: number; max: number; bitmap: string; len: number; what: string; every?: number }[] = [
    { b: 400, max: 200, bitmap: mine, len: 4096, what: 'flow limits on for the sending CPU' },
    { b: 400, max: 200, bitmap: String(1 << (1 - SENDER_CPU)), len: 4096, what: 'flow limits on for the other CPU only (not consulted)' },
    { b: 1100, max: 1000, bitmap: '3', len: 4096, what: 'flow limits on for both CPUs, the default backlog' },
    { b: 400, max: 200, bitmap: '3', len: 1, what: 'a one-bucket table: the zeroed history keeps its count at 1, nothing is limited' },
    // a heavy and a light flow (FramesStep.interleave): only a flow holding more than half the history is limited
    { b: 400, max: 200, bitmap: mine, len: 4096, every: 4, what: 'one frame in 4 of a light flow: the heavy flow (3/4 of the history) is limited, the light one never' },
    { b: 400, max: 200, bitmap: mine, len: 4096, every: 3, what: 'one frame in 3 of a light flow: the heavy flow holds 85 or 86 of 128' },
    { b: 400, max: 200, bitmap: mine, len: 4096, every: 2, what: 'two flows alternating: each holds 64 of 128, not more than half, so neither is limited' },
    { b: 1100, max: 1000, bitmap: '3', len: 4096, every: 8, what: 'one frame in 8 of a light flow, the default backlog' },
  ];
  return cases.map((c) => {
    const interleave = c.every !== undefined ? { interleave: { every: c.every, sport: 40100 } } : {};
    const w = new Workload(VETH, flowFor(VETH, 9000)).frames(c.b, 64, { gapNs: 0, burst: true, ...interleave }).read('rx');
    const sysctls: Sysctls = {
      'net.core.netdev_max_backlog': c.max, 'net.core.flow_limit_table_len': c.len, 'net.core.flow_limit_cpu_bitmap': c.bitmap,
    };
    return {
      scenario: scenario(`flow-limit-burst${c.b}-max${c.max}-map${c.bitmap}-len${c.len}${c.every ? `-light1in${c.every}` : ''}`,
        `${c.b} frames of ${c.every ? `a heavy flow and a light one (every ${c.every}th frame, source port 40100)` : 'one flow'} `
        + `onto CPU ${SENDER_CPU}'s backlog back to back, netdev_max_backlog ${c.max}, `
        + `flow_limit_cpu_bitmap ${c.bitmap}, flow_limit_table_len ${c.len}: ${c.what}.`,
        VETH, [rxSocket(VETH, 4194304, true)], w.steps, { sysctls }),
      summary: `Flow limit: burst of ${c.b} with netdev_max_backlog ${c.max}, ${c.what}`,
      tags: ['veth', 'backlog', 'burst', 'flow_limit', ...(c.every ? ['interleave'] : [])],
      needsSysctl: { name: 'net.core.flow_limit_cpu_bitmap', config: 'CONFIG_NET_FLOW_LIMIT' },
    };
  });
}

/** An inet6 flow: fd00::2 -> fd00::1 over a veth, ::1 -> ::1 over loopback (src/spec/ipv6.ts). */
function flow6For(dev: Device, dport: number): FramesStep['flow'] {
  return dev.kind === 'loopback'
    ? { family: 'inet6', src: '::1', dst: '::1', sport: 40000, dport }
    : { family: 'inet6', src: 'fd00::2', dst: 'fd00::1', sport: 40000, dport };
}

/** Datagrams to a closed port at once, well past the per-destination bucket's 6 tokens. */
const RATELIMIT6_COUNT = 50;
/**
 * Datagrams GAP6_NS apart in one step (the recorder keeps a gap of 1 ms or more: run_scenario.ts KEPT_GAP_NS),
 * 30 jiffies at HZ 250. A token of the per-destination bucket costs icmpv6_time (net.ipv6.icmp.ratelimit) in
 * jiffies, shifted right by 2 for the /64 on-link route where icmpv6_xrlim_allow still does so: 1000 ms >> 2 =
 * 62 jiffies lets 11 of the 12 through (the 11th finds 52 jiffies' worth); the 100 ms default without the shift
 * (25 jiffies: upstream 0201eedb69b2, in 6.18.y since 6.18.14) lets all 12 through. Either count holds with each
 * datagram up to about 35 ms off its time (the helper keeps to a schedule from the first: lateness does not add up).
 */
const GAP6_COUNT = 12;
const GAP6_NS = 120_000_000;
/**
 * Two bursts of REFILL6_COUNT to a closed port, REFILL6_NS apart: the first empties the bucket (6 errors), the
 * pause refills it by about 85 jiffies at HZ 250: 3 tokens of 25 jiffies (100 ms default), 1 of 62 (1000 ms >> 2);
 * either count holds with up to about 50 ms of the recorder's own time (a checkpoint, a step) added to the pause.
 */
const REFILL6_COUNT = 10;
const REFILL6_NS = 340_000_000;

/** An AF_INET6 socket on port 9000: bound to ::1 over loopback, to :: (any, dual stack) over a veth. */
function rx6(dev: Device, extra: Partial<Socket> = {}): Socket {
  return { name: 'rx', family: 'inet6', address: dev.kind === 'loopback' ? '::1' : '::', port: 9000, ...extra };
}

/**
 * 6. IPv6 UDP receive (ip6_rcv_core, ip6_input_finish, __udp6_lib_rcv, udpv6_recvmsg; /proc/net/snmp6 and
 * /proc/net/udp6): datagrams to a bound AF_INET6 socket over veth and loopback, read and left unread; a
 * receive buffer overflowing; the crafted defects an IPv6 frame may carry (traced: the drop site and
 * reason of each); an AF_INET6 socket bound to :: taking IPv4 datagrams (dual stack: the IPv4 MIB counts
 * them, the row is in udp6), one with IPV6_V6ONLY refusing them, one bound to an IPv4-mapped address.
 * The namespace's IPv6 is quiet (topology.ts): no MLD, DAD or router solicitation.
 */
function ipv6(): CorpusEntry[] {
  type C = Ipv6Case;
  const v6 = (dev: Device, dport = 9000): Workload => new Workload(dev, flow6For(dev, dport));
  const crafted6 = (flags: FrameFlag[], payload: number, dport = 9000): Workload =>
    v6(VETH, dport).frames(3, payload, { flags }).checkpoint('received').read('rx');
  const cases: C[] = [
    { name: 'veth-read-some', what: '10 datagrams of 100 bytes over veth to an AF_INET6 socket bound to ::, 4 read, 6 left queued',
      dev: VETH, sockets: [rx6(VETH)], w: v6(VETH).frames(10, 100).checkpoint('received').read('rx', 4).checkpoint('read4') },
    { name: 'lo-read-all', what: '10 datagrams of 100 bytes over loopback (::1 to ::1) to an AF_INET6 socket bound to ::1, all read',
      dev: LO, sockets: [rx6(LO)], w: v6(LO).frames(10, 100).checkpoint('received').read('rx') },
    { name: 'lo-read-some', what: '10 datagrams of 1000 bytes over loopback to an AF_INET6 socket bound to ::, 3 read, 7 left queued',
      dev: LO, sockets: [rx6(LO, { address: '::' })], w: v6(LO).frames(10, 1000).checkpoint('received').read('rx', 3).checkpoint('read3') },
    { name: 'veth-rcvbuf4096', what: 'SO_RCVBUF 4096 (8192), 20 datagrams of 1000 bytes over veth, none read until the end',
      dev: VETH, sockets: [rx6(VETH, { soRcvbuf: 4096 })], w: v6(VETH).frames(20, 1000).checkpoint('sent').read('rx'), events: true },
    { name: 'lo-rcvbuf4096', what: 'SO_RCVBUF 4096 (8192), 20 datagrams of 1000 bytes over loopback, none read until the end',
      dev: LO, sockets: [rx6(LO, { soRcvbuf: 4096 })], w: v6(LO).frames(20, 1000).checkpoint('sent').read('rx') },
    { name: 'veth-udp-csum-small', what: 'bad UDP checksum, 20-byte payload (checked on receive)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['udp_csum'], 20), events: true, tags: ['crafted'] },
    { name: 'veth-udp-csum-large', what: 'bad UDP checksum, 1000-byte payload (checked when read)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['udp_csum'], 1000), events: true, tags: ['crafted'] },
    { name: 'veth-udp-csum-zero', what: 'UDP checksum 0, which IPv6 forbids (udp6_csum_zero_error), 20-byte payload',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['udp_csum_zero'], 20), events: true, tags: ['crafted'] },
    { name: 'veth-udp-len-short', what: 'UDP length 7',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['udp_len_short'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-udp-len-long', what: 'UDP length 100 bytes beyond the datagram',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['udp_len_long'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-otherhost', what: 'destination MAC not ours (PACKET_OTHERHOST)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['otherhost'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-ip-version', what: 'version 4 in the IPv6 header (ip6_rcv_core: InHdrErrors)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip_version'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-ip-truncated', what: 'a payload length 100 bytes past the frame (ip6_rcv_core: InTruncatedPkts)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip_truncated'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-ip-short', what: 'a frame that ends 10 bytes into its IPv6 header (pskb_may_pull fails: InHdrErrors)',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip_short'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-hopopts', what: 'a hop-by-hop options header (PadN) before UDP: parsed, delivered',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_hopopts'], 100), events: true, tags: ['crafted'] },
    { name: 'veth-dstopts', what: 'a destination options header (PadN) before UDP: parsed, resubmitted, delivered',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_dstopts'], 100), events: true, tags: ['crafted'] },
    { name: 'veth-hopopts-dstopts', what: 'a hop-by-hop and a destination options header before UDP',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_hopopts', 'ip6_dstopts'], 100), events: true, tags: ['crafted'] },
    { name: 'veth-opt-discard', what: 'a destination option of an unknown type whose top bits say discard (0x5e): InHdrErrors',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_opt_discard'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-opt-icmp', what: 'a destination option of an unknown type whose top bits say parameter problem (0x9e): an ICMPv6 parameter problem, InHdrErrors',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_opt_icmp'], 64), events: true, tags: ['crafted'] },
    { name: 'veth-hopopts-opt-icmp-noport', what: 'a hop-by-hop header and an unknown destination option (parameter problem) to a port nobody binds: the option is met first',
      dev: VETH, sockets: [rx6(VETH)], w: crafted6(['ip6_hopopts', 'ip6_opt_icmp'], 64, 9999), events: true, tags: ['crafted'] },
    ...extHeaderCases(crafted6),
    { name: 'veth-not-local', what: '4 IPv6 datagrams over veth to fd00::99, on the veth\'s /64 but not the host\'s: ip6_route_input gives ip6_forward, which drops them with IPv6 forwarding off (Ip6 InAddrErrors)',
      dev: VETH, sockets: [rx6(VETH)], w: new Workload(VETH, { ...flow6For(VETH, 9000), dst: 'fd00::99' }).frames(4, 64).checkpoint('received'),
      events: true, tags: ['crafted'] },
    { name: 'veth-no-route', what: `4 IPv6 datagrams over veth to ${V6_UNROUTED}, off the veth's /64, with no route to it (no default route): ip6_route_input gives the null entry, ip6_pkt_drop counts Ip6 InNoRoutes and sends an ICMPv6 destination unreachable (no route) to the source, within the per-destination burst`,
      dev: VETH, sockets: [rx6(VETH)], w: new Workload(VETH, { ...flow6For(VETH, 9000), dst: V6_UNROUTED }).frames(4, 64).checkpoint('received'),
      events: true, tags: ['crafted', 'icmp'] },
    { name: 'veth-no-route-then-noports', what: `5 IPv6 datagrams over veth to ${V6_UNROUTED} (no route), then 5 to a port nobody binds: the no-route and the port unreachables take tokens of the same per-destination bucket (fd00::2's), so 6 leave and 4 are limited`,
      dev: VETH, sockets: [rx6(VETH)],
      w: new Workload(VETH, { ...flow6For(VETH, 9000), dst: V6_UNROUTED }).frames(5, 64).frames(5, 64, { flow: flow6For(VETH, 7) }).checkpoint('received'),
      tags: ['icmp'] },
    { name: 'veth-dualstack-v4', what: '5 IPv4 datagrams of 100 bytes over veth to an AF_INET6 socket bound to :: (dual stack), 2 read',
      dev: VETH, sockets: [rx6(VETH)], w: new Workload(VETH, flowFor(VETH, 9000)).frames(5, 100).checkpoint('received').read('rx', 2).checkpoint('read2') },
    { name: 'veth-v6only-v4', what: '3 IPv4 datagrams over veth to an AF_INET6 socket bound to :: with IPV6_V6ONLY (no IPv4 socket: port unreachable), then 3 IPv6 ones it takes',
      dev: VETH, sockets: [rx6(VETH, { v6only: true })],
      w: new Workload(VETH, flowFor(VETH, 9000)).frames(3, 100).checkpoint('v4').frames(3, 100, { flow: flow6For(VETH, 9000) }).checkpoint('v6').read('rx') },
    { name: 'veth-v4mapped', what: '5 IPv4 datagrams of 100 bytes over veth to an AF_INET6 socket bound to ::ffff:10.0.0.1 (IPv4 only), all read',
      dev: VETH, sockets: [rx6(VETH, { address: '::ffff:10.0.0.1' })],
      w: new Workload(VETH, flowFor(VETH, 9000)).frames(5, 100).checkpoint('received').read('rx') },
    { name: 'veth-idle', what: 'AF_INET6 sockets bound (::, v6only on another port) and nothing sent for 2 s (the namespace\'s IPv6 stays silent: no MLD, DAD or router solicitation), then one datagram, read',
      dev: VETH, sockets: [rx6(VETH), rx6(VETH, { name: 'rx6only', port: 9001, v6only: true })],
      w: new Workload(VETH, flow6For(VETH, 9000)).advance(2_000_000_000).checkpoint('idle').frames(1, 100).checkpoint('one').read('rx') },
  ];
  return cases.map((c) => ({
    scenario: scenario(`ipv6-${c.name}`, `${c.what}.`, c.dev, c.sockets, c.w.steps),
    summary: `IPv6 UDP receive: ${c.what}`,
    tags: [c.dev.kind, 'udp', 'ipv6', ...(c.tags ?? []), ...(c.events ? ['trace'] : [])],
    ...(c.events ? { events: true } : {}),
  }));
}

/** An IPv6 crafted case of the corpus (ipv6, extHeaderCases). */
interface Ipv6Case {
  name: string; what: string; dev: Device; sockets: Socket[]; w: Workload; events?: boolean; tags?: string[];
}

/**
 * 6a. The extension headers beyond PadN (src/spec/ipv6-ext.ts): an unknown option of each action in a hop-by-hop
 * header (ip6_rcv_core, before the route lookup: to a destination that is not ours too) and in a destination
 * options header, and a type 0 routing header with 0 or 1 segments left (ipv6_rthdr_rcv, for a local destination
 * only), alone and with the others. `crafted6` sends 3 frames with the flags to the veth's socket (or `dport`).
 */
function extHeaderCases(crafted6: (flags: FrameFlag[], payload: number, dport?: number) => Workload): Ipv6Case[] {
  const toOther = (flag: FrameFlag): Workload =>
    new Workload(VETH, { ...flow6For(VETH, 9000), dst: 'fd00::99' }).frames(3, 64, { flags: [flag] })
      .checkpoint('received');
  const c = (name: string, what: string, w: Workload): Ipv6Case =>
    ({ name, what, dev: VETH, sockets: [rx6(VETH)], w, events: true, tags: ['crafted'] });
  const unknownHop = 'a hop-by-hop header holding an unknown option whose top bits say';
  const unknownDst = 'a destination option of an unknown type whose top bits say';
  return [
    c('veth-hop-skip', `${unknownHop} skip (0x1e): taken, delivered`, crafted6(['ip6_hop_skip'], 100)),
    c('veth-hop-discard', `${unknownHop} discard (0x5e): ip6_rcv_core counts InHdrErrors`,
      crafted6(['ip6_hop_discard'], 64)),
    c('veth-hop-icmp', `${unknownHop} parameter problem (0x9e): an ICMPv6 parameter problem, InHdrErrors`,
      crafted6(['ip6_hop_icmp'], 64)),
    c('veth-hop-icmp-nomcast', `${unknownHop} parameter problem unless multicast (0xde), to a unicast address: as 0x9e`,
      crafted6(['ip6_hop_icmp_nomcast'], 64)),
    c('veth-hop-icmp-not-local', 'an unknown hop-by-hop option (parameter problem) to fd00::99, which is not ours: the '
      + 'hop-by-hop header is parsed before the route lookup, so the parameter problem is sent and nothing reaches '
      + 'ip6_forward', toOther('ip6_hop_icmp')),
    c('veth-opt-skip', `${unknownDst} skip (0x1e): taken, delivered`, crafted6(['ip6_opt_skip'], 100)),
    c('veth-opt-icmp-nomcast', `${unknownDst} parameter problem unless multicast (0xde), to a unicast address: as 0x9e`,
      crafted6(['ip6_opt_icmp_nomcast'], 64)),
    c('veth-rthdr', 'a routing header of type 0 with no segments left: ipv6_rthdr_rcv skips it, delivered',
      crafted6(['ip6_rthdr'], 100)),
    c('veth-rthdr-segleft', 'a routing header of type 0 with 1 segment left: an unknown routing type (unknown_rh), '
      + 'InHdrErrors and an ICMPv6 parameter problem', crafted6(['ip6_rthdr_segleft'], 64)),
    c('veth-rthdr-segleft-not-local', 'a routing header with 1 segment left to fd00::99, which is not ours: ip6_forward '
      + 'drops it (InAddrErrors) before any routing header handler', toOther('ip6_rthdr_segleft')),
    c('veth-hop-rthdr-dstopts', 'a hop-by-hop header (PadN), a routing header with no segments left and a destination '
      + 'options header (PadN) before UDP: delivered', crafted6(['ip6_hopopts', 'ip6_rthdr', 'ip6_dstopts'], 100)),
    c('veth-rthdr-opt-icmp-noport', 'a routing header with no segments left and an unknown destination option '
      + '(parameter problem) to a port nobody binds: the option is met after the routing header, before UDP',
      crafted6(['ip6_rthdr', 'ip6_opt_icmp'], 64, 9999)),
  ];
}

/**
 * 8. RPS on a software device (net-sysfs.c:store_rps_map, dev.c:get_rps_cpu, enqueue_to_backlog, the IPI of
 * net_rps_action_and_irq_enable): a one-CPU map on the veth or loopback's RX queue sends every frame to that CPU's
 * backlog whatever the flow hash (which is the kernel's own: jhash with a random seed per boot), so the counters do
 * not depend on it. The sender is CPU SENDER_CPU; the map names the other CPU, or the sender's own. A burst larger
 * than netdev_max_backlog overflows the other CPU's backlog (softnet_stat dropped on its row); through a NAPI-mode
 * veth, veth_poll hands the frames on from the sender's CPU (see kernel-form.ts framesBound for the race a short
 * backlog would run).
 */
function rpsOneCpu(): CorpusEntry[] {
  const hasBurst = (w: Workload): boolean => w.steps.some((st) => st.op === 'frames' && st.burst === true);
  const other = 1 - SENDER_CPU; // the machines here have 2 CPUs
  const mask = (cpu: number): string => (1 << cpu).toString(16);
  const withRps = (dev: Device, cpu: number): Device => ({ ...dev, queues: [{ rpsCpus: mask(cpu) }] });
  const entry = (name: string, what: string, dev: Device, w: Workload, sysctls?: Sysctls): CorpusEntry => ({
    scenario: scenario(`rps-${name}`, `${what}.`, dev, [name.startsWith('ipv6-')
      ? rx6(dev, { soRcvbuf: 4194304, soRcvbufForce: true }) : rxSocket(dev, 4194304, true)], w.steps, { sysctls }),
    summary: `RPS to one CPU: ${what}`,
    tags: [dev.kind, 'rps', 'udp', ...(hasBurst(w) ? ['backlog', 'burst'] : [])],
  });
  const vethOther = withRps(VETH, other);
  const napiOther = withRps({ ...VETH, gro: true, peerTso: false }, other);
  const burst = (dev: Device, n: number): Workload =>
    new Workload(dev, flowFor(dev, 9000)).frames(n, 64, { gapNs: 0, burst: true }).checkpoint('sent').read('rx');
  return [
    entry('veth-other-cpu-20', `20 datagrams over veth, sent on CPU ${SENDER_CPU}, its RX queue's rps_cpus CPU ${other}`,
      vethOther, new Workload(VETH, flowFor(VETH, 9000)).frames(20, 100).checkpoint('sent').read('rx')),
    entry('veth-own-cpu-20', `20 datagrams over veth, sent on CPU ${SENDER_CPU}, rps_cpus that same CPU`,
      withRps(VETH, SENDER_CPU), new Workload(VETH, flowFor(VETH, 9000)).frames(20, 100).checkpoint('sent').read('rx')),
    entry('lo-other-cpu-20', `20 datagrams over loopback, sent on CPU ${SENDER_CPU}, lo's rps_cpus CPU ${other}`,
      withRps(LO, other), new Workload(LO, flowFor(LO, 9000)).frames(20, 100).checkpoint('sent').read('rx')),
    entry('ipv6-veth-other-cpu-10', `10 IPv6 datagrams over veth to an AF_INET6 socket, rps_cpus CPU ${other}`,
      vethOther,
      new Workload(VETH, flow6For(VETH, 9000)).frames(10, 100).checkpoint('sent').read('rx')),
    entry('veth-other-cpu-burst300-max100', `a burst of 300 over veth onto CPU ${other}'s backlog (rps_cpus), `
      + 'netdev_max_backlog 100', vethOther, burst(VETH, 300), { 'net.core.netdev_max_backlog': 100 }),
    entry('veth-own-cpu-burst300-max100', `a burst of 300 over veth, rps_cpus the sender's CPU ${SENDER_CPU}, `
      + 'netdev_max_backlog 100', withRps(VETH, SENDER_CPU), burst(VETH, 300), { 'net.core.netdev_max_backlog': 100 }),
    // the default netdev_max_backlog (1000) holds all the ring gives: the other CPU drains its backlog after each poll's
    // IPI while the next poll fills it, a race a shorter backlog would make the CPUs' speeds decide
    entry('veth-napi-other-cpu-burst300', 'a burst of 300 to a veth in NAPI mode: 256 on its ring, which veth_poll '
      + `takes on CPU ${SENDER_CPU} 64 at a time and get_rps_cpu sends to CPU ${other}'s backlog`,
      napiOther, burst(VETH, 300)),
  ];
}

/**
 * 9. RFS over a veth (rps_flow_cnt on its RX queue, net.core.rps_sock_flow_entries, the socket's reading CPU): a
 * connected socket's first datagrams save the flow hash (sock_rps_save_rxhash), its read on CPU OTHER records the
 * flow there (sock_rps_record_flow: 6.x for a connected socket only), and get_rps_cpu then steers the flow's frames to
 * that CPU's backlog, where a burst larger than netdev_max_backlog is dropped. One flow, so the kernel's seeded hash
 * shares no table slot (kernel-form.ts rfsOfOneFlow), and a host-wide socket table of 32768 entries, which the
 * host's other sockets hardly ever write the flow's slot of.
 */
function rfsOneFlow(): CorpusEntry[] {
  const other = 1 - SENDER_CPU; // the machines here have 2 CPUs
  const table: Device = { ...VETH, queues: [{ rpsFlowCnt: 256 }] };
  const sysctls: Sysctls = { 'net.core.rps_sock_flow_entries': 32768, 'net.core.netdev_max_backlog': 100 };
  const rx = (cpu: number, connected: boolean, v6 = false): Socket => ({
    ...(v6 ? rx6(VETH) : rxSocket(VETH, 4194304, true)), ...(v6 ? { soRcvbuf: 4194304, soRcvbufForce: true } : {}), cpu,
    ...(connected ? { connect: { address: v6 ? 'fd00::2' : '10.0.0.2', port: 40000 } } : {}),
  });
  const w = (v6: boolean): Workload => new Workload(VETH, v6 ? flow6For(VETH, 9000) : flowFor(VETH, 9000))
    .frames(5, 64).checkpoint('first').read('rx').checkpoint('read')
    .frames(300, 64, { gapNs: 0, burst: true }).checkpoint('burst').read('rx');
  const entry = (name: string, what: string, sock: Socket, v6 = false): CorpusEntry => ({
    scenario: scenario(`rfs-${name}`, `${what}.`, table, [sock], w(v6).steps, { sysctls }),
    summary: `RFS, one flow: ${what}`,
    tags: ['veth', 'rfs', 'udp', 'backlog', 'burst', ...(v6 ? ['ipv6'] : []), ...(sock.connect ? ['connected'] : [])],
  });
  return [
    entry('veth-connected-read-other-cpu', `5 datagrams to a connected socket that reads on CPU ${other}, then a `
      + `burst of 300 steered to CPU ${other}'s backlog (netdev_max_backlog 100)`, rx(other, true)),
    entry('veth-unconnected-read-other-cpu', `the same with an unconnected socket: 6.x records no flow for it, so the `
      + `burst stays on the sender's CPU ${SENDER_CPU}`, rx(other, false)),
    entry('veth-connected-read-own-cpu', `a connected socket that reads on the sender's CPU ${SENDER_CPU}: the burst `
      + 'stays there', rx(SENDER_CPU, true)),
    entry('ipv6-veth-connected-read-other-cpu', `IPv6: a connected AF_INET6 socket that reads on CPU ${other}, then a `
      + `burst of 300 steered there`, rx(other, true, true), true),
  ];
}

/**
 * 6c. connect()ed UDP sockets (net/ipv4/datagram.c:__ip4_datagram_connect, net/ipv6/datagram.c:
 * __ip6_datagram_connect; compute_score): a connected socket takes datagrams from its peer's address and port
 * only, the rest find no socket (NoPorts); one bound to the wildcard is bound to the route's source (its
 * /proc/net/udp or udp6 row shows it, with the peer in rem_address); an AF_INET6 one connected to an IPv6 peer
 * takes no IPv4 (inet_rcv_saddr LOOPBACK4_IPV6). Over loopback and veth, IPv4 and IPv6.
 */
function connected(): CorpusEntry[] {
  interface C { name: string; what: string; dev: Device; sockets: Socket[]; w: Workload; localAddresses?: string[] }
  const rx = (family: 'inet' | 'inet6', peer: string, address?: string): Socket[] =>
    [{
      name: 'rx', port: 9000, ...(family === 'inet6' ? { family } : {}), ...(address ? { address } : {}),
      connect: { address: peer, port: 40000 },
    }];
  const fromPeer = 'datagrams from the peer taken';
  const cases: C[] = [];
  for (const dev of [LO, VETH]) {
    const flow4 = flowFor(dev, 9000);
    const flow6 = flow6For(dev, 9000);
    cases.push({
      name: `${short(dev)}-connected`,
      what: `an AF_INET socket bound to 0.0.0.0 and connected to ${flow4.src}:40000 over ${dev.kind}: 5 ${fromPeer}, `
        + 'then 3 from its port 40005, which find no socket (NoPorts), all read',
      dev, sockets: rx('inet', flow4.src!),
      w: new Workload(dev, flow4).frames(5, 100).frames(3, 100, { flow: { ...flow4, sport: 40005 } })
        .checkpoint('received').read('rx').checkpoint('read'),
    });
    cases.push({
      name: `ipv6-${short(dev)}-connected`,
      what: `an AF_INET6 socket bound to :: and connected to [${flow6.src}]:40000 over ${dev.kind}: 5 ${fromPeer}, `
        + 'then 3 from its port 40005, which find no socket (Udp6 NoPorts), all read',
      dev, sockets: rx('inet6', flow6.src!),
      w: new Workload(dev, flow6).frames(5, 100).frames(3, 100, { flow: { ...flow6, sport: 40005 } })
        .checkpoint('received').read('rx').checkpoint('read'),
    });
  }
  const flow4 = flowFor(VETH, 9000);
  const flow6 = flow6For(VETH, 9000);
  cases.push(
    {
      name: 'ipv6-veth-connected-dualstack-v4',
      what: 'an AF_INET6 socket bound to :: (dual stack) and connected to [fd00::2]:40000 over veth: 3 IPv4 datagrams '
        + 'from 10.0.0.2:40000 find no socket (its IPv4 address is now 127.0.0.6), then 3 IPv6 ones from the peer are '
        + 'taken and read',
      dev: VETH, sockets: rx('inet6', 'fd00::2'),
      w: new Workload(VETH, flow4).frames(3, 100).frames(3, 100, { flow: flow6 }).checkpoint('received').read('rx')
        .checkpoint('read'),
    },
    {
      name: 'ipv6-veth-connected-bound',
      what: `an AF_INET6 socket bound to fd00::1 and connected to [fd00::2]:40000 over veth: 4 ${fromPeer}, 2 from `
        + 'fd00::2:40001 not, 2 read',
      dev: VETH, sockets: rx('inet6', 'fd00::2', 'fd00::1'),
      w: new Workload(VETH, flow6).frames(4, 100).frames(2, 100, { flow: { ...flow6, sport: 40001 } })
        .checkpoint('received').read('rx', 2).checkpoint('read2'),
    },
    {
      name: 'veth-connected-bound',
      what: `an AF_INET socket bound to 10.0.0.1 and connected to 10.0.0.2:40000 over veth: 4 ${fromPeer}, 2 from `
        + '10.0.0.2:40001 not, 2 read',
      dev: VETH, sockets: rx('inet', '10.0.0.2', '10.0.0.1'),
      w: new Workload(VETH, flow4).frames(4, 100).frames(2, 100, { flow: { ...flow4, sport: 40001 } })
        .checkpoint('received').read('rx', 2).checkpoint('read2'),
    },
    {
      name: 'veth-connected-local-peer',
      what: 'an AF_INET socket bound to 0.0.0.0 and connected to the host\'s second address 10.0.0.5:40000, which '
        + 'becomes its own address too (a local route\'s source): 3 datagrams from 10.0.0.2 to 10.0.0.5 find no socket',
      dev: VETH, localAddresses: ['10.0.0.1', '10.0.0.5'], sockets: rx('inet', '10.0.0.5'),
      w: new Workload(VETH, { ...flow4, dst: '10.0.0.5' }).frames(3, 100).checkpoint('received'),
    },
  );
  return cases.map((c) => {
    const sc = scenario(c.name, `${c.what}.`, c.dev, c.sockets, c.w.steps);
    if (c.localAddresses) sc.config.localAddresses = c.localAddresses;
    const tags = [c.dev.kind, 'udp', 'connected', ...(c.name.startsWith('ipv6-') ? ['ipv6'] : []), 'noports'];
    return { scenario: sc, summary: `connect()ed UDP socket: ${c.what}`, tags };
  });
}

/**
 * 6b. IPv6 datagrams to a port no socket binds (Udp6 NoPorts, an ICMPv6 port unreachable about each), under
 * the kernel's default ICMPv6 rate limits (topology.ts): over loopback none (the error comes back: Ip6
 * InReceives and InDelivers, Icmp6 InMsgs and InDestUnreachs); out a veth (to SINK_MAC, which the peer drops
 * as PACKET_OTHERHOST) net.ipv6.icmp.ratemask limits destination unreachable, and icmpv6_xrlim_allow's
 * per-destination bucket (inet_peer_xrlim_allow) pays a token per error from a burst of XRLIM_BURST_FACTOR (6),
 * refused ones counted in Icmp6 OutRateLimitHost (6.x). A token costs icmpv6_time >> 2 for the /64 on-link
 * route (1000 ms by default: HZ/4 jiffies), or since upstream 0201eedb69b2 (6.18.14 in 6.18.y) icmpv6_time
 * alone at its new 100 ms default (HZ/10). Each error let through takes from the global bucket IPv4 shares
 * (icmp_msgs_burst 50: room for all six). The bucket refills between datagrams of a step with a gap the recorder
 * keeps (1 ms or more: run_scenario.ts KEPT_GAP_NS), or over an `advance` step, which it sleeps. And a burst
 * of IPv6 frames onto a small backlog (enqueue_to_backlog drops what exceeds netdev_max_backlog, as for IPv4).
 */
function ipv6NoPorts(): CorpusEntry[] {
  const out: CorpusEntry[] = [LO, VETH].map((dev) => {
    const w = new Workload(dev, flow6For(dev, 9999)).frames(5, 100).checkpoint('received');
    return {
      scenario: scenario(`ipv6-${short(dev)}-noports`, `5 IPv6 datagrams of 100 bytes to a port nobody binds, over ${dev.kind} (an AF_INET6 socket bound to port 9000)${dev.kind === 'veth' ? ': fewer errors than the per-destination burst, none limited' : ''}.`, dev, [rx6(dev)], w.steps),
      summary: `IPv6 Udp6 NoPorts and ICMPv6 port unreachable over ${dev.kind}`,
      tags: [dev.kind, 'udp', 'ipv6', 'noports', 'icmp'],
    };
  });
  const burst = new Workload(VETH, flow6For(VETH, 9999)).frames(RATELIMIT6_COUNT, 100).checkpoint('received');
  out.push({
    scenario: scenario(`ipv6-veth-noports-ratelimit-${RATELIMIT6_COUNT}`, `${RATELIMIT6_COUNT} IPv6 datagrams of 100 bytes back to back to a port nobody binds, over veth: the per-destination bucket lets the first 6 port unreachables through (XRLIM_BURST_FACTOR), the rest are Icmp6 OutRateLimitHost.`,
      VETH, [rx6(VETH)], burst.steps),
    summary: `ICMPv6 rate limiting over veth: ${RATELIMIT6_COUNT} port unreachables at once, a burst of 6 then OutRateLimitHost`,
    tags: ['veth', 'udp', 'ipv6', 'noports', 'icmp'],
  });
  const gapped = new Workload(VETH, flow6For(VETH, 9999)).frames(GAP6_COUNT, 100, { gapNs: GAP6_NS }).checkpoint('received');
  const gapMs = GAP6_NS / 1e6;
  out.push({
    scenario: scenario(`ipv6-veth-noports-gap${gapMs}ms-${GAP6_COUNT}`, `${GAP6_COUNT} IPv6 datagrams of 100 bytes to a port nobody binds, over veth, one every ${gapMs} ms: the per-destination bucket (6 tokens at most) starts full and refills between them, so more than 6 port unreachables leave (how many: a token's cost in jiffies, as the kernel's version has it).`,
      VETH, [rx6(VETH)], gapped.steps),
    summary: `ICMPv6 rate limiting over veth: ${GAP6_COUNT} port unreachables ${gapMs} ms apart, the bucket refilling between them`,
    tags: ['veth', 'udp', 'ipv6', 'noports', 'icmp'],
  });
  const refill = new Workload(VETH, flow6For(VETH, 9999)).frames(REFILL6_COUNT, 100).checkpoint('first')
    .advance(REFILL6_NS).frames(REFILL6_COUNT, 100).checkpoint('second');
  const refillMs = REFILL6_NS / 1e6;
  out.push({
    scenario: scenario(`ipv6-veth-noports-refill${refillMs}ms`, `${REFILL6_COUNT} IPv6 datagrams of 100 bytes back to back to a port nobody binds, over veth, then after ${refillMs} ms ${REFILL6_COUNT} more: the first burst takes the per-destination bucket's 6 tokens, the pause refills one token per icmpv6_time (in jiffies, as the kernel's version has it) for the second.`,
      VETH, [rx6(VETH)], refill.steps),
    summary: `ICMPv6 rate limiting over veth: two bursts of ${REFILL6_COUNT} port unreachables ${refillMs} ms apart, the bucket's refill rate`,
    tags: ['veth', 'udp', 'ipv6', 'noports', 'icmp'],
  });
  const unlimited = new Workload(VETH, flow6For(VETH, 9999)).frames(20, 100).checkpoint('received');
  out.push({
    scenario: scenario('ipv6-veth-noports-ratelimit0-20', '20 IPv6 datagrams of 100 bytes back to back to a port nobody binds, over veth, with net.ipv6.icmp.ratelimit 0: no per-destination limit, the global bucket (burst 50) has room for all 20.',
      VETH, [rx6(VETH)], unlimited.steps, { sysctls: { 'net.ipv6.icmp.ratelimit': 0 } }),
    summary: 'ICMPv6 rate limiting over veth: net.ipv6.icmp.ratelimit 0, every port unreachable sent',
    tags: ['veth', 'udp', 'ipv6', 'noports', 'icmp'],
  });
  const backlog = new Workload(VETH, flow6For(VETH, 9000)).frames(50, 64, { gapNs: 0, burst: true }).read('rx');
  out.push({
    scenario: scenario('ipv6-veth-backlog-burst50-max10', `50 IPv6 frames enqueued on CPU ${SENDER_CPU}'s backlog back to back (tc mirred ingress from the veth's other end), netdev_max_backlog 10, to an AF_INET6 socket with room for all (SO_RCVBUFFORCE 4 MiB), read at the end.`,
      VETH, [rx6(VETH, { soRcvbuf: 4194304, soRcvbufForce: true })], backlog.steps, { sysctls: { 'net.core.netdev_max_backlog': 10 } }),
    summary: 'IPv6 backlog overflow: burst of 50 onto one CPU with netdev_max_backlog 10 (one BH-disabled burst: FramesStep.burst)',
    tags: ['veth', 'udp', 'ipv6', 'backlog', 'burst'],
  });
  return out;
}

/**
 * 6c. IPv6 datagrams larger than the veth MTU (issue 13 items 1 and 2): the sender cuts each into fragments of 1448
 * data bytes behind a fragment header (src/spec/ip-fragment.ts), ipv6_frag_rcv reassembles them (Ip6 ReasmReqds,
 * ReasmOKs; InDelivers once per datagram). Sizes around the head's tailroom (a 1496-byte head: 216 bytes, 4 more
 * than IPv4's, truesize.ts reasmHeadTailroom), several fragments, the largest datagram; a full buffer, a closed port
 * and bad checksums about a reassembled datagram; fragment orders as IPv4's, with net.ipv6.ip6frag_time 2 (expiry:
 * ReasmFails, ReasmTimeout, an ICMPv6 time exceeded when fragment 0 came).
 */
function ipv6Fragmented(): CorpusEntry[] {
  interface F {
    name: string; what: string; payload: number; count: number; big?: boolean; flags?: FrameFlag[]; dport?: number; untraced?: boolean;
  }
  const cases: F[] = [
    { name: 'p3000x20', what: '20 datagrams of 3000 bytes (3 fragments each)', payload: 3000, count: 20, big: true },
    { name: 'p1656', what: 'a 216-byte last fragment, the most the first fragment\'s tailroom takes', payload: 1656, count: 3, big: true },
    { name: 'p1657', what: 'a 217-byte last fragment, chained', payload: 1657, count: 3, big: true },
    { name: 'p2897', what: 'three fragments, the last of 1 byte: chained after the second', payload: 2897, count: 3, big: true },
    { name: 'p65507', what: 'the largest datagram the format sends, 46 fragments', payload: 65507, count: 2, big: true },
    { name: 'rcvbuf-p8000', what: '30 datagrams of 8000 bytes into the default receive buffer (some dropped whole)', payload: 8000, count: 30 },
    // untraced: 6.1.192 freed the ICMPv6 errors' skbs at other points from run to run (the counters the same)
    { name: 'noport-p3000', what: '5 datagrams of 3000 bytes to a port nobody binds (a port unreachable about each)', payload: 3000, count: 5, dport: 9999, untraced: true },
    { name: 'csum-p3000', what: '3 datagrams of 3000 bytes with a bad UDP checksum', payload: 3000, count: 3, big: true, flags: ['udp_csum'] },
    { name: 'csum-zero-p3000', what: '3 datagrams of 3000 bytes with UDP checksum 0 (invalid on IPv6)', payload: 3000, count: 3, big: true, flags: ['udp_csum_zero'] },
  ];
  const sized: CorpusEntry[] = cases.map((c) => {
    const flags = c.flags ? { flags: c.flags } : {};
    const w = new Workload(VETH, flow6For(VETH, c.dport ?? 9000)).frames(c.count, c.payload, flags).checkpoint('received').read('rx');
    return {
      scenario: scenario(`frag6-veth-${c.name}`, `${c.what} over veth, IPv6, cut for its 1500-byte MTU and reassembled.`, VETH,
        [rx6(VETH, c.big ? { soRcvbuf: RMEM_MAX_618, soRcvbufForce: true } : {})], w.steps),
      summary: `IPv6 fragmentation and reassembly: ${c.what}`,
      tags: ['veth', 'udp', 'ipv6', 'fragmentation', ...(c.flags ?? []), ...(c.untraced ? [] : ['trace'])],
      ...(c.untraced ? {} : { events: true }),
    };
  });
  interface O { name: string; what: string; order: [number, ...number[]]; wait?: boolean }
  const orders: O[] = [
    { name: 'reverse', what: 'the last fragment first, the first last', order: [2, 1, 0] },
    { name: 'duplicate', what: 'the first fragment twice, before the datagram completes', order: [0, 1, 0, 2] },
    { name: 'duplicate-last', what: 'the last fragment twice in a row, first', order: [2, 2, 0, 1] },
    { name: 'missing-last', what: 'no last fragment: the queue, holding the first, expires', order: [0, 1], wait: true },
    { name: 'missing-first', what: 'no first fragment: the queue expires without a time exceeded', order: [1, 2], wait: true },
    { name: 'twice', what: 'all three twice: reassembled twice', order: [0, 1, 2, 0, 1, 2] },
  ];
  const ordered = orders.map((c) => {
    const w = new Workload(VETH, flow6For(VETH, 9000)).frames(5, 3000, { fragments: c.order }).checkpoint('received');
    if (c.wait) w.advance(FRAG_ORDER_WAIT_NS).checkpoint('expired');
    w.read('rx');
    return {
      scenario: scenario(`frag6-veth-order-${c.name}`, `5 IPv6 datagrams of 3000 bytes over veth, each sent as fragments ${c.order.join(', ')}: ${c.what}.`,
        VETH, [rx6(VETH, { soRcvbuf: RMEM_MAX_618, soRcvbufForce: true })], w.steps,
        { sysctls: { 'net.ipv6.ip6frag_time': FRAG_ORDER_TIME_S } }),
      summary: `IPv6 fragment order: ${c.what} (fragments ${c.order.join(', ')})`,
      tags: ['veth', 'udp', 'ipv6', 'fragmentation', 'fragment_order', ...(c.wait ? [] : ['trace'])],
      ...(c.wait ? {} : { events: true }),
    };
  });
  return [...sized, ...ordered];
}

/** The corpus, each scenario under `profile` (the recording kernel's: the same scenarios on every kernel). */
export function kernelCorpus(profile: ProfileName = profileOfRelease()): CorpusEntry[] {
  return corpusEntries().map((e) => ({ ...e, scenario: { ...e.scenario, config: { ...e.scenario.config, profile } } }));
}

function corpusEntries(): CorpusEntry[] {
  const loGrid: [number, boolean][] = [[0, false], [1153, false], [4096, false], [65536, false], [8388608, false], [8388608, true]];
  return [
    ...rcvbufGrid(LO, loGrid, [1, 100, 1472, 8000, 60000]),
    ...interleaved(LO),
    ...rcvbufMidRun(LO),
    ...rcvbufGrid(VETH, [[0, false], [4096, false], [65536, false]], [1, 100, 1472]),
    ...interleaved(VETH),
    ...rcvbufMidRun(VETH),
    ...closeMidRun(),
    ...rxqOvflCases(),
    noPorts(LO), noPorts(VETH),
    ...icmpSndbuf(),
    ...icmpRateLimit(),
    ...ipErrorRateLimit(),
    ...backlogGrid(),
    ...flowLimitGrid(),
    ...crafted(),
    ...fragmented(),
    ...traced(),
    ...ipv6(),
    ...ipv6NoPorts(),
    ...connected(),
    ...rpsOneCpu(),
    ...rfsOneFlow(),
    ...ipv6Fragmented(),
    ...vethNapi(),
    ...udpGro(),
    ...xdp(),
    ...multicast(),
    ...multicast6(),
    ...fragmentedGroups(),
    ...vethMtu(),
    ...vethJumbo(),
    ...loMtu(),
  ];
}
