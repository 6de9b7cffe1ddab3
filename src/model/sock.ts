// struct sock / struct udp_sock for a bound UDP/IPv4 socket: receive buffer, memory accounting
// (sk_rmem_alloc, sk_forward_alloc, udp forward_deficit), queues, the 3.13 socket backlog, and
// SO_RCVBUF. Also the per-netns IPv4/UDP state that the memory rules share (udp_memory_allocated).
import type { ProfileName, Socket, SocketState, UdpSocketRow } from '../generated/schema-types.ts';
import type { Host } from './host.ts';
import { SkbQueue } from './queue.ts';
import { parseIpv4 } from './skb.ts';
import { UDP_PROFILES, PAGE_SIZE, type UdpMemSock, type UdpProfile } from './profile-udp.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { ipqSize } from './truesize.ts';
import { ipv6AddrAny, ipv6Key, ipv6V4Mapped, isInet6Socket, procAddress6 } from '../spec/ipv6.ts';
import { connectSource4, connectSource6 } from '../spec/connect.ts';

/** Per-netns IPv4/UDP state the IPv4/UDP half keeps on the Host (created on first use). */
export interface InetState {
  /** udp_memory_allocated (pages), checked against net.ipv4.udp_mem (net/core/sock.c:__sk_mem_raise_allocated). */
  udpMemoryAllocated: number;
  /** ip_defrag's queues (net->ipv4.fqdir; 3.13 net->ipv4.frags): ip_fragment.ts. */
  readonly frags4: FragDir;
  /** ipv6_frag_rcv's queues (net->ipv6.fqdir; 3.13 net->ipv6.frags): reassembly.ts. */
  readonly frags6: FragDir;
  /** Every queue of either family ever armed, in expiry order from fragHead on (done ones are skipped). */
  readonly fragTimers: FragQueue[];
  fragHead: number;
  /** A reassembled datagram's frag_list: the fragments' skbs chained to it, freed with it. */
  readonly fragLists: Map<number, number[]>;
}

/** struct fqdir (6.x) / struct netns_frags (3.13): one family's reassembly queues and their memory. */
export interface FragDir {
  /** The queues of incomplete datagrams, by datagram; the Map's order is 3.13's LRU (inet_frag_lru_move). */
  readonly queues: Map<number, FragQueue>;
  /**
   * The fragment memory as the family's defrag reads it: the truesize of the fragments held and qsize per queue
   * (6.x fqdir->mem); 3.13's percpu_counter count, without what each CPU holds back in memCpu.
   */
  mem: number;
  readonly memCpu: number[];
  /**
   * What inet_frag_alloc charges per queue (f->qsize): sizeof(struct ipq) of the profile's build (truesize.ts
   * ipqSize), or null when the family's memory is not kept (IPv6: the validator keeps it under
   * ip6frag_high_thresh, src/spec/ipv6-problems.ts, so no limit ever acts).
   */
  readonly qsize: number | null;
}

/** A run of adjacent fragments: its head's offset and where its last one ends. */
export interface FragRun { start: number; end: number }

/** struct ipq / struct frag_queue / inet_frag_queue: one incomplete datagram. */
export interface FragQueue {
  readonly key: number;
  /** IPv6 (net/ipv6/reassembly.c) or IPv4 (net/ipv4/ip_fragment.c). */
  readonly v6: boolean;
  /** The fragments held, in offset order. */
  readonly skbs: number[];
  /**
   * 6.x: the runs of held fragments, in offset order (FRAG_CB(head)->frag_run_len): a run grows only when a fragment
   * starts where the queue's last one ends (inet_fragment.c:fragrun_append_to_last). 3.13 keeps a plain list.
   */
  readonly runs: FragRun[];
  /** q->meat: data bytes held; q->len: the datagram's end as far as known. */
  meat: number;
  len: number;
  /** INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN */
  flags: number;
  /** When its timer fires (ns), and the CPU it was armed on. */
  readonly expiry: number;
  readonly cpu: number;
  /** Reassembled, killed or expired: inet_frag_kill deleted its timer. */
  done: boolean;
  /** The truesize its fragments add to the fragment memory. */
  mem: number;
}

function newFragDir(qsize: number | null): FragDir {
  return { queues: new Map(), mem: 0, memCpu: [], qsize };
}

export function inet_state(host: Host): InetState {
  let s = host.inet;
  if (s === undefined) {
    s = {
      udpMemoryAllocated: 0, frags4: newFragDir(ipqSize(host.profileName)), frags6: newFragDir(null),
      fragTimers: [], fragHead: 0, fragLists: new Map(),
    };
    host.inet = s;
  }
  return s;
}

/** /proc/net/udp address column: the __be32 printed as %08X on a little-endian host, then :%04X port. */
export function procAddr(addr: number, port: number): string {
  const le = (((addr & 0xff) << 24) | ((addr >>> 8 & 0xff) << 16) | ((addr >>> 16 & 0xff) << 8) | (addr >>> 24)) >>> 0;
  return `${le.toString(16).toUpperCase().padStart(8, '0')}:${port.toString(16).toUpperCase().padStart(4, '0')}`;
}

export class UdpSock implements UdpMemSock {
  readonly name: string;
  readonly index: number;
  /** sk_family: 4 (AF_INET) or 6 (AF_INET6). */
  readonly family: 4 | 6;
  /** inet_rcv_saddr (host order); 0 = INADDR_ANY. An AF_INET6 socket's: its v4-mapped address's, or 0. */
  readonly addr: number;
  /**
   * sk_v6_rcv_saddr of an AF_INET6 socket (src/spec/ipv6.ts key; all zeros for ::), after connect() the route's
   * source for one bound to ::; '' for AF_INET.
   */
  readonly addr6: string;
  /**
   * ipv6_only_sock: IPV6_V6ONLY, or (net/ipv6/af_inet6.c:__inet6_bind) bound to an address that is neither ::
   * nor v4-mapped (`if (addr_type != IPV6_ADDR_MAPPED) sk->sk_ipv6only = 1`). Such a socket takes no IPv4.
   */
  readonly v6only: boolean;
  readonly port: number;
  readonly connected: boolean;
  /**
   * inet_daddr / inet_dport of a connect()ed socket (0 when not connected). An AF_INET6 socket connected to an
   * IPv6 peer has inet_daddr LOOPBACK4_IPV6 (__ip6_datagram_connect), which no IPv4 datagram the model sends has.
   */
  readonly peerAddr: number;
  readonly peerPort: number;
  /** sk_v6_daddr of an AF_INET6 socket connected to an IPv6 peer (key); '' otherwise. */
  readonly peerAddr6: string;
  /** IPv4 multicast group an AF_INET socket joined with IP_ADD_MEMBERSHIP (0 = none). */
  readonly mcastGroup: number;
  /** IPv6 multicast group (ipv6Key) an AF_INET6 socket joined with IPV6_JOIN_GROUP ('' = none). */
  readonly mcastGroup6: string;
  /** CPU the reading application runs on. */
  readonly cpu: number;

  /** sk_rcvbuf */
  rcvbuf: number;
  /** sk_rmem_alloc: truesize charged to the socket. */
  rmem_alloc = 0;
  /** sk_forward_alloc: bytes scheduled from udp_mem but not yet charged. */
  forward_alloc = 0;
  /** 6.x udp_sk(sk)->forward_deficit: truesize read but not yet released. */
  forward_deficit = 0;
  /** 6.x udp_sk(sk)->forward_threshold = sk_rcvbuf >> 2. */
  forward_threshold: number;
  /** sk_drops (/proc/net/udp `drops`). */
  drops = 0;
  /** sk_receive_queue */
  readonly receive_queue = new SkbQueue();
  /** 6.x udp_sk(sk)->reader_queue (recvmsg dequeues here; refilled by splicing receive_queue). */
  readonly reader_queue = new SkbQueue();
  /** 3.13 sk_backlog (skbs that arrived while the user owned the socket lock). */
  readonly backlog = new SkbQueue();
  /** 3.13 sk_backlog.len (truesize bytes in the backlog). */
  backlog_len = 0;
  /** sock_owned_by_user: between lock_sock and release_sock. */
  owned_by_user = false;
  /** sk_rxhash (saved for connected sockets in __udp_queue_rcv_skb). */
  rxhash = 0;
  /** sk->sk_rx_dst is set (udp_sk_rx_dst_set): early demux then skips the route lookup. */
  rx_dst = false;
  /** On the UDP hash chains (sk_hashed): false once closed (udp_lib_unhash). */
  hashed = true;
  /** sock_flag(sk, SOCK_RXQ_OVFL): setsockopt(SO_RXQ_OVFL). */
  rxqOvfl: boolean;
  /** udp_test_bit(GRO_ENABLED, sk): setsockopt(UDP_GRO), at creation or mid-run (udp_gro.ts). */
  udpGro: boolean;
  /** The scenario gives it UDP_GRO at some time: its state reports queued_segments. */
  reportsSegments: boolean;
  /** The application's side: the drop count of the last SO_RXQ_OVFL control message recvmsg gave it (0 before any). */
  rxqOvflSeen = 0;

  private readonly rules: UdpProfile;

  /**
   * `local`: the bound addresses, or for a connect()ed socket bound to the wildcard the ones connect() chose
   * (sock_create).
   */
  constructor(rules: UdpProfile, cfg: Socket, index: number, rcvbuf: number, local: LocalAddrs) {
    this.rules = rules;
    this.name = cfg.name;
    this.index = index;
    this.addr = local.addr;
    this.family = isInet6Socket(cfg) ? 6 : 4;
    this.addr6 = local.addr6;
    const bound6 = this.family === 6 ? ipv6Key(cfg.address ?? '::') : '';
    // __inet6_bind decides ipv6_only_sock from the address bound, before any connect()
    this.v6only = this.family === 6 && (cfg.v6only === true || (!ipv6AddrAny(bound6) && ipv6V4Mapped(bound6) < 0));
    this.port = cfg.port;
    this.connected = cfg.connect !== undefined;
    this.peerAddr6 = cfg.connect && this.family === 6 ? ipv6Key(cfg.connect.address) : '';
    this.peerAddr = !cfg.connect ? 0 : this.family === 6 ? LOOPBACK4_IPV6 : parseIpv4(cfg.connect.address);
    this.peerPort = cfg.connect ? cfg.connect.port : 0;
    this.mcastGroup = cfg.multicast && this.family === 4 ? parseIpv4(cfg.multicast) : 0;
    this.mcastGroup6 = cfg.multicast && this.family === 6 ? ipv6Key(cfg.multicast) : '';
    this.cpu = cfg.cpu ?? 0;
    this.rxqOvfl = cfg.rxqOvfl === true;
    this.udpGro = cfg.udpGro === true;
    this.reportsSegments = this.udpGro;
    this.rcvbuf = rcvbuf;
    this.forward_threshold = rules.forwardThreshold(rcvbuf);
  }

  spliceReceiveToReader(): void {
    this.receive_queue.spliceInto(this.reader_queue);
  }

  /** /proc/net/udp rx_queue: 6.x rmem_alloc - forward_deficit, 3.13 rmem_alloc. */
  procRxQueue(): number {
    return this.rules.procRxQueue(this.rmem_alloc, this.forward_deficit);
  }

  /** Datagrams waiting to be read (receive queue + 6.x reader queue; not the 3.13 backlog). */
  queued(): number {
    return this.receive_queue.length + this.reader_queue.length;
  }

  /** The socket's /proc/net/udp row (net/ipv4/udp.c:udp4_format_sock), or udp6 (net/ipv6/datagram.c:__ip6_dgram_sock_seq_show). */
  procRow(): UdpSocketRow {
    const v6 = this.family === 6;
    return {
      name: this.name,
      local_address: v6 ? procAddress6(this.addr6, this.port) : procAddr(this.addr, this.port),
      rem_address: v6
        ? procAddress6(this.peerAddr6 || '0'.repeat(32), this.peerPort) : procAddr(this.peerAddr, this.peerPort),
      rx_queue: this.procRxQueue(),
      tx_queue: 0,
      drops: this.drops,
    };
  }

  /** The datagrams the queued skbs carry, GRO's merged ones included (SkbPool.segs). */
  queuedSegments(segs: Int32Array): number {
    let n = 0;
    for (const q of [this.receive_queue, this.reader_queue]) for (let i = 0; i < q.length; i++) n += segs[q.at(i)];
    return n;
  }

  /** White-box state for snapshots (schemas/snapshot.schema.json SocketState); `segs`: SkbPool.segs. */
  state(segs: Int32Array): SocketState {
    return {
      name: this.name,
      rcvbuf: this.rcvbuf,
      rmem_alloc: this.rmem_alloc,
      forward_deficit: this.forward_deficit,
      queued: this.queued(),
      ...(this.reportsSegments ? { queued_segments: this.queuedSegments(segs) } : {}),
      backlog_len: this.backlog_len,
    };
  }
}

/** sk_rcvbuf after setsockopt(SO_RCVBUF or SO_RCVBUFFORCE, val) in `profile` (pure; spec 6 "SO_RCVBUF"). */
export function sock_set_rcvbuf(profile: ProfileName, val: number, force: boolean, rmemMax: number): number {
  return UDP_PROFILES[profile].sockSetRcvbuf(val, force, rmemMax);
}

/**
 * setsockopt(SO_RCVBUF or SO_RCVBUFFORCE) on a socket in use (SetsockoptStep): net/core/sock.c:
 * sock_setsockopt (3.13) / sk_setsockopt -> __sock_set_rcvbuf (6.x) sets sk_rcvbuf for what
 * arrives next; what is queued stays. 6.x udp.c:udp_lib_setsockopt then
 * `WRITE_ONCE(up->forward_threshold, sk->sk_rcvbuf >> 2)`.
 */
export function sock_setsockopt_rcvbuf(host: Host, sk: UdpSock, val: number, force: boolean): void {
  const rules = host.profile.udp;
  sk.rcvbuf = rules.sockSetRcvbuf(val, force, host.sysctl.rmem_max);
  sk.forward_threshold = rules.forwardThreshold(sk.rcvbuf);
}

/**
 * setsockopt(SO_RXQ_OVFL, on): net/core/sock.c:sock_setsockopt (3.13) / sk_setsockopt (6.x)
 * `sock_valbool_flag(sk, SOCK_RXQ_OVFL, valbool)`. What is queued keeps the drop count it was queued with.
 */
export function sock_setsockopt_rxq_ovfl(sk: UdpSock, on: boolean): void {
  sk.rxqOvfl = on;
}

/**
 * setsockopt(SOL_UDP, UDP_GRO, on) (6.x): net/ipv4/udp.c:udp_lib_setsockopt `udp_assign_bit(GRO_ENABLED, sk, valbool)`
 * (on: udp_tunnel_encap_enable first, so that udp4_gro_receive and udp6_gro_receive look sockets up). GRO merges or
 * stops merging what a poll takes from then on; a merged skb already queued stays one and is read whole.
 */
export function udp_setsockopt_udp_gro(sk: UdpSock, on: boolean): void {
  sk.udpGro = on;
}

/**
 * socket(AF_INET, SOCK_DGRAM) + setsockopt(SO_RCVBUF) + bind (+ connect, IP_ADD_MEMBERSHIP).
 * A new socket starts with sk_rcvbuf = net.core.rmem_default (net/core/sock.c:sock_init_data).
 */
export function sock_create(host: Host, cfg: Socket, index: number): UdpSock {
  const rules = host.profile.udp;
  if (cfg.soBusyPoll) {
    throw new RxpathInputError([{ file: '<scenario>', pointer: `/config/sockets/${index}/soBusyPoll`, message: `the model does not busy-poll: must be 0 (got ${cfg.soBusyPoll})` }]);
  }
  if (cfg.soRcvbufForce && cfg.soRcvbuf === undefined) {
    throw new RxpathInputError([{ file: '<scenario>', pointer: `/config/sockets/${index}/soRcvbufForce`, message: 'soRcvbufForce needs soRcvbuf' }]);
  }
  const rcvbuf = cfg.soRcvbuf === undefined
    ? host.sysctl.rmem_default
    : rules.sockSetRcvbuf(cfg.soRcvbuf, cfg.soRcvbufForce === true, host.sysctl.rmem_max);
  const local = isInet6Socket(cfg) ? inet6LocalAddrs(host, cfg) : inetLocalAddrs(host, cfg);
  return new UdpSock(rules, cfg, index, rcvbuf, local);
}

/** A socket's local addresses: inet_rcv_saddr (host order, 0 = INADDR_ANY) and sk_v6_rcv_saddr (key; '' for AF_INET). */
interface LocalAddrs {
  addr: number;
  addr6: string;
}

/** include/net/ipv6.h LOOPBACK4_IPV6, 127.0.0.6: the IPv4 addresses __ip6_datagram_connect gives an IPv6 pair. */
const LOOPBACK4_IPV6 = 0x7f000006;

/**
 * An AF_INET socket's local address: the bound one, or for a connect()ed socket bound to INADDR_ANY the route's
 * source (net/ipv4/datagram.c:__ip4_datagram_connect; src/spec/connect.ts connectSource4).
 */
function inetLocalAddrs(host: Host, cfg: Socket): LocalAddrs {
  let addr = cfg.address ? parseIpv4(cfg.address) : 0;
  if (addr === 0 && cfg.connect) {
    const local = [...host.localAddrs].map((a) => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.'));
    addr = parseIpv4(connectSource4(cfg.connect.address, local));
  }
  return { addr, addr6: '' };
}

/**
 * An AF_INET6 socket's local addresses. Bound: its IPv4 address is its v4-mapped one (__inet6_bind:
 * `v4addr = addr->sin6_addr.s6_addr32[3]`), else 0 (:: binds INADDR_ANY; any other address makes the socket
 * IPv6-only). Connected while bound to :: (net/ipv6/datagram.c:ip6_datagram_dst_update): `sk->sk_v6_rcv_saddr =
 * fl6.saddr; inet->inet_rcv_saddr = LOOPBACK4_IPV6;` (src/spec/connect.ts connectSource6 gives fl6.saddr).
 */
function inet6LocalAddrs(host: Host, cfg: Socket): LocalAddrs {
  const bound = ipv6Key(cfg.address ?? '::');
  if (cfg.connect && ipv6AddrAny(bound)) {
    const source = connectSource6(cfg.connect.address, host.hasVeth);
    if (source === null) throw new Error(`sock_create: no route to ${cfg.connect.address} (the validator refuses it)`);
    return { addr: LOOPBACK4_IPV6, addr6: ipv6Key(source) };
  }
  return { addr: Math.max(ipv6V4Mapped(bound), 0), addr6: bound };
}

/**
 * net/core/sock.c:__sk_mem_schedule(sk, size, SK_MEM_RECV) for UDP (udp_prot has no
 * memory_pressure flag): forward-allocate whole pages from udp_memory_allocated.
 * Under udp_mem[0] it always succeeds; above udp_mem[2] it always fails; in between only a
 * socket holding less than udp_rmem_min gets memory. Returns false when the allocation is undone.
 * (6.x keeps a per-CPU reserve of udp_memory_allocated, net.core.mem_pcpu_rsv; the model counts exactly.)
 */
export function sk_mem_schedule(host: Host, sk: UdpSock, size: number): boolean {
  const st = inet_state(host);
  const amt = Math.ceil(size / PAGE_SIZE); // sk_mem_pages
  sk.forward_alloc += amt * PAGE_SIZE;
  st.udpMemoryAllocated += amt;
  const mem = host.sysctl.udp_mem;
  const allocated = st.udpMemoryAllocated;
  if (allocated <= mem[0]) return true;
  if (allocated <= mem[2] && sk.rmem_alloc < host.sysctl.udp_rmem_min) return true;
  sk.forward_alloc -= amt * PAGE_SIZE;
  st.udpMemoryAllocated -= amt;
  return false;
}

/** __sk_mem_reduce_allocated(sk, pages) */
export function sk_mem_uncharge_pages(host: Host, pages: number): void {
  if (pages > 0) inet_state(host).udpMemoryAllocated -= pages;
}
