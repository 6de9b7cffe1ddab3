// Generated from schemas/ by scripts/gen-validators.ts (npm run gen:validators). Do not edit by hand.
/* eslint-disable */
"use strict";
exports.v0 = validate23;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/config.schema.json","title":"Config","description":"The configuration of a simulated host: kernel profile, CPUs, sysctls, devices with their queues, sockets and the per-packet cost model.","type":"object","additionalProperties":false,"required":["profile","cpus"],"properties":{"profile":{"$ref":"profile.schema.json"},"cpus":{"type":"integer","minimum":1,"maximum":64,"description":"Number of online CPUs (nr_cpu_ids)."},"hz":{"type":"integer","enum":[100,250,300,1000],"description":"CONFIG_HZ: the jiffy length. Default 250 (the project's machines)."},"sysctls":{"$ref":"sysctls.schema.json"},"devices":{"type":"array","items":{"$ref":"device.schema.json"}},"sockets":{"type":"array","items":{"$ref":"socket.schema.json"}},"localAddresses":{"type":"array","items":{"type":"string","format":"ipv4"},"description":"Addresses the host owns (besides 127.0.0.0/8). Default [\"10.0.0.1\"]."},"forwarding":{"type":"boolean","description":"net.ipv4.conf.all.forwarding: decides InAddrErrors versus forwarding for non-local destinations."},"costs":{"$ref":"#/$defs/Costs"}},"$defs":{"Costs":{"title":"Costs","type":"object","additionalProperties":false,"description":"Simulated CPU time, in nanoseconds, that each stage takes. A modelling assumption (not a kernel fact): it drives only the time limit of net_rx_action and how fast queues drain against arrivals.","properties":{"irqNs":{"type":"integer","minimum":0,"description":"Hard IRQ handler, once per interrupt."},"softirqNs":{"type":"integer","minimum":0,"description":"Entering and leaving the NET_RX softirq, once per net_rx_action call."},"pollNs":{"type":"integer","minimum":0,"description":"Fixed cost of one NAPI poll call."},"driverPacketNs":{"type":"integer","minimum":0,"description":"Driver work per harvested descriptor (build the skb, refill)."},"stackPacketNs":{"type":"integer","minimum":0,"description":"__netif_receive_skb through IP and UDP to the socket, per skb."},"backlogPacketNs":{"type":"integer","minimum":0,"description":"enqueue_to_backlog per skb."}}}}};
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/profile.schema.json","title":"ProfileName","description":"A kernel profile: the kernel version whose receive-path rules the model follows. linux-6.1 and linux-6.12 are Debian 12's builds of those stable series (6.1.192, 6.12.118), recorded under QEMU. See shared/spec/kernel-semantics.md section 10 and docs/kernels.md for where they differ.","type":"string","enum":["linux-3.13","linux-6.1","linux-6.12","linux-6.18"]};
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/sysctls.schema.json","title":"Sysctls","description":"Sysctl overrides for a scenario. Keys are the full dotted sysctl names; a sysctl that is not given takes its profile default.","type":"object","additionalProperties":false,"properties":{"net.core.netdev_budget":{"type":"integer","description":"Most packets one net_rx_action call may process across all NAPIs before it stops (poll() still gets the full weight, so one call can overshoot by weight-1). Raise it when softnet_stat time_squeeze grows.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:net_rx_action"],"profiles":{"linux-3.13":{"default":300,"check":"proc_dointvec: any int; <= 0 ends net_rx_action before the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250): -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_budget","proc":"/proc/sys/net/core/netdev_budget"},"note":"3.13 source read (3.11-era net/core/sysctl_net_core.c, same table): netdev_budget, dev_weight, netdev_max_backlog, netdev_tstamp_prequeue are proc_dointvec; rmem_default/rmem_max have extra1 = &one; rps_sock_flow_entries rejects > 1<<30."}},"net.core.netdev_budget_usecs":{"type":"integer","description":"Time limit of one net_rx_action call; converted with usecs_to_jiffies (rounds up). 3.13 has no sysctl: the limit is 2 jiffies.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:net_rx_action"],"profiles":{"linux-6.1":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000},"linux-6.12":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000},"linux-6.18":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250): 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000}},"aliases":{"sysctl":"net.core.netdev_budget_usecs","proc":"/proc/sys/net/core/netdev_budget_usecs"},"note":"The minimum and the default scale with config.hz; the listed values are for HZ=250. Older 4.12-6.x trees read had extra1 = SYSCTL_ZERO (min 0); the running 6.18 kernel rejects values below 2 jiffies."}},"net.core.dev_weight":{"type":"integer","description":"Poll weight of the per-CPU backlog NAPI (process_backlog): how many backlog packets one poll may take.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:process_backlog"],"profiles":{"linux-3.13":{"default":64,"check":"proc_dointvec: any int (0 or negative accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -1 EINVAL","maximum":2147483647},"linux-6.12":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -1 EINVAL","maximum":2147483647},"linux-6.18":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250): 0 and -1 EINVAL","maximum":2147483647}},"aliases":{"sysctl":"net.core.dev_weight","proc":"/proc/sys/net/core/dev_weight"}}},"net.core.dev_weight_rx_bias":{"type":"integer","description":"Multiplier on dev_weight for the RX backlog weight (dev_rx_weight). Absent in 3.13.","x-rxpath":{"kind":"sysctl","unit":"ratio","scope":"host","kernel":["net/core/sysctl_net_core.c:proc_do_dev_weight","net/core/dev.c:process_backlog"],"profiles":{"linux-6.1":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647},"linux-6.12":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647},"linux-6.18":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250): 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647}},"aliases":{"sysctl":"net.core.dev_weight_rx_bias","proc":"/proc/sys/net/core/dev_weight_rx_bias"},"note":"In 4.12-era trees proc_do_dev_weight was plain proc_dointvec (any int); the min-1 bound is what the running 6.18 kernel enforces."}},"net.core.netdev_max_backlog":{"type":"integer","description":"Limit of each CPU's backlog input_pkt_queue: enqueue_to_backlog admits while the queue holds <= this many, so it can reach this + 1. Drops show in softnet_stat column 2 of the target CPU.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:enqueue_to_backlog"],"profiles":{"linux-3.13":{"default":1000,"check":"proc_dointvec: any int; compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250): -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_max_backlog","proc":"/proc/sys/net/core/netdev_max_backlog"}}},"net.core.flow_limit_table_len":{"type":"integer","description":"Buckets of each CPU's flow-limit table. Takes effect only for tables allocated after it is written (by writing flow_limit_cpu_bitmap).","x-rxpath":{"kind":"sysctl","unit":"entries","scope":"host","kernel":["net/core/sysctl_net_core.c:flow_limit_table_len_sysctl","net/core/dev.c:skb_flow_limit"],"profiles":{"linux-3.13":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table","maximum":1073741824},"linux-6.1":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and 3 EINVAL, 1 accepted","maximum":1073741824},"linux-6.12":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and 3 EINVAL, 1 accepted","maximum":1073741824},"linux-6.18":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250): 0 and 3 EINVAL, 1 accepted","maximum":1073741824}},"aliases":{"sysctl":"net.core.flow_limit_table_len","proc":"/proc/sys/net/core/flow_limit_table_len"}}},"net.core.flow_limit_cpu_bitmap":{"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"CPUs whose enqueues are subject to the flow limit (hex mask). The table used is the ENQUEUING CPU's; the drop is counted on the target CPU.","x-rxpath":{"kind":"sysctl","unit":"cpumask","scope":"host","kernel":["net/core/sysctl_net_core.c:flow_limit_cpu_sysctl","net/core/dev.c:skb_flow_limit"],"profiles":{"linux-3.13":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.1":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.12":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.18":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"}},"aliases":{"sysctl":"net.core.flow_limit_cpu_bitmap","proc":"/proc/sys/net/core/flow_limit_cpu_bitmap"}}},"net.core.rps_sock_flow_entries":{"type":"integer","description":"Size of the global RFS socket flow table. 0 disables RFS.","x-rxpath":{"kind":"sysctl","unit":"entries","scope":"host","kernel":["net/core/sysctl_net_core.c:rps_sock_flow_sysctl","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"maximum":1073741824,"check":"rounded up to a power of 2; > 2^30 EINVAL"},"linux-6.1":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 536870913 EINVAL, 536870912 accepted)"},"linux-6.12":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 536870913 EINVAL, 536870912 accepted)"},"linux-6.18":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250): 536870913 EINVAL, 536870912 accepted)"}},"aliases":{"sysctl":"net.core.rps_sock_flow_entries","proc":"/proc/sys/net/core/rps_sock_flow_entries"}}},"net.core.netdev_tstamp_prequeue":{"type":"integer","description":"1: timestamp packets before RPS enqueues them to another CPU; 0: after. Affects only timestamps, not counters.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:netif_receive_skb_internal"],"profiles":{"linux-3.13":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 5 accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 5 accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250): 5 accepted)","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_tstamp_prequeue","proc":"/proc/sys/net/core/netdev_tstamp_prequeue"}}},"net.core.rmem_default":{"type":"integer","description":"sk_rcvbuf of a new socket that does not set SO_RCVBUF (256 * SKB_TRUESIZE(256) on x86_64).","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_init_data"],"profiles":{"linux-3.13":{"default":212992,"minimum":1,"check":"proc_dointvec_minmax, min 1","maximum":2147483647},"linux-6.1":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2303 EINVAL, 2304 accepted)","maximum":2147483647},"linux-6.12":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2303 EINVAL, 2304 accepted)","maximum":2147483647},"linux-6.18":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250): 2303 EINVAL, 2304 accepted)","maximum":2147483647}},"aliases":{"sysctl":"net.core.rmem_default","proc":"/proc/sys/net/core/rmem_default"}}},"net.core.rmem_max":{"type":"integer","description":"Cap on setsockopt(SO_RCVBUF) before doubling (SO_RCVBUFFORCE ignores it).","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_setsockopt"],"profiles":{"linux-3.13":{"default":212992,"minimum":1,"check":"proc_dointvec_minmax, min 1","maximum":2147483647},"linux-6.1":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (min_rcvbuf); default SK_RMEM_MAX = _SK_MEM_OVERHEAD * _SK_MEM_PACKETS = SKB_TRUESIZE(256) * 256 = 212992 (net/core/sock.c sysctl_rmem_max, include/net/sock.h; 6.1.192). Read in the guest: 212992","maximum":2147483647},"linux-6.12":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (min_rcvbuf); default SK_RMEM_MAX = _SK_MEM_OVERHEAD * _SK_MEM_PACKETS = SKB_TRUESIZE(256) * 256 = 212992 (net/core/sock.c sysctl_rmem_max, include/net/sock.h; 6.12.118). Read in the guest: 212992","maximum":2147483647},"linux-6.18":{"default":4194304,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF; 4 MiB default since v6.18 (verified live on Linux 6.18.44 (HZ=250): 100 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.rmem_max","proc":"/proc/sys/net/core/rmem_max"}}},"net.core.busy_poll":{"type":"integer","description":"Busy-poll time for poll()/select() on sockets that support it. The model does not busy-poll (no application CPU model) and rejects a non-zero value.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:napi_busy_loop"],"profiles":{"linux-3.13":{"default":0,"check":"proc_dointvec: any int","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 EINVAL)","maximum":2147483647},"linux-6.12":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 EINVAL)","maximum":2147483647},"linux-6.18":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250): -1 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.busy_poll","proc":"/proc/sys/net/core/busy_poll"}}},"net.core.busy_read":{"type":"integer","description":"Default SO_BUSY_POLL for new sockets (busy polling in recvmsg). The model rejects a non-zero value.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_init_data"],"profiles":{"linux-3.13":{"default":0,"check":"proc_dointvec: any int","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647},"linux-6.12":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647},"linux-6.18":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647}},"aliases":{"sysctl":"net.core.busy_read","proc":"/proc/sys/net/core/busy_read"}}},"net.core.gro_normal_batch":{"type":"integer","description":"GRO_NORMAL skbs are batched on the NAPI's rx_list until this many segments, then passed up as a list. Absent in 3.13.","x-rxpath":{"kind":"sysctl","unit":"segments","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/gro.c:gro_normal_one"],"profiles":{"linux-6.1":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.12":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.18":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250): 0 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.gro_normal_batch","proc":"/proc/sys/net/core/gro_normal_batch"}}},"net.ipv4.ip_early_demux":{"type":"integer","description":"Look up the socket (connected UDP, established TCP) before routing, saving the route lookup.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":1,"check":"proc_dointvec (global int): any int, non-zero enables","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.12":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.18":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250): 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"}},"aliases":{"sysctl":"net.ipv4.ip_early_demux","proc":"/proc/sys/net/ipv4/ip_early_demux"}}},"net.ipv4.udp_early_demux":{"type":"integer","description":"Early demux switch for UDP (6.x). Absent in 3.13, where ip_early_demux covers all protocols.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/ip_input.c:ip_rcv_finish_core"],"profiles":{"linux-6.1":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.12":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.18":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250): 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"}},"aliases":{"sysctl":"net.ipv4.udp_early_demux","proc":"/proc/sys/net/ipv4/udp_early_demux"}}},"net.ipv4.udp_rmem_min":{"type":"integer","description":"Receive memory each UDP socket is guaranteed even under udp_mem pressure.","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/core/sock.c:__sk_mem_raise_allocated"],"profiles":{"linux-3.13":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (PAGE_SIZE default)","maximum":2147483647},"linux-6.1":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.12":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.18":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250): 0 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.ipv4.udp_rmem_min","proc":"/proc/sys/net/ipv4/udp_rmem_min"}}},"net.ipv4.udp_mem":{"type":"array","items":{"type":"integer"},"minItems":3,"maxItems":3,"description":"Pages all UDP sockets together may hold: below min no pressure, above max allocations fail (MemErrors).","x-rxpath":{"kind":"sysctl","unit":"pages","scope":"host","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_table","net/ipv4/udp.c:udp_init"],"profiles":{"linux-3.13":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages (same formula; this value: the project's machines)"},"linux-6.1":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"},"linux-6.12":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"},"linux-6.18":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"}},"aliases":{"sysctl":"net.ipv4.udp_mem","proc":"/proc/sys/net/ipv4/udp_mem"}}},"net.ipv4.ipfrag_time":{"type":"integer","description":"Seconds an incomplete IP datagram's fragments are kept; when the timer fires, ReasmTimeout and ReasmFails rise and the fragments are freed.","x-rxpath":{"kind":"sysctl","unit":"jiffies","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip4_frags_ns_ctl_table","net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ)","minimum":0,"maximum":2147483},"linux-6.1":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483},"linux-6.12":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483},"linux-6.18":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483}},"aliases":{"sysctl":"net.ipv4.ipfrag_time","proc":"/proc/sys/net/ipv4/ipfrag_time"}}},"net.ipv4.icmp_ratelimit":{"type":"integer","description":"Milliseconds of token-bucket credit one rate-limited ICMP error costs per destination (inet_peer): a destination gets a burst of 6 (XRLIM_BURST_FACTOR) and then one every icmp_ratelimit. 0 disables the per-destination limit. Errors sent out a loopback device are never limited.","x-rxpath":{"kind":"sysctl","unit":"jiffies","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/inetpeer.c:inet_peer_xrlim_allow"],"profiles":{"linux-3.13":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (default 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.1":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.12":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.18":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"}},"aliases":{"sysctl":"net.ipv4.icmp_ratelimit","proc":"/proc/sys/net/ipv4/icmp_ratelimit"},"note":"Live 6.18.44 (HZ=250), fresh netns: 1000."}},"net.ipv4.icmp_ratemask":{"type":"integer","description":"Bit mask of the ICMP types that are rate limited (bit N = type N). The default 0x1818 (6168) limits destination unreachable (3), source quench (4), time exceeded (11) and parameter problem (12): every error the receive path sends. 0 disables ICMP rate limiting.","x-rxpath":{"kind":"sysctl","unit":"code","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/icmp.c:icmpv4_mask_allow"],"profiles":{"linux-3.13":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds; bits above NR_ICMP_TYPES never match); per netns. Negative values are not modelled (minimum 0 here)"},"linux-6.1":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"},"linux-6.12":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"},"linux-6.18":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"}},"aliases":{"sysctl":"net.ipv4.icmp_ratemask","proc":"/proc/sys/net/ipv4/icmp_ratemask"},"note":"Live 6.18.44, fresh netns: 6168 (0x1818)."}},"net.ipv4.icmp_msgs_per_sec":{"type":"integer","description":"Refill rate of the per-namespace global ICMP token bucket (icmp_global_allow): credit grows by icmp_msgs_per_sec * elapsed / HZ, at most every HZ/50 jiffies, up to icmp_msgs_burst. Applies to the rate-masked types of errors not about a packet that came in on loopback. 0: no rate-masked error is sent. Absent in 3.13 (added in 3.18).","x-rxpath":{"kind":"sysctl","unit":"datagrams","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmp_global_allow"],"profiles":{"linux-6.1":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.12":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.18":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"}},"aliases":{"sysctl":"net.ipv4.icmp_msgs_per_sec","proc":"/proc/sys/net/ipv4/icmp_msgs_per_sec"},"note":"Live 6.18.44, fresh netns: 1000. Each ICMP error sent consumes get_random_u32_below(3) credits (icmp_global_consume), so the global limiter is random: the validator rejects a scenario whose outcome would depend on it."}},"net.ipv4.icmp_msgs_burst":{"type":"integer","description":"Capacity of the per-namespace global ICMP token bucket (icmp_global_allow). Absent in 3.13 (added in 3.18).","x-rxpath":{"kind":"sysctl","unit":"datagrams","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmp_global_allow"],"profiles":{"linux-6.1":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.12":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.18":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"}},"aliases":{"sysctl":"net.ipv4.icmp_msgs_burst","proc":"/proc/sys/net/ipv4/icmp_msgs_burst"},"note":"Live 6.18.44, fresh netns: 50."}},"net.ipv4.tcp_dma_copybreak":{"type":"integer","description":"Lower limit of a TCP read offloaded to a DMA engine (CONFIG_NET_DMA, removed in 3.20). Not on the UDP path: listed for completeness, no effect in the model.","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_table","net/ipv4/tcp.c:tcp_recvmsg"],"profiles":{"linux-3.13":{"default":4096,"minimum":0,"check":"proc_dointvec (CONFIG_NET_DMA only)","maximum":2147483647}},"aliases":{"sysctl":"net.ipv4.tcp_dma_copybreak","proc":"/proc/sys/net/ipv4/tcp_dma_copybreak"},"note":"Absent from the running 6.18 kernel (no /proc/sys/net/ipv4/tcp_dma_copybreak)."}}}};
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/socket.schema.json","title":"Socket","description":"A bound UDP/IPv4 socket and its per-socket options.","type":"object","additionalProperties":false,"required":["name","port"],"properties":{"name":{"type":"string","minLength":1},"address":{"type":"string","format":"ipv4","description":"Bound address; 0.0.0.0 (the default) is any local address."},"port":{"type":"integer","minimum":1,"maximum":65535},"connect":{"type":"object","additionalProperties":false,"required":["address","port"],"properties":{"address":{"type":"string","format":"ipv4"},"port":{"type":"integer","minimum":1,"maximum":65535}},"description":"connect()ed peer. Connected sockets are found by early demux and record their flow hash for RFS."},"soRcvbuf":{"type":"integer","description":"Value passed to setsockopt(SO_RCVBUF). Absent: the socket keeps net.core.rmem_default.","x-rxpath":{"kind":"setting","unit":"bytes","scope":"socket","kernel":["net/core/sock.c:sock_setsockopt","net/core/sock.c:__sock_set_rcvbuf"],"profiles":{"linux-3.13":{"default":null,"check":"val is u32-cast, capped at rmem_max, doubled, at least SOCK_MIN_RCVBUF; default: rmem_default","kernel":["net/core/sock.c:sock_setsockopt"]},"linux-6.1":{"default":null,"check":"min((u32)val, rmem_max), then min(val, INT_MAX/2) in __sock_set_rcvbuf, doubled, at least SOCK_MIN_RCVBUF (live: 5000 -> 10000, -1 -> 2*rmem_max); default: rmem_default","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]},"linux-6.12":{"default":null,"check":"min((u32)val, rmem_max), then min(val, INT_MAX/2) in __sock_set_rcvbuf, doubled, at least SOCK_MIN_RCVBUF (live: 5000 -> 10000, -1 -> 2*rmem_max); default: rmem_default","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]},"linux-6.18":{"default":null,"check":"min((u32)val, rmem_max), then min(val, INT_MAX/2) in __sock_set_rcvbuf, doubled, at least SOCK_MIN_RCVBUF (live: 5000 -> 10000, -1 -> 2*rmem_max); default: rmem_default","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]}},"aliases":{"sockopt":"SO_RCVBUF"}}},"soRcvbufForce":{"type":"boolean","description":"Use SO_RCVBUFFORCE (CAP_NET_ADMIN): soRcvbuf is not capped at rmem_max.","x-rxpath":{"kind":"setting","unit":"boolean","scope":"socket","kernel":["net/core/sock.c:sock_setsockopt"],"profiles":{"linux-3.13":{"default":false,"check":"needs CAP_NET_ADMIN; skips the rmem_max cap (6.x clamps val to [0, INT_MAX/2])"},"linux-6.1":{"default":false,"check":"needs CAP_NET_ADMIN; skips the rmem_max cap (6.x clamps val to [0, INT_MAX/2])","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]},"linux-6.12":{"default":false,"check":"needs CAP_NET_ADMIN; skips the rmem_max cap (6.x clamps val to [0, INT_MAX/2])","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]},"linux-6.18":{"default":false,"check":"needs CAP_NET_ADMIN; skips the rmem_max cap (6.x clamps val to [0, INT_MAX/2])","kernel":["net/core/sock.c:sk_setsockopt","net/core/sock.c:__sock_set_rcvbuf"]}},"aliases":{"sockopt":"SO_RCVBUFFORCE"}}},"soBusyPoll":{"type":"integer","description":"setsockopt(SO_BUSY_POLL) in microseconds: busy-poll the device queue in recvmsg. The model does not busy-poll and rejects a non-zero value.","x-rxpath":{"kind":"setting","unit":"microseconds","scope":"socket","kernel":["net/core/sock.c:sock_setsockopt","net/core/dev.c:napi_busy_loop"],"profiles":{"linux-3.13":{"default":0,"check":">= 0; default net.core.busy_read","kernel":["net/core/sock.c:sock_setsockopt","include/net/busy_poll.h:sk_busy_loop"]},"linux-6.1":{"default":0,"check":">= 0; default net.core.busy_read","kernel":["net/core/sock.c:sk_setsockopt","net/core/dev.c:napi_busy_loop"]},"linux-6.12":{"default":0,"check":">= 0; default net.core.busy_read","kernel":["net/core/sock.c:sk_setsockopt","net/core/dev.c:napi_busy_loop"]},"linux-6.18":{"default":0,"check":">= 0; default net.core.busy_read","kernel":["net/core/sock.c:sk_setsockopt","net/core/dev.c:napi_busy_loop"]}},"aliases":{"sockopt":"SO_BUSY_POLL"}},"minimum":0},"cpu":{"type":"integer","minimum":0,"description":"CPU the reading application runs on; recvmsg records the flow there for RFS (sock_rps_record_flow)."},"multicast":{"type":"string","format":"ipv4","description":"Multicast group joined (IP_ADD_MEMBERSHIP)."}}};
const schema46 = {"title":"Costs","type":"object","additionalProperties":false,"description":"Simulated CPU time, in nanoseconds, that each stage takes. A modelling assumption (not a kernel fact): it drives only the time limit of net_rx_action and how fast queues drain against arrivals.","properties":{"irqNs":{"type":"integer","minimum":0,"description":"Hard IRQ handler, once per interrupt."},"softirqNs":{"type":"integer","minimum":0,"description":"Entering and leaving the NET_RX softirq, once per net_rx_action call."},"pollNs":{"type":"integer","minimum":0,"description":"Fixed cost of one NAPI poll call."},"driverPacketNs":{"type":"integer","minimum":0,"description":"Driver work per harvested descriptor (build the skb, refill)."},"stackPacketNs":{"type":"integer","minimum":0,"description":"__netif_receive_skb through IP and UDP to the socket, per skb."},"backlogPacketNs":{"type":"integer","minimum":0,"description":"enqueue_to_backlog per skb."}}};
const func1 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern11 = new RegExp("^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$", "u");
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/device.schema.json","title":"Device","description":"A network device and its receive queues, with the settings ethtool and sysfs expose.","type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$","description":"Interface name (IFNAMSIZ-1 characters at most)."},"kind":{"type":"string","enum":["nic","loopback","veth"],"description":"nic: a multi-queue NAPI driver that hands packets up with napi_gro_receive/netif_receive_skb. loopback and veth: frames enter through netif_rx on the sending CPU and always use the backlog."},"ringSize":{"type":"integer","description":"RX descriptors per queue (ethtool -G DEV rx N). When every descriptor holds an unharvested frame, the NIC drops (ethtool rx_missed_errors, /proc/net/dev drop).","x-rxpath":{"kind":"setting","unit":"descriptors","scope":"queue","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_set_ringparam","net/ethtool/rings.c:ethnl_set_rings"],"profiles":{"linux-3.13":{"default":256,"check":"driver range; the model's generic NIC takes 1..65536 (default IGB_DEFAULT_RXD = 256)"},"linux-6.1":{"default":256,"check":"driver range; the model's generic NIC takes 1..65536 (default IGB_DEFAULT_RXD = 256)"},"linux-6.12":{"default":256,"check":"driver range; the model's generic NIC takes 1..65536 (default IGB_DEFAULT_RXD = 256)"},"linux-6.18":{"default":256,"check":"driver range; the model's generic NIC takes 1..65536 (default IGB_DEFAULT_RXD = 256)"}},"aliases":{"ethtool":"ethtool -G DEV rx N"}},"minimum":1,"maximum":65536},"rxQueues":{"type":"integer","description":"Number of RX queues (ethtool -L DEV rx N or combined N).","x-rxpath":{"kind":"setting","unit":"queues","scope":"device","kernel":["net/ethtool/channels.c:ethnl_set_channels","net/core/ethtool.c:ethtool_set_channels","net/core/dev.c:netif_set_real_num_rx_queues"],"profiles":{"linux-3.13":{"default":1,"check":"1..driver maximum (model: 1..64)","kernel":["net/core/ethtool.c:ethtool_set_channels","net/core/dev.c:netif_set_real_num_rx_queues"]},"linux-6.1":{"default":1,"check":"1..driver maximum (model: 1..64)","kernel":["net/ethtool/channels.c:ethnl_set_channels","net/core/dev.c:netif_set_real_num_rx_queues"]},"linux-6.12":{"default":1,"check":"1..driver maximum (model: 1..64)","kernel":["net/ethtool/channels.c:ethnl_set_channels","net/core/dev.c:netif_set_real_num_rx_queues"]},"linux-6.18":{"default":1,"check":"1..driver maximum (model: 1..64)","kernel":["net/ethtool/channels.c:ethnl_set_channels","net/core/dev.c:netif_set_real_num_rx_queues"]}},"aliases":{"ethtool":"ethtool -L DEV rx N"}},"minimum":1,"maximum":64},"rssIndirection":{"type":"array","items":{"type":"integer","minimum":0},"description":"RSS indirection table: entry i names the queue for hashes with (hash mod table length) == i (ethtool -X DEV equal N | weight W...; shown by ethtool -x).","x-rxpath":{"kind":"setting","unit":"queues","scope":"device","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh","include/linux/ethtool.h:ethtool_rxfh_indir_default"],"profiles":{"linux-3.13":{"default":null,"check":"every entry < number of RX queues; default ethtool_rxfh_indir_default (entry i -> i % rxQueues) over 128 entries","kernel":["net/core/ethtool.c:ethtool_set_rxfh_indir","include/linux/ethtool.h:ethtool_rxfh_indir_default"]},"linux-6.1":{"default":null,"check":"every entry < number of RX queues; default ethtool_rxfh_indir_default (entry i -> i % rxQueues) over 128 entries","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh","include/linux/ethtool.h:ethtool_rxfh_indir_default"]},"linux-6.12":{"default":null,"check":"every entry < number of RX queues; default ethtool_rxfh_indir_default (entry i -> i % rxQueues) over 128 entries","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh","include/linux/ethtool.h:ethtool_rxfh_indir_default"]},"linux-6.18":{"default":null,"check":"every entry < number of RX queues; default ethtool_rxfh_indir_default (entry i -> i % rxQueues) over 128 entries","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh","include/linux/ethtool.h:ethtool_rxfh_indir_default"]}},"aliases":{"ethtool":"ethtool -X DEV equal N | weight W..."}}},"rssWeights":{"type":"array","items":{"type":"integer","minimum":0},"description":"ethtool -X DEV weight W0 W1 ...: fills the indirection table in proportion to the weights (ethtool's fill_indir_table).","x-rxpath":{"kind":"setting","unit":"weight","scope":"device","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh"],"profiles":{"linux-3.13":{"default":null,"check":"one weight per RX queue, sum > 0; ethtool fills the indirection table in proportion (fill_indir_table)","kernel":["net/core/ethtool.c:ethtool_set_rxfh_indir"]},"linux-6.1":{"default":null,"check":"one weight per RX queue, sum > 0; ethtool fills the indirection table in proportion (fill_indir_table)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh"]},"linux-6.12":{"default":null,"check":"one weight per RX queue, sum > 0; ethtool fills the indirection table in proportion (fill_indir_table)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh"]},"linux-6.18":{"default":null,"check":"one weight per RX queue, sum > 0; ethtool fills the indirection table in proportion (fill_indir_table)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxfh"]}},"aliases":{"ethtool":"ethtool -X DEV weight W0 W1 ..."},"note":"The kernel only receives the filled table: ethtool (userspace, netlink/rss.c and ethtool.c fill_indir_table) turns the weights into entries."}},"rxFlowHash":{"type":"array","items":{"type":"string","enum":["src-ip","dst-ip","src-port","dst-port"]},"uniqueItems":true,"description":"Fields the NIC hashes for udp4 (ethtool -N DEV rx-flow-hash udp4 sdfn). Used only for frames that carry no explicit hash.","x-rxpath":{"kind":"setting","unit":"fields","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_set_rss_hash_opt"],"profiles":{"linux-3.13":{"default":["src-ip","dst-ip"],"check":"igb/ixgbe hash udp4 on IP addresses only unless ports are enabled"},"linux-6.1":{"default":["src-ip","dst-ip"],"check":"igb/ixgbe hash udp4 on IP addresses only unless ports are enabled"},"linux-6.12":{"default":["src-ip","dst-ip"],"check":"igb/ixgbe hash udp4 on IP addresses only unless ports are enabled"},"linux-6.18":{"default":["src-ip","dst-ip"],"check":"igb/ixgbe hash udp4 on IP addresses only unless ports are enabled"}},"aliases":{"ethtool":"ethtool -N DEV rx-flow-hash udp4 sd|sdfn"}}},"ntuple":{"type":"array","items":{"$ref":"#/$defs/NtupleRule"},"description":"ntuple (flow director) rules in location order (ethtool -U DEV flow-type udp4 ... action Q|-1).","x-rxpath":{"kind":"setting","unit":"rules","scope":"device","kernel":["net/ethtool/ioctl.c:ethtool_set_rxnfc"],"profiles":{"linux-3.13":{"default":[],"check":"action < number of RX queues, or -1 (drop)","kernel":["net/core/ethtool.c:ethtool_set_rxnfc"]},"linux-6.1":{"default":[],"check":"action < number of RX queues, or -1 (drop)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxnfc"]},"linux-6.12":{"default":[],"check":"action < number of RX queues, or -1 (drop)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxnfc"]},"linux-6.18":{"default":[],"check":"action < number of RX queues, or -1 (drop)","kernel":["net/ethtool/ioctl.c:ethtool_set_rxnfc"]}},"aliases":{"ethtool":"ethtool -U DEV flow-type udp4 ... action Q|-1"}}},"gro":{"type":"boolean","description":"Generic receive offload (ethtool -K DEV gro on|off).","x-rxpath":{"kind":"setting","unit":"boolean","scope":"device","kernel":["net/core/gro.c:napi_gro_receive","net/core/dev.c:napi_gro_receive","net/ethtool/features.c:ethnl_set_features"],"profiles":{"linux-3.13":{"default":true,"kernel":["net/core/dev.c:napi_gro_receive","net/core/ethtool.c:ethtool_set_features"],"check":"NETIF_F_GRO feature bit; off: napi_gro_receive passes every skb up unmerged"},"linux-6.1":{"default":true,"kernel":["net/core/gro.c:napi_gro_receive","net/ethtool/features.c:ethnl_set_features"],"check":"NETIF_F_GRO feature bit; off: napi_gro_receive passes every skb up unmerged"},"linux-6.12":{"default":true,"kernel":["net/core/gro.c:napi_gro_receive","net/ethtool/features.c:ethnl_set_features"],"check":"NETIF_F_GRO feature bit; off: napi_gro_receive passes every skb up unmerged"},"linux-6.18":{"default":true,"kernel":["net/core/gro.c:napi_gro_receive","net/ethtool/features.c:ethnl_set_features"],"check":"NETIF_F_GRO feature bit; off: napi_gro_receive passes every skb up unmerged"}},"aliases":{"ethtool":"ethtool -K DEV gro on|off"}}},"coalesce":{"$ref":"#/$defs/Coalesce"},"napiWeight":{"type":"integer","description":"The NAPI poll weight the driver registers (netif_napi_add; 64 = NAPI_POLL_WEIGHT).","x-rxpath":{"kind":"setting","unit":"packets","scope":"queue","kernel":["net/core/dev.c:netif_napi_add","net/core/dev.c:netif_napi_add_weight"],"profiles":{"linux-3.13":{"default":64,"check":"> 0; a weight above 64 is logged (netif_napi_add), not clamped","kernel":["net/core/dev.c:netif_napi_add"]},"linux-6.1":{"default":64,"check":"> 0; a weight above 64 is logged (netif_napi_add), not clamped","kernel":["net/core/dev.c:netif_napi_add_weight"]},"linux-6.12":{"default":64,"check":"> 0; a weight above 64 is logged (netif_napi_add), not clamped","kernel":["net/core/dev.c:netif_napi_add_weight"]},"linux-6.18":{"default":64,"check":"> 0; a weight above 64 is logged (netif_napi_add), not clamped","kernel":["net/core/dev.c:netif_napi_add_weight"]}},"aliases":{"sysfs":"driver constant NAPI_POLL_WEIGHT (no user knob)"}},"minimum":1},"queues":{"type":"array","items":{"$ref":"#/$defs/RxQueue"},"description":"Per-RX-queue settings, index = queue number."}},"$defs":{"NtupleRule":{"title":"NtupleRule","type":"object","additionalProperties":false,"required":["action"],"properties":{"src":{"type":"string","format":"ipv4"},"dst":{"type":"string","format":"ipv4"},"srcPort":{"type":"integer","minimum":0,"maximum":65535},"dstPort":{"type":"integer","minimum":0,"maximum":65535},"action":{"type":"integer","minimum":-1,"description":"Queue number to steer to, or -1 to drop."}}},"Coalesce":{"title":"Coalesce","type":"object","additionalProperties":false,"description":"Interrupt coalescing (ethtool -C DEV ...).","properties":{"rxUsecs":{"type":"integer","x-rxpath":{"kind":"setting","unit":"microseconds","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-usecs N"}},"minimum":0,"description":"Interrupt delay after the first received frame, in microseconds (ethtool -C DEV rx-usecs N). 0: no time-based delay."},"rxFrames":{"type":"integer","x-rxpath":{"kind":"setting","unit":"frames","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-frames N"}},"minimum":0,"description":"Frames to receive before raising an interrupt (ethtool -C DEV rx-frames N)."},"rxUsecsIrq":{"type":"integer","x-rxpath":{"kind":"setting","unit":"microseconds","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-usecs-irq N"}},"minimum":0,"description":"rx-usecs while the IRQ handler is running (ethtool -C DEV rx-usecs-irq N); 0 = same as rx-usecs."},"rxFramesIrq":{"type":"integer","x-rxpath":{"kind":"setting","unit":"frames","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-frames-irq N"}},"minimum":0,"description":"rx-frames while the IRQ handler is running (ethtool -C DEV rx-frames-irq N); 0 = same as rx-frames."},"adaptiveRx":{"type":"boolean","x-rxpath":{"kind":"setting","unit":"boolean","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"profiles":{"linux-3.13":{"default":false,"kernel":["net/core/ethtool.c:ethtool_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.1":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.12":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.18":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"}},"aliases":{"ethtool":"ethtool -C DEV adaptive-rx on|off"}},"description":"Let the driver tune RX coalescing from traffic (ethtool -C DEV adaptive-rx on, net_dim). The model does not model adaptive coalescing and rejects true."}}},"RxQueue":{"title":"RxQueue","type":"object","additionalProperties":false,"properties":{"rpsCpus":{"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"/sys/class/net/DEV/queues/rx-N/rps_cpus (hex CPU mask).","x-rxpath":{"kind":"setting","unit":"cpumask","scope":"queue","kernel":["net/core/net-sysfs.c:store_rps_map","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.1":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.12":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.18":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"}},"aliases":{"sysfs":"/sys/class/net/DEV/queues/rx-N/rps_cpus"}}},"rpsFlowCnt":{"type":"integer","description":"/sys/class/net/DEV/queues/rx-N/rps_flow_cnt.","x-rxpath":{"kind":"setting","unit":"entries","scope":"queue","kernel":["net/core/net-sysfs.c:store_rps_dev_flow_table_cnt","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.1":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.12":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.18":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"}},"aliases":{"sysfs":"/sys/class/net/DEV/queues/rx-N/rps_flow_cnt"}},"minimum":0},"smpAffinity":{"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"/proc/irq/IRQ/smp_affinity of this queue's IRQ (hex CPU mask); the lowest CPU of the mask takes the interrupt.","x-rxpath":{"kind":"setting","unit":"cpumask","scope":"queue","kernel":["kernel/irq/proc.c:write_irq_affinity","kernel/irq/manage.c:irq_set_affinity"],"profiles":{"linux-3.13":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.1":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.12":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.18":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"}},"aliases":{"proc":"/proc/irq/IRQ/smp_affinity"}}}}}}};
const schema42 = {"title":"NtupleRule","type":"object","additionalProperties":false,"required":["action"],"properties":{"src":{"type":"string","format":"ipv4"},"dst":{"type":"string","format":"ipv4"},"srcPort":{"type":"integer","minimum":0,"maximum":65535},"dstPort":{"type":"integer","minimum":0,"maximum":65535},"action":{"type":"integer","minimum":-1,"description":"Queue number to steer to, or -1 to drop."}}};
const schema43 = {"title":"Coalesce","type":"object","additionalProperties":false,"description":"Interrupt coalescing (ethtool -C DEV ...).","properties":{"rxUsecs":{"type":"integer","x-rxpath":{"kind":"setting","unit":"microseconds","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-usecs N"}},"minimum":0,"description":"Interrupt delay after the first received frame, in microseconds (ethtool -C DEV rx-usecs N). 0: no time-based delay."},"rxFrames":{"type":"integer","x-rxpath":{"kind":"setting","unit":"frames","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":1,"check":">= 0; 1 = interrupt on every frame while the IRQ is enabled","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-frames N"}},"minimum":0,"description":"Frames to receive before raising an interrupt (ethtool -C DEV rx-frames N)."},"rxUsecsIrq":{"type":"integer","x-rxpath":{"kind":"setting","unit":"microseconds","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0; 0 = same as rx-usecs","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-usecs-irq N"}},"minimum":0,"description":"rx-usecs while the IRQ handler is running (ethtool -C DEV rx-usecs-irq N); 0 = same as rx-usecs."},"rxFramesIrq":{"type":"integer","x-rxpath":{"kind":"setting","unit":"frames","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"],"profiles":{"linux-3.13":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/core/ethtool.c:ethtool_set_coalesce"]},"linux-6.1":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.12":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]},"linux-6.18":{"default":0,"check":">= 0; 0 = same as rx-frames","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce"]}},"aliases":{"ethtool":"ethtool -C DEV rx-frames-irq N"}},"minimum":0,"description":"rx-frames while the IRQ handler is running (ethtool -C DEV rx-frames-irq N); 0 = same as rx-frames."},"adaptiveRx":{"type":"boolean","x-rxpath":{"kind":"setting","unit":"boolean","scope":"device","kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"profiles":{"linux-3.13":{"default":false,"kernel":["net/core/ethtool.c:ethtool_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.1":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.12":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"},"linux-6.18":{"default":false,"kernel":["net/ethtool/coalesce.c:ethnl_set_coalesce","lib/dim/net_dim.c:net_dim"],"check":"boolean (use_adaptive_rx_coalesce); the driver decides how to adapt"}},"aliases":{"ethtool":"ethtool -C DEV adaptive-rx on|off"}},"description":"Let the driver tune RX coalescing from traffic (ethtool -C DEV adaptive-rx on, net_dim). The model does not model adaptive coalescing and rejects true."}}};
const schema44 = {"title":"RxQueue","type":"object","additionalProperties":false,"properties":{"rpsCpus":{"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"/sys/class/net/DEV/queues/rx-N/rps_cpus (hex CPU mask).","x-rxpath":{"kind":"setting","unit":"cpumask","scope":"queue","kernel":["net/core/net-sysfs.c:store_rps_map","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.1":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.12":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"},"linux-6.18":{"default":"0","check":"cpumask of possible CPUs; 0 disables RPS on the queue"}},"aliases":{"sysfs":"/sys/class/net/DEV/queues/rx-N/rps_cpus"}}},"rpsFlowCnt":{"type":"integer","description":"/sys/class/net/DEV/queues/rx-N/rps_flow_cnt.","x-rxpath":{"kind":"setting","unit":"entries","scope":"queue","kernel":["net/core/net-sysfs.c:store_rps_dev_flow_table_cnt","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.1":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.12":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"},"linux-6.18":{"default":0,"check":"rounded up to a power of 2; 0 disables RFS on the queue"}},"aliases":{"sysfs":"/sys/class/net/DEV/queues/rx-N/rps_flow_cnt"}},"minimum":0},"smpAffinity":{"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"/proc/irq/IRQ/smp_affinity of this queue's IRQ (hex CPU mask); the lowest CPU of the mask takes the interrupt.","x-rxpath":{"kind":"setting","unit":"cpumask","scope":"queue","kernel":["kernel/irq/proc.c:write_irq_affinity","kernel/irq/manage.c:irq_set_affinity"],"profiles":{"linux-3.13":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.1":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.12":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"},"linux-6.18":{"default":"1","check":"non-empty mask of online CPUs; the model delivers to the lowest CPU in the mask"}},"aliases":{"proc":"/proc/irq/IRQ/smp_affinity"}}}}};
const pattern12 = new RegExp("^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$", "u");
const formats0 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/device.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema41.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$",parentSchema:schema41.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.name.type,parentSchema:schema41.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.kind.type,parentSchema:schema41.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "nic") || (data1 === "loopback")) || (data1 === "veth"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema41.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.kind.enum,parentSchema:schema41.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ringSize !== undefined){
let data2 = data.ringSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/ringSize",schemaPath:"#/properties/ringSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.ringSize.type,parentSchema:schema41.properties.ringSize,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65536 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/ringSize",schemaPath:"#/properties/ringSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65536},message:"must be <= 65536",schema:65536,parentSchema:schema41.properties.ringSize,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/ringSize",schemaPath:"#/properties/ringSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.ringSize,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.rxQueues !== undefined){
let data3 = data.rxQueues;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/rxQueues",schemaPath:"#/properties/rxQueues/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.rxQueues.type,parentSchema:schema41.properties.rxQueues,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/rxQueues",schemaPath:"#/properties/rxQueues/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema41.properties.rxQueues,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/rxQueues",schemaPath:"#/properties/rxQueues/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.rxQueues,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.rssIndirection !== undefined){
let data4 = data.rssIndirection;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/rssIndirection/" + i0,schemaPath:"#/properties/rssIndirection/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.rssIndirection.items.type,parentSchema:schema41.properties.rssIndirection.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/rssIndirection/" + i0,schemaPath:"#/properties/rssIndirection/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.rssIndirection.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/rssIndirection",schemaPath:"#/properties/rssIndirection/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.rssIndirection.type,parentSchema:schema41.properties.rssIndirection,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.rssWeights !== undefined){
let data6 = data.rssWeights;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/rssWeights/" + i1,schemaPath:"#/properties/rssWeights/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.rssWeights.items.type,parentSchema:schema41.properties.rssWeights.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/rssWeights/" + i1,schemaPath:"#/properties/rssWeights/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.rssWeights.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/rssWeights",schemaPath:"#/properties/rssWeights/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.rssWeights.type,parentSchema:schema41.properties.rssWeights,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rxFlowHash !== undefined){
let data8 = data.rxFlowHash;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err19 = {instancePath:instancePath+"/rxFlowHash/" + i2,schemaPath:"#/properties/rxFlowHash/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.rxFlowHash.items.type,parentSchema:schema41.properties.rxFlowHash.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((data9 === "src-ip") || (data9 === "dst-ip")) || (data9 === "src-port")) || (data9 === "dst-port"))){
const err20 = {instancePath:instancePath+"/rxFlowHash/" + i2,schemaPath:"#/properties/rxFlowHash/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.rxFlowHash.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.rxFlowHash.items.enum,parentSchema:schema41.properties.rxFlowHash.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i3 = data8.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data8[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/rxFlowHash",schemaPath:"#/properties/rxFlowHash/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema41.properties.rxFlowHash,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err22 = {instancePath:instancePath+"/rxFlowHash",schemaPath:"#/properties/rxFlowHash/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.rxFlowHash.type,parentSchema:schema41.properties.rxFlowHash,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.ntuple !== undefined){
let data10 = data.ntuple;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i4=0; i4<len3; i4++){
let data11 = data10[i4];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.action === undefined){
const err23 = {instancePath:instancePath+"/ntuple/" + i4,schemaPath:"#/$defs/NtupleRule/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema42.required,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data11){
if(!(((((key1 === "src") || (key1 === "dst")) || (key1 === "srcPort")) || (key1 === "dstPort")) || (key1 === "action"))){
const err24 = {instancePath:instancePath+"/ntuple/" + i4,schemaPath:"#/$defs/NtupleRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.src !== undefined){
let data12 = data11.src;
if(typeof data12 === "string"){
if(!(formats0.test(data12))){
const err25 = {instancePath:instancePath+"/ntuple/" + i4+"/src",schemaPath:"#/$defs/NtupleRule/properties/src/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema42.properties.src,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/ntuple/" + i4+"/src",schemaPath:"#/$defs/NtupleRule/properties/src/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.src.type,parentSchema:schema42.properties.src,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.dst !== undefined){
let data13 = data11.dst;
if(typeof data13 === "string"){
if(!(formats0.test(data13))){
const err27 = {instancePath:instancePath+"/ntuple/" + i4+"/dst",schemaPath:"#/$defs/NtupleRule/properties/dst/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema42.properties.dst,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/ntuple/" + i4+"/dst",schemaPath:"#/$defs/NtupleRule/properties/dst/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.dst.type,parentSchema:schema42.properties.dst,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.srcPort !== undefined){
let data14 = data11.srcPort;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err29 = {instancePath:instancePath+"/ntuple/" + i4+"/srcPort",schemaPath:"#/$defs/NtupleRule/properties/srcPort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.srcPort.type,parentSchema:schema42.properties.srcPort,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 65535 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/ntuple/" + i4+"/srcPort",schemaPath:"#/$defs/NtupleRule/properties/srcPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema42.properties.srcPort,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/ntuple/" + i4+"/srcPort",schemaPath:"#/$defs/NtupleRule/properties/srcPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.srcPort,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data11.dstPort !== undefined){
let data15 = data11.dstPort;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err32 = {instancePath:instancePath+"/ntuple/" + i4+"/dstPort",schemaPath:"#/$defs/NtupleRule/properties/dstPort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.dstPort.type,parentSchema:schema42.properties.dstPort,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 65535 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/ntuple/" + i4+"/dstPort",schemaPath:"#/$defs/NtupleRule/properties/dstPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema42.properties.dstPort,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err34 = {instancePath:instancePath+"/ntuple/" + i4+"/dstPort",schemaPath:"#/$defs/NtupleRule/properties/dstPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.dstPort,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data11.action !== undefined){
let data16 = data11.action;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err35 = {instancePath:instancePath+"/ntuple/" + i4+"/action",schemaPath:"#/$defs/NtupleRule/properties/action/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.action.type,parentSchema:schema42.properties.action,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < -1 || isNaN(data16)){
const err36 = {instancePath:instancePath+"/ntuple/" + i4+"/action",schemaPath:"#/$defs/NtupleRule/properties/action/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema42.properties.action,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/ntuple/" + i4,schemaPath:"#/$defs/NtupleRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/ntuple",schemaPath:"#/properties/ntuple/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.ntuple.type,parentSchema:schema41.properties.ntuple,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.gro !== undefined){
let data17 = data.gro;
if(typeof data17 !== "boolean"){
const err39 = {instancePath:instancePath+"/gro",schemaPath:"#/properties/gro/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.gro.type,parentSchema:schema41.properties.gro,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.coalesce !== undefined){
let data18 = data.coalesce;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!(((((key2 === "rxUsecs") || (key2 === "rxFrames")) || (key2 === "rxUsecsIrq")) || (key2 === "rxFramesIrq")) || (key2 === "adaptiveRx"))){
const err40 = {instancePath:instancePath+"/coalesce",schemaPath:"#/$defs/Coalesce/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.rxUsecs !== undefined){
let data19 = data18.rxUsecs;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err41 = {instancePath:instancePath+"/coalesce/rxUsecs",schemaPath:"#/$defs/Coalesce/properties/rxUsecs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.rxUsecs.type,parentSchema:schema43.properties.rxUsecs,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err42 = {instancePath:instancePath+"/coalesce/rxUsecs",schemaPath:"#/$defs/Coalesce/properties/rxUsecs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.rxUsecs,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data18.rxFrames !== undefined){
let data20 = data18.rxFrames;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err43 = {instancePath:instancePath+"/coalesce/rxFrames",schemaPath:"#/$defs/Coalesce/properties/rxFrames/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.rxFrames.type,parentSchema:schema43.properties.rxFrames,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err44 = {instancePath:instancePath+"/coalesce/rxFrames",schemaPath:"#/$defs/Coalesce/properties/rxFrames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.rxFrames,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data18.rxUsecsIrq !== undefined){
let data21 = data18.rxUsecsIrq;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/coalesce/rxUsecsIrq",schemaPath:"#/$defs/Coalesce/properties/rxUsecsIrq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.rxUsecsIrq.type,parentSchema:schema43.properties.rxUsecsIrq,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err46 = {instancePath:instancePath+"/coalesce/rxUsecsIrq",schemaPath:"#/$defs/Coalesce/properties/rxUsecsIrq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.rxUsecsIrq,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data18.rxFramesIrq !== undefined){
let data22 = data18.rxFramesIrq;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err47 = {instancePath:instancePath+"/coalesce/rxFramesIrq",schemaPath:"#/$defs/Coalesce/properties/rxFramesIrq/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.rxFramesIrq.type,parentSchema:schema43.properties.rxFramesIrq,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err48 = {instancePath:instancePath+"/coalesce/rxFramesIrq",schemaPath:"#/$defs/Coalesce/properties/rxFramesIrq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.rxFramesIrq,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data18.adaptiveRx !== undefined){
let data23 = data18.adaptiveRx;
if(typeof data23 !== "boolean"){
const err49 = {instancePath:instancePath+"/coalesce/adaptiveRx",schemaPath:"#/$defs/Coalesce/properties/adaptiveRx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.adaptiveRx.type,parentSchema:schema43.properties.adaptiveRx,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/coalesce",schemaPath:"#/$defs/Coalesce/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.napiWeight !== undefined){
let data24 = data.napiWeight;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err51 = {instancePath:instancePath+"/napiWeight",schemaPath:"#/properties/napiWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.napiWeight.type,parentSchema:schema41.properties.napiWeight,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err52 = {instancePath:instancePath+"/napiWeight",schemaPath:"#/properties/napiWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.napiWeight,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.queues !== undefined){
let data25 = data.queues;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i5=0; i5<len4; i5++){
let data26 = data25[i5];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key3 in data26){
if(!(((key3 === "rpsCpus") || (key3 === "rpsFlowCnt")) || (key3 === "smpAffinity"))){
const err53 = {instancePath:instancePath+"/queues/" + i5,schemaPath:"#/$defs/RxQueue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data26.rpsCpus !== undefined){
let data27 = data26.rpsCpus;
if(typeof data27 === "string"){
if(!pattern11.test(data27)){
const err54 = {instancePath:instancePath+"/queues/" + i5+"/rpsCpus",schemaPath:"#/$defs/RxQueue/properties/rpsCpus/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"},message:"must match pattern \""+"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"+"\"",schema:"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$",parentSchema:schema44.properties.rpsCpus,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/queues/" + i5+"/rpsCpus",schemaPath:"#/$defs/RxQueue/properties/rpsCpus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.rpsCpus.type,parentSchema:schema44.properties.rpsCpus,data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data26.rpsFlowCnt !== undefined){
let data28 = data26.rpsFlowCnt;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err56 = {instancePath:instancePath+"/queues/" + i5+"/rpsFlowCnt",schemaPath:"#/$defs/RxQueue/properties/rpsFlowCnt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.rpsFlowCnt.type,parentSchema:schema44.properties.rpsFlowCnt,data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err57 = {instancePath:instancePath+"/queues/" + i5+"/rpsFlowCnt",schemaPath:"#/$defs/RxQueue/properties/rpsFlowCnt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema44.properties.rpsFlowCnt,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data26.smpAffinity !== undefined){
let data29 = data26.smpAffinity;
if(typeof data29 === "string"){
if(!pattern11.test(data29)){
const err58 = {instancePath:instancePath+"/queues/" + i5+"/smpAffinity",schemaPath:"#/$defs/RxQueue/properties/smpAffinity/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"},message:"must match pattern \""+"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"+"\"",schema:"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$",parentSchema:schema44.properties.smpAffinity,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/queues/" + i5+"/smpAffinity",schemaPath:"#/$defs/RxQueue/properties/smpAffinity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.smpAffinity.type,parentSchema:schema44.properties.smpAffinity,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/queues/" + i5,schemaPath:"#/$defs/RxQueue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/queues",schemaPath:"#/properties/queues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.queues.type,parentSchema:schema41.properties.queues,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpus === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cpus"},message:"must have required property '"+"cpus"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.profile !== undefined){
let data0 = data.profile;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data0 === "linux-3.13") || (data0 === "linux-6.1")) || (data0 === "linux-6.12")) || (data0 === "linux-6.18"))){
const err4 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cpus !== undefined){
let data1 = data.cpus;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.cpus.type,parentSchema:schema38.properties.cpus,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 64 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema38.properties.cpus,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.cpus,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.hz !== undefined){
let data2 = data.hz;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/hz",schemaPath:"#/properties/hz/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.hz.type,parentSchema:schema38.properties.hz,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data2 === 100) || (data2 === 250)) || (data2 === 300)) || (data2 === 1000))){
const err9 = {instancePath:instancePath+"/hz",schemaPath:"#/properties/hz/enum",keyword:"enum",params:{allowedValues: schema38.properties.hz.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.hz.enum,parentSchema:schema38.properties.hz,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data3 = data.sysctls;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(func1.call(schema40.properties, key1))){
const err10 = {instancePath:instancePath+"/sysctls",schemaPath:"sysctls.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3["net.core.netdev_budget"] !== undefined){
let data4 = data3["net.core.netdev_budget"];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/sysctls/net.core.netdev_budget",schemaPath:"sysctls.schema.json/properties/net.core.netdev_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_budget"].type,parentSchema:schema40.properties["net.core.netdev_budget"],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3["net.core.netdev_budget_usecs"] !== undefined){
let data5 = data3["net.core.netdev_budget_usecs"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/sysctls/net.core.netdev_budget_usecs",schemaPath:"sysctls.schema.json/properties/net.core.netdev_budget_usecs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_budget_usecs"].type,parentSchema:schema40.properties["net.core.netdev_budget_usecs"],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3["net.core.dev_weight"] !== undefined){
let data6 = data3["net.core.dev_weight"];
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/sysctls/net.core.dev_weight",schemaPath:"sysctls.schema.json/properties/net.core.dev_weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.dev_weight"].type,parentSchema:schema40.properties["net.core.dev_weight"],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3["net.core.dev_weight_rx_bias"] !== undefined){
let data7 = data3["net.core.dev_weight_rx_bias"];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/sysctls/net.core.dev_weight_rx_bias",schemaPath:"sysctls.schema.json/properties/net.core.dev_weight_rx_bias/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.dev_weight_rx_bias"].type,parentSchema:schema40.properties["net.core.dev_weight_rx_bias"],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3["net.core.netdev_max_backlog"] !== undefined){
let data8 = data3["net.core.netdev_max_backlog"];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/sysctls/net.core.netdev_max_backlog",schemaPath:"sysctls.schema.json/properties/net.core.netdev_max_backlog/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_max_backlog"].type,parentSchema:schema40.properties["net.core.netdev_max_backlog"],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3["net.core.flow_limit_table_len"] !== undefined){
let data9 = data3["net.core.flow_limit_table_len"];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/sysctls/net.core.flow_limit_table_len",schemaPath:"sysctls.schema.json/properties/net.core.flow_limit_table_len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.flow_limit_table_len"].type,parentSchema:schema40.properties["net.core.flow_limit_table_len"],data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3["net.core.flow_limit_cpu_bitmap"] !== undefined){
let data10 = data3["net.core.flow_limit_cpu_bitmap"];
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err17 = {instancePath:instancePath+"/sysctls/net.core.flow_limit_cpu_bitmap",schemaPath:"sysctls.schema.json/properties/net.core.flow_limit_cpu_bitmap/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"},message:"must match pattern \""+"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"+"\"",schema:"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$",parentSchema:schema40.properties["net.core.flow_limit_cpu_bitmap"],data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/sysctls/net.core.flow_limit_cpu_bitmap",schemaPath:"sysctls.schema.json/properties/net.core.flow_limit_cpu_bitmap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties["net.core.flow_limit_cpu_bitmap"].type,parentSchema:schema40.properties["net.core.flow_limit_cpu_bitmap"],data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3["net.core.rps_sock_flow_entries"] !== undefined){
let data11 = data3["net.core.rps_sock_flow_entries"];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err19 = {instancePath:instancePath+"/sysctls/net.core.rps_sock_flow_entries",schemaPath:"sysctls.schema.json/properties/net.core.rps_sock_flow_entries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rps_sock_flow_entries"].type,parentSchema:schema40.properties["net.core.rps_sock_flow_entries"],data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3["net.core.netdev_tstamp_prequeue"] !== undefined){
let data12 = data3["net.core.netdev_tstamp_prequeue"];
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err20 = {instancePath:instancePath+"/sysctls/net.core.netdev_tstamp_prequeue",schemaPath:"sysctls.schema.json/properties/net.core.netdev_tstamp_prequeue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_tstamp_prequeue"].type,parentSchema:schema40.properties["net.core.netdev_tstamp_prequeue"],data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3["net.core.rmem_default"] !== undefined){
let data13 = data3["net.core.rmem_default"];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/sysctls/net.core.rmem_default",schemaPath:"sysctls.schema.json/properties/net.core.rmem_default/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rmem_default"].type,parentSchema:schema40.properties["net.core.rmem_default"],data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3["net.core.rmem_max"] !== undefined){
let data14 = data3["net.core.rmem_max"];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err22 = {instancePath:instancePath+"/sysctls/net.core.rmem_max",schemaPath:"sysctls.schema.json/properties/net.core.rmem_max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rmem_max"].type,parentSchema:schema40.properties["net.core.rmem_max"],data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3["net.core.busy_poll"] !== undefined){
let data15 = data3["net.core.busy_poll"];
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err23 = {instancePath:instancePath+"/sysctls/net.core.busy_poll",schemaPath:"sysctls.schema.json/properties/net.core.busy_poll/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.busy_poll"].type,parentSchema:schema40.properties["net.core.busy_poll"],data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3["net.core.busy_read"] !== undefined){
let data16 = data3["net.core.busy_read"];
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err24 = {instancePath:instancePath+"/sysctls/net.core.busy_read",schemaPath:"sysctls.schema.json/properties/net.core.busy_read/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.busy_read"].type,parentSchema:schema40.properties["net.core.busy_read"],data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3["net.core.gro_normal_batch"] !== undefined){
let data17 = data3["net.core.gro_normal_batch"];
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err25 = {instancePath:instancePath+"/sysctls/net.core.gro_normal_batch",schemaPath:"sysctls.schema.json/properties/net.core.gro_normal_batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.gro_normal_batch"].type,parentSchema:schema40.properties["net.core.gro_normal_batch"],data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3["net.ipv4.ip_early_demux"] !== undefined){
let data18 = data3["net.ipv4.ip_early_demux"];
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err26 = {instancePath:instancePath+"/sysctls/net.ipv4.ip_early_demux",schemaPath:"sysctls.schema.json/properties/net.ipv4.ip_early_demux/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.ip_early_demux"].type,parentSchema:schema40.properties["net.ipv4.ip_early_demux"],data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3["net.ipv4.udp_early_demux"] !== undefined){
let data19 = data3["net.ipv4.udp_early_demux"];
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err27 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_early_demux",schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_early_demux/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_early_demux"].type,parentSchema:schema40.properties["net.ipv4.udp_early_demux"],data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3["net.ipv4.udp_rmem_min"] !== undefined){
let data20 = data3["net.ipv4.udp_rmem_min"];
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err28 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_rmem_min",schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_rmem_min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_rmem_min"].type,parentSchema:schema40.properties["net.ipv4.udp_rmem_min"],data:data20};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data3["net.ipv4.udp_mem"] !== undefined){
let data21 = data3["net.ipv4.udp_mem"];
if(Array.isArray(data21)){
if(data21.length > 3){
const err29 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_mem",schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_mem/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data21};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data21.length < 3){
const err30 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_mem",schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_mem/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data21};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err31 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_mem/" + i0,schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_mem/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_mem"].items.type,parentSchema:schema40.properties["net.ipv4.udp_mem"].items,data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/sysctls/net.ipv4.udp_mem",schemaPath:"sysctls.schema.json/properties/net.ipv4.udp_mem/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties["net.ipv4.udp_mem"].type,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data3["net.ipv4.ipfrag_time"] !== undefined){
let data23 = data3["net.ipv4.ipfrag_time"];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err33 = {instancePath:instancePath+"/sysctls/net.ipv4.ipfrag_time",schemaPath:"sysctls.schema.json/properties/net.ipv4.ipfrag_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.ipfrag_time"].type,parentSchema:schema40.properties["net.ipv4.ipfrag_time"],data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data3["net.ipv4.icmp_ratelimit"] !== undefined){
let data24 = data3["net.ipv4.icmp_ratelimit"];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err34 = {instancePath:instancePath+"/sysctls/net.ipv4.icmp_ratelimit",schemaPath:"sysctls.schema.json/properties/net.ipv4.icmp_ratelimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_ratelimit"].type,parentSchema:schema40.properties["net.ipv4.icmp_ratelimit"],data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data3["net.ipv4.icmp_ratemask"] !== undefined){
let data25 = data3["net.ipv4.icmp_ratemask"];
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err35 = {instancePath:instancePath+"/sysctls/net.ipv4.icmp_ratemask",schemaPath:"sysctls.schema.json/properties/net.ipv4.icmp_ratemask/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_ratemask"].type,parentSchema:schema40.properties["net.ipv4.icmp_ratemask"],data:data25};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data3["net.ipv4.icmp_msgs_per_sec"] !== undefined){
let data26 = data3["net.ipv4.icmp_msgs_per_sec"];
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err36 = {instancePath:instancePath+"/sysctls/net.ipv4.icmp_msgs_per_sec",schemaPath:"sysctls.schema.json/properties/net.ipv4.icmp_msgs_per_sec/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_msgs_per_sec"].type,parentSchema:schema40.properties["net.ipv4.icmp_msgs_per_sec"],data:data26};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data3["net.ipv4.icmp_msgs_burst"] !== undefined){
let data27 = data3["net.ipv4.icmp_msgs_burst"];
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err37 = {instancePath:instancePath+"/sysctls/net.ipv4.icmp_msgs_burst",schemaPath:"sysctls.schema.json/properties/net.ipv4.icmp_msgs_burst/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_msgs_burst"].type,parentSchema:schema40.properties["net.ipv4.icmp_msgs_burst"],data:data27};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data3["net.ipv4.tcp_dma_copybreak"] !== undefined){
let data28 = data3["net.ipv4.tcp_dma_copybreak"];
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err38 = {instancePath:instancePath+"/sysctls/net.ipv4.tcp_dma_copybreak",schemaPath:"sysctls.schema.json/properties/net.ipv4.tcp_dma_copybreak/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.tcp_dma_copybreak"].type,parentSchema:schema40.properties["net.ipv4.tcp_dma_copybreak"],data:data28};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/sysctls",schemaPath:"sysctls.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.devices !== undefined){
let data29 = data.devices;
if(Array.isArray(data29)){
const len1 = data29.length;
for(let i1=0; i1<len1; i1++){
if(!(validate24(data29[i1], {instancePath:instancePath+"/devices/" + i1,parentData:data29,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err40 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.devices.type,parentSchema:schema38.properties.devices,data:data29};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.sockets !== undefined){
let data31 = data.sockets;
if(Array.isArray(data31)){
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
let data32 = data31[i2];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.name === undefined){
const err41 = {instancePath:instancePath+"/sockets/" + i2,schemaPath:"socket.schema.json/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data:data32};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data32.port === undefined){
const err42 = {instancePath:instancePath+"/sockets/" + i2,schemaPath:"socket.schema.json/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema45.required,parentSchema:schema45,data:data32};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key2 in data32){
if(!(func1.call(schema45.properties, key2))){
const err43 = {instancePath:instancePath+"/sockets/" + i2,schemaPath:"socket.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data32};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data32.name !== undefined){
let data33 = data32.name;
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err44 = {instancePath:instancePath+"/sockets/" + i2+"/name",schemaPath:"socket.schema.json/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.name,data:data33};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/sockets/" + i2+"/name",schemaPath:"socket.schema.json/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.name.type,parentSchema:schema45.properties.name,data:data33};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data32.address !== undefined){
let data34 = data32.address;
if(typeof data34 === "string"){
if(!(formats0.test(data34))){
const err46 = {instancePath:instancePath+"/sockets/" + i2+"/address",schemaPath:"socket.schema.json/properties/address/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.address,data:data34};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sockets/" + i2+"/address",schemaPath:"socket.schema.json/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.address.type,parentSchema:schema45.properties.address,data:data34};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data32.port !== undefined){
let data35 = data32.port;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err48 = {instancePath:instancePath+"/sockets/" + i2+"/port",schemaPath:"socket.schema.json/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.port.type,parentSchema:schema45.properties.port,data:data35};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 65535 || isNaN(data35)){
const err49 = {instancePath:instancePath+"/sockets/" + i2+"/port",schemaPath:"socket.schema.json/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.port,data:data35};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err50 = {instancePath:instancePath+"/sockets/" + i2+"/port",schemaPath:"socket.schema.json/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.port,data:data35};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data32.connect !== undefined){
let data36 = data32.connect;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.address === undefined){
const err51 = {instancePath:instancePath+"/sockets/" + i2+"/connect",schemaPath:"socket.schema.json/properties/connect/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema45.properties.connect.required,parentSchema:schema45.properties.connect,data:data36};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data36.port === undefined){
const err52 = {instancePath:instancePath+"/sockets/" + i2+"/connect",schemaPath:"socket.schema.json/properties/connect/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema45.properties.connect.required,parentSchema:schema45.properties.connect,data:data36};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data36){
if(!((key3 === "address") || (key3 === "port"))){
const err53 = {instancePath:instancePath+"/sockets/" + i2+"/connect",schemaPath:"socket.schema.json/properties/connect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.connect,data:data36};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data36.address !== undefined){
let data37 = data36.address;
if(typeof data37 === "string"){
if(!(formats0.test(data37))){
const err54 = {instancePath:instancePath+"/sockets/" + i2+"/connect/address",schemaPath:"socket.schema.json/properties/connect/properties/address/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.connect.properties.address,data:data37};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/sockets/" + i2+"/connect/address",schemaPath:"socket.schema.json/properties/connect/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.connect.properties.address.type,parentSchema:schema45.properties.connect.properties.address,data:data37};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data36.port !== undefined){
let data38 = data36.port;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err56 = {instancePath:instancePath+"/sockets/" + i2+"/connect/port",schemaPath:"socket.schema.json/properties/connect/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.connect.properties.port.type,parentSchema:schema45.properties.connect.properties.port,data:data38};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 65535 || isNaN(data38)){
const err57 = {instancePath:instancePath+"/sockets/" + i2+"/connect/port",schemaPath:"socket.schema.json/properties/connect/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.connect.properties.port,data:data38};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err58 = {instancePath:instancePath+"/sockets/" + i2+"/connect/port",schemaPath:"socket.schema.json/properties/connect/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.connect.properties.port,data:data38};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
}
else {
const err59 = {instancePath:instancePath+"/sockets/" + i2+"/connect",schemaPath:"socket.schema.json/properties/connect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.connect.type,parentSchema:schema45.properties.connect,data:data36};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data32.soRcvbuf !== undefined){
let data39 = data32.soRcvbuf;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err60 = {instancePath:instancePath+"/sockets/" + i2+"/soRcvbuf",schemaPath:"socket.schema.json/properties/soRcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.soRcvbuf.type,parentSchema:schema45.properties.soRcvbuf,data:data39};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data32.soRcvbufForce !== undefined){
let data40 = data32.soRcvbufForce;
if(typeof data40 !== "boolean"){
const err61 = {instancePath:instancePath+"/sockets/" + i2+"/soRcvbufForce",schemaPath:"socket.schema.json/properties/soRcvbufForce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.soRcvbufForce.type,parentSchema:schema45.properties.soRcvbufForce,data:data40};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data32.soBusyPoll !== undefined){
let data41 = data32.soBusyPoll;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err62 = {instancePath:instancePath+"/sockets/" + i2+"/soBusyPoll",schemaPath:"socket.schema.json/properties/soBusyPoll/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.soBusyPoll.type,parentSchema:schema45.properties.soBusyPoll,data:data41};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err63 = {instancePath:instancePath+"/sockets/" + i2+"/soBusyPoll",schemaPath:"socket.schema.json/properties/soBusyPoll/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.soBusyPoll,data:data41};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data32.cpu !== undefined){
let data42 = data32.cpu;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err64 = {instancePath:instancePath+"/sockets/" + i2+"/cpu",schemaPath:"socket.schema.json/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.cpu.type,parentSchema:schema45.properties.cpu,data:data42};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err65 = {instancePath:instancePath+"/sockets/" + i2+"/cpu",schemaPath:"socket.schema.json/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.cpu,data:data42};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data32.multicast !== undefined){
let data43 = data32.multicast;
if(typeof data43 === "string"){
if(!(formats0.test(data43))){
const err66 = {instancePath:instancePath+"/sockets/" + i2+"/multicast",schemaPath:"socket.schema.json/properties/multicast/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.multicast,data:data43};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/sockets/" + i2+"/multicast",schemaPath:"socket.schema.json/properties/multicast/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.multicast.type,parentSchema:schema45.properties.multicast,data:data43};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/sockets/" + i2,schemaPath:"socket.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data32};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/sockets",schemaPath:"#/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.sockets.type,parentSchema:schema38.properties.sockets,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.localAddresses !== undefined){
let data44 = data.localAddresses;
if(Array.isArray(data44)){
const len3 = data44.length;
for(let i3=0; i3<len3; i3++){
let data45 = data44[i3];
if(typeof data45 === "string"){
if(!(formats0.test(data45))){
const err70 = {instancePath:instancePath+"/localAddresses/" + i3,schemaPath:"#/properties/localAddresses/items/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema38.properties.localAddresses.items,data:data45};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/localAddresses/" + i3,schemaPath:"#/properties/localAddresses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.localAddresses.items.type,parentSchema:schema38.properties.localAddresses.items,data:data45};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/localAddresses",schemaPath:"#/properties/localAddresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.localAddresses.type,parentSchema:schema38.properties.localAddresses,data:data44};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.forwarding !== undefined){
let data46 = data.forwarding;
if(typeof data46 !== "boolean"){
const err73 = {instancePath:instancePath+"/forwarding",schemaPath:"#/properties/forwarding/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.forwarding.type,parentSchema:schema38.properties.forwarding,data:data46};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.costs !== undefined){
let data47 = data.costs;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key4 in data47){
if(!((((((key4 === "irqNs") || (key4 === "softirqNs")) || (key4 === "pollNs")) || (key4 === "driverPacketNs")) || (key4 === "stackPacketNs")) || (key4 === "backlogPacketNs"))){
const err74 = {instancePath:instancePath+"/costs",schemaPath:"#/$defs/Costs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data47};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data47.irqNs !== undefined){
let data48 = data47.irqNs;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err75 = {instancePath:instancePath+"/costs/irqNs",schemaPath:"#/$defs/Costs/properties/irqNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.irqNs.type,parentSchema:schema46.properties.irqNs,data:data48};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err76 = {instancePath:instancePath+"/costs/irqNs",schemaPath:"#/$defs/Costs/properties/irqNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.irqNs,data:data48};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data47.softirqNs !== undefined){
let data49 = data47.softirqNs;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err77 = {instancePath:instancePath+"/costs/softirqNs",schemaPath:"#/$defs/Costs/properties/softirqNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.softirqNs.type,parentSchema:schema46.properties.softirqNs,data:data49};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err78 = {instancePath:instancePath+"/costs/softirqNs",schemaPath:"#/$defs/Costs/properties/softirqNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.softirqNs,data:data49};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data47.pollNs !== undefined){
let data50 = data47.pollNs;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err79 = {instancePath:instancePath+"/costs/pollNs",schemaPath:"#/$defs/Costs/properties/pollNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.pollNs.type,parentSchema:schema46.properties.pollNs,data:data50};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err80 = {instancePath:instancePath+"/costs/pollNs",schemaPath:"#/$defs/Costs/properties/pollNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.pollNs,data:data50};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data47.driverPacketNs !== undefined){
let data51 = data47.driverPacketNs;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err81 = {instancePath:instancePath+"/costs/driverPacketNs",schemaPath:"#/$defs/Costs/properties/driverPacketNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.driverPacketNs.type,parentSchema:schema46.properties.driverPacketNs,data:data51};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err82 = {instancePath:instancePath+"/costs/driverPacketNs",schemaPath:"#/$defs/Costs/properties/driverPacketNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.driverPacketNs,data:data51};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data47.stackPacketNs !== undefined){
let data52 = data47.stackPacketNs;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err83 = {instancePath:instancePath+"/costs/stackPacketNs",schemaPath:"#/$defs/Costs/properties/stackPacketNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.stackPacketNs.type,parentSchema:schema46.properties.stackPacketNs,data:data52};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err84 = {instancePath:instancePath+"/costs/stackPacketNs",schemaPath:"#/$defs/Costs/properties/stackPacketNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.stackPacketNs,data:data52};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data47.backlogPacketNs !== undefined){
let data53 = data47.backlogPacketNs;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err85 = {instancePath:instancePath+"/costs/backlogPacketNs",schemaPath:"#/$defs/Costs/properties/backlogPacketNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.backlogPacketNs.type,parentSchema:schema46.properties.backlogPacketNs,data:data53};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err86 = {instancePath:instancePath+"/costs/backlogPacketNs",schemaPath:"#/$defs/Costs/properties/backlogPacketNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.backlogPacketNs,data:data53};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
else {
const err87 = {instancePath:instancePath+"/costs",schemaPath:"#/$defs/Costs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data47};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v1 = validate26;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/dev.schema.json","title":"ProcNetDev","description":"/proc/net/dev receive columns, keyed by interface name.","type":"object","additionalProperties":{"$ref":"#/$defs/DevRx"},"$defs":{"DevRx":{"title":"DevRx","type":"object","additionalProperties":false,"required":["rx_bytes","rx_packets","rx_errs","rx_drop","rx_fifo","rx_frame","rx_compressed","rx_multicast"],"properties":{"rx_bytes":{"type":"integer","minimum":0,"description":"Bytes the device received (driver count, wire frames).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1}},"aliases":{"proc":"/proc/net/dev","column":"Receive bytes","nodeExporter":"node_network_receive_bytes_total"}}},"rx_packets":{"type":"integer","minimum":0,"description":"Frames the device received and handed to the stack (driver count, before GRO).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2}},"aliases":{"proc":"/proc/net/dev","column":"Receive packets","nodeExporter":"node_network_receive_packets_total"}}},"rx_errs":{"type":"integer","minimum":0,"description":"Receive errors the driver reports (rx_errors: CRC, length, frame, FIFO...).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3}},"aliases":{"proc":"/proc/net/dev","column":"Receive errs","nodeExporter":"node_network_receive_errs_total"}}},"rx_drop":{"type":"integer","minimum":0,"description":"rx_dropped + rx_missed_errors: packets the stack dropped for this device (backlog full in enqueue_to_backlog; 6.18 also !netif_running) plus frames the NIC missed because the RX ring was full. Grows with ring overflow: raise the ring size (ethtool -G) or poll faster.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:enqueue_to_backlog","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; dev->rx_dropped is atomic_long (3.13) / per-CPU core stats (6.18) added by dev_get_stats","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; per-CPU core stats (dev_core_stats_rx_dropped_inc) added by dev_get_stats","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; per-CPU core stats (dev_core_stats_rx_dropped_inc) added by dev_get_stats","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; dev->rx_dropped is atomic_long (3.13) / per-CPU core stats (6.18) added by dev_get_stats","bits":64,"column":4}},"aliases":{"proc":"/proc/net/dev","column":"Receive drop","nodeExporter":"node_network_receive_drop_total"},"dropReason":"CPU_BACKLOG"}},"rx_fifo":{"type":"integer","minimum":0,"description":"rx_fifo_errors: receive FIFO overruns the driver reports.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5}},"aliases":{"proc":"/proc/net/dev","column":"Receive fifo","nodeExporter":"node_network_receive_fifo_total"}}},"rx_frame":{"type":"integer","minimum":0,"description":"rx_length_errors + rx_over_errors + rx_crc_errors + rx_frame_errors as the driver reports them.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6}},"aliases":{"proc":"/proc/net/dev","column":"Receive frame","nodeExporter":"node_network_receive_frame_total"}}},"rx_compressed":{"type":"integer","minimum":0,"description":"Compressed packets received (CSLIP/PPP only; 0 for Ethernet).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7}},"aliases":{"proc":"/proc/net/dev","column":"Receive compressed","nodeExporter":"node_network_receive_compressed_total"}}},"rx_multicast":{"type":"integer","minimum":0,"description":"Multicast frames received (stats->multicast, driver count).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8}},"aliases":{"proc":"/proc/net/dev","column":"Receive multicast","nodeExporter":"node_network_receive_multicast_total"}}}}}}};
const schema48 = {"title":"DevRx","type":"object","additionalProperties":false,"required":["rx_bytes","rx_packets","rx_errs","rx_drop","rx_fifo","rx_frame","rx_compressed","rx_multicast"],"properties":{"rx_bytes":{"type":"integer","minimum":0,"description":"Bytes the device received (driver count, wire frames).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":1}},"aliases":{"proc":"/proc/net/dev","column":"Receive bytes","nodeExporter":"node_network_receive_bytes_total"}}},"rx_packets":{"type":"integer","minimum":0,"description":"Frames the device received and handed to the stack (driver count, before GRO).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":2}},"aliases":{"proc":"/proc/net/dev","column":"Receive packets","nodeExporter":"node_network_receive_packets_total"}}},"rx_errs":{"type":"integer","minimum":0,"description":"Receive errors the driver reports (rx_errors: CRC, length, frame, FIFO...).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":3}},"aliases":{"proc":"/proc/net/dev","column":"Receive errs","nodeExporter":"node_network_receive_errs_total"}}},"rx_drop":{"type":"integer","minimum":0,"description":"rx_dropped + rx_missed_errors: packets the stack dropped for this device (backlog full in enqueue_to_backlog; 6.18 also !netif_running) plus frames the NIC missed because the RX ring was full. Grows with ring overflow: raise the ring size (ethtool -G) or poll faster.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats","net/core/dev.c:enqueue_to_backlog","net/core/dev.c:dev_get_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; dev->rx_dropped is atomic_long (3.13) / per-CPU core stats (6.18) added by dev_get_stats","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; per-CPU core stats (dev_core_stats_rx_dropped_inc) added by dev_get_stats","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; per-CPU core stats (dev_core_stats_rx_dropped_inc) added by dev_get_stats","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"printed stats->rx_dropped + stats->rx_missed_errors; dev->rx_dropped is atomic_long (3.13) / per-CPU core stats (6.18) added by dev_get_stats","bits":64,"column":4}},"aliases":{"proc":"/proc/net/dev","column":"Receive drop","nodeExporter":"node_network_receive_drop_total"},"dropReason":"CPU_BACKLOG"}},"rx_fifo":{"type":"integer","minimum":0,"description":"rx_fifo_errors: receive FIFO overruns the driver reports.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":5}},"aliases":{"proc":"/proc/net/dev","column":"Receive fifo","nodeExporter":"node_network_receive_fifo_total"}}},"rx_frame":{"type":"integer","minimum":0,"description":"rx_length_errors + rx_over_errors + rx_crc_errors + rx_frame_errors as the driver reports them.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":6}},"aliases":{"proc":"/proc/net/dev","column":"Receive frame","nodeExporter":"node_network_receive_frame_total"}}},"rx_compressed":{"type":"integer","minimum":0,"description":"Compressed packets received (CSLIP/PPP only; 0 for Ethernet).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":7}},"aliases":{"proc":"/proc/net/dev","column":"Receive compressed","nodeExporter":"node_network_receive_compressed_total"}}},"rx_multicast":{"type":"integer","minimum":0,"description":"Multicast frames received (stats->multicast, driver count).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["net/core/net-procfs.c:dev_seq_printf_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.1":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"struct rtnl_link_stats64 field (u64), printed %llu; 3.13 drivers without ndo_get_stats64 keep unsigned long","bits":64,"column":8}},"aliases":{"proc":"/proc/net/dev","column":"Receive multicast","nodeExporter":"node_network_receive_multicast_total"}}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/dev.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.rx_bytes === undefined){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_bytes"},message:"must have required property '"+"rx_bytes"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.rx_packets === undefined){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_packets"},message:"must have required property '"+"rx_packets"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.rx_errs === undefined){
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_errs"},message:"must have required property '"+"rx_errs"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.rx_drop === undefined){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_drop"},message:"must have required property '"+"rx_drop"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.rx_fifo === undefined){
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_fifo"},message:"must have required property '"+"rx_fifo"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.rx_frame === undefined){
const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_frame"},message:"must have required property '"+"rx_frame"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.rx_compressed === undefined){
const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_compressed"},message:"must have required property '"+"rx_compressed"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.rx_multicast === undefined){
const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/required",keyword:"required",params:{missingProperty: "rx_multicast"},message:"must have required property '"+"rx_multicast"+"'",schema:schema48.required,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data0){
if(!((((((((key1 === "rx_bytes") || (key1 === "rx_packets")) || (key1 === "rx_errs")) || (key1 === "rx_drop")) || (key1 === "rx_fifo")) || (key1 === "rx_frame")) || (key1 === "rx_compressed")) || (key1 === "rx_multicast"))){
const err8 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.rx_bytes !== undefined){
let data1 = data0.rx_bytes;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_bytes",schemaPath:"#/$defs/DevRx/properties/rx_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_bytes.type,parentSchema:schema48.properties.rx_bytes,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_bytes",schemaPath:"#/$defs/DevRx/properties/rx_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_bytes,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data0.rx_packets !== undefined){
let data2 = data0.rx_packets;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_packets",schemaPath:"#/$defs/DevRx/properties/rx_packets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_packets.type,parentSchema:schema48.properties.rx_packets,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_packets",schemaPath:"#/$defs/DevRx/properties/rx_packets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_packets,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data0.rx_errs !== undefined){
let data3 = data0.rx_errs;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_errs",schemaPath:"#/$defs/DevRx/properties/rx_errs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_errs.type,parentSchema:schema48.properties.rx_errs,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_errs",schemaPath:"#/$defs/DevRx/properties/rx_errs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_errs,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data0.rx_drop !== undefined){
let data4 = data0.rx_drop;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_drop",schemaPath:"#/$defs/DevRx/properties/rx_drop/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_drop.type,parentSchema:schema48.properties.rx_drop,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_drop",schemaPath:"#/$defs/DevRx/properties/rx_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_drop,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data0.rx_fifo !== undefined){
let data5 = data0.rx_fifo;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_fifo",schemaPath:"#/$defs/DevRx/properties/rx_fifo/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_fifo.type,parentSchema:schema48.properties.rx_fifo,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_fifo",schemaPath:"#/$defs/DevRx/properties/rx_fifo/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_fifo,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data0.rx_frame !== undefined){
let data6 = data0.rx_frame;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err19 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_frame",schemaPath:"#/$defs/DevRx/properties/rx_frame/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_frame.type,parentSchema:schema48.properties.rx_frame,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_frame",schemaPath:"#/$defs/DevRx/properties/rx_frame/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_frame,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data0.rx_compressed !== undefined){
let data7 = data0.rx_compressed;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_compressed",schemaPath:"#/$defs/DevRx/properties/rx_compressed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_compressed.type,parentSchema:schema48.properties.rx_compressed,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_compressed",schemaPath:"#/$defs/DevRx/properties/rx_compressed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_compressed,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data0.rx_multicast !== undefined){
let data8 = data0.rx_multicast;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err23 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_multicast",schemaPath:"#/$defs/DevRx/properties/rx_multicast/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.rx_multicast.type,parentSchema:schema48.properties.rx_multicast,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/rx_multicast",schemaPath:"#/$defs/DevRx/properties/rx_multicast/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.rx_multicast,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/DevRx/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v2 = validate27;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/ethtool.schema.json","title":"EthtoolStats","description":"NIC statistics as ethtool -S shows them (a generic multi-queue NIC), keyed by interface name.","type":"object","additionalProperties":{"$ref":"#/$defs/NicStats"},"$defs":{"NicStats":{"title":"NicStats","type":"object","additionalProperties":false,"required":["rx_packets","rx_bytes","rx_missed_errors","rx_fifo_errors","rx_dropped","ntuple_match","ntuple_miss","queues"],"properties":{"rx_packets":{"type":"integer","minimum":0,"description":"Frames the NIC received and the driver passed up (all queues).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_packets","nodeExporter":"node_ethtool_rx_packets"}}},"rx_bytes":{"type":"integer","minimum":0,"description":"Bytes the NIC received (all queues).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_bytes","nodeExporter":"node_ethtool_rx_bytes"}}},"rx_missed_errors":{"type":"integer","minimum":0,"description":"Frames the NIC dropped because the RX ring had no free descriptor (hardware MPC register). The kernel never sees them, so there is no drop reason. Grows: raise the ring size (ethtool -G), add queues, or poll faster. Also in /proc/net/dev drop.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_missed_errors","nodeExporter":"node_ethtool_rx_missed_errors"}}},"rx_fifo_errors":{"type":"integer","minimum":0,"description":"Frames lost to on-chip FIFO overrun (igb: the sum of per-queue RQDPC drop counters). 0 in the model unless the ring overflows with per-queue drop enabled.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_fifo_errors","nodeExporter":"node_ethtool_rx_fifo_errors"}}},"rx_dropped":{"type":"integer","minimum":0,"description":"Frames the driver dropped (skb allocation failure, ntuple drop action).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_dropped","nodeExporter":"node_ethtool_rx_dropped"}}},"ntuple_match":{"type":"integer","minimum":0,"description":"Frames that matched an ntuple (flow director) rule (ixgbe: fdir_match).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c:ixgbe_get_ethtool_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: fdir_match","nodeExporter":"node_ethtool_fdir_match"}}},"ntuple_miss":{"type":"integer","minimum":0,"description":"Frames that matched no ntuple rule and were steered by RSS (ixgbe: fdir_miss).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c:ixgbe_get_ethtool_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: fdir_miss","nodeExporter":"node_ethtool_fdir_miss"}}},"queues":{"type":"array","items":{"$ref":"#/$defs/NicQueueStats"},"description":"Per-RX-queue statistics, index = queue number (ethtool -S: rx_queue_N_packets, rx_queue_N_bytes)."}}},"NicQueueStats":{"title":"NicQueueStats","type":"object","additionalProperties":false,"required":["packets","bytes"],"properties":{"packets":{"type":"integer","minimum":0,"description":"Frames this RX queue received (what RSS, ntuple and the indirection table sent here).","x-rxpath":{"kind":"counter","unit":"packets","scope":"queue","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_clean_rx_irq"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_queue_N_packets","nodeExporter":"node_ethtool_rx_queue_N_packets"}}},"bytes":{"type":"integer","minimum":0,"description":"Bytes this RX queue received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"queue","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_clean_rx_irq"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_queue_N_bytes","nodeExporter":"node_ethtool_rx_queue_N_bytes"}}}}}}};
const schema50 = {"title":"NicStats","type":"object","additionalProperties":false,"required":["rx_packets","rx_bytes","rx_missed_errors","rx_fifo_errors","rx_dropped","ntuple_match","ntuple_miss","queues"],"properties":{"rx_packets":{"type":"integer","minimum":0,"description":"Frames the NIC received and the driver passed up (all queues).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_packets","nodeExporter":"node_ethtool_rx_packets"}}},"rx_bytes":{"type":"integer","minimum":0,"description":"Bytes the NIC received (all queues).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_bytes","nodeExporter":"node_ethtool_rx_bytes"}}},"rx_missed_errors":{"type":"integer","minimum":0,"description":"Frames the NIC dropped because the RX ring had no free descriptor (hardware MPC register). The kernel never sees them, so there is no drop reason. Grows: raise the ring size (ethtool -G), add queues, or poll faster. Also in /proc/net/dev drop.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_missed_errors","nodeExporter":"node_ethtool_rx_missed_errors"}}},"rx_fifo_errors":{"type":"integer","minimum":0,"description":"Frames lost to on-chip FIFO overrun (igb: the sum of per-queue RQDPC drop counters). 0 in the model unless the ring overflows with per-queue drop enabled.","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_fifo_errors","nodeExporter":"node_ethtool_rx_fifo_errors"}}},"rx_dropped":{"type":"integer","minimum":0,"description":"Frames the driver dropped (skb allocation failure, ntuple drop action).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_update_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_dropped","nodeExporter":"node_ethtool_rx_dropped"}}},"ntuple_match":{"type":"integer","minimum":0,"description":"Frames that matched an ntuple (flow director) rule (ixgbe: fdir_match).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c:ixgbe_get_ethtool_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: fdir_match","nodeExporter":"node_ethtool_fdir_match"}}},"ntuple_miss":{"type":"integer","minimum":0,"description":"Frames that matched no ntuple rule and were steered by RSS (ixgbe: fdir_miss).","x-rxpath":{"kind":"counter","unit":"packets","scope":"device","kernel":["drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c:ixgbe_get_ethtool_stats"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"driver u64 statistic, read by ethtool -S (ETHTOOL_GSTATS)","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: fdir_miss","nodeExporter":"node_ethtool_fdir_miss"}}},"queues":{"type":"array","items":{"$ref":"#/$defs/NicQueueStats"},"description":"Per-RX-queue statistics, index = queue number (ethtool -S: rx_queue_N_packets, rx_queue_N_bytes)."}}};
const schema51 = {"title":"NicQueueStats","type":"object","additionalProperties":false,"required":["packets","bytes"],"properties":{"packets":{"type":"integer","minimum":0,"description":"Frames this RX queue received (what RSS, ntuple and the indirection table sent here).","x-rxpath":{"kind":"counter","unit":"packets","scope":"queue","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_clean_rx_irq"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_queue_N_packets","nodeExporter":"node_ethtool_rx_queue_N_packets"}}},"bytes":{"type":"integer","minimum":0,"description":"Bytes this RX queue received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"queue","kernel":["drivers/net/ethernet/intel/igb/igb_ethtool.c:igb_get_ethtool_stats","drivers/net/ethernet/intel/igb/igb_main.c:igb_clean_rx_irq"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.1":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.12":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64},"linux-6.18":{"default":0,"minimum":0,"check":"per-ring u64_stats_sync counter, read by ethtool -S","bits":64}},"aliases":{"ethtool":"ethtool -S DEV: rx_queue_N_bytes","nodeExporter":"node_ethtool_rx_queue_N_bytes"}}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rx_packets === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rx_packets"},message:"must have required property '"+"rx_packets"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rx_bytes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rx_bytes"},message:"must have required property '"+"rx_bytes"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rx_missed_errors === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rx_missed_errors"},message:"must have required property '"+"rx_missed_errors"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rx_fifo_errors === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rx_fifo_errors"},message:"must have required property '"+"rx_fifo_errors"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rx_dropped === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rx_dropped"},message:"must have required property '"+"rx_dropped"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ntuple_match === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ntuple_match"},message:"must have required property '"+"ntuple_match"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.ntuple_miss === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ntuple_miss"},message:"must have required property '"+"ntuple_miss"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.queues === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queues"},message:"must have required property '"+"queues"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "rx_packets") || (key0 === "rx_bytes")) || (key0 === "rx_missed_errors")) || (key0 === "rx_fifo_errors")) || (key0 === "rx_dropped")) || (key0 === "ntuple_match")) || (key0 === "ntuple_miss")) || (key0 === "queues"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rx_packets !== undefined){
let data0 = data.rx_packets;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/rx_packets",schemaPath:"#/properties/rx_packets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.rx_packets.type,parentSchema:schema50.properties.rx_packets,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/rx_packets",schemaPath:"#/properties/rx_packets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.rx_packets,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.rx_bytes !== undefined){
let data1 = data.rx_bytes;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/rx_bytes",schemaPath:"#/properties/rx_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.rx_bytes.type,parentSchema:schema50.properties.rx_bytes,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/rx_bytes",schemaPath:"#/properties/rx_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.rx_bytes,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.rx_missed_errors !== undefined){
let data2 = data.rx_missed_errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/rx_missed_errors",schemaPath:"#/properties/rx_missed_errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.rx_missed_errors.type,parentSchema:schema50.properties.rx_missed_errors,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/rx_missed_errors",schemaPath:"#/properties/rx_missed_errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.rx_missed_errors,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.rx_fifo_errors !== undefined){
let data3 = data.rx_fifo_errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/rx_fifo_errors",schemaPath:"#/properties/rx_fifo_errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.rx_fifo_errors.type,parentSchema:schema50.properties.rx_fifo_errors,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/rx_fifo_errors",schemaPath:"#/properties/rx_fifo_errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.rx_fifo_errors,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.rx_dropped !== undefined){
let data4 = data.rx_dropped;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/rx_dropped",schemaPath:"#/properties/rx_dropped/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.rx_dropped.type,parentSchema:schema50.properties.rx_dropped,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/rx_dropped",schemaPath:"#/properties/rx_dropped/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.rx_dropped,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.ntuple_match !== undefined){
let data5 = data.ntuple_match;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/ntuple_match",schemaPath:"#/properties/ntuple_match/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.ntuple_match.type,parentSchema:schema50.properties.ntuple_match,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/ntuple_match",schemaPath:"#/properties/ntuple_match/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.ntuple_match,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.ntuple_miss !== undefined){
let data6 = data.ntuple_miss;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/ntuple_miss",schemaPath:"#/properties/ntuple_miss/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.ntuple_miss.type,parentSchema:schema50.properties.ntuple_miss,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/ntuple_miss",schemaPath:"#/properties/ntuple_miss/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.ntuple_miss,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.queues !== undefined){
let data7 = data.queues;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.packets === undefined){
const err23 = {instancePath:instancePath+"/queues/" + i0,schemaPath:"#/$defs/NicQueueStats/required",keyword:"required",params:{missingProperty: "packets"},message:"must have required property '"+"packets"+"'",schema:schema51.required,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8.bytes === undefined){
const err24 = {instancePath:instancePath+"/queues/" + i0,schemaPath:"#/$defs/NicQueueStats/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'",schema:schema51.required,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "packets") || (key1 === "bytes"))){
const err25 = {instancePath:instancePath+"/queues/" + i0,schemaPath:"#/$defs/NicQueueStats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.packets !== undefined){
let data9 = data8.packets;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/queues/" + i0+"/packets",schemaPath:"#/$defs/NicQueueStats/properties/packets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.packets.type,parentSchema:schema51.properties.packets,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/queues/" + i0+"/packets",schemaPath:"#/$defs/NicQueueStats/properties/packets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.packets,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.bytes !== undefined){
let data10 = data8.bytes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/queues/" + i0+"/bytes",schemaPath:"#/$defs/NicQueueStats/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.bytes.type,parentSchema:schema51.properties.bytes,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/queues/" + i0+"/bytes",schemaPath:"#/$defs/NicQueueStats/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.bytes,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/queues/" + i0,schemaPath:"#/$defs/NicQueueStats/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/queues",schemaPath:"#/properties/queues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.queues.type,parentSchema:schema50.properties.queues,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/ethtool.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate28(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v3 = validate30;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/interrupts.schema.json","title":"Interrupts","description":"/proc/interrupts rows of RX-queue IRQs, keyed by the IRQ's action name (DEV-rx-N), one count per CPU.","type":"object","additionalProperties":{"type":"array","items":{"type":"integer","minimum":0},"description":"Interrupts of one RX-queue IRQ handled on each CPU (index = CPU). Only the CPUs in the IRQ's smp_affinity should grow.","x-rxpath":{"kind":"counter","unit":"interrupts","scope":"queue","kernel":["kernel/irq/chip.c:handle_edge_irq","fs/proc/interrupts.c:show_interrupts"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"kstat_irqs per CPU (unsigned int), printed %10u","bits":32},"linux-6.1":{"default":0,"minimum":0,"check":"kstat_irqs per CPU (unsigned int), printed %10u","bits":32,"kernel":["kernel/irq/chip.c:handle_edge_irq","kernel/irq/proc.c:show_interrupts"]},"linux-6.12":{"default":0,"minimum":0,"check":"kstat_irqs per CPU (unsigned int), printed %10u","bits":32,"kernel":["kernel/irq/chip.c:handle_edge_irq","kernel/irq/proc.c:show_interrupts"]},"linux-6.18":{"default":0,"minimum":0,"check":"kstat_irqs per CPU (unsigned int), printed %10u","bits":32,"kernel":["kernel/irq/chip.c:handle_edge_irq","kernel/irq/proc.c:show_interrupts"]}},"aliases":{"proc":"/proc/interrupts","column":"DEV-rx-N","nodeExporter":"node_interrupts_total{devices=\"DEV-rx-N\"}"},"clock":true}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/interrupts.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.additionalProperties.items.type,parentSchema:schema52.additionalProperties.items,data:data1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.additionalProperties.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.additionalProperties.type,parentSchema:schema52.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v4 = validate31;
const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/netstat.schema.json","title":"Netstat","description":"/proc/net/netstat: the IpExt line and the TcpExt counter the IPv4 receive path bumps (per network namespace).","type":"object","additionalProperties":false,"properties":{"IpExt":{"$ref":"#/$defs/IpExtLine"},"TcpExt":{"$ref":"#/$defs/TcpExtLine"}},"required":["IpExt","TcpExt"],"$defs":{"IpExtLine":{"title":"IpExtLine","type":"object","additionalProperties":false,"required":["InNoRoutes","InTruncatedPkts","InMcastPkts","OutMcastPkts","InBcastPkts","OutBcastPkts","InOctets","OutOctets","InMcastOctets","OutMcastOctets","InBcastOctets","OutBcastOctets","InCsumErrors","InNoECTPkts","InECT1Pkts","InECT0Pkts","InCEPkts"],"properties":{"InNoRoutes":{"type":"integer","minimum":0,"description":"Datagrams dropped because no route matched the destination (ip_error with ENETUNREACH).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/route.c:ip_error"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/netstat","column":"InNoRoutes","nstat":"IpExtInNoRoutes","nodeExporter":"node_netstat_IpExt_InNoRoutes"},"dropReason":"IP_INNOROUTES"}},"InTruncatedPkts":{"type":"integer","minimum":0,"description":"Datagrams shorter than their IP tot_len (truncated in transit). Not counted in InHdrErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InTruncatedPkts","nstat":"IpExtInTruncatedPkts","nodeExporter":"node_netstat_IpExt_InTruncatedPkts"},"dropReason":"PKT_TOO_SMALL"}},"InMcastPkts":{"type":"integer","minimum":0,"description":"Multicast datagrams received (route type RTN_MULTICAST).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InMcastPkts","nstat":"IpExtInMcastPkts","nodeExporter":"node_netstat_IpExt_InMcastPkts"}}},"OutMcastPkts":{"type":"integer","minimum":0,"description":"Multicast datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/netstat","column":"OutMcastPkts","nstat":"IpExtOutMcastPkts","nodeExporter":"node_netstat_IpExt_OutMcastPkts"}}},"InBcastPkts":{"type":"integer","minimum":0,"description":"Broadcast datagrams received (route type RTN_BROADCAST).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InBcastPkts","nstat":"IpExtInBcastPkts","nodeExporter":"node_netstat_IpExt_InBcastPkts"}}},"OutBcastPkts":{"type":"integer","minimum":0,"description":"Broadcast datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/netstat","column":"OutBcastPkts","nstat":"IpExtOutBcastPkts","nodeExporter":"node_netstat_IpExt_OutBcastPkts"}}},"InOctets":{"type":"integer","minimum":0,"description":"Bytes of the IP datagrams counted in Ip InReceives (skb->len at ip_rcv).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InOctets","nstat":"IpExtInOctets","nodeExporter":"node_netstat_IpExt_InOctets"}}},"OutOctets":{"type":"integer","minimum":0,"description":"Bytes of IP datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8}},"aliases":{"proc":"/proc/net/netstat","column":"OutOctets","nstat":"IpExtOutOctets","nodeExporter":"node_netstat_IpExt_OutOctets"}}},"InMcastOctets":{"type":"integer","minimum":0,"description":"Bytes of multicast datagrams received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InMcastOctets","nstat":"IpExtInMcastOctets","nodeExporter":"node_netstat_IpExt_InMcastOctets"}}},"OutMcastOctets":{"type":"integer","minimum":0,"description":"Bytes of multicast datagrams sent.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10}},"aliases":{"proc":"/proc/net/netstat","column":"OutMcastOctets","nstat":"IpExtOutMcastOctets","nodeExporter":"node_netstat_IpExt_OutMcastOctets"}}},"InBcastOctets":{"type":"integer","minimum":0,"description":"Bytes of broadcast datagrams received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InBcastOctets","nstat":"IpExtInBcastOctets","nodeExporter":"node_netstat_IpExt_InBcastOctets"}}},"OutBcastOctets":{"type":"integer","minimum":0,"description":"Bytes of broadcast datagrams sent.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12}},"aliases":{"proc":"/proc/net/netstat","column":"OutBcastOctets","nstat":"IpExtOutBcastOctets","nodeExporter":"node_netstat_IpExt_OutBcastOctets"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"Datagrams with a bad IPv4 header checksum (also counted in Ip InHdrErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InCsumErrors","nstat":"IpExtInCsumErrors","nodeExporter":"node_netstat_IpExt_InCsumErrors"},"dropReason":"IP_CSUM"}},"InNoECTPkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field 00 (not ECN-capable), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InNoECTPkts","nstat":"IpExtInNoECTPkts","nodeExporter":"node_netstat_IpExt_InNoECTPkts"}}},"InECT1Pkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field ECT(1), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InECT1Pkts","nstat":"IpExtInECT1Pkts","nodeExporter":"node_netstat_IpExt_InECT1Pkts"}}},"InECT0Pkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field ECT(0), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InECT0Pkts","nstat":"IpExtInECT0Pkts","nodeExporter":"node_netstat_IpExt_InECT0Pkts"}}},"InCEPkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field CE (congestion experienced), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InCEPkts","nstat":"IpExtInCEPkts","nodeExporter":"node_netstat_IpExt_InCEPkts"}}},"ReasmOverlaps":{"type":"integer","minimum":0,"description":"Fragments dropped because they overlap an already queued fragment (linux-6.18 only).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_frag_queue"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18}},"aliases":{"proc":"/proc/net/netstat","column":"ReasmOverlaps","nstat":"IpExtReasmOverlaps","nodeExporter":"node_netstat_IpExt_ReasmOverlaps"}}}}},"TcpExtLine":{"title":"TcpExtLine","type":"object","additionalProperties":false,"required":["IPReversePathFilter"],"properties":{"IPReversePathFilter":{"type":"integer","minimum":0,"description":"Datagrams dropped by reverse-path filtering (net.ipv4.conf.*.rp_filter): the source address is not reachable back through the receiving interface. Despite the TcpExt line it counts every IPv4 protocol.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"IPReversePathFilter","nstat":"TcpExtIPReversePathFilter","nodeExporter":"node_netstat_TcpExt_IPReversePathFilter"},"dropReason":"IP_RPFILTER","note":"The TcpExt line is long and its field positions differ between versions: read it by header name."}}}}}};
const schema54 = {"title":"IpExtLine","type":"object","additionalProperties":false,"required":["InNoRoutes","InTruncatedPkts","InMcastPkts","OutMcastPkts","InBcastPkts","OutBcastPkts","InOctets","OutOctets","InMcastOctets","OutMcastOctets","InBcastOctets","OutBcastOctets","InCsumErrors","InNoECTPkts","InECT1Pkts","InECT0Pkts","InCEPkts"],"properties":{"InNoRoutes":{"type":"integer","minimum":0,"description":"Datagrams dropped because no route matched the destination (ip_error with ENETUNREACH).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/route.c:ip_error"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/netstat","column":"InNoRoutes","nstat":"IpExtInNoRoutes","nodeExporter":"node_netstat_IpExt_InNoRoutes"},"dropReason":"IP_INNOROUTES"}},"InTruncatedPkts":{"type":"integer","minimum":0,"description":"Datagrams shorter than their IP tot_len (truncated in transit). Not counted in InHdrErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InTruncatedPkts","nstat":"IpExtInTruncatedPkts","nodeExporter":"node_netstat_IpExt_InTruncatedPkts"},"dropReason":"PKT_TOO_SMALL"}},"InMcastPkts":{"type":"integer","minimum":0,"description":"Multicast datagrams received (route type RTN_MULTICAST).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InMcastPkts","nstat":"IpExtInMcastPkts","nodeExporter":"node_netstat_IpExt_InMcastPkts"}}},"OutMcastPkts":{"type":"integer","minimum":0,"description":"Multicast datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/netstat","column":"OutMcastPkts","nstat":"IpExtOutMcastPkts","nodeExporter":"node_netstat_IpExt_OutMcastPkts"}}},"InBcastPkts":{"type":"integer","minimum":0,"description":"Broadcast datagrams received (route type RTN_BROADCAST).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InBcastPkts","nstat":"IpExtInBcastPkts","nodeExporter":"node_netstat_IpExt_InBcastPkts"}}},"OutBcastPkts":{"type":"integer","minimum":0,"description":"Broadcast datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/netstat","column":"OutBcastPkts","nstat":"IpExtOutBcastPkts","nodeExporter":"node_netstat_IpExt_OutBcastPkts"}}},"InOctets":{"type":"integer","minimum":0,"description":"Bytes of the IP datagrams counted in Ip InReceives (skb->len at ip_rcv).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InOctets","nstat":"IpExtInOctets","nodeExporter":"node_netstat_IpExt_InOctets"}}},"OutOctets":{"type":"integer","minimum":0,"description":"Bytes of IP datagrams sent (transmit path).","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8}},"aliases":{"proc":"/proc/net/netstat","column":"OutOctets","nstat":"IpExtOutOctets","nodeExporter":"node_netstat_IpExt_OutOctets"}}},"InMcastOctets":{"type":"integer","minimum":0,"description":"Bytes of multicast datagrams received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InMcastOctets","nstat":"IpExtInMcastOctets","nodeExporter":"node_netstat_IpExt_InMcastOctets"}}},"OutMcastOctets":{"type":"integer","minimum":0,"description":"Bytes of multicast datagrams sent.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10}},"aliases":{"proc":"/proc/net/netstat","column":"OutMcastOctets","nstat":"IpExtOutMcastOctets","nodeExporter":"node_netstat_IpExt_OutMcastOctets"}}},"InBcastOctets":{"type":"integer","minimum":0,"description":"Bytes of broadcast datagrams received.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InBcastOctets","nstat":"IpExtInBcastOctets","nodeExporter":"node_netstat_IpExt_InBcastOctets"}}},"OutBcastOctets":{"type":"integer","minimum":0,"description":"Bytes of broadcast datagrams sent.","x-rxpath":{"kind":"counter","unit":"bytes","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12}},"aliases":{"proc":"/proc/net/netstat","column":"OutBcastOctets","nstat":"IpExtOutBcastOctets","nodeExporter":"node_netstat_IpExt_OutBcastOctets"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"Datagrams with a bad IPv4 header checksum (also counted in Ip InHdrErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InCsumErrors","nstat":"IpExtInCsumErrors","nodeExporter":"node_netstat_IpExt_InCsumErrors"},"dropReason":"IP_CSUM"}},"InNoECTPkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field 00 (not ECN-capable), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InNoECTPkts","nstat":"IpExtInNoECTPkts","nodeExporter":"node_netstat_IpExt_InNoECTPkts"}}},"InECT1Pkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field ECT(1), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InECT1Pkts","nstat":"IpExtInECT1Pkts","nodeExporter":"node_netstat_IpExt_InECT1Pkts"}}},"InECT0Pkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field ECT(0), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InECT0Pkts","nstat":"IpExtInECT0Pkts","nodeExporter":"node_netstat_IpExt_InECT0Pkts"}}},"InCEPkts":{"type":"integer","minimum":0,"description":"Received datagrams with ECN field CE (congestion experienced), counted max(1, gso_segs) per skb.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"InCEPkts","nstat":"IpExtInCEPkts","nodeExporter":"node_netstat_IpExt_InCEPkts"}}},"ReasmOverlaps":{"type":"integer","minimum":0,"description":"Fragments dropped because they overlap an already queued fragment (linux-6.18 only).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_frag_queue"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18}},"aliases":{"proc":"/proc/net/netstat","column":"ReasmOverlaps","nstat":"IpExtReasmOverlaps","nodeExporter":"node_netstat_IpExt_ReasmOverlaps"}}}}};
const schema55 = {"title":"TcpExtLine","type":"object","additionalProperties":false,"required":["IPReversePathFilter"],"properties":{"IPReversePathFilter":{"type":"integer","minimum":0,"description":"Datagrams dropped by reverse-path filtering (net.ipv4.conf.*.rp_filter): the source address is not reachable back through the receiving interface. Despite the TcpExt line it counts every IPv4 protocol.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"LINUX_MIB_IPRPFILTER, per-CPU unsigned long summed at read, printed %lu","bits":64,"kernel":["net/ipv4/ip_input.c:ip_rcv_finish_core"]}},"aliases":{"proc":"/proc/net/netstat","column":"IPReversePathFilter","nstat":"TcpExtIPReversePathFilter","nodeExporter":"node_netstat_TcpExt_IPReversePathFilter"},"dropReason":"IP_RPFILTER","note":"The TcpExt line is long and its field positions differ between versions: read it by header name."}}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/netstat.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.IpExt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IpExt"},message:"must have required property '"+"IpExt"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.TcpExt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "TcpExt"},message:"must have required property '"+"TcpExt"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "IpExt") || (key0 === "TcpExt"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.IpExt !== undefined){
let data0 = data.IpExt;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.InNoRoutes === undefined){
const err3 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InNoRoutes"},message:"must have required property '"+"InNoRoutes"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.InTruncatedPkts === undefined){
const err4 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InTruncatedPkts"},message:"must have required property '"+"InTruncatedPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.InMcastPkts === undefined){
const err5 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InMcastPkts"},message:"must have required property '"+"InMcastPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.OutMcastPkts === undefined){
const err6 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "OutMcastPkts"},message:"must have required property '"+"OutMcastPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.InBcastPkts === undefined){
const err7 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InBcastPkts"},message:"must have required property '"+"InBcastPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.OutBcastPkts === undefined){
const err8 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "OutBcastPkts"},message:"must have required property '"+"OutBcastPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.InOctets === undefined){
const err9 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InOctets"},message:"must have required property '"+"InOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data0.OutOctets === undefined){
const err10 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "OutOctets"},message:"must have required property '"+"OutOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0.InMcastOctets === undefined){
const err11 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InMcastOctets"},message:"must have required property '"+"InMcastOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data0.OutMcastOctets === undefined){
const err12 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "OutMcastOctets"},message:"must have required property '"+"OutMcastOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data0.InBcastOctets === undefined){
const err13 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InBcastOctets"},message:"must have required property '"+"InBcastOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data0.OutBcastOctets === undefined){
const err14 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "OutBcastOctets"},message:"must have required property '"+"OutBcastOctets"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data0.InCsumErrors === undefined){
const err15 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InCsumErrors"},message:"must have required property '"+"InCsumErrors"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data0.InNoECTPkts === undefined){
const err16 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InNoECTPkts"},message:"must have required property '"+"InNoECTPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data0.InECT1Pkts === undefined){
const err17 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InECT1Pkts"},message:"must have required property '"+"InECT1Pkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data0.InECT0Pkts === undefined){
const err18 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InECT0Pkts"},message:"must have required property '"+"InECT0Pkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data0.InCEPkts === undefined){
const err19 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/required",keyword:"required",params:{missingProperty: "InCEPkts"},message:"must have required property '"+"InCEPkts"+"'",schema:schema54.required,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data0){
if(!(func1.call(schema54.properties, key1))){
const err20 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data0.InNoRoutes !== undefined){
let data1 = data0.InNoRoutes;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err21 = {instancePath:instancePath+"/IpExt/InNoRoutes",schemaPath:"#/$defs/IpExtLine/properties/InNoRoutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InNoRoutes.type,parentSchema:schema54.properties.InNoRoutes,data:data1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err22 = {instancePath:instancePath+"/IpExt/InNoRoutes",schemaPath:"#/$defs/IpExtLine/properties/InNoRoutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InNoRoutes,data:data1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data0.InTruncatedPkts !== undefined){
let data2 = data0.InTruncatedPkts;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err23 = {instancePath:instancePath+"/IpExt/InTruncatedPkts",schemaPath:"#/$defs/IpExtLine/properties/InTruncatedPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InTruncatedPkts.type,parentSchema:schema54.properties.InTruncatedPkts,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err24 = {instancePath:instancePath+"/IpExt/InTruncatedPkts",schemaPath:"#/$defs/IpExtLine/properties/InTruncatedPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InTruncatedPkts,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data0.InMcastPkts !== undefined){
let data3 = data0.InMcastPkts;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err25 = {instancePath:instancePath+"/IpExt/InMcastPkts",schemaPath:"#/$defs/IpExtLine/properties/InMcastPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InMcastPkts.type,parentSchema:schema54.properties.InMcastPkts,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err26 = {instancePath:instancePath+"/IpExt/InMcastPkts",schemaPath:"#/$defs/IpExtLine/properties/InMcastPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InMcastPkts,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data0.OutMcastPkts !== undefined){
let data4 = data0.OutMcastPkts;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err27 = {instancePath:instancePath+"/IpExt/OutMcastPkts",schemaPath:"#/$defs/IpExtLine/properties/OutMcastPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.OutMcastPkts.type,parentSchema:schema54.properties.OutMcastPkts,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err28 = {instancePath:instancePath+"/IpExt/OutMcastPkts",schemaPath:"#/$defs/IpExtLine/properties/OutMcastPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.OutMcastPkts,data:data4};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data0.InBcastPkts !== undefined){
let data5 = data0.InBcastPkts;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err29 = {instancePath:instancePath+"/IpExt/InBcastPkts",schemaPath:"#/$defs/IpExtLine/properties/InBcastPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InBcastPkts.type,parentSchema:schema54.properties.InBcastPkts,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err30 = {instancePath:instancePath+"/IpExt/InBcastPkts",schemaPath:"#/$defs/IpExtLine/properties/InBcastPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InBcastPkts,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data0.OutBcastPkts !== undefined){
let data6 = data0.OutBcastPkts;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err31 = {instancePath:instancePath+"/IpExt/OutBcastPkts",schemaPath:"#/$defs/IpExtLine/properties/OutBcastPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.OutBcastPkts.type,parentSchema:schema54.properties.OutBcastPkts,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err32 = {instancePath:instancePath+"/IpExt/OutBcastPkts",schemaPath:"#/$defs/IpExtLine/properties/OutBcastPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.OutBcastPkts,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data0.InOctets !== undefined){
let data7 = data0.InOctets;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err33 = {instancePath:instancePath+"/IpExt/InOctets",schemaPath:"#/$defs/IpExtLine/properties/InOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InOctets.type,parentSchema:schema54.properties.InOctets,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err34 = {instancePath:instancePath+"/IpExt/InOctets",schemaPath:"#/$defs/IpExtLine/properties/InOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InOctets,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data0.OutOctets !== undefined){
let data8 = data0.OutOctets;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err35 = {instancePath:instancePath+"/IpExt/OutOctets",schemaPath:"#/$defs/IpExtLine/properties/OutOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.OutOctets.type,parentSchema:schema54.properties.OutOctets,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err36 = {instancePath:instancePath+"/IpExt/OutOctets",schemaPath:"#/$defs/IpExtLine/properties/OutOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.OutOctets,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data0.InMcastOctets !== undefined){
let data9 = data0.InMcastOctets;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err37 = {instancePath:instancePath+"/IpExt/InMcastOctets",schemaPath:"#/$defs/IpExtLine/properties/InMcastOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InMcastOctets.type,parentSchema:schema54.properties.InMcastOctets,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/IpExt/InMcastOctets",schemaPath:"#/$defs/IpExtLine/properties/InMcastOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InMcastOctets,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data0.OutMcastOctets !== undefined){
let data10 = data0.OutMcastOctets;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err39 = {instancePath:instancePath+"/IpExt/OutMcastOctets",schemaPath:"#/$defs/IpExtLine/properties/OutMcastOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.OutMcastOctets.type,parentSchema:schema54.properties.OutMcastOctets,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/IpExt/OutMcastOctets",schemaPath:"#/$defs/IpExtLine/properties/OutMcastOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.OutMcastOctets,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data0.InBcastOctets !== undefined){
let data11 = data0.InBcastOctets;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err41 = {instancePath:instancePath+"/IpExt/InBcastOctets",schemaPath:"#/$defs/IpExtLine/properties/InBcastOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InBcastOctets.type,parentSchema:schema54.properties.InBcastOctets,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err42 = {instancePath:instancePath+"/IpExt/InBcastOctets",schemaPath:"#/$defs/IpExtLine/properties/InBcastOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InBcastOctets,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data0.OutBcastOctets !== undefined){
let data12 = data0.OutBcastOctets;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err43 = {instancePath:instancePath+"/IpExt/OutBcastOctets",schemaPath:"#/$defs/IpExtLine/properties/OutBcastOctets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.OutBcastOctets.type,parentSchema:schema54.properties.OutBcastOctets,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err44 = {instancePath:instancePath+"/IpExt/OutBcastOctets",schemaPath:"#/$defs/IpExtLine/properties/OutBcastOctets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.OutBcastOctets,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data0.InCsumErrors !== undefined){
let data13 = data0.InCsumErrors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err45 = {instancePath:instancePath+"/IpExt/InCsumErrors",schemaPath:"#/$defs/IpExtLine/properties/InCsumErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InCsumErrors.type,parentSchema:schema54.properties.InCsumErrors,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err46 = {instancePath:instancePath+"/IpExt/InCsumErrors",schemaPath:"#/$defs/IpExtLine/properties/InCsumErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InCsumErrors,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data0.InNoECTPkts !== undefined){
let data14 = data0.InNoECTPkts;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err47 = {instancePath:instancePath+"/IpExt/InNoECTPkts",schemaPath:"#/$defs/IpExtLine/properties/InNoECTPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InNoECTPkts.type,parentSchema:schema54.properties.InNoECTPkts,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err48 = {instancePath:instancePath+"/IpExt/InNoECTPkts",schemaPath:"#/$defs/IpExtLine/properties/InNoECTPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InNoECTPkts,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data0.InECT1Pkts !== undefined){
let data15 = data0.InECT1Pkts;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err49 = {instancePath:instancePath+"/IpExt/InECT1Pkts",schemaPath:"#/$defs/IpExtLine/properties/InECT1Pkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InECT1Pkts.type,parentSchema:schema54.properties.InECT1Pkts,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err50 = {instancePath:instancePath+"/IpExt/InECT1Pkts",schemaPath:"#/$defs/IpExtLine/properties/InECT1Pkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InECT1Pkts,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data0.InECT0Pkts !== undefined){
let data16 = data0.InECT0Pkts;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err51 = {instancePath:instancePath+"/IpExt/InECT0Pkts",schemaPath:"#/$defs/IpExtLine/properties/InECT0Pkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InECT0Pkts.type,parentSchema:schema54.properties.InECT0Pkts,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err52 = {instancePath:instancePath+"/IpExt/InECT0Pkts",schemaPath:"#/$defs/IpExtLine/properties/InECT0Pkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InECT0Pkts,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data0.InCEPkts !== undefined){
let data17 = data0.InCEPkts;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err53 = {instancePath:instancePath+"/IpExt/InCEPkts",schemaPath:"#/$defs/IpExtLine/properties/InCEPkts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.InCEPkts.type,parentSchema:schema54.properties.InCEPkts,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err54 = {instancePath:instancePath+"/IpExt/InCEPkts",schemaPath:"#/$defs/IpExtLine/properties/InCEPkts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.InCEPkts,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data0.ReasmOverlaps !== undefined){
let data18 = data0.ReasmOverlaps;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err55 = {instancePath:instancePath+"/IpExt/ReasmOverlaps",schemaPath:"#/$defs/IpExtLine/properties/ReasmOverlaps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.ReasmOverlaps.type,parentSchema:schema54.properties.ReasmOverlaps,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err56 = {instancePath:instancePath+"/IpExt/ReasmOverlaps",schemaPath:"#/$defs/IpExtLine/properties/ReasmOverlaps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.ReasmOverlaps,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/IpExt",schemaPath:"#/$defs/IpExtLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data0};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.TcpExt !== undefined){
let data19 = data.TcpExt;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.IPReversePathFilter === undefined){
const err58 = {instancePath:instancePath+"/TcpExt",schemaPath:"#/$defs/TcpExtLine/required",keyword:"required",params:{missingProperty: "IPReversePathFilter"},message:"must have required property '"+"IPReversePathFilter"+"'",schema:schema55.required,parentSchema:schema55,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key2 in data19){
if(!(key2 === "IPReversePathFilter")){
const err59 = {instancePath:instancePath+"/TcpExt",schemaPath:"#/$defs/TcpExtLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data19.IPReversePathFilter !== undefined){
let data20 = data19.IPReversePathFilter;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err60 = {instancePath:instancePath+"/TcpExt/IPReversePathFilter",schemaPath:"#/$defs/TcpExtLine/properties/IPReversePathFilter/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.IPReversePathFilter.type,parentSchema:schema55.properties.IPReversePathFilter,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err61 = {instancePath:instancePath+"/TcpExt/IPReversePathFilter",schemaPath:"#/$defs/TcpExtLine/properties/IPReversePathFilter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties.IPReversePathFilter,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/TcpExt",schemaPath:"#/$defs/TcpExtLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v5 = validate32;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/snmp.schema.json","title":"Snmp","description":"/proc/net/snmp: the Ip, Icmp and Udp lines (per network namespace).","type":"object","additionalProperties":false,"properties":{"Ip":{"$ref":"#/$defs/IpLine"},"Icmp":{"$ref":"#/$defs/IcmpLine"},"Udp":{"$ref":"#/$defs/UdpLine"}},"required":["Ip","Icmp","Udp"],"$defs":{"IpLine":{"title":"IpLine","type":"object","additionalProperties":false,"required":["Forwarding","DefaultTTL","InReceives","InHdrErrors","InAddrErrors","ForwDatagrams","InUnknownProtos","InDiscards","InDelivers","OutRequests","OutDiscards","OutNoRoutes","ReasmTimeout","ReasmReqds","ReasmOKs","ReasmFails","FragOKs","FragFails","FragCreates"],"properties":{"Forwarding":{"type":"integer","minimum":0,"description":"ipForwarding as SNMP encodes it: 1 when net.ipv4.conf.all.forwarding is on, 2 when off.","x-rxpath":{"kind":"gauge","unit":"code","scope":"netns","kernel":["net/ipv4/proc.c:snmp_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.12":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.18":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]}},"aliases":{"proc":"/proc/net/snmp","column":"Forwarding","nstat":"IpForwarding","nodeExporter":"node_netstat_Ip_Forwarding"}}},"DefaultTTL":{"type":"integer","minimum":0,"description":"net.ipv4.ip_default_ttl (64 by default): the TTL of locally generated packets.","x-rxpath":{"kind":"gauge","unit":"hops","scope":"netns","kernel":["net/ipv4/proc.c:snmp_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.12":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.18":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]}},"aliases":{"proc":"/proc/net/snmp","column":"DefaultTTL","nstat":"IpDefaultTTL","nodeExporter":"node_netstat_Ip_DefaultTTL"}}},"InReceives":{"type":"integer","minimum":0,"description":"IP datagrams that reached ip_rcv (post-GRO skbs, not wire frames), counted before any header check. PACKET_OTHERHOST frames are dropped before it.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InReceives","nstat":"IpInReceives","nodeExporter":"node_netstat_Ip_InReceives"}}},"InHdrErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped for a bad IPv4 header: version != 4, ihl < 5, short header, bad header checksum (also IpExt InCsumErrors), tot_len < header, bad IP options.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv","net/ipv4/ip_input.c:ip_rcv_options"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InHdrErrors","nstat":"IpInHdrErrors","nodeExporter":"node_netstat_Ip_InHdrErrors"},"dropReason":["IP_INHDR","IP_CSUM"]}},"InAddrErrors":{"type":"integer","minimum":0,"description":"Datagrams for a destination that is not local with forwarding off (route lookup gives EHOSTUNREACH to ip_error).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/route.c:ip_error"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5}},"aliases":{"proc":"/proc/net/snmp","column":"InAddrErrors","nstat":"IpInAddrErrors","nodeExporter":"node_netstat_Ip_InAddrErrors"},"dropReason":"IP_INADDRERRORS"}},"ForwDatagrams":{"type":"integer","minimum":0,"description":"Datagrams forwarded (forwarding on). The model does not forward: always 0.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_forward.c:ip_forward_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"ForwDatagrams","nstat":"IpForwDatagrams","nodeExporter":"node_netstat_Ip_ForwDatagrams"}}},"InUnknownProtos":{"type":"integer","minimum":0,"description":"Datagrams for a local address whose IP protocol has no handler and no raw socket (ICMP protocol unreachable is sent).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]}},"aliases":{"proc":"/proc/net/snmp","column":"InUnknownProtos","nstat":"IpInUnknownProtos","nodeExporter":"node_netstat_Ip_InUnknownProtos"},"dropReason":"IP_NOPROTO"}},"InDiscards":{"type":"integer","minimum":0,"description":"Datagrams dropped for lack of resources: skb_share_check or pskb_trim_rcsum failed, or IP options could not be copied.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InDiscards","nstat":"IpInDiscards","nodeExporter":"node_netstat_Ip_InDiscards"},"dropReason":"NOMEM"}},"InDelivers":{"type":"integer","minimum":0,"description":"Datagrams handed to a protocol handler (UDP, TCP, ICMP) or taken by a raw socket. Counted even when UDP then drops the packet: compare with Udp InErrors/RcvbufErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]}},"aliases":{"proc":"/proc/net/snmp","column":"InDelivers","nstat":"IpInDelivers","nodeExporter":"node_netstat_Ip_InDelivers"}}},"OutRequests":{"type":"integer","minimum":0,"description":"Datagrams the local stack asked IP to send (transmit path; ICMP errors the receive path sends count here). 6.18 counts IPSTATS_MIB_OUTREQUESTS in __ip_local_out.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_output"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:ip_output"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutRequests","nstat":"IpOutRequests","nodeExporter":"node_netstat_Ip_OutRequests"}}},"OutDiscards":{"type":"integer","minimum":0,"description":"Outgoing datagrams dropped for lack of resources (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11}},"aliases":{"proc":"/proc/net/snmp","column":"OutDiscards","nstat":"IpOutDiscards","nodeExporter":"node_netstat_Ip_OutDiscards"}}},"OutNoRoutes":{"type":"integer","minimum":0,"description":"Outgoing datagrams with no route (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_queue_xmit"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:ip_queue_xmit"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutNoRoutes","nstat":"IpOutNoRoutes","nodeExporter":"node_netstat_Ip_OutNoRoutes"}}},"ReasmTimeout":{"type":"integer","minimum":0,"description":"Fragment queues that timed out before reassembly completed.","x-rxpath":{"kind":"counter","unit":"events","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmTimeout","nstat":"IpReasmTimeout","nodeExporter":"node_netstat_Ip_ReasmTimeout"},"dropReason":"FRAG_REASM_TIMEOUT"}},"ReasmReqds":{"type":"integer","minimum":0,"description":"Fragments received that need reassembly (each fragment counts): a lone first fragment, or each fragment of a datagram a veth sender cut for its MTU (ip_defrag).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_defrag"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmReqds","nstat":"IpReasmReqds","nodeExporter":"node_netstat_Ip_ReasmReqds"}}},"ReasmOKs":{"type":"integer","minimum":0,"description":"Datagrams reassembled successfully (ip_frag_reasm); each then goes on once (InDelivers), charged the first fragment's truesize plus every fragment chained on its frag_list.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_frag_reasm"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmOKs","nstat":"IpReasmOKs","nodeExporter":"node_netstat_Ip_ReasmOKs"}}},"ReasmFails":{"type":"integer","minimum":0,"description":"Reassembly failures (timeouts, overlaps, memory); one failure can count several times. Memory: past net.ipv4.ipfrag_high_thresh (4 MiB of fragment truesize plus sizeof(struct ipq) per queue) 6.x refuses each new fragment (one each) and 3.13 evicts the least recently used queues down to ipfrag_low_thresh (one per queue).","x-rxpath":{"kind":"counter","unit":"events","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_defrag","net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmFails","nstat":"IpReasmFails","nodeExporter":"node_netstat_Ip_ReasmFails"}}},"FragOKs":{"type":"integer","minimum":0,"description":"Outgoing datagrams fragmented successfully (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragOKs","nstat":"IpFragOKs","nodeExporter":"node_netstat_Ip_FragOKs"}}},"FragFails":{"type":"integer","minimum":0,"description":"Outgoing datagrams that needed fragmenting but could not be (DF set, or failure).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragFails","nstat":"IpFragFails","nodeExporter":"node_netstat_Ip_FragFails"},"dropReason":"PKT_TOO_BIG"}},"FragCreates":{"type":"integer","minimum":0,"description":"Fragments created by fragmentation (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragCreates","nstat":"IpFragCreates","nodeExporter":"node_netstat_Ip_FragCreates"}}},"OutTransmits":{"type":"integer","minimum":0,"description":"Datagrams handed to the device layer (IPSTATS_MIB_OUTPKTS). linux-6.18 only (3.13 has no such field).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20}},"aliases":{"proc":"/proc/net/snmp","column":"OutTransmits","nstat":"IpOutTransmits","nodeExporter":"node_netstat_Ip_OutTransmits"}}}}},"IcmpLine":{"title":"IcmpLine","type":"object","additionalProperties":false,"required":["InMsgs","InErrors","InCsumErrors","InDestUnreachs","OutMsgs","OutErrors","OutDestUnreachs"],"properties":{"InMsgs":{"type":"integer","minimum":0,"description":"ICMP messages received (including those with errors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/snmp","column":"InMsgs","nstat":"IcmpInMsgs","nodeExporter":"node_netstat_Icmp_InMsgs"}}},"InErrors":{"type":"integer","minimum":0,"description":"ICMP messages received with errors (bad checksum, too short).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2}},"aliases":{"proc":"/proc/net/snmp","column":"InErrors","nstat":"IcmpInErrors","nodeExporter":"node_netstat_Icmp_InErrors"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"ICMP messages received with a bad checksum (also counted in InErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3}},"aliases":{"proc":"/proc/net/snmp","column":"InCsumErrors","nstat":"IcmpInCsumErrors","nodeExporter":"node_netstat_Icmp_InCsumErrors"},"dropReason":"SKB_CSUM"}},"InDestUnreachs":{"type":"integer","minimum":0,"description":"ICMP destination-unreachable messages received (from the Icmpmsg InType3 counter).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/snmp","column":"InDestUnreachs","nstat":"IcmpInDestUnreachs","nodeExporter":"node_netstat_Icmp_InDestUnreachs"}}},"InTimeExcds":{"type":"integer","minimum":0,"description":"ICMP time-exceeded messages received (from the Icmpmsg InType11 counter); on the receive path, the host's own fragment reassembly timeouts looped back over lo.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5}},"aliases":{"proc":"/proc/net/snmp","column":"InTimeExcds","nstat":"IcmpInTimeExcds","nodeExporter":"node_netstat_Icmp_InTimeExcds"},"note":"ICMPMSGIN_INC_STATS(net, icmph->type) in icmp_rcv; icmp_put prints icmpmsg_statistics[ICMP_TIME_EXCEEDED] (icmpmibmap order: DestUnreachs, TimeExcds, ParmProbs, ...)."}},"InParmProbs":{"type":"integer","minimum":0,"description":"ICMP parameter-problem messages received (from the Icmpmsg InType12 counter); on the receive path, the host's own replies to bad IP options looped back over lo.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"InParmProbs","nstat":"IcmpInParmProbs","nodeExporter":"node_netstat_Icmp_InParmProbs"},"note":"ICMPMSGIN_INC_STATS(net, icmph->type) in icmp_rcv; icmp_put prints icmpmsg_statistics[ICMP_PARAMETERPROB]."}},"OutMsgs":{"type":"integer","minimum":0,"description":"ICMP messages sent (the receive path sends port and protocol unreachables).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_out_count"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15}},"aliases":{"proc":"/proc/net/snmp","column":"OutMsgs","nstat":"IcmpOutMsgs","nodeExporter":"node_netstat_Icmp_OutMsgs"}}},"OutErrors":{"type":"integer","minimum":0,"description":"ICMP messages that could not be sent: the sending CPU's ICMP socket had no room (sk_wmem_alloc at its sk_sndbuf, 2 * SKB_TRUESIZE(64 KiB)); an error out a veth holds its truesize until the other end frees it, so a burst of unlimited errors runs it out.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_push_reply"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16}},"aliases":{"proc":"/proc/net/snmp","column":"OutErrors","nstat":"IcmpOutErrors","nodeExporter":"node_netstat_Icmp_OutErrors"}}},"OutRateLimitGlobal":{"type":"integer","minimum":0,"description":"ICMP errors not sent because the per-namespace global token bucket (icmp_msgs_per_sec, icmp_msgs_burst) was empty.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmpv4_global_allow"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17}},"aliases":{"proc":"/proc/net/snmp","column":"OutRateLimitGlobal","nstat":"IcmpOutRateLimitGlobal","nodeExporter":"node_netstat_Icmp_OutRateLimitGlobal"},"note":"ICMP_MIB_RATELIMITGLOBAL; added in 6.0 (d0941130c9); absent in 3.13, which suppresses a rate-limited error without a counter."}},"OutRateLimitHost":{"type":"integer","minimum":0,"description":"ICMP errors not sent because the per-destination token bucket (icmp_ratelimit, inet_peer) was empty.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/inetpeer.c:inet_peer_xrlim_allow"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18}},"aliases":{"proc":"/proc/net/snmp","column":"OutRateLimitHost","nstat":"IcmpOutRateLimitHost","nodeExporter":"node_netstat_Icmp_OutRateLimitHost"},"note":"ICMP_MIB_RATELIMITHOST; added in 6.0 (d0941130c9); absent in 3.13, which suppresses a rate-limited error without a counter."}},"OutDestUnreachs":{"type":"integer","minimum":0,"description":"ICMP destination-unreachable messages sent: one per UDP datagram to a closed port (Udp NoPorts) and per unknown protocol (Ip InUnknownProtos), unless rate-limited (icmp_ratelimit, 6.x also icmp_msgs_per_sec).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_send","net/ipv4/icmp.c:icmp_out_count"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutDestUnreachs","nstat":"IcmpOutDestUnreachs","nodeExporter":"node_netstat_Icmp_OutDestUnreachs"}}},"OutTimeExcds":{"type":"integer","minimum":0,"description":"ICMP time-exceeded messages sent (from the Icmpmsg OutType11 counter): one per fragment queue that times out holding its first fragment (ip_expire, code ICMP_EXC_FRAGTIME), unless rate-limited.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_expire","net/ipv4/icmp.c:icmp_out_count","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutTimeExcds","nstat":"IcmpOutTimeExcds","nodeExporter":"node_netstat_Icmp_OutTimeExcds"},"note":"Column: 6.x inserts OutRateLimitGlobal and OutRateLimitHost after OutErrors (net/ipv4/proc.c:icmp_put), so the Out* per-type columns move by two."}},"OutParmProbs":{"type":"integer","minimum":0,"description":"ICMP parameter-problem messages sent (from the Icmpmsg OutType12 counter): one per datagram whose IP options fail ip_options_compile on receive (also counted in Ip InHdrErrors), unless rate-limited.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_options.c:ip_options_compile","net/ipv4/icmp.c:icmp_out_count","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutParmProbs","nstat":"IcmpOutParmProbs","nodeExporter":"node_netstat_Icmp_OutParmProbs"},"note":"Column: 6.x inserts OutRateLimitGlobal and OutRateLimitHost after OutErrors (net/ipv4/proc.c:icmp_put), so the Out* per-type columns move by two."}}}},"UdpLine":{"title":"UdpLine","type":"object","additionalProperties":false,"required":["InDatagrams","NoPorts","InErrors","OutDatagrams","RcvbufErrors","SndbufErrors","InCsumErrors"],"properties":{"InDatagrams":{"type":"integer","minimum":0,"description":"Datagrams the application read with recvmsg (not counted at enqueue, nor with MSG_PEEK). A gap to Ip InDelivers is data still queued or dropped at the socket.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_recvmsg"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/snmp","column":"InDatagrams","nstat":"UdpInDatagrams","nodeExporter":"node_netstat_Udp_InDatagrams"}}},"NoPorts":{"type":"integer","minimum":0,"description":"Datagrams to a port with no socket (an ICMP port unreachable is sent).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2}},"aliases":{"proc":"/proc/net/snmp","column":"NoPorts","nstat":"UdpNoPorts","nodeExporter":"node_netstat_Udp_NoPorts"},"dropReason":"NO_SOCKET"}},"InErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped by UDP for any reason other than no port: bad length, bad checksum, socket receive buffer full, memory limit, filter. RcvbufErrors and InCsumErrors are counted here too.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]}},"aliases":{"proc":"/proc/net/snmp","column":"InErrors","nstat":"UdpInErrors","nodeExporter":"node_netstat_Udp_InErrors"},"dropReason":["PKT_TOO_SMALL","UDP_CSUM","SOCKET_RCVBUFF","PROTO_MEM","SOCKET_FILTER","XFRM_POLICY"],"note":"3.13 quirk: when sk_rmem_alloc already exceeds sk_rcvbuf, the sk_rcvqueues_full drop counts InErrors only, not RcvbufErrors."}},"OutDatagrams":{"type":"integer","minimum":0,"description":"Datagrams sent (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_send_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/snmp","column":"OutDatagrams","nstat":"UdpOutDatagrams","nodeExporter":"node_netstat_Udp_OutDatagrams"}}},"RcvbufErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped because the socket receive buffer (sk_rcvbuf, SO_RCVBUF) was full. Also counted in InErrors. Grows: read faster or raise SO_RCVBUF / net.core.rmem_default / rmem_max.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/core/sock.c:sock_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]}},"aliases":{"proc":"/proc/net/snmp","column":"RcvbufErrors","nstat":"UdpRcvbufErrors","nodeExporter":"node_netstat_Udp_RcvbufErrors"},"dropReason":"SOCKET_RCVBUFF"}},"SndbufErrors":{"type":"integer","minimum":0,"description":"Datagrams not sent because the send buffer was full (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_send_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"SndbufErrors","nstat":"UdpSndbufErrors","nodeExporter":"node_netstat_Udp_SndbufErrors"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"Datagrams with a bad UDP checksum, found at receive or at read time (also counted in InErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_recvmsg"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7}},"aliases":{"proc":"/proc/net/snmp","column":"InCsumErrors","nstat":"UdpInCsumErrors","nodeExporter":"node_netstat_Udp_InCsumErrors"},"dropReason":"UDP_CSUM"}},"IgnoredMulti":{"type":"integer","minimum":0,"description":"Multicast or broadcast datagrams no socket wanted (linux-6.18; 3.13 frees them silently).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8}},"aliases":{"proc":"/proc/net/snmp","column":"IgnoredMulti","nstat":"UdpIgnoredMulti","nodeExporter":"node_netstat_Udp_IgnoredMulti"}}},"MemErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped because protocol memory (net.ipv4.udp_mem) could not be charged (-ENOBUFS). Also counted in InErrors. linux-6.18 has the field but its batched enqueue path never bumps it (TODO in __udp_enqueue_schedule_skb).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9}},"aliases":{"proc":"/proc/net/snmp","column":"MemErrors","nstat":"UdpMemErrors","nodeExporter":"node_netstat_Udp_MemErrors"},"dropReason":"PROTO_MEM"}}}}}};
const schema57 = {"title":"IpLine","type":"object","additionalProperties":false,"required":["Forwarding","DefaultTTL","InReceives","InHdrErrors","InAddrErrors","ForwDatagrams","InUnknownProtos","InDiscards","InDelivers","OutRequests","OutDiscards","OutNoRoutes","ReasmTimeout","ReasmReqds","ReasmOKs","ReasmFails","FragOKs","FragFails","FragCreates"],"properties":{"Forwarding":{"type":"integer","minimum":0,"description":"ipForwarding as SNMP encodes it: 1 when net.ipv4.conf.all.forwarding is on, 2 when off.","x-rxpath":{"kind":"gauge","unit":"code","scope":"netns","kernel":["net/ipv4/proc.c:snmp_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.12":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.18":{"default":0,"minimum":0,"check":"IPV4_DEVCONF_ALL(net, FORWARDING) ? 1 : 2","bits":32,"column":1,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]}},"aliases":{"proc":"/proc/net/snmp","column":"Forwarding","nstat":"IpForwarding","nodeExporter":"node_netstat_Ip_Forwarding"}}},"DefaultTTL":{"type":"integer","minimum":0,"description":"net.ipv4.ip_default_ttl (64 by default): the TTL of locally generated packets.","x-rxpath":{"kind":"gauge","unit":"hops","scope":"netns","kernel":["net/ipv4/proc.c:snmp_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.12":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]},"linux-6.18":{"default":0,"minimum":0,"check":"sysctl_ip_default_ttl, 1..255","bits":32,"column":2,"kernel":["net/ipv4/proc.c:snmp_seq_show_ipstats"]}},"aliases":{"proc":"/proc/net/snmp","column":"DefaultTTL","nstat":"IpDefaultTTL","nodeExporter":"node_netstat_Ip_DefaultTTL"}}},"InReceives":{"type":"integer","minimum":0,"description":"IP datagrams that reached ip_rcv (post-GRO skbs, not wire frames), counted before any header check. PACKET_OTHERHOST frames are dropped before it.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InReceives","nstat":"IpInReceives","nodeExporter":"node_netstat_Ip_InReceives"}}},"InHdrErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped for a bad IPv4 header: version != 4, ihl < 5, short header, bad header checksum (also IpExt InCsumErrors), tot_len < header, bad IP options.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv","net/ipv4/ip_input.c:ip_rcv_options"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InHdrErrors","nstat":"IpInHdrErrors","nodeExporter":"node_netstat_Ip_InHdrErrors"},"dropReason":["IP_INHDR","IP_CSUM"]}},"InAddrErrors":{"type":"integer","minimum":0,"description":"Datagrams for a destination that is not local with forwarding off (route lookup gives EHOSTUNREACH to ip_error).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/route.c:ip_error"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5}},"aliases":{"proc":"/proc/net/snmp","column":"InAddrErrors","nstat":"IpInAddrErrors","nodeExporter":"node_netstat_Ip_InAddrErrors"},"dropReason":"IP_INADDRERRORS"}},"ForwDatagrams":{"type":"integer","minimum":0,"description":"Datagrams forwarded (forwarding on). The model does not forward: always 0.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_forward.c:ip_forward_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"ForwDatagrams","nstat":"IpForwDatagrams","nodeExporter":"node_netstat_Ip_ForwDatagrams"}}},"InUnknownProtos":{"type":"integer","minimum":0,"description":"Datagrams for a local address whose IP protocol has no handler and no raw socket (ICMP protocol unreachable is sent).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]}},"aliases":{"proc":"/proc/net/snmp","column":"InUnknownProtos","nstat":"IpInUnknownProtos","nodeExporter":"node_netstat_Ip_InUnknownProtos"},"dropReason":"IP_NOPROTO"}},"InDiscards":{"type":"integer","minimum":0,"description":"Datagrams dropped for lack of resources: skb_share_check or pskb_trim_rcsum failed, or IP options could not be copied.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8,"kernel":["net/ipv4/ip_input.c:ip_rcv_core"]}},"aliases":{"proc":"/proc/net/snmp","column":"InDiscards","nstat":"IpInDiscards","nodeExporter":"node_netstat_Ip_InDiscards"},"dropReason":"NOMEM"}},"InDelivers":{"type":"integer","minimum":0,"description":"Datagrams handed to a protocol handler (UDP, TCP, ICMP) or taken by a raw socket. Counted even when UDP then drops the packet: compare with Udp InErrors/RcvbufErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_local_deliver_finish"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9,"kernel":["net/ipv4/ip_input.c:ip_protocol_deliver_rcu"]}},"aliases":{"proc":"/proc/net/snmp","column":"InDelivers","nstat":"IpInDelivers","nodeExporter":"node_netstat_Ip_InDelivers"}}},"OutRequests":{"type":"integer","minimum":0,"description":"Datagrams the local stack asked IP to send (transmit path; ICMP errors the receive path sends count here). 6.18 counts IPSTATS_MIB_OUTREQUESTS in __ip_local_out.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_output"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:ip_output"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":10,"kernel":["net/ipv4/ip_output.c:__ip_local_out"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutRequests","nstat":"IpOutRequests","nodeExporter":"node_netstat_Ip_OutRequests"}}},"OutDiscards":{"type":"integer","minimum":0,"description":"Outgoing datagrams dropped for lack of resources (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":11}},"aliases":{"proc":"/proc/net/snmp","column":"OutDiscards","nstat":"IpOutDiscards","nodeExporter":"node_netstat_Ip_OutDiscards"}}},"OutNoRoutes":{"type":"integer","minimum":0,"description":"Outgoing datagrams with no route (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_queue_xmit"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:ip_queue_xmit"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":12,"kernel":["net/ipv4/ip_output.c:__ip_queue_xmit"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutNoRoutes","nstat":"IpOutNoRoutes","nodeExporter":"node_netstat_Ip_OutNoRoutes"}}},"ReasmTimeout":{"type":"integer","minimum":0,"description":"Fragment queues that timed out before reassembly completed.","x-rxpath":{"kind":"counter","unit":"events","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":13}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmTimeout","nstat":"IpReasmTimeout","nodeExporter":"node_netstat_Ip_ReasmTimeout"},"dropReason":"FRAG_REASM_TIMEOUT"}},"ReasmReqds":{"type":"integer","minimum":0,"description":"Fragments received that need reassembly (each fragment counts): a lone first fragment, or each fragment of a datagram a veth sender cut for its MTU (ip_defrag).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_defrag"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":14}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmReqds","nstat":"IpReasmReqds","nodeExporter":"node_netstat_Ip_ReasmReqds"}}},"ReasmOKs":{"type":"integer","minimum":0,"description":"Datagrams reassembled successfully (ip_frag_reasm); each then goes on once (InDelivers), charged the first fragment's truesize plus every fragment chained on its frag_list.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_frag_reasm"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmOKs","nstat":"IpReasmOKs","nodeExporter":"node_netstat_Ip_ReasmOKs"}}},"ReasmFails":{"type":"integer","minimum":0,"description":"Reassembly failures (timeouts, overlaps, memory); one failure can count several times. Memory: past net.ipv4.ipfrag_high_thresh (4 MiB of fragment truesize plus sizeof(struct ipq) per queue) 6.x refuses each new fragment (one each) and 3.13 evicts the least recently used queues down to ipfrag_low_thresh (one per queue).","x-rxpath":{"kind":"counter","unit":"events","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_defrag","net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16}},"aliases":{"proc":"/proc/net/snmp","column":"ReasmFails","nstat":"IpReasmFails","nodeExporter":"node_netstat_Ip_ReasmFails"}}},"FragOKs":{"type":"integer","minimum":0,"description":"Outgoing datagrams fragmented successfully (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragOKs","nstat":"IpFragOKs","nodeExporter":"node_netstat_Ip_FragOKs"}}},"FragFails":{"type":"integer","minimum":0,"description":"Outgoing datagrams that needed fragmenting but could not be (DF set, or failure).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragFails","nstat":"IpFragFails","nodeExporter":"node_netstat_Ip_FragFails"},"dropReason":"PKT_TOO_BIG"}},"FragCreates":{"type":"integer","minimum":0,"description":"Fragments created by fragmentation (transmit path).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_fragment"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_fragment"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/ip_output.c:ip_do_fragment"]}},"aliases":{"proc":"/proc/net/snmp","column":"FragCreates","nstat":"IpFragCreates","nodeExporter":"node_netstat_Ip_FragCreates"}}},"OutTransmits":{"type":"integer","minimum":0,"description":"Datagrams handed to the device layer (IPSTATS_MIB_OUTPKTS). linux-6.18 only (3.13 has no such field).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_output.c:ip_finish_output2"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20}},"aliases":{"proc":"/proc/net/snmp","column":"OutTransmits","nstat":"IpOutTransmits","nodeExporter":"node_netstat_Ip_OutTransmits"}}}}};
const schema58 = {"title":"IcmpLine","type":"object","additionalProperties":false,"required":["InMsgs","InErrors","InCsumErrors","InDestUnreachs","OutMsgs","OutErrors","OutDestUnreachs"],"properties":{"InMsgs":{"type":"integer","minimum":0,"description":"ICMP messages received (including those with errors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/snmp","column":"InMsgs","nstat":"IcmpInMsgs","nodeExporter":"node_netstat_Icmp_InMsgs"}}},"InErrors":{"type":"integer","minimum":0,"description":"ICMP messages received with errors (bad checksum, too short).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2}},"aliases":{"proc":"/proc/net/snmp","column":"InErrors","nstat":"IcmpInErrors","nodeExporter":"node_netstat_Icmp_InErrors"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"ICMP messages received with a bad checksum (also counted in InErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3}},"aliases":{"proc":"/proc/net/snmp","column":"InCsumErrors","nstat":"IcmpInCsumErrors","nodeExporter":"node_netstat_Icmp_InCsumErrors"},"dropReason":"SKB_CSUM"}},"InDestUnreachs":{"type":"integer","minimum":0,"description":"ICMP destination-unreachable messages received (from the Icmpmsg InType3 counter).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/snmp","column":"InDestUnreachs","nstat":"IcmpInDestUnreachs","nodeExporter":"node_netstat_Icmp_InDestUnreachs"}}},"InTimeExcds":{"type":"integer","minimum":0,"description":"ICMP time-exceeded messages received (from the Icmpmsg InType11 counter); on the receive path, the host's own fragment reassembly timeouts looped back over lo.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5}},"aliases":{"proc":"/proc/net/snmp","column":"InTimeExcds","nstat":"IcmpInTimeExcds","nodeExporter":"node_netstat_Icmp_InTimeExcds"},"note":"ICMPMSGIN_INC_STATS(net, icmph->type) in icmp_rcv; icmp_put prints icmpmsg_statistics[ICMP_TIME_EXCEEDED] (icmpmibmap order: DestUnreachs, TimeExcds, ParmProbs, ...)."}},"InParmProbs":{"type":"integer","minimum":0,"description":"ICMP parameter-problem messages received (from the Icmpmsg InType12 counter); on the receive path, the host's own replies to bad IP options looped back over lo.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_rcv","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"InParmProbs","nstat":"IcmpInParmProbs","nodeExporter":"node_netstat_Icmp_InParmProbs"},"note":"ICMPMSGIN_INC_STATS(net, icmph->type) in icmp_rcv; icmp_put prints icmpmsg_statistics[ICMP_PARAMETERPROB]."}},"OutMsgs":{"type":"integer","minimum":0,"description":"ICMP messages sent (the receive path sends port and protocol unreachables).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_out_count"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":15}},"aliases":{"proc":"/proc/net/snmp","column":"OutMsgs","nstat":"IcmpOutMsgs","nodeExporter":"node_netstat_Icmp_OutMsgs"}}},"OutErrors":{"type":"integer","minimum":0,"description":"ICMP messages that could not be sent: the sending CPU's ICMP socket had no room (sk_wmem_alloc at its sk_sndbuf, 2 * SKB_TRUESIZE(64 KiB)); an error out a veth holds its truesize until the other end frees it, so a burst of unlimited errors runs it out.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_push_reply"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":16}},"aliases":{"proc":"/proc/net/snmp","column":"OutErrors","nstat":"IcmpOutErrors","nodeExporter":"node_netstat_Icmp_OutErrors"}}},"OutRateLimitGlobal":{"type":"integer","minimum":0,"description":"ICMP errors not sent because the per-namespace global token bucket (icmp_msgs_per_sec, icmp_msgs_burst) was empty.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmpv4_global_allow"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17}},"aliases":{"proc":"/proc/net/snmp","column":"OutRateLimitGlobal","nstat":"IcmpOutRateLimitGlobal","nodeExporter":"node_netstat_Icmp_OutRateLimitGlobal"},"note":"ICMP_MIB_RATELIMITGLOBAL; added in 6.0 (d0941130c9); absent in 3.13, which suppresses a rate-limited error without a counter."}},"OutRateLimitHost":{"type":"integer","minimum":0,"description":"ICMP errors not sent because the per-destination token bucket (icmp_ratelimit, inet_peer) was empty.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/inetpeer.c:inet_peer_xrlim_allow"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18}},"aliases":{"proc":"/proc/net/snmp","column":"OutRateLimitHost","nstat":"IcmpOutRateLimitHost","nodeExporter":"node_netstat_Icmp_OutRateLimitHost"},"note":"ICMP_MIB_RATELIMITHOST; added in 6.0 (d0941130c9); absent in 3.13, which suppresses a rate-limited error without a counter."}},"OutDestUnreachs":{"type":"integer","minimum":0,"description":"ICMP destination-unreachable messages sent: one per UDP datagram to a closed port (Udp NoPorts) and per unknown protocol (Ip InUnknownProtos), unless rate-limited (icmp_ratelimit, 6.x also icmp_msgs_per_sec).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/icmp.c:icmp_send","net/ipv4/icmp.c:icmp_out_count"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":17,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutDestUnreachs","nstat":"IcmpOutDestUnreachs","nodeExporter":"node_netstat_Icmp_OutDestUnreachs"}}},"OutTimeExcds":{"type":"integer","minimum":0,"description":"ICMP time-exceeded messages sent (from the Icmpmsg OutType11 counter): one per fragment queue that times out holding its first fragment (ip_expire, code ICMP_EXC_FRAGTIME), unless rate-limited.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip_expire","net/ipv4/icmp.c:icmp_out_count","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":18,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":20,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutTimeExcds","nstat":"IcmpOutTimeExcds","nodeExporter":"node_netstat_Icmp_OutTimeExcds"},"note":"Column: 6.x inserts OutRateLimitGlobal and OutRateLimitHost after OutErrors (net/ipv4/proc.c:icmp_put), so the Out* per-type columns move by two."}},"OutParmProbs":{"type":"integer","minimum":0,"description":"ICMP parameter-problem messages sent (from the Icmpmsg OutType12 counter): one per datagram whose IP options fail ip_options_compile on receive (also counted in Ip InHdrErrors), unless rate-limited.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/ip_options.c:ip_options_compile","net/ipv4/icmp.c:icmp_out_count","net/ipv4/proc.c:icmp_put"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":19,"kernel":["net/ipv4/icmp.c:icmp_send"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":21,"kernel":["net/ipv4/icmp.c:__icmp_send"]}},"aliases":{"proc":"/proc/net/snmp","column":"OutParmProbs","nstat":"IcmpOutParmProbs","nodeExporter":"node_netstat_Icmp_OutParmProbs"},"note":"Column: 6.x inserts OutRateLimitGlobal and OutRateLimitHost after OutErrors (net/ipv4/proc.c:icmp_put), so the Out* per-type columns move by two."}}}};
const schema59 = {"title":"UdpLine","type":"object","additionalProperties":false,"required":["InDatagrams","NoPorts","InErrors","OutDatagrams","RcvbufErrors","SndbufErrors","InCsumErrors"],"properties":{"InDatagrams":{"type":"integer","minimum":0,"description":"Datagrams the application read with recvmsg (not counted at enqueue, nor with MSG_PEEK). A gap to Ip InDelivers is data still queued or dropped at the socket.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_recvmsg"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":1}},"aliases":{"proc":"/proc/net/snmp","column":"InDatagrams","nstat":"UdpInDatagrams","nodeExporter":"node_netstat_Udp_InDatagrams"}}},"NoPorts":{"type":"integer","minimum":0,"description":"Datagrams to a port with no socket (an ICMP port unreachable is sent).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":2}},"aliases":{"proc":"/proc/net/snmp","column":"NoPorts","nstat":"UdpNoPorts","nodeExporter":"node_netstat_Udp_NoPorts"},"dropReason":"NO_SOCKET"}},"InErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped by UDP for any reason other than no port: bad length, bad checksum, socket receive buffer full, memory limit, filter. RcvbufErrors and InCsumErrors are counted here too.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":3,"kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_queue_rcv_one_skb","net/ipv4/udp.c:__udp_queue_rcv_skb"]}},"aliases":{"proc":"/proc/net/snmp","column":"InErrors","nstat":"UdpInErrors","nodeExporter":"node_netstat_Udp_InErrors"},"dropReason":["PKT_TOO_SMALL","UDP_CSUM","SOCKET_RCVBUFF","PROTO_MEM","SOCKET_FILTER","XFRM_POLICY"],"note":"3.13 quirk: when sk_rmem_alloc already exceeds sk_rcvbuf, the sk_rcvqueues_full drop counts InErrors only, not RcvbufErrors."}},"OutDatagrams":{"type":"integer","minimum":0,"description":"Datagrams sent (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_send_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":4}},"aliases":{"proc":"/proc/net/snmp","column":"OutDatagrams","nstat":"UdpOutDatagrams","nodeExporter":"node_netstat_Udp_OutDatagrams"}}},"RcvbufErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped because the socket receive buffer (sk_rcvbuf, SO_RCVBUF) was full. Also counted in InErrors. Grows: read faster or raise SO_RCVBUF / net.core.rmem_default / rmem_max.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/core/sock.c:sock_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":5,"kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:__udp_enqueue_schedule_skb"]}},"aliases":{"proc":"/proc/net/snmp","column":"RcvbufErrors","nstat":"UdpRcvbufErrors","nodeExporter":"node_netstat_Udp_RcvbufErrors"},"dropReason":"SOCKET_RCVBUFF"}},"SndbufErrors":{"type":"integer","minimum":0,"description":"Datagrams not sent because the send buffer was full (transmit path; not modelled).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:udp_send_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":6}},"aliases":{"proc":"/proc/net/snmp","column":"SndbufErrors","nstat":"UdpSndbufErrors","nodeExporter":"node_netstat_Udp_SndbufErrors"}}},"InCsumErrors":{"type":"integer","minimum":0,"description":"Datagrams with a bad UDP checksum, found at receive or at read time (also counted in InErrors).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv","net/ipv4/udp.c:udp_recvmsg"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":7}},"aliases":{"proc":"/proc/net/snmp","column":"InCsumErrors","nstat":"UdpInCsumErrors","nodeExporter":"node_netstat_Udp_InCsumErrors"},"dropReason":"UDP_CSUM"}},"IgnoredMulti":{"type":"integer","minimum":0,"description":"Multicast or broadcast datagrams no socket wanted (linux-6.18; 3.13 frees them silently).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp4_lib_rcv"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":8}},"aliases":{"proc":"/proc/net/snmp","column":"IgnoredMulti","nstat":"UdpIgnoredMulti","nodeExporter":"node_netstat_Udp_IgnoredMulti"}}},"MemErrors":{"type":"integer","minimum":0,"description":"Datagrams dropped because protocol memory (net.ipv4.udp_mem) could not be charged (-ENOBUFS). Also counted in InErrors. linux-6.18 has the field but its batched enqueue path never bumps it (TODO in __udp_enqueue_schedule_skb).","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"netns","kernel":["net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9},"linux-6.12":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9},"linux-6.18":{"default":0,"minimum":0,"check":"SNMP MIB, per-CPU unsigned long summed at read (64-bit on x86_64), printed %lu","bits":64,"column":9}},"aliases":{"proc":"/proc/net/snmp","column":"MemErrors","nstat":"UdpMemErrors","nodeExporter":"node_netstat_Udp_MemErrors"},"dropReason":"PROTO_MEM"}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/snmp.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Ip === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Ip"},message:"must have required property '"+"Ip"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Icmp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Icmp"},message:"must have required property '"+"Icmp"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Udp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Udp"},message:"must have required property '"+"Udp"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Ip") || (key0 === "Icmp")) || (key0 === "Udp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Ip !== undefined){
let data0 = data.Ip;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.Forwarding === undefined){
const err4 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "Forwarding"},message:"must have required property '"+"Forwarding"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.DefaultTTL === undefined){
const err5 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "DefaultTTL"},message:"must have required property '"+"DefaultTTL"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.InReceives === undefined){
const err6 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InReceives"},message:"must have required property '"+"InReceives"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.InHdrErrors === undefined){
const err7 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InHdrErrors"},message:"must have required property '"+"InHdrErrors"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.InAddrErrors === undefined){
const err8 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InAddrErrors"},message:"must have required property '"+"InAddrErrors"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.ForwDatagrams === undefined){
const err9 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "ForwDatagrams"},message:"must have required property '"+"ForwDatagrams"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data0.InUnknownProtos === undefined){
const err10 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InUnknownProtos"},message:"must have required property '"+"InUnknownProtos"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0.InDiscards === undefined){
const err11 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InDiscards"},message:"must have required property '"+"InDiscards"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data0.InDelivers === undefined){
const err12 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "InDelivers"},message:"must have required property '"+"InDelivers"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data0.OutRequests === undefined){
const err13 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "OutRequests"},message:"must have required property '"+"OutRequests"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data0.OutDiscards === undefined){
const err14 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "OutDiscards"},message:"must have required property '"+"OutDiscards"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data0.OutNoRoutes === undefined){
const err15 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "OutNoRoutes"},message:"must have required property '"+"OutNoRoutes"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data0.ReasmTimeout === undefined){
const err16 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "ReasmTimeout"},message:"must have required property '"+"ReasmTimeout"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data0.ReasmReqds === undefined){
const err17 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "ReasmReqds"},message:"must have required property '"+"ReasmReqds"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data0.ReasmOKs === undefined){
const err18 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "ReasmOKs"},message:"must have required property '"+"ReasmOKs"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data0.ReasmFails === undefined){
const err19 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "ReasmFails"},message:"must have required property '"+"ReasmFails"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data0.FragOKs === undefined){
const err20 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "FragOKs"},message:"must have required property '"+"FragOKs"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data0.FragFails === undefined){
const err21 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "FragFails"},message:"must have required property '"+"FragFails"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data0.FragCreates === undefined){
const err22 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/required",keyword:"required",params:{missingProperty: "FragCreates"},message:"must have required property '"+"FragCreates"+"'",schema:schema57.required,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data0){
if(!(func1.call(schema57.properties, key1))){
const err23 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data0.Forwarding !== undefined){
let data1 = data0.Forwarding;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err24 = {instancePath:instancePath+"/Ip/Forwarding",schemaPath:"#/$defs/IpLine/properties/Forwarding/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.Forwarding.type,parentSchema:schema57.properties.Forwarding,data:data1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err25 = {instancePath:instancePath+"/Ip/Forwarding",schemaPath:"#/$defs/IpLine/properties/Forwarding/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.Forwarding,data:data1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data0.DefaultTTL !== undefined){
let data2 = data0.DefaultTTL;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err26 = {instancePath:instancePath+"/Ip/DefaultTTL",schemaPath:"#/$defs/IpLine/properties/DefaultTTL/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.DefaultTTL.type,parentSchema:schema57.properties.DefaultTTL,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err27 = {instancePath:instancePath+"/Ip/DefaultTTL",schemaPath:"#/$defs/IpLine/properties/DefaultTTL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.DefaultTTL,data:data2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data0.InReceives !== undefined){
let data3 = data0.InReceives;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err28 = {instancePath:instancePath+"/Ip/InReceives",schemaPath:"#/$defs/IpLine/properties/InReceives/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InReceives.type,parentSchema:schema57.properties.InReceives,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err29 = {instancePath:instancePath+"/Ip/InReceives",schemaPath:"#/$defs/IpLine/properties/InReceives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InReceives,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data0.InHdrErrors !== undefined){
let data4 = data0.InHdrErrors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err30 = {instancePath:instancePath+"/Ip/InHdrErrors",schemaPath:"#/$defs/IpLine/properties/InHdrErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InHdrErrors.type,parentSchema:schema57.properties.InHdrErrors,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err31 = {instancePath:instancePath+"/Ip/InHdrErrors",schemaPath:"#/$defs/IpLine/properties/InHdrErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InHdrErrors,data:data4};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data0.InAddrErrors !== undefined){
let data5 = data0.InAddrErrors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err32 = {instancePath:instancePath+"/Ip/InAddrErrors",schemaPath:"#/$defs/IpLine/properties/InAddrErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InAddrErrors.type,parentSchema:schema57.properties.InAddrErrors,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err33 = {instancePath:instancePath+"/Ip/InAddrErrors",schemaPath:"#/$defs/IpLine/properties/InAddrErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InAddrErrors,data:data5};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data0.ForwDatagrams !== undefined){
let data6 = data0.ForwDatagrams;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err34 = {instancePath:instancePath+"/Ip/ForwDatagrams",schemaPath:"#/$defs/IpLine/properties/ForwDatagrams/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.ForwDatagrams.type,parentSchema:schema57.properties.ForwDatagrams,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err35 = {instancePath:instancePath+"/Ip/ForwDatagrams",schemaPath:"#/$defs/IpLine/properties/ForwDatagrams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.ForwDatagrams,data:data6};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data0.InUnknownProtos !== undefined){
let data7 = data0.InUnknownProtos;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err36 = {instancePath:instancePath+"/Ip/InUnknownProtos",schemaPath:"#/$defs/IpLine/properties/InUnknownProtos/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InUnknownProtos.type,parentSchema:schema57.properties.InUnknownProtos,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err37 = {instancePath:instancePath+"/Ip/InUnknownProtos",schemaPath:"#/$defs/IpLine/properties/InUnknownProtos/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InUnknownProtos,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data0.InDiscards !== undefined){
let data8 = data0.InDiscards;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err38 = {instancePath:instancePath+"/Ip/InDiscards",schemaPath:"#/$defs/IpLine/properties/InDiscards/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InDiscards.type,parentSchema:schema57.properties.InDiscards,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err39 = {instancePath:instancePath+"/Ip/InDiscards",schemaPath:"#/$defs/IpLine/properties/InDiscards/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InDiscards,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data0.InDelivers !== undefined){
let data9 = data0.InDelivers;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err40 = {instancePath:instancePath+"/Ip/InDelivers",schemaPath:"#/$defs/IpLine/properties/InDelivers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.InDelivers.type,parentSchema:schema57.properties.InDelivers,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err41 = {instancePath:instancePath+"/Ip/InDelivers",schemaPath:"#/$defs/IpLine/properties/InDelivers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.InDelivers,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data0.OutRequests !== undefined){
let data10 = data0.OutRequests;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err42 = {instancePath:instancePath+"/Ip/OutRequests",schemaPath:"#/$defs/IpLine/properties/OutRequests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.OutRequests.type,parentSchema:schema57.properties.OutRequests,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err43 = {instancePath:instancePath+"/Ip/OutRequests",schemaPath:"#/$defs/IpLine/properties/OutRequests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.OutRequests,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data0.OutDiscards !== undefined){
let data11 = data0.OutDiscards;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err44 = {instancePath:instancePath+"/Ip/OutDiscards",schemaPath:"#/$defs/IpLine/properties/OutDiscards/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.OutDiscards.type,parentSchema:schema57.properties.OutDiscards,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/Ip/OutDiscards",schemaPath:"#/$defs/IpLine/properties/OutDiscards/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.OutDiscards,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data0.OutNoRoutes !== undefined){
let data12 = data0.OutNoRoutes;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/Ip/OutNoRoutes",schemaPath:"#/$defs/IpLine/properties/OutNoRoutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.OutNoRoutes.type,parentSchema:schema57.properties.OutNoRoutes,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/Ip/OutNoRoutes",schemaPath:"#/$defs/IpLine/properties/OutNoRoutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.OutNoRoutes,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data0.ReasmTimeout !== undefined){
let data13 = data0.ReasmTimeout;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err48 = {instancePath:instancePath+"/Ip/ReasmTimeout",schemaPath:"#/$defs/IpLine/properties/ReasmTimeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.ReasmTimeout.type,parentSchema:schema57.properties.ReasmTimeout,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err49 = {instancePath:instancePath+"/Ip/ReasmTimeout",schemaPath:"#/$defs/IpLine/properties/ReasmTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.ReasmTimeout,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data0.ReasmReqds !== undefined){
let data14 = data0.ReasmReqds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err50 = {instancePath:instancePath+"/Ip/ReasmReqds",schemaPath:"#/$defs/IpLine/properties/ReasmReqds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.ReasmReqds.type,parentSchema:schema57.properties.ReasmReqds,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err51 = {instancePath:instancePath+"/Ip/ReasmReqds",schemaPath:"#/$defs/IpLine/properties/ReasmReqds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.ReasmReqds,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data0.ReasmOKs !== undefined){
let data15 = data0.ReasmOKs;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err52 = {instancePath:instancePath+"/Ip/ReasmOKs",schemaPath:"#/$defs/IpLine/properties/ReasmOKs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.ReasmOKs.type,parentSchema:schema57.properties.ReasmOKs,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err53 = {instancePath:instancePath+"/Ip/ReasmOKs",schemaPath:"#/$defs/IpLine/properties/ReasmOKs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.ReasmOKs,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data0.ReasmFails !== undefined){
let data16 = data0.ReasmFails;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err54 = {instancePath:instancePath+"/Ip/ReasmFails",schemaPath:"#/$defs/IpLine/properties/ReasmFails/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.ReasmFails.type,parentSchema:schema57.properties.ReasmFails,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err55 = {instancePath:instancePath+"/Ip/ReasmFails",schemaPath:"#/$defs/IpLine/properties/ReasmFails/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.ReasmFails,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data0.FragOKs !== undefined){
let data17 = data0.FragOKs;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err56 = {instancePath:instancePath+"/Ip/FragOKs",schemaPath:"#/$defs/IpLine/properties/FragOKs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.FragOKs.type,parentSchema:schema57.properties.FragOKs,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err57 = {instancePath:instancePath+"/Ip/FragOKs",schemaPath:"#/$defs/IpLine/properties/FragOKs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.FragOKs,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data0.FragFails !== undefined){
let data18 = data0.FragFails;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err58 = {instancePath:instancePath+"/Ip/FragFails",schemaPath:"#/$defs/IpLine/properties/FragFails/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.FragFails.type,parentSchema:schema57.properties.FragFails,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err59 = {instancePath:instancePath+"/Ip/FragFails",schemaPath:"#/$defs/IpLine/properties/FragFails/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.FragFails,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data0.FragCreates !== undefined){
let data19 = data0.FragCreates;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err60 = {instancePath:instancePath+"/Ip/FragCreates",schemaPath:"#/$defs/IpLine/properties/FragCreates/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.FragCreates.type,parentSchema:schema57.properties.FragCreates,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err61 = {instancePath:instancePath+"/Ip/FragCreates",schemaPath:"#/$defs/IpLine/properties/FragCreates/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.FragCreates,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data0.OutTransmits !== undefined){
let data20 = data0.OutTransmits;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err62 = {instancePath:instancePath+"/Ip/OutTransmits",schemaPath:"#/$defs/IpLine/properties/OutTransmits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.OutTransmits.type,parentSchema:schema57.properties.OutTransmits,data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err63 = {instancePath:instancePath+"/Ip/OutTransmits",schemaPath:"#/$defs/IpLine/properties/OutTransmits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.properties.OutTransmits,data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/Ip",schemaPath:"#/$defs/IpLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.Icmp !== undefined){
let data21 = data.Icmp;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.InMsgs === undefined){
const err65 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "InMsgs"},message:"must have required property '"+"InMsgs"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data21.InErrors === undefined){
const err66 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "InErrors"},message:"must have required property '"+"InErrors"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data21.InCsumErrors === undefined){
const err67 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "InCsumErrors"},message:"must have required property '"+"InCsumErrors"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data21.InDestUnreachs === undefined){
const err68 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "InDestUnreachs"},message:"must have required property '"+"InDestUnreachs"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data21.OutMsgs === undefined){
const err69 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "OutMsgs"},message:"must have required property '"+"OutMsgs"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data21.OutErrors === undefined){
const err70 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "OutErrors"},message:"must have required property '"+"OutErrors"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data21.OutDestUnreachs === undefined){
const err71 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/required",keyword:"required",params:{missingProperty: "OutDestUnreachs"},message:"must have required property '"+"OutDestUnreachs"+"'",schema:schema58.required,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key2 in data21){
if(!(func1.call(schema58.properties, key2))){
const err72 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data21.InMsgs !== undefined){
let data22 = data21.InMsgs;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err73 = {instancePath:instancePath+"/Icmp/InMsgs",schemaPath:"#/$defs/IcmpLine/properties/InMsgs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InMsgs.type,parentSchema:schema58.properties.InMsgs,data:data22};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err74 = {instancePath:instancePath+"/Icmp/InMsgs",schemaPath:"#/$defs/IcmpLine/properties/InMsgs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InMsgs,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
if(data21.InErrors !== undefined){
let data23 = data21.InErrors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err75 = {instancePath:instancePath+"/Icmp/InErrors",schemaPath:"#/$defs/IcmpLine/properties/InErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InErrors.type,parentSchema:schema58.properties.InErrors,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err76 = {instancePath:instancePath+"/Icmp/InErrors",schemaPath:"#/$defs/IcmpLine/properties/InErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InErrors,data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data21.InCsumErrors !== undefined){
let data24 = data21.InCsumErrors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err77 = {instancePath:instancePath+"/Icmp/InCsumErrors",schemaPath:"#/$defs/IcmpLine/properties/InCsumErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InCsumErrors.type,parentSchema:schema58.properties.InCsumErrors,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err78 = {instancePath:instancePath+"/Icmp/InCsumErrors",schemaPath:"#/$defs/IcmpLine/properties/InCsumErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InCsumErrors,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data21.InDestUnreachs !== undefined){
let data25 = data21.InDestUnreachs;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err79 = {instancePath:instancePath+"/Icmp/InDestUnreachs",schemaPath:"#/$defs/IcmpLine/properties/InDestUnreachs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InDestUnreachs.type,parentSchema:schema58.properties.InDestUnreachs,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err80 = {instancePath:instancePath+"/Icmp/InDestUnreachs",schemaPath:"#/$defs/IcmpLine/properties/InDestUnreachs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InDestUnreachs,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data21.InTimeExcds !== undefined){
let data26 = data21.InTimeExcds;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err81 = {instancePath:instancePath+"/Icmp/InTimeExcds",schemaPath:"#/$defs/IcmpLine/properties/InTimeExcds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InTimeExcds.type,parentSchema:schema58.properties.InTimeExcds,data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err82 = {instancePath:instancePath+"/Icmp/InTimeExcds",schemaPath:"#/$defs/IcmpLine/properties/InTimeExcds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InTimeExcds,data:data26};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data21.InParmProbs !== undefined){
let data27 = data21.InParmProbs;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err83 = {instancePath:instancePath+"/Icmp/InParmProbs",schemaPath:"#/$defs/IcmpLine/properties/InParmProbs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.InParmProbs.type,parentSchema:schema58.properties.InParmProbs,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err84 = {instancePath:instancePath+"/Icmp/InParmProbs",schemaPath:"#/$defs/IcmpLine/properties/InParmProbs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.InParmProbs,data:data27};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data21.OutMsgs !== undefined){
let data28 = data21.OutMsgs;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err85 = {instancePath:instancePath+"/Icmp/OutMsgs",schemaPath:"#/$defs/IcmpLine/properties/OutMsgs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutMsgs.type,parentSchema:schema58.properties.OutMsgs,data:data28};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err86 = {instancePath:instancePath+"/Icmp/OutMsgs",schemaPath:"#/$defs/IcmpLine/properties/OutMsgs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutMsgs,data:data28};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data21.OutErrors !== undefined){
let data29 = data21.OutErrors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err87 = {instancePath:instancePath+"/Icmp/OutErrors",schemaPath:"#/$defs/IcmpLine/properties/OutErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutErrors.type,parentSchema:schema58.properties.OutErrors,data:data29};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err88 = {instancePath:instancePath+"/Icmp/OutErrors",schemaPath:"#/$defs/IcmpLine/properties/OutErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutErrors,data:data29};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data21.OutRateLimitGlobal !== undefined){
let data30 = data21.OutRateLimitGlobal;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err89 = {instancePath:instancePath+"/Icmp/OutRateLimitGlobal",schemaPath:"#/$defs/IcmpLine/properties/OutRateLimitGlobal/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutRateLimitGlobal.type,parentSchema:schema58.properties.OutRateLimitGlobal,data:data30};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err90 = {instancePath:instancePath+"/Icmp/OutRateLimitGlobal",schemaPath:"#/$defs/IcmpLine/properties/OutRateLimitGlobal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutRateLimitGlobal,data:data30};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
if(data21.OutRateLimitHost !== undefined){
let data31 = data21.OutRateLimitHost;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err91 = {instancePath:instancePath+"/Icmp/OutRateLimitHost",schemaPath:"#/$defs/IcmpLine/properties/OutRateLimitHost/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutRateLimitHost.type,parentSchema:schema58.properties.OutRateLimitHost,data:data31};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err92 = {instancePath:instancePath+"/Icmp/OutRateLimitHost",schemaPath:"#/$defs/IcmpLine/properties/OutRateLimitHost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutRateLimitHost,data:data31};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data21.OutDestUnreachs !== undefined){
let data32 = data21.OutDestUnreachs;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err93 = {instancePath:instancePath+"/Icmp/OutDestUnreachs",schemaPath:"#/$defs/IcmpLine/properties/OutDestUnreachs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutDestUnreachs.type,parentSchema:schema58.properties.OutDestUnreachs,data:data32};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err94 = {instancePath:instancePath+"/Icmp/OutDestUnreachs",schemaPath:"#/$defs/IcmpLine/properties/OutDestUnreachs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutDestUnreachs,data:data32};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data21.OutTimeExcds !== undefined){
let data33 = data21.OutTimeExcds;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err95 = {instancePath:instancePath+"/Icmp/OutTimeExcds",schemaPath:"#/$defs/IcmpLine/properties/OutTimeExcds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutTimeExcds.type,parentSchema:schema58.properties.OutTimeExcds,data:data33};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err96 = {instancePath:instancePath+"/Icmp/OutTimeExcds",schemaPath:"#/$defs/IcmpLine/properties/OutTimeExcds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutTimeExcds,data:data33};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data21.OutParmProbs !== undefined){
let data34 = data21.OutParmProbs;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err97 = {instancePath:instancePath+"/Icmp/OutParmProbs",schemaPath:"#/$defs/IcmpLine/properties/OutParmProbs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.OutParmProbs.type,parentSchema:schema58.properties.OutParmProbs,data:data34};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err98 = {instancePath:instancePath+"/Icmp/OutParmProbs",schemaPath:"#/$defs/IcmpLine/properties/OutParmProbs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.OutParmProbs,data:data34};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/Icmp",schemaPath:"#/$defs/IcmpLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data21};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.Udp !== undefined){
let data35 = data.Udp;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.InDatagrams === undefined){
const err100 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "InDatagrams"},message:"must have required property '"+"InDatagrams"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data35.NoPorts === undefined){
const err101 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "NoPorts"},message:"must have required property '"+"NoPorts"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data35.InErrors === undefined){
const err102 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "InErrors"},message:"must have required property '"+"InErrors"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data35.OutDatagrams === undefined){
const err103 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "OutDatagrams"},message:"must have required property '"+"OutDatagrams"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data35.RcvbufErrors === undefined){
const err104 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "RcvbufErrors"},message:"must have required property '"+"RcvbufErrors"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data35.SndbufErrors === undefined){
const err105 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "SndbufErrors"},message:"must have required property '"+"SndbufErrors"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data35.InCsumErrors === undefined){
const err106 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/required",keyword:"required",params:{missingProperty: "InCsumErrors"},message:"must have required property '"+"InCsumErrors"+"'",schema:schema59.required,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key3 in data35){
if(!(func1.call(schema59.properties, key3))){
const err107 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data35.InDatagrams !== undefined){
let data36 = data35.InDatagrams;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err108 = {instancePath:instancePath+"/Udp/InDatagrams",schemaPath:"#/$defs/UdpLine/properties/InDatagrams/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.InDatagrams.type,parentSchema:schema59.properties.InDatagrams,data:data36};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err109 = {instancePath:instancePath+"/Udp/InDatagrams",schemaPath:"#/$defs/UdpLine/properties/InDatagrams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.InDatagrams,data:data36};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
if(data35.NoPorts !== undefined){
let data37 = data35.NoPorts;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err110 = {instancePath:instancePath+"/Udp/NoPorts",schemaPath:"#/$defs/UdpLine/properties/NoPorts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.NoPorts.type,parentSchema:schema59.properties.NoPorts,data:data37};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
const err111 = {instancePath:instancePath+"/Udp/NoPorts",schemaPath:"#/$defs/UdpLine/properties/NoPorts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.NoPorts,data:data37};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data35.InErrors !== undefined){
let data38 = data35.InErrors;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err112 = {instancePath:instancePath+"/Udp/InErrors",schemaPath:"#/$defs/UdpLine/properties/InErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.InErrors.type,parentSchema:schema59.properties.InErrors,data:data38};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err113 = {instancePath:instancePath+"/Udp/InErrors",schemaPath:"#/$defs/UdpLine/properties/InErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.InErrors,data:data38};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
if(data35.OutDatagrams !== undefined){
let data39 = data35.OutDatagrams;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err114 = {instancePath:instancePath+"/Udp/OutDatagrams",schemaPath:"#/$defs/UdpLine/properties/OutDatagrams/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.OutDatagrams.type,parentSchema:schema59.properties.OutDatagrams,data:data39};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err115 = {instancePath:instancePath+"/Udp/OutDatagrams",schemaPath:"#/$defs/UdpLine/properties/OutDatagrams/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.OutDatagrams,data:data39};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
if(data35.RcvbufErrors !== undefined){
let data40 = data35.RcvbufErrors;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err116 = {instancePath:instancePath+"/Udp/RcvbufErrors",schemaPath:"#/$defs/UdpLine/properties/RcvbufErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.RcvbufErrors.type,parentSchema:schema59.properties.RcvbufErrors,data:data40};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err117 = {instancePath:instancePath+"/Udp/RcvbufErrors",schemaPath:"#/$defs/UdpLine/properties/RcvbufErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.RcvbufErrors,data:data40};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
if(data35.SndbufErrors !== undefined){
let data41 = data35.SndbufErrors;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err118 = {instancePath:instancePath+"/Udp/SndbufErrors",schemaPath:"#/$defs/UdpLine/properties/SndbufErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.SndbufErrors.type,parentSchema:schema59.properties.SndbufErrors,data:data41};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err119 = {instancePath:instancePath+"/Udp/SndbufErrors",schemaPath:"#/$defs/UdpLine/properties/SndbufErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.SndbufErrors,data:data41};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
if(data35.InCsumErrors !== undefined){
let data42 = data35.InCsumErrors;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err120 = {instancePath:instancePath+"/Udp/InCsumErrors",schemaPath:"#/$defs/UdpLine/properties/InCsumErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.InCsumErrors.type,parentSchema:schema59.properties.InCsumErrors,data:data42};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err121 = {instancePath:instancePath+"/Udp/InCsumErrors",schemaPath:"#/$defs/UdpLine/properties/InCsumErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.InCsumErrors,data:data42};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data35.IgnoredMulti !== undefined){
let data43 = data35.IgnoredMulti;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err122 = {instancePath:instancePath+"/Udp/IgnoredMulti",schemaPath:"#/$defs/UdpLine/properties/IgnoredMulti/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.IgnoredMulti.type,parentSchema:schema59.properties.IgnoredMulti,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err123 = {instancePath:instancePath+"/Udp/IgnoredMulti",schemaPath:"#/$defs/UdpLine/properties/IgnoredMulti/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.IgnoredMulti,data:data43};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
if(data35.MemErrors !== undefined){
let data44 = data35.MemErrors;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err124 = {instancePath:instancePath+"/Udp/MemErrors",schemaPath:"#/$defs/UdpLine/properties/MemErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.MemErrors.type,parentSchema:schema59.properties.MemErrors,data:data44};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err125 = {instancePath:instancePath+"/Udp/MemErrors",schemaPath:"#/$defs/UdpLine/properties/MemErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.MemErrors,data:data44};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
else {
const err126 = {instancePath:instancePath+"/Udp",schemaPath:"#/$defs/UdpLine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data35};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v6 = validate33;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/softirqs.schema.json","title":"Softirqs","description":"/proc/softirqs: the NET_RX line, one count per CPU.","type":"object","additionalProperties":false,"properties":{"NET_RX":{"type":"array","items":{"type":"integer","minimum":0},"description":"NET_RX softirq runs per CPU (each __do_softirq pass that ran net_rx_action), index = CPU. Compare with softnet processed to see packets per softirq.","x-rxpath":{"kind":"counter","unit":"softirqs","scope":"cpu","kernel":["kernel/softirq.c:__do_softirq","fs/proc/softirqs.c:show_softirqs"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"kstat_softirqs_cpu (unsigned int), printed %10u","bits":32},"linux-6.1":{"default":0,"minimum":0,"check":"kstat_softirqs_cpu (unsigned int), printed %10u","bits":32,"kernel":["kernel/softirq.c:handle_softirqs","fs/proc/softirqs.c:show_softirqs"]},"linux-6.12":{"default":0,"minimum":0,"check":"kstat_softirqs_cpu (unsigned int), printed %10u","bits":32,"kernel":["kernel/softirq.c:handle_softirqs","fs/proc/softirqs.c:show_softirqs"]},"linux-6.18":{"default":0,"minimum":0,"check":"kstat_softirqs_cpu (unsigned int), printed %10u","bits":32,"kernel":["kernel/softirq.c:handle_softirqs","fs/proc/softirqs.c:show_softirqs"]}},"aliases":{"proc":"/proc/softirqs","column":"NET_RX","nodeExporter":"node_softirqs_functions_total{type=\"NET_RX\"}"},"clock":true}}},"required":["NET_RX"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/softirqs.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NET_RX === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NET_RX"},message:"must have required property '"+"NET_RX"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "NET_RX")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.NET_RX !== undefined){
let data0 = data.NET_RX;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/NET_RX/" + i0,schemaPath:"#/properties/NET_RX/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.NET_RX.items.type,parentSchema:schema60.properties.NET_RX.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/NET_RX/" + i0,schemaPath:"#/properties/NET_RX/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.NET_RX.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/NET_RX",schemaPath:"#/properties/NET_RX/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.NET_RX.type,parentSchema:schema60.properties.NET_RX,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v7 = validate34;
const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/softnet_stat.schema.json","title":"SoftnetStat","description":"/proc/net/softnet_stat: one row per online CPU, each value printed %08x (u32, wraps). linux-3.13 prints 11 columns, linux-6.18 prints 15 (net/core/net-procfs.c:softnet_seq_show). Columns that are always 0 (4-8, and 9 in 6.18) are not represented except cpu_collision.","type":"array","items":{"$ref":"#/$defs/SoftnetRow"},"$defs":{"SoftnetRow":{"title":"SoftnetRow","type":"object","additionalProperties":false,"required":["cpu","processed","dropped","time_squeeze","cpu_collision","received_rps","flow_limit_count"],"properties":{"cpu":{"type":"integer","minimum":0,"description":"The CPU this row belongs to. linux-6.18 prints it as column 13; linux-3.13 prints no CPU id, so the row index among online CPUs is the only key.","x-rxpath":{"kind":"label","unit":"cpu","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":null,"check":"row key; 6.18 prints (int)seq->index (the CPU id) in column 13"},"linux-6.1":{"default":null,"check":"row key; 6.1 prints (int)seq->index (the CPU id) in column 13, the last of 13","column":13},"linux-6.12":{"default":null,"check":"row key; 6.12 prints (int)seq->index (the CPU id) in column 13","column":13},"linux-6.18":{"default":null,"check":"row key; 6.18 prints (int)seq->index (the CPU id) in column 13","column":13}},"aliases":{"proc":"/proc/net/softnet_stat","column":"cpu id (column 13 in 6.18)"}}},"processed":{"type":"integer","minimum":0,"description":"Packets __netif_receive_skb_core handled on this CPU (the protocol-processing CPU, i.e. the RPS target), counted once per another_round. Backlog drops never count. A CPU that does all the receive work shows it here.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:__netif_receive_skb_core","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1}},"aliases":{"proc":"/proc/net/softnet_stat","column":"processed","nodeExporter":"node_softnet_processed_total"}}},"dropped":{"type":"integer","minimum":0,"description":"Packets dropped because the TARGET CPU's backlog (input_pkt_queue) was over net.core.netdev_max_backlog, or the flow limit dropped them. Grows: raise netdev_max_backlog, spread RPS, or make the consumer faster.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:enqueue_to_backlog","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"3.13: sd->dropped (u32); 6.18: numa_drop_read(&sd->drop_counters), printed as u32","bits":32,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"6.1: sd->dropped (unsigned int), printed %08x","bits":32,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"6.12: atomic_read(&sd->dropped), printed %08x","bits":32,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"3.13: sd->dropped (u32); 6.18: numa_drop_read(&sd->drop_counters), printed as u32","bits":32,"column":2}},"aliases":{"proc":"/proc/net/softnet_stat","column":"dropped","nodeExporter":"node_softnet_dropped_total"},"dropReason":"CPU_BACKLOG"}},"time_squeeze":{"type":"integer","minimum":0,"description":"net_rx_action calls that stopped with work left because netdev_budget or the time limit (2 jiffies in 3.13, netdev_budget_usecs in 6.18) ran out. Grows: raise netdev_budget / netdev_budget_usecs.","x-rxpath":{"kind":"counter","unit":"events","scope":"cpu","kernel":["net/core/dev.c:net_rx_action","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3}},"aliases":{"proc":"/proc/net/softnet_stat","column":"time_squeeze","nodeExporter":"node_softnet_times_squeezed_total"},"note":"3.13 counts it only when the poll list is still non-empty at the check (before each poll); 6.18 counts whenever budget <= 0 after a poll."}},"cpu_collision":{"type":"integer","minimum":0,"description":"Times this CPU failed to take a device TX lock (linux-3.13). linux-6.18 always prints 0 here (\"was cpu_collision\"). Not on the receive path: always 0 in the model.","x-rxpath":{"kind":"counter","unit":"events","scope":"cpu","kernel":["net/sched/sch_generic.c:handle_dev_cpu_collision","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"3.13: sd->cpu_collision (u32); 6.18: constant 0","bits":32,"column":9},"linux-6.1":{"default":0,"minimum":0,"check":"6.1: constant 0 (\"was cpu_collision\")","bits":32,"column":9},"linux-6.12":{"default":0,"minimum":0,"check":"6.12: constant 0 (\"was cpu_collision\")","bits":32,"column":9},"linux-6.18":{"default":0,"minimum":0,"check":"3.13: sd->cpu_collision (u32); 6.18: constant 0","bits":32,"column":9}},"aliases":{"proc":"/proc/net/softnet_stat","column":"cpu_collision","nodeExporter":"node_softnet_cpu_collision_total"}}},"received_rps":{"type":"integer","minimum":0,"description":"RPS IPIs this CPU received (rps_trigger_softirq): remote kicks that scheduled its backlog NAPI, not packets.","x-rxpath":{"kind":"counter","unit":"interrupts","scope":"cpu","kernel":["net/core/dev.c:rps_trigger_softirq","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10}},"aliases":{"proc":"/proc/net/softnet_stat","column":"received_rps","nodeExporter":"node_softnet_received_rps_total"},"clock":true}},"flow_limit_count":{"type":"integer","minimum":0,"description":"Packets the flow limit (skb_flow_limit) dropped, counted on the ENQUEUING CPU (whose flow table was used); the drop itself is in `dropped` of the target CPU.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:skb_flow_limit","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.1":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.12":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.18":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11}},"aliases":{"proc":"/proc/net/softnet_stat","column":"flow_limit_count","nodeExporter":"node_softnet_flow_limit_count_total"},"dropReason":"CPU_BACKLOG"}},"backlog_len":{"type":"integer","minimum":0,"description":"Packets waiting in this CPU's backlog at the instant of reading: input_pkt_queue + process_queue lengths (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_backlog_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"6.1: softnet_backlog_len(sd) = input_pkt_queue + process_queue lengths (net/core/net-procfs.c:softnet_seq_show), column 12","bits":32,"column":12},"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(input_pkt_queue) + skb_queue_len_lockless(process_queue)","bits":32,"column":12},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(input_pkt_queue) + skb_queue_len_lockless(process_queue)","bits":32,"column":12}},"aliases":{"proc":"/proc/net/softnet_stat","column":"backlog_len","nodeExporter":"node_softnet_backlog_len"}}},"input_qlen":{"type":"integer","minimum":0,"description":"Length of this CPU's input_pkt_queue (where enqueue_to_backlog puts packets) at the instant of reading (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_input_pkt_queue_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->input_pkt_queue)","bits":32,"column":14},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->input_pkt_queue)","bits":32,"column":14}},"aliases":{"proc":"/proc/net/softnet_stat","column":"input_qlen"}}},"process_qlen":{"type":"integer","minimum":0,"description":"Length of this CPU's process_queue (packets process_backlog already spliced and is handing up) at the instant of reading (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_process_queue_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->process_queue)","bits":32,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->process_queue)","bits":32,"column":15}},"aliases":{"proc":"/proc/net/softnet_stat","column":"process_qlen"}}}}}}};
const schema62 = {"title":"SoftnetRow","type":"object","additionalProperties":false,"required":["cpu","processed","dropped","time_squeeze","cpu_collision","received_rps","flow_limit_count"],"properties":{"cpu":{"type":"integer","minimum":0,"description":"The CPU this row belongs to. linux-6.18 prints it as column 13; linux-3.13 prints no CPU id, so the row index among online CPUs is the only key.","x-rxpath":{"kind":"label","unit":"cpu","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":null,"check":"row key; 6.18 prints (int)seq->index (the CPU id) in column 13"},"linux-6.1":{"default":null,"check":"row key; 6.1 prints (int)seq->index (the CPU id) in column 13, the last of 13","column":13},"linux-6.12":{"default":null,"check":"row key; 6.12 prints (int)seq->index (the CPU id) in column 13","column":13},"linux-6.18":{"default":null,"check":"row key; 6.18 prints (int)seq->index (the CPU id) in column 13","column":13}},"aliases":{"proc":"/proc/net/softnet_stat","column":"cpu id (column 13 in 6.18)"}}},"processed":{"type":"integer","minimum":0,"description":"Packets __netif_receive_skb_core handled on this CPU (the protocol-processing CPU, i.e. the RPS target), counted once per another_round. Backlog drops never count. A CPU that does all the receive work shows it here.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:__netif_receive_skb_core","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":1}},"aliases":{"proc":"/proc/net/softnet_stat","column":"processed","nodeExporter":"node_softnet_processed_total"}}},"dropped":{"type":"integer","minimum":0,"description":"Packets dropped because the TARGET CPU's backlog (input_pkt_queue) was over net.core.netdev_max_backlog, or the flow limit dropped them. Grows: raise netdev_max_backlog, spread RPS, or make the consumer faster.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:enqueue_to_backlog","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"3.13: sd->dropped (u32); 6.18: numa_drop_read(&sd->drop_counters), printed as u32","bits":32,"column":2},"linux-6.1":{"default":0,"minimum":0,"check":"6.1: sd->dropped (unsigned int), printed %08x","bits":32,"column":2},"linux-6.12":{"default":0,"minimum":0,"check":"6.12: atomic_read(&sd->dropped), printed %08x","bits":32,"column":2},"linux-6.18":{"default":0,"minimum":0,"check":"3.13: sd->dropped (u32); 6.18: numa_drop_read(&sd->drop_counters), printed as u32","bits":32,"column":2}},"aliases":{"proc":"/proc/net/softnet_stat","column":"dropped","nodeExporter":"node_softnet_dropped_total"},"dropReason":"CPU_BACKLOG"}},"time_squeeze":{"type":"integer","minimum":0,"description":"net_rx_action calls that stopped with work left because netdev_budget or the time limit (2 jiffies in 3.13, netdev_budget_usecs in 6.18) ran out. Grows: raise netdev_budget / netdev_budget_usecs.","x-rxpath":{"kind":"counter","unit":"events","scope":"cpu","kernel":["net/core/dev.c:net_rx_action","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":3}},"aliases":{"proc":"/proc/net/softnet_stat","column":"time_squeeze","nodeExporter":"node_softnet_times_squeezed_total"},"note":"3.13 counts it only when the poll list is still non-empty at the check (before each poll); 6.18 counts whenever budget <= 0 after a poll."}},"cpu_collision":{"type":"integer","minimum":0,"description":"Times this CPU failed to take a device TX lock (linux-3.13). linux-6.18 always prints 0 here (\"was cpu_collision\"). Not on the receive path: always 0 in the model.","x-rxpath":{"kind":"counter","unit":"events","scope":"cpu","kernel":["net/sched/sch_generic.c:handle_dev_cpu_collision","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"3.13: sd->cpu_collision (u32); 6.18: constant 0","bits":32,"column":9},"linux-6.1":{"default":0,"minimum":0,"check":"6.1: constant 0 (\"was cpu_collision\")","bits":32,"column":9},"linux-6.12":{"default":0,"minimum":0,"check":"6.12: constant 0 (\"was cpu_collision\")","bits":32,"column":9},"linux-6.18":{"default":0,"minimum":0,"check":"3.13: sd->cpu_collision (u32); 6.18: constant 0","bits":32,"column":9}},"aliases":{"proc":"/proc/net/softnet_stat","column":"cpu_collision","nodeExporter":"node_softnet_cpu_collision_total"}}},"received_rps":{"type":"integer","minimum":0,"description":"RPS IPIs this CPU received (rps_trigger_softirq): remote kicks that scheduled its backlog NAPI, not packets.","x-rxpath":{"kind":"counter","unit":"interrupts","scope":"cpu","kernel":["net/core/dev.c:rps_trigger_softirq","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.1":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.12":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10},"linux-6.18":{"default":0,"minimum":0,"check":"unsigned int in struct softnet_data, printed %08x: wraps at 2^32","bits":32,"column":10}},"aliases":{"proc":"/proc/net/softnet_stat","column":"received_rps","nodeExporter":"node_softnet_received_rps_total"},"clock":true}},"flow_limit_count":{"type":"integer","minimum":0,"description":"Packets the flow limit (skb_flow_limit) dropped, counted on the ENQUEUING CPU (whose flow table was used); the drop itself is in `dropped` of the target CPU.","x-rxpath":{"kind":"counter","unit":"packets","scope":"cpu","kernel":["net/core/dev.c:skb_flow_limit","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.1":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.12":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11},"linux-6.18":{"default":0,"minimum":0,"check":"fl->count (unsigned int), summed into the row of the CPU that owns the table","bits":32,"column":11}},"aliases":{"proc":"/proc/net/softnet_stat","column":"flow_limit_count","nodeExporter":"node_softnet_flow_limit_count_total"},"dropReason":"CPU_BACKLOG"}},"backlog_len":{"type":"integer","minimum":0,"description":"Packets waiting in this CPU's backlog at the instant of reading: input_pkt_queue + process_queue lengths (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_backlog_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.1":{"default":0,"minimum":0,"check":"6.1: softnet_backlog_len(sd) = input_pkt_queue + process_queue lengths (net/core/net-procfs.c:softnet_seq_show), column 12","bits":32,"column":12},"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(input_pkt_queue) + skb_queue_len_lockless(process_queue)","bits":32,"column":12},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(input_pkt_queue) + skb_queue_len_lockless(process_queue)","bits":32,"column":12}},"aliases":{"proc":"/proc/net/softnet_stat","column":"backlog_len","nodeExporter":"node_softnet_backlog_len"}}},"input_qlen":{"type":"integer","minimum":0,"description":"Length of this CPU's input_pkt_queue (where enqueue_to_backlog puts packets) at the instant of reading (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_input_pkt_queue_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->input_pkt_queue)","bits":32,"column":14},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->input_pkt_queue)","bits":32,"column":14}},"aliases":{"proc":"/proc/net/softnet_stat","column":"input_qlen"}}},"process_qlen":{"type":"integer","minimum":0,"description":"Length of this CPU's process_queue (packets process_backlog already spliced and is handing up) at the instant of reading (linux-6.18 only).","x-rxpath":{"kind":"gauge","unit":"packets","scope":"cpu","kernel":["net/core/net-procfs.c:softnet_process_queue_len","net/core/net-procfs.c:softnet_seq_show"],"profiles":{"linux-6.12":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->process_queue)","bits":32,"column":15},"linux-6.18":{"default":0,"minimum":0,"check":"skb_queue_len_lockless(&sd->process_queue)","bits":32,"column":15}},"aliases":{"proc":"/proc/net/softnet_stat","column":"process_qlen"}}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/softnet_stat.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.cpu === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.processed === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "processed"},message:"must have required property '"+"processed"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.dropped === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "dropped"},message:"must have required property '"+"dropped"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.time_squeeze === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "time_squeeze"},message:"must have required property '"+"time_squeeze"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.cpu_collision === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "cpu_collision"},message:"must have required property '"+"cpu_collision"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.received_rps === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "received_rps"},message:"must have required property '"+"received_rps"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.flow_limit_count === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/required",keyword:"required",params:{missingProperty: "flow_limit_count"},message:"must have required property '"+"flow_limit_count"+"'",schema:schema62.required,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data0){
if(!(func1.call(schema62.properties, key0))){
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.cpu !== undefined){
let data1 = data0.cpu;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/" + i0+"/cpu",schemaPath:"#/$defs/SoftnetRow/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.cpu.type,parentSchema:schema62.properties.cpu,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/" + i0+"/cpu",schemaPath:"#/$defs/SoftnetRow/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.cpu,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.processed !== undefined){
let data2 = data0.processed;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/" + i0+"/processed",schemaPath:"#/$defs/SoftnetRow/properties/processed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.processed.type,parentSchema:schema62.properties.processed,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/" + i0+"/processed",schemaPath:"#/$defs/SoftnetRow/properties/processed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.processed,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data0.dropped !== undefined){
let data3 = data0.dropped;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/" + i0+"/dropped",schemaPath:"#/$defs/SoftnetRow/properties/dropped/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.dropped.type,parentSchema:schema62.properties.dropped,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/" + i0+"/dropped",schemaPath:"#/$defs/SoftnetRow/properties/dropped/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.dropped,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data0.time_squeeze !== undefined){
let data4 = data0.time_squeeze;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/" + i0+"/time_squeeze",schemaPath:"#/$defs/SoftnetRow/properties/time_squeeze/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.time_squeeze.type,parentSchema:schema62.properties.time_squeeze,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/" + i0+"/time_squeeze",schemaPath:"#/$defs/SoftnetRow/properties/time_squeeze/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.time_squeeze,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data0.cpu_collision !== undefined){
let data5 = data0.cpu_collision;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/" + i0+"/cpu_collision",schemaPath:"#/$defs/SoftnetRow/properties/cpu_collision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.cpu_collision.type,parentSchema:schema62.properties.cpu_collision,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/" + i0+"/cpu_collision",schemaPath:"#/$defs/SoftnetRow/properties/cpu_collision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.cpu_collision,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data0.received_rps !== undefined){
let data6 = data0.received_rps;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/" + i0+"/received_rps",schemaPath:"#/$defs/SoftnetRow/properties/received_rps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.received_rps.type,parentSchema:schema62.properties.received_rps,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/" + i0+"/received_rps",schemaPath:"#/$defs/SoftnetRow/properties/received_rps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.received_rps,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data0.flow_limit_count !== undefined){
let data7 = data0.flow_limit_count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/" + i0+"/flow_limit_count",schemaPath:"#/$defs/SoftnetRow/properties/flow_limit_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.flow_limit_count.type,parentSchema:schema62.properties.flow_limit_count,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/" + i0+"/flow_limit_count",schemaPath:"#/$defs/SoftnetRow/properties/flow_limit_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.flow_limit_count,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data0.backlog_len !== undefined){
let data8 = data0.backlog_len;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/" + i0+"/backlog_len",schemaPath:"#/$defs/SoftnetRow/properties/backlog_len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.backlog_len.type,parentSchema:schema62.properties.backlog_len,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/" + i0+"/backlog_len",schemaPath:"#/$defs/SoftnetRow/properties/backlog_len/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.backlog_len,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data0.input_qlen !== undefined){
let data9 = data0.input_qlen;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err24 = {instancePath:instancePath+"/" + i0+"/input_qlen",schemaPath:"#/$defs/SoftnetRow/properties/input_qlen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.input_qlen.type,parentSchema:schema62.properties.input_qlen,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/" + i0+"/input_qlen",schemaPath:"#/$defs/SoftnetRow/properties/input_qlen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.input_qlen,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data0.process_qlen !== undefined){
let data10 = data0.process_qlen;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/" + i0+"/process_qlen",schemaPath:"#/$defs/SoftnetRow/properties/process_qlen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.process_qlen.type,parentSchema:schema62.properties.process_qlen,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/" + i0+"/process_qlen",schemaPath:"#/$defs/SoftnetRow/properties/process_qlen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema62.properties.process_qlen,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/SoftnetRow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data0};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports.v8 = validate35;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/counters/udp.schema.json","title":"ProcNetUdp","description":"/proc/net/udp: one row per UDP socket.","type":"array","items":{"$ref":"#/$defs/UdpSocketRow"},"$defs":{"UdpSocketRow":{"title":"UdpSocketRow","type":"object","additionalProperties":false,"required":["name","local_address","rem_address","rx_queue","tx_queue","drops"],"properties":{"name":{"type":"string","description":"The scenario's socket name (not a /proc column): the key that matches rows to sockets.","x-rxpath":{"kind":"label","unit":"name","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.1":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.12":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.18":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"}},"aliases":{"proc":"/proc/net/udp","column":"(none: rxpath key)"}}},"local_address":{"type":"string","pattern":"^[0-9A-F]{8}:[0-9A-F]{4}$","description":"Bound address and port as /proc/net/udp prints them: %08X of the __be32 address as a host integer, then %04X port (little-endian hosts show 127.0.0.1 as 0100007F).","x-rxpath":{"kind":"label","unit":"address","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.1":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.12":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.18":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2}},"aliases":{"proc":"/proc/net/udp","column":"local_address"}}},"rem_address":{"type":"string","pattern":"^[0-9A-F]{8}:[0-9A-F]{4}$","description":"connect()ed peer address and port, 00000000:0000 when not connected.","x-rxpath":{"kind":"label","unit":"address","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.1":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.12":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.18":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3}},"aliases":{"proc":"/proc/net/udp","column":"rem_address"}}},"rx_queue":{"type":"integer","minimum":0,"description":"Receive memory charged to the socket, in bytes of truesize (not payload). linux-3.13: sk_rmem_alloc. linux-6.18: sk_rmem_alloc - forward_deficit (udp_rqueue_get), so memory already read but not yet released does not show. Near SO_RCVBUF means drops (Udp RcvbufErrors).","x-rxpath":{"kind":"gauge","unit":"bytes","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/sock.h:sk_rmem_alloc_get"]},"linux-6.1":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]},"linux-6.12":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]},"linux-6.18":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]}},"aliases":{"proc":"/proc/net/udp","column":"rx_queue","nodeExporter":"node_udp_queues{queue=\"rx\",ip=\"v4\"}"}}},"tx_queue":{"type":"integer","minimum":0,"description":"Send memory charged to the socket (sk_wmem_alloc). 0 on the receive path.","x-rxpath":{"kind":"gauge","unit":"bytes","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/sock.h:sk_wmem_alloc_get"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5}},"aliases":{"proc":"/proc/net/udp","column":"tx_queue","nodeExporter":"node_udp_queues{queue=\"tx\",ip=\"v4\"}"}}},"drops":{"type":"integer","minimum":0,"description":"Datagrams this socket dropped (sk_drops; 6.18 per-NUMA udp_sk drop counters): receive buffer full, memory, filter/checksum drops on enqueue, checksum errors at read. The per-socket view of Udp RcvbufErrors / InErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/core/sock.c:sock_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]}},"aliases":{"proc":"/proc/net/udp","column":"drops"},"dropReason":["SOCKET_RCVBUFF","PROTO_MEM","UDP_CSUM","SOCKET_FILTER"]}}}}}};
const schema64 = {"title":"UdpSocketRow","type":"object","additionalProperties":false,"required":["name","local_address","rem_address","rx_queue","tx_queue","drops"],"properties":{"name":{"type":"string","description":"The scenario's socket name (not a /proc column): the key that matches rows to sockets.","x-rxpath":{"kind":"label","unit":"name","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.1":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.12":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"},"linux-6.18":{"default":null,"check":"rxpath-only key; the kernel row is found by local/remote address"}},"aliases":{"proc":"/proc/net/udp","column":"(none: rxpath key)"}}},"local_address":{"type":"string","pattern":"^[0-9A-F]{8}:[0-9A-F]{4}$","description":"Bound address and port as /proc/net/udp prints them: %08X of the __be32 address as a host integer, then %04X port (little-endian hosts show 127.0.0.1 as 0100007F).","x-rxpath":{"kind":"label","unit":"address","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.1":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.12":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2},"linux-6.18":{"default":null,"check":"inet_rcv_saddr and inet_sport, %08X:%04X","column":2}},"aliases":{"proc":"/proc/net/udp","column":"local_address"}}},"rem_address":{"type":"string","pattern":"^[0-9A-F]{8}:[0-9A-F]{4}$","description":"connect()ed peer address and port, 00000000:0000 when not connected.","x-rxpath":{"kind":"label","unit":"address","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.1":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.12":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3},"linux-6.18":{"default":null,"check":"inet_daddr and inet_dport, %08X:%04X","column":3}},"aliases":{"proc":"/proc/net/udp","column":"rem_address"}}},"rx_queue":{"type":"integer","minimum":0,"description":"Receive memory charged to the socket, in bytes of truesize (not payload). linux-3.13: sk_rmem_alloc. linux-6.18: sk_rmem_alloc - forward_deficit (udp_rqueue_get), so memory already read but not yet released does not show. Near SO_RCVBUF means drops (Udp RcvbufErrors).","x-rxpath":{"kind":"gauge","unit":"bytes","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/sock.h:sk_rmem_alloc_get"]},"linux-6.1":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]},"linux-6.12":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]},"linux-6.18":{"default":0,"minimum":0,"check":"int, printed %08X after tx_queue and a colon","bits":32,"column":5,"kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/udp.h:udp_rqueue_get"]}},"aliases":{"proc":"/proc/net/udp","column":"rx_queue","nodeExporter":"node_udp_queues{queue=\"rx\",ip=\"v4\"}"}}},"tx_queue":{"type":"integer","minimum":0,"description":"Send memory charged to the socket (sk_wmem_alloc). 0 on the receive path.","x-rxpath":{"kind":"gauge","unit":"bytes","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock","include/net/sock.h:sk_wmem_alloc_get"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.1":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.12":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5},"linux-6.18":{"default":0,"minimum":0,"check":"int, printed %08X before rx_queue","bits":32,"column":5}},"aliases":{"proc":"/proc/net/udp","column":"tx_queue","nodeExporter":"node_udp_queues{queue=\"tx\",ip=\"v4\"}"}}},"drops":{"type":"integer","minimum":0,"description":"Datagrams this socket dropped (sk_drops; 6.18 per-NUMA udp_sk drop counters): receive buffer full, memory, filter/checksum drops on enqueue, checksum errors at read. The per-socket view of Udp RcvbufErrors / InErrors.","x-rxpath":{"kind":"counter","unit":"datagrams","scope":"socket","kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/core/sock.c:sock_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_skb"]},"linux-6.1":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]},"linux-6.12":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]},"linux-6.18":{"default":0,"minimum":0,"check":"atomic_t, printed %d (wraps to negative after 2^31)","bits":32,"column":13,"kernel":["net/ipv4/udp.c:udp4_format_sock","net/ipv4/udp.c:__udp_queue_rcv_skb","net/ipv4/udp.c:udp_queue_rcv_one_skb"]}},"aliases":{"proc":"/proc/net/udp","column":"drops"},"dropReason":["SOCKET_RCVBUFF","PROTO_MEM","UDP_CSUM","SOCKET_FILTER"]}}}};
const pattern15 = new RegExp("^[0-9A-F]{8}:[0-9A-F]{4}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/counters/udp.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.local_address === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "local_address"},message:"must have required property '"+"local_address"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.rem_address === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "rem_address"},message:"must have required property '"+"rem_address"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.rx_queue === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "rx_queue"},message:"must have required property '"+"rx_queue"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.tx_queue === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "tx_queue"},message:"must have required property '"+"tx_queue"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.drops === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/required",keyword:"required",params:{missingProperty: "drops"},message:"must have required property '"+"drops"+"'",schema:schema64.required,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data0){
if(!((((((key0 === "name") || (key0 === "local_address")) || (key0 === "rem_address")) || (key0 === "rx_queue")) || (key0 === "tx_queue")) || (key0 === "drops"))){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/UdpSocketRow/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.name.type,parentSchema:schema64.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.local_address !== undefined){
let data2 = data0.local_address;
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/local_address",schemaPath:"#/$defs/UdpSocketRow/properties/local_address/pattern",keyword:"pattern",params:{pattern: "^[0-9A-F]{8}:[0-9A-F]{4}$"},message:"must match pattern \""+"^[0-9A-F]{8}:[0-9A-F]{4}$"+"\"",schema:"^[0-9A-F]{8}:[0-9A-F]{4}$",parentSchema:schema64.properties.local_address,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0+"/local_address",schemaPath:"#/$defs/UdpSocketRow/properties/local_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.local_address.type,parentSchema:schema64.properties.local_address,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.rem_address !== undefined){
let data3 = data0.rem_address;
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err10 = {instancePath:instancePath+"/" + i0+"/rem_address",schemaPath:"#/$defs/UdpSocketRow/properties/rem_address/pattern",keyword:"pattern",params:{pattern: "^[0-9A-F]{8}:[0-9A-F]{4}$"},message:"must match pattern \""+"^[0-9A-F]{8}:[0-9A-F]{4}$"+"\"",schema:"^[0-9A-F]{8}:[0-9A-F]{4}$",parentSchema:schema64.properties.rem_address,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0+"/rem_address",schemaPath:"#/$defs/UdpSocketRow/properties/rem_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.rem_address.type,parentSchema:schema64.properties.rem_address,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.rx_queue !== undefined){
let data4 = data0.rx_queue;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/" + i0+"/rx_queue",schemaPath:"#/$defs/UdpSocketRow/properties/rx_queue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.rx_queue.type,parentSchema:schema64.properties.rx_queue,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/" + i0+"/rx_queue",schemaPath:"#/$defs/UdpSocketRow/properties/rx_queue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.rx_queue,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data0.tx_queue !== undefined){
let data5 = data0.tx_queue;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/" + i0+"/tx_queue",schemaPath:"#/$defs/UdpSocketRow/properties/tx_queue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.tx_queue.type,parentSchema:schema64.properties.tx_queue,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/" + i0+"/tx_queue",schemaPath:"#/$defs/UdpSocketRow/properties/tx_queue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.tx_queue,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data0.drops !== undefined){
let data6 = data0.drops;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/" + i0+"/drops",schemaPath:"#/$defs/UdpSocketRow/properties/drops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.drops.type,parentSchema:schema64.properties.drops,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/" + i0+"/drops",schemaPath:"#/$defs/UdpSocketRow/properties/drops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.drops,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/UdpSocketRow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports.v9 = validate24;

exports.v10 = validate36;
const schema65 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/golden-trace.schema.json","title":"GoldenTrace","description":"A scenario plus the observations expected from it, with where they came from. Recorded by `rxpath golden record` (from the model) or `rxpath record` (from a live kernel); never written by hand.","type":"object","additionalProperties":false,"required":["format","summary","scenario","observations","provenance"],"properties":{"format":{"const":"rxpath-golden/1"},"summary":{"type":"string","minLength":1,"description":"One line: what this trace shows."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Features the scenario needs (e.g. loopback, nic, rps, rfs, gro, flow_limit, ntuple); an implementation declares which it supports."},"scenario":{"$ref":"scenario.schema.json"},"observations":{"$ref":"observations.schema.json"},"observed":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+(\\.[A-Za-z0-9_*]+|\\[([0-9]+|\\*)\\])*$"},"description":"Counter paths the source really observed (e.g. snmp.Udp, udp, softnet_stat[0].dropped). Comparison covers only these. Absent: everything (model traces)."},"provenance":{"$ref":"#/$defs/Provenance"}},"$defs":{"Provenance":{"title":"Provenance","type":"object","additionalProperties":false,"required":["source","profile"],"properties":{"source":{"enum":["model","kernel"]},"profile":{"$ref":"profile.schema.json"},"rxpathVersion":{"type":"string"},"kernel":{"type":"object","additionalProperties":true,"description":"For recorded traces: uname -r, the truesize measured in that run, every sysctl and device setting, the tools and their versions, the date.","properties":{"release":{"type":"string"},"truesize":{"type":"object","additionalProperties":{"type":"integer"}},"sysctls":{"type":"object"},"settings":{"type":"object"},"tools":{"type":"object","additionalProperties":{"type":"string"}},"recordedAt":{"type":"string"}}}}}}};
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/scenario.schema.json","title":"Scenario","description":"A configuration and a workload. Running it yields counter snapshots at each checkpoint and, after the last step, at `end` once the host is idle.","type":"object","additionalProperties":false,"required":["name","config","workload"],"properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"config":{"$ref":"config.schema.json"},"workload":{"$ref":"workload.schema.json"}}};
const schema67 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/workload.schema.json","title":"Workload","description":"Timed steps, in non-decreasing order of `at` (simulated nanoseconds since the start).","type":"array","items":{"$ref":"#/$defs/Step"},"$defs":{"Step":{"title":"Step","oneOf":[{"$ref":"#/$defs/FramesStep"},{"$ref":"#/$defs/ReadStep"},{"$ref":"#/$defs/SysctlStep"},{"$ref":"#/$defs/LockSockStep"},{"$ref":"#/$defs/SetsockoptStep"},{"$ref":"#/$defs/AdvanceStep"},{"$ref":"#/$defs/CheckpointStep"}]},"Flow":{"title":"Flow","type":"object","additionalProperties":false,"properties":{"src":{"type":"string","format":"ipv4","description":"Default 10.0.0.2 (or 127.0.0.1 on loopback). On loopback a frame comes from a local socket: its source must be a local address (127.0.0.0/8 or config.localAddresses)."},"dst":{"type":"string","format":"ipv4","description":"Default 10.0.0.1 (or 127.0.0.1 on loopback)."},"sport":{"type":"integer","minimum":0,"maximum":65535,"description":"Default 40000. For an ICMP frame (proto 1): the ICMP type, required: an error type (3, 4, 5, 11, 12) or an unknown type (> 18, counted as Icmp InErrors); the model answers no ICMP query. An ICMP frame is an 8-byte header (code 0) and `payload` bytes of 0x5a, which an error quotes as the datagram it is about (IHL 10, protocol 90): an error frame needs a payload of at least 48."},"dport":{"type":"integer","minimum":0,"maximum":65535},"proto":{"type":"integer","minimum":0,"maximum":255,"description":"IP protocol number; 17 (UDP) by default, 1 (ICMP), or a protocol the kernel has no handler for, which exercises InUnknownProtos. Protocols with a handler, built in or from a module (IGMP 2, IPIP 4, TCP 6, DCCP 33, IPv6 41, GRE 47, ESP 50, AH 51, PIM 103, IPCOMP 108, L2TP 115, SCTP 132, UDP-Lite 136, MPLS 137, 143, 144), are rejected: the model does not model them."}},"required":["dport"]},"FrameFlag":{"title":"FrameFlag","type":"string","enum":["ip_csum","ip_version","ip_ihl","ip_truncated","ip_len_short","ip_options","udp_csum","udp_len_long","udp_len_short","otherhost","not_local","no_route","rp_filter","fragment","multicast","broadcast","ttl_1","ip_short","udp_csum_zero","ttl_0","ip_options_nop","ip_options_rr","ip_options_ts","ip_options_ra","ip_options_lsrr","ip_options_ssrr"],"description":"ip_csum: bad IPv4 header checksum. ip_version: version != 4. ip_ihl: ihl < 5. ip_truncated: tot_len larger than the frame. ip_len_short: tot_len smaller than the header. ip_options: a 4-byte malformed IP option (record route with optlen 2), so the header is 24 bytes (ihl 6): ip_options_compile fails (InHdrErrors) and sends ICMP parameter problem. udp_csum: bad UDP checksum. udp_len_long: UDP length beyond the datagram. udp_len_short: UDP length < 8. otherhost: destination MAC not ours (PACKET_OTHERHOST). not_local: destination is not a local address (host route exists). no_route: no route to the destination. rp_filter: fails reverse-path filtering. fragment: the first fragment (offset 0, MF set) of a datagram whose other fragments never arrive: it waits in ip_defrag until net.ipv4.ipfrag_time, then ip_expire sends ICMP time exceeded (fragment reassembly). multicast/broadcast: sent to a multicast group or the broadcast address. ttl_1: IP TTL 1 (otherwise 64): forwarding it would leave TTL 0, so ip_forward counts InHdrErrors and sends ICMP time exceeded; local delivery does not look at the TTL. ttl_0: IP TTL 0, the same (ip_forward: `ttl <= 1`). ip_short: the frame ends 10 bytes into its IP header (a 24-byte Ethernet frame; `payload` is not sent): ip_rcv counts InReceives and InOctets (10), then pskb_may_pull(sizeof(struct iphdr)) fails: InHdrErrors; veth only (a NIC discards runts). udp_csum_zero: UDP checksum 0, which IPv4 takes as no checksum (udp4_csum_init: CHECKSUM_UNNECESSARY), so the datagram is received as with a valid one. Valid IP options (at most one options flag, ip_options included; src/spec/ip-options.ts has their bytes): ip_options_nop (NOP NOP NOP END, 4 bytes), ip_options_rr (record route with room for one address, 8 bytes), ip_options_ts (timestamp, room for one, 8 bytes) and ip_options_ra (router alert, 4 bytes) are taken (ip_options_compile) and the datagram goes on; an ICMP error about it echoes record route and timestamp. ip_options_lsrr and ip_options_ssrr (a loose or strict source route through one hop, 8 bytes) are dropped by ip_rcv_options without a counter: a new namespace has net.ipv4.conf.all.accept_source_route 0."},"FramesStep":{"title":"FramesStep","type":"object","additionalProperties":false,"required":["at","op","device","flow"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"frames"},"device":{"type":"string","description":"Device the frames arrive on."},"queue":{"type":"integer","minimum":0,"description":"Override RSS: force the RX queue (a NIC without RSS, or a test)."},"cpu":{"type":"integer","minimum":0,"description":"For loopback and veth: the sending CPU, where netif_rx runs. Default 0."},"count":{"type":"integer","minimum":1,"description":"Number of frames (of datagrams, for a datagram a veth sender fragments: see payload). Default 1."},"gapNs":{"type":"integer","minimum":0,"description":"Time between consecutive frames. Default 0 (back to back)."},"burst":{"type":"boolean","description":"loopback/veth only: all `count` frames enter netif_rx on `cpu` within one BH-disabled section (tc mirred fan-out, software UDP GSO), so no softirq runs between them and the backlog is not processed until the section ends. Default false."},"flow":{"$ref":"#/$defs/Flow"},"interleave":{"$ref":"#/$defs/Interleave"},"hash":{"type":"integer","minimum":0,"maximum":4294967295,"description":"32-bit flow hash the NIC reports (skb->hash). Absent: derived from the flow's fields."},"payload":{"type":"integer","minimum":0,"maximum":65507,"description":"UDP payload bytes. Default 64. On a veth (MTU 1500) a datagram whose IP length is above 1500 is sent as the fragments ip_fragment cuts: 1480 data bytes each (the UDP header in the first), the last shorter, back to back, each datagram with its own IP id; each fragment is a frame (rx_packets, InReceives, ReasmReqds), ip_defrag reassembles them (ReasmOKs) and the datagram is charged the reassembled truesize (the first fragment, plus every fragment chained on its frag_list rather than copied into its tailroom). Such a step must be UDP, without padding, burst or interleave, and may carry only the udp_csum or udp_csum_zero flag (scenario tag fragmentation)."},"padding":{"type":"integer","minimum":0,"maximum":1500,"description":"veth or NIC: bytes of Ethernet padding after the IP datagram (a medium pads frames shorter than 60 bytes): skb->len is larger than tot_len, so ip_rcv counts InOctets and the device rx_bytes with it, then trims it (ip_rcv_core: pskb_trim_rcsum); the skb was allocated, and its truesize charged, with it. Default 0."},"flags":{"type":"array","items":{"$ref":"#/$defs/FrameFlag"},"uniqueItems":true}}},"Interleave":{"title":"Interleave","type":"object","additionalProperties":false,"required":["every","sport"],"properties":{"every":{"type":"integer","minimum":2,"description":"Frame k of the step (counting from 0) is of the light flow when k % every == every - 1: every 4 gives three frames of `flow`, then one of the light flow, and so on."},"sport":{"type":"integer","minimum":0,"maximum":65535,"description":"The light flow's source port; it must differ from flow.sport."}},"description":"A second, lighter flow mixed into a loopback or veth step: the same frames (addresses, destination port, payload, flags) from another source port, so with their own flow hash (skb_get_hash), which flow limits (net/core/dev.c:skb_flow_limit) and RPS key on. A UDP flow only (flow.proto 17), with no `hash`. Recorded on a veth burst by rewriting the source port between mirred copies (tc pedit and csum)."},"ReadStep":{"title":"ReadStep","type":"object","additionalProperties":false,"required":["at","op","socket"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"read"},"socket":{"type":"string"},"count":{"type":"integer","minimum":1,"description":"Datagrams to read with recvmsg; absent: read until the queue is empty."}}},"SysctlStep":{"title":"SysctlStep","type":"object","additionalProperties":false,"required":["at","op","name","value"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"sysctl"},"name":{"type":"string"},"value":{"type":["integer","string","array"]}}},"LockSockStep":{"title":"LockSockStep","type":"object","additionalProperties":false,"required":["at","op","socket","durationNs"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"lock_sock"},"socket":{"type":"string"},"durationNs":{"type":"integer","minimum":0,"description":"The application holds the socket lock (lock_sock ... release_sock) this long; in linux-3.13 softirq delivery then goes to the socket backlog."}}},"SetsockoptStep":{"title":"SetsockoptStep","type":"object","additionalProperties":false,"required":["at","op","socket","soRcvbuf"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"setsockopt","description":"The application calls setsockopt(SO_RCVBUF, or SO_RCVBUFFORCE) on a socket in the middle of the run: sk_rcvbuf changes for the datagrams that follow (what is queued stays queued), and in linux-6.18 udp_lib_setsockopt sets forward_threshold to the new sk_rcvbuf >> 2."},"socket":{"type":"string"},"soRcvbuf":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The int value passed, as config.sockets[].soRcvbuf."},"soRcvbufForce":{"type":"boolean","description":"SO_RCVBUFFORCE (CAP_NET_ADMIN): not capped at rmem_max."}}},"AdvanceStep":{"title":"AdvanceStep","type":"object","additionalProperties":false,"required":["at","op"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"advance","description":"Let simulated time run to `at`."}}},"CheckpointStep":{"title":"CheckpointStep","type":"object","additionalProperties":false,"required":["at","op","label"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"checkpoint"},"label":{"type":"string","minLength":1},"settle":{"type":"boolean","description":"Run until every queue below the socket is empty before taking the snapshot (default false)."}}}}};
const schema68 = {"title":"Step","oneOf":[{"$ref":"#/$defs/FramesStep"},{"$ref":"#/$defs/ReadStep"},{"$ref":"#/$defs/SysctlStep"},{"$ref":"#/$defs/LockSockStep"},{"$ref":"#/$defs/SetsockoptStep"},{"$ref":"#/$defs/AdvanceStep"},{"$ref":"#/$defs/CheckpointStep"}]};
const schema73 = {"title":"ReadStep","type":"object","additionalProperties":false,"required":["at","op","socket"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"read"},"socket":{"type":"string"},"count":{"type":"integer","minimum":1,"description":"Datagrams to read with recvmsg; absent: read until the queue is empty."}}};
const schema74 = {"title":"SysctlStep","type":"object","additionalProperties":false,"required":["at","op","name","value"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"sysctl"},"name":{"type":"string"},"value":{"type":["integer","string","array"]}}};
const schema75 = {"title":"LockSockStep","type":"object","additionalProperties":false,"required":["at","op","socket","durationNs"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"lock_sock"},"socket":{"type":"string"},"durationNs":{"type":"integer","minimum":0,"description":"The application holds the socket lock (lock_sock ... release_sock) this long; in linux-3.13 softirq delivery then goes to the socket backlog."}}};
const schema76 = {"title":"SetsockoptStep","type":"object","additionalProperties":false,"required":["at","op","socket","soRcvbuf"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"setsockopt","description":"The application calls setsockopt(SO_RCVBUF, or SO_RCVBUFFORCE) on a socket in the middle of the run: sk_rcvbuf changes for the datagrams that follow (what is queued stays queued), and in linux-6.18 udp_lib_setsockopt sets forward_threshold to the new sk_rcvbuf >> 2."},"socket":{"type":"string"},"soRcvbuf":{"type":"integer","minimum":-2147483648,"maximum":2147483647,"description":"The int value passed, as config.sockets[].soRcvbuf."},"soRcvbufForce":{"type":"boolean","description":"SO_RCVBUFFORCE (CAP_NET_ADMIN): not capped at rmem_max."}}};
const schema77 = {"title":"AdvanceStep","type":"object","additionalProperties":false,"required":["at","op"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"advance","description":"Let simulated time run to `at`."}}};
const schema78 = {"title":"CheckpointStep","type":"object","additionalProperties":false,"required":["at","op","label"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"checkpoint"},"label":{"type":"string","minLength":1},"settle":{"type":"boolean","description":"Run until every queue below the socket is empty before taking the snapshot (default false)."}}};
const schema69 = {"title":"FramesStep","type":"object","additionalProperties":false,"required":["at","op","device","flow"],"properties":{"at":{"type":"integer","minimum":0},"op":{"const":"frames"},"device":{"type":"string","description":"Device the frames arrive on."},"queue":{"type":"integer","minimum":0,"description":"Override RSS: force the RX queue (a NIC without RSS, or a test)."},"cpu":{"type":"integer","minimum":0,"description":"For loopback and veth: the sending CPU, where netif_rx runs. Default 0."},"count":{"type":"integer","minimum":1,"description":"Number of frames (of datagrams, for a datagram a veth sender fragments: see payload). Default 1."},"gapNs":{"type":"integer","minimum":0,"description":"Time between consecutive frames. Default 0 (back to back)."},"burst":{"type":"boolean","description":"loopback/veth only: all `count` frames enter netif_rx on `cpu` within one BH-disabled section (tc mirred fan-out, software UDP GSO), so no softirq runs between them and the backlog is not processed until the section ends. Default false."},"flow":{"$ref":"#/$defs/Flow"},"interleave":{"$ref":"#/$defs/Interleave"},"hash":{"type":"integer","minimum":0,"maximum":4294967295,"description":"32-bit flow hash the NIC reports (skb->hash). Absent: derived from the flow's fields."},"payload":{"type":"integer","minimum":0,"maximum":65507,"description":"UDP payload bytes. Default 64. On a veth (MTU 1500) a datagram whose IP length is above 1500 is sent as the fragments ip_fragment cuts: 1480 data bytes each (the UDP header in the first), the last shorter, back to back, each datagram with its own IP id; each fragment is a frame (rx_packets, InReceives, ReasmReqds), ip_defrag reassembles them (ReasmOKs) and the datagram is charged the reassembled truesize (the first fragment, plus every fragment chained on its frag_list rather than copied into its tailroom). Such a step must be UDP, without padding, burst or interleave, and may carry only the udp_csum or udp_csum_zero flag (scenario tag fragmentation)."},"padding":{"type":"integer","minimum":0,"maximum":1500,"description":"veth or NIC: bytes of Ethernet padding after the IP datagram (a medium pads frames shorter than 60 bytes): skb->len is larger than tot_len, so ip_rcv counts InOctets and the device rx_bytes with it, then trims it (ip_rcv_core: pskb_trim_rcsum); the skb was allocated, and its truesize charged, with it. Default 0."},"flags":{"type":"array","items":{"$ref":"#/$defs/FrameFlag"},"uniqueItems":true}}};
const schema70 = {"title":"Flow","type":"object","additionalProperties":false,"properties":{"src":{"type":"string","format":"ipv4","description":"Default 10.0.0.2 (or 127.0.0.1 on loopback). On loopback a frame comes from a local socket: its source must be a local address (127.0.0.0/8 or config.localAddresses)."},"dst":{"type":"string","format":"ipv4","description":"Default 10.0.0.1 (or 127.0.0.1 on loopback)."},"sport":{"type":"integer","minimum":0,"maximum":65535,"description":"Default 40000. For an ICMP frame (proto 1): the ICMP type, required: an error type (3, 4, 5, 11, 12) or an unknown type (> 18, counted as Icmp InErrors); the model answers no ICMP query. An ICMP frame is an 8-byte header (code 0) and `payload` bytes of 0x5a, which an error quotes as the datagram it is about (IHL 10, protocol 90): an error frame needs a payload of at least 48."},"dport":{"type":"integer","minimum":0,"maximum":65535},"proto":{"type":"integer","minimum":0,"maximum":255,"description":"IP protocol number; 17 (UDP) by default, 1 (ICMP), or a protocol the kernel has no handler for, which exercises InUnknownProtos. Protocols with a handler, built in or from a module (IGMP 2, IPIP 4, TCP 6, DCCP 33, IPv6 41, GRE 47, ESP 50, AH 51, PIM 103, IPCOMP 108, L2TP 115, SCTP 132, UDP-Lite 136, MPLS 137, 143, 144), are rejected: the model does not model them."}},"required":["dport"]};
const schema71 = {"title":"Interleave","type":"object","additionalProperties":false,"required":["every","sport"],"properties":{"every":{"type":"integer","minimum":2,"description":"Frame k of the step (counting from 0) is of the light flow when k % every == every - 1: every 4 gives three frames of `flow`, then one of the light flow, and so on."},"sport":{"type":"integer","minimum":0,"maximum":65535,"description":"The light flow's source port; it must differ from flow.sport."}},"description":"A second, lighter flow mixed into a loopback or veth step: the same frames (addresses, destination port, payload, flags) from another source port, so with their own flow hash (skb_get_hash), which flow limits (net/core/dev.c:skb_flow_limit) and RPS key on. A UDP flow only (flow.proto 17), with no `hash`. Recorded on a veth burst by rewriting the source port between mirred copies (tc pedit and csum)."};
const schema72 = {"title":"FrameFlag","type":"string","enum":["ip_csum","ip_version","ip_ihl","ip_truncated","ip_len_short","ip_options","udp_csum","udp_len_long","udp_len_short","otherhost","not_local","no_route","rp_filter","fragment","multicast","broadcast","ttl_1","ip_short","udp_csum_zero","ttl_0","ip_options_nop","ip_options_rr","ip_options_ts","ip_options_ra","ip_options_lsrr","ip_options_ssrr"],"description":"ip_csum: bad IPv4 header checksum. ip_version: version != 4. ip_ihl: ihl < 5. ip_truncated: tot_len larger than the frame. ip_len_short: tot_len smaller than the header. ip_options: a 4-byte malformed IP option (record route with optlen 2), so the header is 24 bytes (ihl 6): ip_options_compile fails (InHdrErrors) and sends ICMP parameter problem. udp_csum: bad UDP checksum. udp_len_long: UDP length beyond the datagram. udp_len_short: UDP length < 8. otherhost: destination MAC not ours (PACKET_OTHERHOST). not_local: destination is not a local address (host route exists). no_route: no route to the destination. rp_filter: fails reverse-path filtering. fragment: the first fragment (offset 0, MF set) of a datagram whose other fragments never arrive: it waits in ip_defrag until net.ipv4.ipfrag_time, then ip_expire sends ICMP time exceeded (fragment reassembly). multicast/broadcast: sent to a multicast group or the broadcast address. ttl_1: IP TTL 1 (otherwise 64): forwarding it would leave TTL 0, so ip_forward counts InHdrErrors and sends ICMP time exceeded; local delivery does not look at the TTL. ttl_0: IP TTL 0, the same (ip_forward: `ttl <= 1`). ip_short: the frame ends 10 bytes into its IP header (a 24-byte Ethernet frame; `payload` is not sent): ip_rcv counts InReceives and InOctets (10), then pskb_may_pull(sizeof(struct iphdr)) fails: InHdrErrors; veth only (a NIC discards runts). udp_csum_zero: UDP checksum 0, which IPv4 takes as no checksum (udp4_csum_init: CHECKSUM_UNNECESSARY), so the datagram is received as with a valid one. Valid IP options (at most one options flag, ip_options included; src/spec/ip-options.ts has their bytes): ip_options_nop (NOP NOP NOP END, 4 bytes), ip_options_rr (record route with room for one address, 8 bytes), ip_options_ts (timestamp, room for one, 8 bytes) and ip_options_ra (router alert, 4 bytes) are taken (ip_options_compile) and the datagram goes on; an ICMP error about it echoes record route and timestamp. ip_options_lsrr and ip_options_ssrr (a loose or strict source route through one hop, 8 bytes) are dropped by ip_rcv_options without a counter: a new namespace has net.ipv4.conf.all.accept_source_route 0."};
const func0 = require("ajv/dist/runtime/equal").default;

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.device === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.flow === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema69.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.at !== undefined){
let data0 = data.at;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.at.type,parentSchema:schema69.properties.at,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.at,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.op !== undefined){
let data1 = data.op;
if("frames" !== data1){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "frames"},message:"must be equal to constant",schema:"frames",parentSchema:schema69.properties.op,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.device !== undefined){
let data2 = data.device;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/device",schemaPath:"#/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.device.type,parentSchema:schema69.properties.device,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.queue !== undefined){
let data3 = data.queue;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.queue.type,parentSchema:schema69.properties.queue,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.queue,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data4 = data.cpu;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.cpu.type,parentSchema:schema69.properties.cpu,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.cpu,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.count !== undefined){
let data5 = data.count;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.count.type,parentSchema:schema69.properties.count,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema69.properties.count,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.gapNs !== undefined){
let data6 = data.gapNs;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/gapNs",schemaPath:"#/properties/gapNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.gapNs.type,parentSchema:schema69.properties.gapNs,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/gapNs",schemaPath:"#/properties/gapNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.gapNs,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.burst !== undefined){
let data7 = data.burst;
if(typeof data7 !== "boolean"){
const err17 = {instancePath:instancePath+"/burst",schemaPath:"#/properties/burst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema69.properties.burst.type,parentSchema:schema69.properties.burst,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.flow !== undefined){
let data8 = data.flow;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.dport === undefined){
const err18 = {instancePath:instancePath+"/flow",schemaPath:"#/$defs/Flow/required",keyword:"required",params:{missingProperty: "dport"},message:"must have required property '"+"dport"+"'",schema:schema70.required,parentSchema:schema70,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data8){
if(!(((((key1 === "src") || (key1 === "dst")) || (key1 === "sport")) || (key1 === "dport")) || (key1 === "proto"))){
const err19 = {instancePath:instancePath+"/flow",schemaPath:"#/$defs/Flow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.src !== undefined){
let data9 = data8.src;
if(typeof data9 === "string"){
if(!(formats0.test(data9))){
const err20 = {instancePath:instancePath+"/flow/src",schemaPath:"#/$defs/Flow/properties/src/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema70.properties.src,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/flow/src",schemaPath:"#/$defs/Flow/properties/src/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.src.type,parentSchema:schema70.properties.src,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.dst !== undefined){
let data10 = data8.dst;
if(typeof data10 === "string"){
if(!(formats0.test(data10))){
const err22 = {instancePath:instancePath+"/flow/dst",schemaPath:"#/$defs/Flow/properties/dst/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema70.properties.dst,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/flow/dst",schemaPath:"#/$defs/Flow/properties/dst/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.dst.type,parentSchema:schema70.properties.dst,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.sport !== undefined){
let data11 = data8.sport;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err24 = {instancePath:instancePath+"/flow/sport",schemaPath:"#/$defs/Flow/properties/sport/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.sport.type,parentSchema:schema70.properties.sport,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 65535 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/flow/sport",schemaPath:"#/$defs/Flow/properties/sport/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema70.properties.sport,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/flow/sport",schemaPath:"#/$defs/Flow/properties/sport/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema70.properties.sport,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data8.dport !== undefined){
let data12 = data8.dport;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err27 = {instancePath:instancePath+"/flow/dport",schemaPath:"#/$defs/Flow/properties/dport/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.dport.type,parentSchema:schema70.properties.dport,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 65535 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/flow/dport",schemaPath:"#/$defs/Flow/properties/dport/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema70.properties.dport,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/flow/dport",schemaPath:"#/$defs/Flow/properties/dport/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema70.properties.dport,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data8.proto !== undefined){
let data13 = data8.proto;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err30 = {instancePath:instancePath+"/flow/proto",schemaPath:"#/$defs/Flow/properties/proto/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.proto.type,parentSchema:schema70.properties.proto,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 255 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/flow/proto",schemaPath:"#/$defs/Flow/properties/proto/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema70.properties.proto,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/flow/proto",schemaPath:"#/$defs/Flow/properties/proto/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema70.properties.proto,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/flow",schemaPath:"#/$defs/Flow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.interleave !== undefined){
let data14 = data.interleave;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.every === undefined){
const err34 = {instancePath:instancePath+"/interleave",schemaPath:"#/$defs/Interleave/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema71.required,parentSchema:schema71,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14.sport === undefined){
const err35 = {instancePath:instancePath+"/interleave",schemaPath:"#/$defs/Interleave/required",keyword:"required",params:{missingProperty: "sport"},message:"must have required property '"+"sport"+"'",schema:schema71.required,parentSchema:schema71,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key2 in data14){
if(!((key2 === "every") || (key2 === "sport"))){
const err36 = {instancePath:instancePath+"/interleave",schemaPath:"#/$defs/Interleave/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.every !== undefined){
let data15 = data14.every;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err37 = {instancePath:instancePath+"/interleave/every",schemaPath:"#/$defs/Interleave/properties/every/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.properties.every.type,parentSchema:schema71.properties.every,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 2 || isNaN(data15)){
const err38 = {instancePath:instancePath+"/interleave/every",schemaPath:"#/$defs/Interleave/properties/every/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema71.properties.every,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data14.sport !== undefined){
let data16 = data14.sport;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err39 = {instancePath:instancePath+"/interleave/sport",schemaPath:"#/$defs/Interleave/properties/sport/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.properties.sport.type,parentSchema:schema71.properties.sport,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 65535 || isNaN(data16)){
const err40 = {instancePath:instancePath+"/interleave/sport",schemaPath:"#/$defs/Interleave/properties/sport/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema71.properties.sport,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/interleave/sport",schemaPath:"#/$defs/Interleave/properties/sport/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema71.properties.sport,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/interleave",schemaPath:"#/$defs/Interleave/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.hash !== undefined){
let data17 = data.hash;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err43 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.hash.type,parentSchema:schema69.properties.hash,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 4294967295 || isNaN(data17)){
const err44 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema69.properties.hash,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.hash,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.payload !== undefined){
let data18 = data.payload;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err46 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.payload.type,parentSchema:schema69.properties.payload,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 65507 || isNaN(data18)){
const err47 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65507},message:"must be <= 65507",schema:65507,parentSchema:schema69.properties.payload,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.payload,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.padding !== undefined){
let data19 = data.padding;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err49 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.padding.type,parentSchema:schema69.properties.padding,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 1500 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1500},message:"must be <= 1500",schema:1500,parentSchema:schema69.properties.padding,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/padding",schemaPath:"#/properties/padding/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.padding,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.flags !== undefined){
let data20 = data.flags;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(typeof data21 !== "string"){
const err52 = {instancePath:instancePath+"/flags/" + i0,schemaPath:"#/$defs/FrameFlag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!((((((((((((((((((((((((((data21 === "ip_csum") || (data21 === "ip_version")) || (data21 === "ip_ihl")) || (data21 === "ip_truncated")) || (data21 === "ip_len_short")) || (data21 === "ip_options")) || (data21 === "udp_csum")) || (data21 === "udp_len_long")) || (data21 === "udp_len_short")) || (data21 === "otherhost")) || (data21 === "not_local")) || (data21 === "no_route")) || (data21 === "rp_filter")) || (data21 === "fragment")) || (data21 === "multicast")) || (data21 === "broadcast")) || (data21 === "ttl_1")) || (data21 === "ip_short")) || (data21 === "udp_csum_zero")) || (data21 === "ttl_0")) || (data21 === "ip_options_nop")) || (data21 === "ip_options_rr")) || (data21 === "ip_options_ts")) || (data21 === "ip_options_ra")) || (data21 === "ip_options_lsrr")) || (data21 === "ip_options_ssrr"))){
const err53 = {instancePath:instancePath+"/flags/" + i0,schemaPath:"#/$defs/FrameFlag/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values",schema:schema72.enum,parentSchema:schema72,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i1 = data20.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data20[i1], data20[j0])){
const err54 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69.properties.flags,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.flags.type,parentSchema:schema69.properties.flags,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.socket === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "at") || (key0 === "op")) || (key0 === "socket")) || (key0 === "count"))){
const err3 = {instancePath,schemaPath:"#/$defs/ReadStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data0 = data.at;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/ReadStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.at.type,parentSchema:schema73.properties.at,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/ReadStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.properties.at,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.op !== undefined){
let data1 = data.op;
if("read" !== data1){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/ReadStep/properties/op/const",keyword:"const",params:{allowedValue: "read"},message:"must be equal to constant",schema:"read",parentSchema:schema73.properties.op,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.socket !== undefined){
let data2 = data.socket;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/ReadStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.socket.type,parentSchema:schema73.properties.socket,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.count !== undefined){
let data3 = data.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/ReadStep/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.count.type,parentSchema:schema73.properties.count,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/ReadStep/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema73.properties.count,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/ReadStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err11 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.op === undefined){
const err12 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.name === undefined){
const err13 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.value === undefined){
const err14 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "at") || (key1 === "op")) || (key1 === "name")) || (key1 === "value"))){
const err15 = {instancePath,schemaPath:"#/$defs/SysctlStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.at !== undefined){
let data4 = data.at;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SysctlStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema74.properties.at.type,parentSchema:schema74.properties.at,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SysctlStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema74.properties.at,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.op !== undefined){
let data5 = data.op;
if("sysctl" !== data5){
const err18 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/SysctlStep/properties/op/const",keyword:"const",params:{allowedValue: "sysctl"},message:"must be equal to constant",schema:"sysctl",parentSchema:schema74.properties.op,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.name !== undefined){
let data6 = data.name;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SysctlStep/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.name.type,parentSchema:schema74.properties.name,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.value !== undefined){
let data7 = data.value;
if(((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (typeof data7 !== "string")) && (!(Array.isArray(data7)))){
const err20 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/SysctlStep/properties/value/type",keyword:"type",params:{type: schema74.properties.value.type},message:"must be integer,string,array",schema:schema74.properties.value.type,parentSchema:schema74.properties.value,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/$defs/SysctlStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err22 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.op === undefined){
const err23 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.socket === undefined){
const err24 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.durationNs === undefined){
const err25 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "durationNs"},message:"must have required property '"+"durationNs"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data){
if(!((((key2 === "at") || (key2 === "op")) || (key2 === "socket")) || (key2 === "durationNs"))){
const err26 = {instancePath,schemaPath:"#/$defs/LockSockStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.at !== undefined){
let data8 = data.at;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/LockSockStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.at.type,parentSchema:schema75.properties.at,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/LockSockStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.at,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.op !== undefined){
let data9 = data.op;
if("lock_sock" !== data9){
const err29 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/LockSockStep/properties/op/const",keyword:"const",params:{allowedValue: "lock_sock"},message:"must be equal to constant",schema:"lock_sock",parentSchema:schema75.properties.op,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.socket !== undefined){
let data10 = data.socket;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/LockSockStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.socket.type,parentSchema:schema75.properties.socket,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.durationNs !== undefined){
let data11 = data.durationNs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/durationNs",schemaPath:"#/$defs/LockSockStep/properties/durationNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.durationNs.type,parentSchema:schema75.properties.durationNs,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/durationNs",schemaPath:"#/$defs/LockSockStep/properties/durationNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.durationNs,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/$defs/LockSockStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err34 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.op === undefined){
const err35 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.socket === undefined){
const err36 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.soRcvbuf === undefined){
const err37 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "soRcvbuf"},message:"must have required property '"+"soRcvbuf"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data){
if(!(((((key3 === "at") || (key3 === "op")) || (key3 === "socket")) || (key3 === "soRcvbuf")) || (key3 === "soRcvbufForce"))){
const err38 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.at !== undefined){
let data12 = data.at;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err39 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SetsockoptStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.at.type,parentSchema:schema76.properties.at,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err40 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SetsockoptStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema76.properties.at,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.op !== undefined){
let data13 = data.op;
if("setsockopt" !== data13){
const err41 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/SetsockoptStep/properties/op/const",keyword:"const",params:{allowedValue: "setsockopt"},message:"must be equal to constant",schema:"setsockopt",parentSchema:schema76.properties.op,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.socket !== undefined){
let data14 = data.socket;
if(typeof data14 !== "string"){
const err42 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/SetsockoptStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.socket.type,parentSchema:schema76.properties.socket,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.soRcvbuf !== undefined){
let data15 = data.soRcvbuf;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err43 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.soRcvbuf.type,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648",schema:-2147483648,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.soRcvbufForce !== undefined){
let data16 = data.soRcvbufForce;
if(typeof data16 !== "boolean"){
const err46 = {instancePath:instancePath+"/soRcvbufForce",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbufForce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.soRcvbufForce.type,parentSchema:schema76.properties.soRcvbufForce,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err48 = {instancePath,schemaPath:"#/$defs/AdvanceStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data.op === undefined){
const err49 = {instancePath,schemaPath:"#/$defs/AdvanceStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data){
if(!((key4 === "at") || (key4 === "op"))){
const err50 = {instancePath,schemaPath:"#/$defs/AdvanceStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.at !== undefined){
let data17 = data.at;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err51 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/AdvanceStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.at.type,parentSchema:schema77.properties.at,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/AdvanceStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77.properties.at,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.op !== undefined){
let data18 = data.op;
if("advance" !== data18){
const err53 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/AdvanceStep/properties/op/const",keyword:"const",params:{allowedValue: "advance"},message:"must be equal to constant",schema:"advance",parentSchema:schema77.properties.op,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/$defs/AdvanceStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs48 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err55 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.op === undefined){
const err56 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.label === undefined){
const err57 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key5 in data){
if(!((((key5 === "at") || (key5 === "op")) || (key5 === "label")) || (key5 === "settle"))){
const err58 = {instancePath,schemaPath:"#/$defs/CheckpointStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.at !== undefined){
let data19 = data.at;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err59 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/CheckpointStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.at.type,parentSchema:schema78.properties.at,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err60 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/CheckpointStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema78.properties.at,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data.op !== undefined){
let data20 = data.op;
if("checkpoint" !== data20){
const err61 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/CheckpointStep/properties/op/const",keyword:"const",params:{allowedValue: "checkpoint"},message:"must be equal to constant",schema:"checkpoint",parentSchema:schema78.properties.op,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.label !== undefined){
let data21 = data.label;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err62 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/CheckpointStep/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.properties.label,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/CheckpointStep/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.label.type,parentSchema:schema78.properties.label,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.settle !== undefined){
let data22 = data.settle;
if(typeof data22 !== "boolean"){
const err64 = {instancePath:instancePath+"/settle",schemaPath:"#/$defs/CheckpointStep/properties/settle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.settle.type,parentSchema:schema78.properties.settle,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/$defs/CheckpointStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid0 = _errs55 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
}
if(!valid0){
const err66 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema68.oneOf,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate40.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/workload.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workload === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workload"},message:"must have required property '"+"workload"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "config")) || (key0 === "workload"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.workload !== undefined){
if(!(validate39(data.workload, {instancePath:instancePath+"/workload",parentData:data,parentDataProperty:"workload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/observations.schema.json","title":"Observations","description":"What an implementation reports for a scenario: a snapshot at every checkpoint step (in workload order) and a final one labelled `end`, and optionally the trace events.","type":"object","additionalProperties":false,"required":["profile","checkpoints"],"properties":{"profile":{"$ref":"profile.schema.json"},"checkpoints":{"type":"array","items":{"$ref":"#/$defs/Checkpoint"}},"events":{"type":"array","items":{"$ref":"trace-event.schema.json"}}},"$defs":{"Checkpoint":{"title":"Checkpoint","type":"object","additionalProperties":false,"required":["label","step","at","counters"],"properties":{"label":{"type":"string"},"step":{"type":"integer","minimum":-1,"description":"Index of the checkpoint step in the workload; the final `end` snapshot has the workload length."},"at":{"type":"integer","minimum":0,"description":"Simulated time of the snapshot (ns)."},"counters":{"$ref":"snapshot.schema.json"}}}}};
const schema81 = {"title":"Checkpoint","type":"object","additionalProperties":false,"required":["label","step","at","counters"],"properties":{"label":{"type":"string"},"step":{"type":"integer","minimum":-1,"description":"Index of the checkpoint step in the workload; the final `end` snapshot has the workload length."},"at":{"type":"integer","minimum":0,"description":"Simulated time of the snapshot (ns)."},"counters":{"$ref":"snapshot.schema.json"}}};
const schema82 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/snapshot.schema.json","title":"Snapshot","description":"Every counter file at one instant. Values count from the start of the scenario (for a recorded kernel: deltas from before the trial).","type":"object","additionalProperties":false,"required":["softnet_stat","snmp","netstat","dev","ethtool","udp","softirqs","interrupts"],"properties":{"softnet_stat":{"$ref":"counters/softnet_stat.schema.json"},"snmp":{"$ref":"counters/snmp.schema.json"},"netstat":{"$ref":"counters/netstat.schema.json"},"dev":{"$ref":"counters/dev.schema.json"},"ethtool":{"$ref":"counters/ethtool.schema.json"},"udp":{"$ref":"counters/udp.schema.json"},"softirqs":{"$ref":"counters/softirqs.schema.json"},"interrupts":{"$ref":"counters/interrupts.schema.json"},"internal":{"$ref":"#/$defs/Internal"}},"$defs":{"Internal":{"title":"Internal","type":"object","additionalProperties":false,"description":"White-box state that no /proc file shows directly; an implementation may omit it.","properties":{"backlog":{"type":"array","items":{"$ref":"#/$defs/BacklogState"}},"sockets":{"type":"array","items":{"$ref":"#/$defs/SocketState"}},"rings":{"type":"array","items":{"$ref":"#/$defs/RingState"}}}},"BacklogState":{"title":"BacklogState","type":"object","additionalProperties":false,"required":["cpu","input_qlen","process_qlen"],"properties":{"cpu":{"type":"integer","minimum":0},"input_qlen":{"type":"integer","minimum":0},"process_qlen":{"type":"integer","minimum":0}}},"SocketState":{"title":"SocketState","type":"object","additionalProperties":false,"required":["name","rcvbuf","rmem_alloc","forward_deficit","queued","backlog_len"],"properties":{"name":{"type":"string"},"rcvbuf":{"type":"integer","description":"sk_rcvbuf (what getsockopt(SO_RCVBUF) returns). A signed int: 3.13's SO_RCVBUFFORCE stores max_t(u32, val * 2, SOCK_MIN_RCVBUF) into it, so val = -1 gives -2."},"rmem_alloc":{"type":"integer","minimum":0,"description":"sk_rmem_alloc: truesize charged to the socket."},"forward_deficit":{"type":"integer","minimum":0,"description":"6.x udp_sk->forward_deficit: truesize read but not yet released (always 0 in 3.13)."},"queued":{"type":"integer","minimum":0,"description":"Datagrams waiting to be read."},"backlog_len":{"type":"integer","minimum":0,"description":"3.13 sk_backlog.len (bytes of truesize in the socket backlog)."}}},"RingState":{"title":"RingState","type":"object","additionalProperties":false,"required":["device","queue","filled"],"properties":{"device":{"type":"string"},"queue":{"type":"integer","minimum":0},"filled":{"type":"integer","minimum":0}}}}};
const schema85 = {"title":"Internal","type":"object","additionalProperties":false,"description":"White-box state that no /proc file shows directly; an implementation may omit it.","properties":{"backlog":{"type":"array","items":{"$ref":"#/$defs/BacklogState"}},"sockets":{"type":"array","items":{"$ref":"#/$defs/SocketState"}},"rings":{"type":"array","items":{"$ref":"#/$defs/RingState"}}}};
const schema86 = {"title":"BacklogState","type":"object","additionalProperties":false,"required":["cpu","input_qlen","process_qlen"],"properties":{"cpu":{"type":"integer","minimum":0},"input_qlen":{"type":"integer","minimum":0},"process_qlen":{"type":"integer","minimum":0}}};
const schema87 = {"title":"SocketState","type":"object","additionalProperties":false,"required":["name","rcvbuf","rmem_alloc","forward_deficit","queued","backlog_len"],"properties":{"name":{"type":"string"},"rcvbuf":{"type":"integer","description":"sk_rcvbuf (what getsockopt(SO_RCVBUF) returns). A signed int: 3.13's SO_RCVBUFFORCE stores max_t(u32, val * 2, SOCK_MIN_RCVBUF) into it, so val = -1 gives -2."},"rmem_alloc":{"type":"integer","minimum":0,"description":"sk_rmem_alloc: truesize charged to the socket."},"forward_deficit":{"type":"integer","minimum":0,"description":"6.x udp_sk->forward_deficit: truesize read but not yet released (always 0 in 3.13)."},"queued":{"type":"integer","minimum":0,"description":"Datagrams waiting to be read."},"backlog_len":{"type":"integer","minimum":0,"description":"3.13 sk_backlog.len (bytes of truesize in the socket backlog)."}}};
const schema88 = {"title":"RingState","type":"object","additionalProperties":false,"required":["device","queue","filled"],"properties":{"device":{"type":"string"},"queue":{"type":"integer","minimum":0},"filled":{"type":"integer","minimum":0}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "backlog") || (key0 === "sockets")) || (key0 === "rings"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.backlog !== undefined){
let data0 = data.backlog;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.cpu === undefined){
const err1 = {instancePath:instancePath+"/backlog/" + i0,schemaPath:"#/$defs/BacklogState/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema86.required,parentSchema:schema86,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.input_qlen === undefined){
const err2 = {instancePath:instancePath+"/backlog/" + i0,schemaPath:"#/$defs/BacklogState/required",keyword:"required",params:{missingProperty: "input_qlen"},message:"must have required property '"+"input_qlen"+"'",schema:schema86.required,parentSchema:schema86,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.process_qlen === undefined){
const err3 = {instancePath:instancePath+"/backlog/" + i0,schemaPath:"#/$defs/BacklogState/required",keyword:"required",params:{missingProperty: "process_qlen"},message:"must have required property '"+"process_qlen"+"'",schema:schema86.required,parentSchema:schema86,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "cpu") || (key1 === "input_qlen")) || (key1 === "process_qlen"))){
const err4 = {instancePath:instancePath+"/backlog/" + i0,schemaPath:"#/$defs/BacklogState/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.cpu !== undefined){
let data2 = data1.cpu;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/backlog/" + i0+"/cpu",schemaPath:"#/$defs/BacklogState/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.cpu.type,parentSchema:schema86.properties.cpu,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/backlog/" + i0+"/cpu",schemaPath:"#/$defs/BacklogState/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.cpu,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data1.input_qlen !== undefined){
let data3 = data1.input_qlen;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/backlog/" + i0+"/input_qlen",schemaPath:"#/$defs/BacklogState/properties/input_qlen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.input_qlen.type,parentSchema:schema86.properties.input_qlen,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/backlog/" + i0+"/input_qlen",schemaPath:"#/$defs/BacklogState/properties/input_qlen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.input_qlen,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.process_qlen !== undefined){
let data4 = data1.process_qlen;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/backlog/" + i0+"/process_qlen",schemaPath:"#/$defs/BacklogState/properties/process_qlen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.process_qlen.type,parentSchema:schema86.properties.process_qlen,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/backlog/" + i0+"/process_qlen",schemaPath:"#/$defs/BacklogState/properties/process_qlen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.process_qlen,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/backlog/" + i0,schemaPath:"#/$defs/BacklogState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/backlog",schemaPath:"#/properties/backlog/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.backlog.type,parentSchema:schema85.properties.backlog,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sockets !== undefined){
let data5 = data.sockets;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err13 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.rcvbuf === undefined){
const err14 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "rcvbuf"},message:"must have required property '"+"rcvbuf"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.rmem_alloc === undefined){
const err15 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "rmem_alloc"},message:"must have required property '"+"rmem_alloc"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.forward_deficit === undefined){
const err16 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "forward_deficit"},message:"must have required property '"+"forward_deficit"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.queued === undefined){
const err17 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "queued"},message:"must have required property '"+"queued"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.backlog_len === undefined){
const err18 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/required",keyword:"required",params:{missingProperty: "backlog_len"},message:"must have required property '"+"backlog_len"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!((((((key2 === "name") || (key2 === "rcvbuf")) || (key2 === "rmem_alloc")) || (key2 === "forward_deficit")) || (key2 === "queued")) || (key2 === "backlog_len"))){
const err19 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/sockets/" + i1+"/name",schemaPath:"#/$defs/SocketState/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.name.type,parentSchema:schema87.properties.name,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.rcvbuf !== undefined){
let data8 = data6.rcvbuf;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/sockets/" + i1+"/rcvbuf",schemaPath:"#/$defs/SocketState/properties/rcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.rcvbuf.type,parentSchema:schema87.properties.rcvbuf,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.rmem_alloc !== undefined){
let data9 = data6.rmem_alloc;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/sockets/" + i1+"/rmem_alloc",schemaPath:"#/$defs/SocketState/properties/rmem_alloc/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.rmem_alloc.type,parentSchema:schema87.properties.rmem_alloc,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/sockets/" + i1+"/rmem_alloc",schemaPath:"#/$defs/SocketState/properties/rmem_alloc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.rmem_alloc,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data6.forward_deficit !== undefined){
let data10 = data6.forward_deficit;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/sockets/" + i1+"/forward_deficit",schemaPath:"#/$defs/SocketState/properties/forward_deficit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.forward_deficit.type,parentSchema:schema87.properties.forward_deficit,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/sockets/" + i1+"/forward_deficit",schemaPath:"#/$defs/SocketState/properties/forward_deficit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.forward_deficit,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data6.queued !== undefined){
let data11 = data6.queued;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/sockets/" + i1+"/queued",schemaPath:"#/$defs/SocketState/properties/queued/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.queued.type,parentSchema:schema87.properties.queued,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/sockets/" + i1+"/queued",schemaPath:"#/$defs/SocketState/properties/queued/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.queued,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data6.backlog_len !== undefined){
let data12 = data6.backlog_len;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/sockets/" + i1+"/backlog_len",schemaPath:"#/$defs/SocketState/properties/backlog_len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.backlog_len.type,parentSchema:schema87.properties.backlog_len,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/sockets/" + i1+"/backlog_len",schemaPath:"#/$defs/SocketState/properties/backlog_len/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema87.properties.backlog_len,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/sockets/" + i1,schemaPath:"#/$defs/SocketState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/sockets",schemaPath:"#/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.sockets.type,parentSchema:schema85.properties.sockets,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.rings !== undefined){
let data13 = data.rings;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.device === undefined){
const err32 = {instancePath:instancePath+"/rings/" + i2,schemaPath:"#/$defs/RingState/required",keyword:"required",params:{missingProperty: "device"},message:"must have required property '"+"device"+"'",schema:schema88.required,parentSchema:schema88,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data14.queue === undefined){
const err33 = {instancePath:instancePath+"/rings/" + i2,schemaPath:"#/$defs/RingState/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema88.required,parentSchema:schema88,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.filled === undefined){
const err34 = {instancePath:instancePath+"/rings/" + i2,schemaPath:"#/$defs/RingState/required",keyword:"required",params:{missingProperty: "filled"},message:"must have required property '"+"filled"+"'",schema:schema88.required,parentSchema:schema88,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data14){
if(!(((key3 === "device") || (key3 === "queue")) || (key3 === "filled"))){
const err35 = {instancePath:instancePath+"/rings/" + i2,schemaPath:"#/$defs/RingState/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.device !== undefined){
let data15 = data14.device;
if(typeof data15 !== "string"){
const err36 = {instancePath:instancePath+"/rings/" + i2+"/device",schemaPath:"#/$defs/RingState/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.device.type,parentSchema:schema88.properties.device,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.queue !== undefined){
let data16 = data14.queue;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err37 = {instancePath:instancePath+"/rings/" + i2+"/queue",schemaPath:"#/$defs/RingState/properties/queue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.queue.type,parentSchema:schema88.properties.queue,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err38 = {instancePath:instancePath+"/rings/" + i2+"/queue",schemaPath:"#/$defs/RingState/properties/queue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema88.properties.queue,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data14.filled !== undefined){
let data17 = data14.filled;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err39 = {instancePath:instancePath+"/rings/" + i2+"/filled",schemaPath:"#/$defs/RingState/properties/filled/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema88.properties.filled.type,parentSchema:schema88.properties.filled,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/rings/" + i2+"/filled",schemaPath:"#/$defs/RingState/properties/filled/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema88.properties.filled,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/rings/" + i2,schemaPath:"#/$defs/RingState/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/rings",schemaPath:"#/properties/rings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.rings.type,parentSchema:schema85.properties.rings,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/snapshot.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.softnet_stat === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "softnet_stat"},message:"must have required property '"+"softnet_stat"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.snmp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snmp"},message:"must have required property '"+"snmp"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.netstat === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "netstat"},message:"must have required property '"+"netstat"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dev === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dev"},message:"must have required property '"+"dev"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ethtool === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ethtool"},message:"must have required property '"+"ethtool"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.udp === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "udp"},message:"must have required property '"+"udp"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.softirqs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "softirqs"},message:"must have required property '"+"softirqs"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.interrupts === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interrupts"},message:"must have required property '"+"interrupts"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema82.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.softnet_stat !== undefined){
if(!(validate34(data.softnet_stat, {instancePath:instancePath+"/softnet_stat",parentData:data,parentDataProperty:"softnet_stat",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.snmp !== undefined){
if(!(validate32(data.snmp, {instancePath:instancePath+"/snmp",parentData:data,parentDataProperty:"snmp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.netstat !== undefined){
if(!(validate31(data.netstat, {instancePath:instancePath+"/netstat",parentData:data,parentDataProperty:"netstat",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.dev !== undefined){
if(!(validate26(data.dev, {instancePath:instancePath+"/dev",parentData:data,parentDataProperty:"dev",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.ethtool !== undefined){
if(!(validate27(data.ethtool, {instancePath:instancePath+"/ethtool",parentData:data,parentDataProperty:"ethtool",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.udp !== undefined){
if(!(validate35(data.udp, {instancePath:instancePath+"/udp",parentData:data,parentDataProperty:"udp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.softirqs !== undefined){
let data6 = data.softirqs;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.NET_RX === undefined){
const err9 = {instancePath:instancePath+"/softirqs",schemaPath:"counters/softirqs.schema.json/required",keyword:"required",params:{missingProperty: "NET_RX"},message:"must have required property '"+"NET_RX"+"'",schema:schema60.required,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "NET_RX")){
const err10 = {instancePath:instancePath+"/softirqs",schemaPath:"counters/softirqs.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.NET_RX !== undefined){
let data7 = data6.NET_RX;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err11 = {instancePath:instancePath+"/softirqs/NET_RX/" + i0,schemaPath:"counters/softirqs.schema.json/properties/NET_RX/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.NET_RX.items.type,parentSchema:schema60.properties.NET_RX.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/softirqs/NET_RX/" + i0,schemaPath:"counters/softirqs.schema.json/properties/NET_RX/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.NET_RX.items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/softirqs/NET_RX",schemaPath:"counters/softirqs.schema.json/properties/NET_RX/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.NET_RX.type,parentSchema:schema60.properties.NET_RX,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/softirqs",schemaPath:"counters/softirqs.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.interrupts !== undefined){
let data9 = data.interrupts;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err15 = {instancePath:instancePath+"/interrupts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"counters/interrupts.schema.json/additionalProperties/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.additionalProperties.items.type,parentSchema:schema52.additionalProperties.items,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err16 = {instancePath:instancePath+"/interrupts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"counters/interrupts.schema.json/additionalProperties/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.additionalProperties.items,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/interrupts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"counters/interrupts.schema.json/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.additionalProperties.type,parentSchema:schema52.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/interrupts",schemaPath:"counters/interrupts.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.internal !== undefined){
if(!(validate55(data.internal, {instancePath:instancePath+"/internal",parentData:data,parentDataProperty:"internal",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.step === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counters === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"},message:"must have required property '"+"counters"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "label") || (key0 === "step")) || (key0 === "at")) || (key0 === "counters"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.label.type,parentSchema:schema81.properties.label,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.step !== undefined){
let data1 = data.step;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.step.type,parentSchema:schema81.properties.step,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < -1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema81.properties.step,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.at !== undefined){
let data2 = data.at;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.at.type,parentSchema:schema81.properties.at,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81.properties.at,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.counters !== undefined){
if(!(validate48(data.counters, {instancePath:instancePath+"/counters",parentData:data,parentDataProperty:"counters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/trace-event.schema.json","title":"TraceEvent","description":"A tracepoint-shaped event, with the fields tracefs gives for the same tracepoint (events/GROUP/NAME/format) plus the simulated time `t` (ns) and the `cpu` it fired on.","oneOf":[{"$ref":"#/$defs/NapiPollEvent"},{"$ref":"#/$defs/SoftirqEvent"},{"$ref":"#/$defs/NetifEvent"},{"$ref":"#/$defs/KfreeSkbEvent"},{"$ref":"#/$defs/SockRcvqueueFullEvent"}],"$defs":{"NapiPollEvent":{"title":"NapiPollEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","napi","dev_name","work","budget"],"description":"napi:napi_poll (net/core/dev.c:__napi_poll, 3.13 net_rx_action).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"napi_poll"},"napi":{"type":"string","description":"Which NAPI: DEV:rx-N for a device queue, backlog:CPU for process_backlog."},"dev_name":{"type":"string"},"work":{"type":"integer","minimum":0},"budget":{"type":"integer","description":"The weight passed to poll()."}}},"SoftirqEvent":{"title":"SoftirqEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","vec"],"description":"irq:softirq_entry / irq:softirq_exit for NET_RX (vec 3), kernel/softirq.c:__do_softirq.","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"enum":["softirq_entry","softirq_exit"]},"vec":{"const":3}}},"NetifEvent":{"title":"NetifEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","skbaddr","len","name"],"description":"net:netif_rx (netif_rx_internal) and net:netif_receive_skb (__netif_receive_skb_core).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"enum":["netif_rx","netif_receive_skb"]},"skbaddr":{"type":"integer","minimum":0,"description":"A stable identifier of the skb (the frame's sequence number in the simulation)."},"len":{"type":"integer","minimum":0,"description":"skb->len at the tracepoint (IP datagram length: the MAC header is already pulled)."},"name":{"type":"string","description":"Device name."}}},"KfreeSkbEvent":{"title":"KfreeSkbEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","skbaddr","protocol","location"],"description":"skb:kfree_skb: an skb dropped (net/core/skbuff.c:kfree_skb_reason). 3.13 has no reason field.","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"kfree_skb"},"skbaddr":{"type":"integer","minimum":0},"protocol":{"type":"integer","minimum":0,"description":"skb->protocol in host order (2048 = ETH_P_IP)."},"location":{"type":"string","description":"file:function of the caller that dropped it; \"(pointer)\" where the kernel prints only a hashed address (6.1: location=%p)."},"reason":{"type":"string","description":"Drop reason name as tracefs prints it (SKB_DROP_REASON_ without the prefix), linux-6.18 only."}}},"SockRcvqueueFullEvent":{"title":"SockRcvqueueFullEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","rmem_alloc","truesize","sk_rcvbuf"],"description":"sock:sock_rcvqueue_full (3.13 sock_queue_rcv_skb; 6.x __udp_enqueue_schedule_skb does not fire it: see the model's notes).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"sock_rcvqueue_full"},"rmem_alloc":{"type":"integer"},"truesize":{"type":"integer","minimum":0},"sk_rcvbuf":{"type":"integer"}}}}};
const schema90 = {"title":"NapiPollEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","napi","dev_name","work","budget"],"description":"napi:napi_poll (net/core/dev.c:__napi_poll, 3.13 net_rx_action).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"napi_poll"},"napi":{"type":"string","description":"Which NAPI: DEV:rx-N for a device queue, backlog:CPU for process_backlog."},"dev_name":{"type":"string"},"work":{"type":"integer","minimum":0},"budget":{"type":"integer","description":"The weight passed to poll()."}}};
const schema91 = {"title":"SoftirqEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","vec"],"description":"irq:softirq_entry / irq:softirq_exit for NET_RX (vec 3), kernel/softirq.c:__do_softirq.","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"enum":["softirq_entry","softirq_exit"]},"vec":{"const":3}}};
const schema92 = {"title":"NetifEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","skbaddr","len","name"],"description":"net:netif_rx (netif_rx_internal) and net:netif_receive_skb (__netif_receive_skb_core).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"enum":["netif_rx","netif_receive_skb"]},"skbaddr":{"type":"integer","minimum":0,"description":"A stable identifier of the skb (the frame's sequence number in the simulation)."},"len":{"type":"integer","minimum":0,"description":"skb->len at the tracepoint (IP datagram length: the MAC header is already pulled)."},"name":{"type":"string","description":"Device name."}}};
const schema93 = {"title":"KfreeSkbEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","skbaddr","protocol","location"],"description":"skb:kfree_skb: an skb dropped (net/core/skbuff.c:kfree_skb_reason). 3.13 has no reason field.","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"kfree_skb"},"skbaddr":{"type":"integer","minimum":0},"protocol":{"type":"integer","minimum":0,"description":"skb->protocol in host order (2048 = ETH_P_IP)."},"location":{"type":"string","description":"file:function of the caller that dropped it; \"(pointer)\" where the kernel prints only a hashed address (6.1: location=%p)."},"reason":{"type":"string","description":"Drop reason name as tracefs prints it (SKB_DROP_REASON_ without the prefix), linux-6.18 only."}}};
const schema94 = {"title":"SockRcvqueueFullEvent","type":"object","additionalProperties":false,"required":["t","cpu","event","rmem_alloc","truesize","sk_rcvbuf"],"description":"sock:sock_rcvqueue_full (3.13 sock_queue_rcv_skb; 6.x __udp_enqueue_schedule_skb does not fire it: see the model's notes).","properties":{"t":{"type":"integer","minimum":0},"cpu":{"type":"integer","minimum":0},"event":{"const":"sock_rcvqueue_full"},"rmem_alloc":{"type":"integer"},"truesize":{"type":"integer","minimum":0},"sk_rcvbuf":{"type":"integer"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/trace-event.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.t === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "t"},message:"must have required property '"+"t"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpu === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.event === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.napi === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "napi"},message:"must have required property '"+"napi"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.dev_name === undefined){
const err4 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "dev_name"},message:"must have required property '"+"dev_name"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.work === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "work"},message:"must have required property '"+"work"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.budget === undefined){
const err6 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/required",keyword:"required",params:{missingProperty: "budget"},message:"must have required property '"+"budget"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "t") || (key0 === "cpu")) || (key0 === "event")) || (key0 === "napi")) || (key0 === "dev_name")) || (key0 === "work")) || (key0 === "budget"))){
const err7 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.t !== undefined){
let data0 = data.t;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/NapiPollEvent/properties/t/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.t.type,parentSchema:schema90.properties.t,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/NapiPollEvent/properties/t/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema90.properties.t,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data1 = data.cpu;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/NapiPollEvent/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.cpu.type,parentSchema:schema90.properties.cpu,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/NapiPollEvent/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema90.properties.cpu,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.event !== undefined){
let data2 = data.event;
if("napi_poll" !== data2){
const err12 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/NapiPollEvent/properties/event/const",keyword:"const",params:{allowedValue: "napi_poll"},message:"must be equal to constant",schema:"napi_poll",parentSchema:schema90.properties.event,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.napi !== undefined){
let data3 = data.napi;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/napi",schemaPath:"#/$defs/NapiPollEvent/properties/napi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.napi.type,parentSchema:schema90.properties.napi,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dev_name !== undefined){
let data4 = data.dev_name;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/dev_name",schemaPath:"#/$defs/NapiPollEvent/properties/dev_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.dev_name.type,parentSchema:schema90.properties.dev_name,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.work !== undefined){
let data5 = data.work;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/work",schemaPath:"#/$defs/NapiPollEvent/properties/work/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.work.type,parentSchema:schema90.properties.work,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/work",schemaPath:"#/$defs/NapiPollEvent/properties/work/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema90.properties.work,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.budget !== undefined){
let data6 = data.budget;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/budget",schemaPath:"#/$defs/NapiPollEvent/properties/budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.budget.type,parentSchema:schema90.properties.budget,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/$defs/NapiPollEvent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.t === undefined){
const err19 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/required",keyword:"required",params:{missingProperty: "t"},message:"must have required property '"+"t"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.cpu === undefined){
const err20 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.event === undefined){
const err21 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.vec === undefined){
const err22 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/required",keyword:"required",params:{missingProperty: "vec"},message:"must have required property '"+"vec"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "t") || (key1 === "cpu")) || (key1 === "event")) || (key1 === "vec"))){
const err23 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.t !== undefined){
let data7 = data.t;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/SoftirqEvent/properties/t/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.t.type,parentSchema:schema91.properties.t,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/SoftirqEvent/properties/t/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema91.properties.t,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data8 = data.cpu;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err26 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/SoftirqEvent/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.cpu.type,parentSchema:schema91.properties.cpu,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/SoftirqEvent/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema91.properties.cpu,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.event !== undefined){
let data9 = data.event;
if(!((data9 === "softirq_entry") || (data9 === "softirq_exit"))){
const err28 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/SoftirqEvent/properties/event/enum",keyword:"enum",params:{allowedValues: schema91.properties.event.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.event.enum,parentSchema:schema91.properties.event,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.vec !== undefined){
let data10 = data.vec;
if(3 !== data10){
const err29 = {instancePath:instancePath+"/vec",schemaPath:"#/$defs/SoftirqEvent/properties/vec/const",keyword:"const",params:{allowedValue: 3},message:"must be equal to constant",schema:3,parentSchema:schema91.properties.vec,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/$defs/SoftirqEvent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.t === undefined){
const err31 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "t"},message:"must have required property '"+"t"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.cpu === undefined){
const err32 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.event === undefined){
const err33 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.skbaddr === undefined){
const err34 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "skbaddr"},message:"must have required property '"+"skbaddr"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.len === undefined){
const err35 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "len"},message:"must have required property '"+"len"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.name === undefined){
const err36 = {instancePath,schemaPath:"#/$defs/NetifEvent/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key2 in data){
if(!((((((key2 === "t") || (key2 === "cpu")) || (key2 === "event")) || (key2 === "skbaddr")) || (key2 === "len")) || (key2 === "name"))){
const err37 = {instancePath,schemaPath:"#/$defs/NetifEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.t !== undefined){
let data11 = data.t;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err38 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/NetifEvent/properties/t/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema92.properties.t.type,parentSchema:schema92.properties.t,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err39 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/NetifEvent/properties/t/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema92.properties.t,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data12 = data.cpu;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/NetifEvent/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema92.properties.cpu.type,parentSchema:schema92.properties.cpu,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/NetifEvent/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema92.properties.cpu,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data.event !== undefined){
let data13 = data.event;
if(!((data13 === "netif_rx") || (data13 === "netif_receive_skb"))){
const err42 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/NetifEvent/properties/event/enum",keyword:"enum",params:{allowedValues: schema92.properties.event.enum},message:"must be equal to one of the allowed values",schema:schema92.properties.event.enum,parentSchema:schema92.properties.event,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.skbaddr !== undefined){
let data14 = data.skbaddr;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err43 = {instancePath:instancePath+"/skbaddr",schemaPath:"#/$defs/NetifEvent/properties/skbaddr/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema92.properties.skbaddr.type,parentSchema:schema92.properties.skbaddr,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err44 = {instancePath:instancePath+"/skbaddr",schemaPath:"#/$defs/NetifEvent/properties/skbaddr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema92.properties.skbaddr,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data.len !== undefined){
let data15 = data.len;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err45 = {instancePath:instancePath+"/len",schemaPath:"#/$defs/NetifEvent/properties/len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema92.properties.len.type,parentSchema:schema92.properties.len,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/len",schemaPath:"#/$defs/NetifEvent/properties/len/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema92.properties.len,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.name !== undefined){
let data16 = data.name;
if(typeof data16 !== "string"){
const err47 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/NetifEvent/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.name.type,parentSchema:schema92.properties.name,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/$defs/NetifEvent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs43 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.t === undefined){
const err49 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "t"},message:"must have required property '"+"t"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data.cpu === undefined){
const err50 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data.event === undefined){
const err51 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data.skbaddr === undefined){
const err52 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "skbaddr"},message:"must have required property '"+"skbaddr"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data.protocol === undefined){
const err53 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data.location === undefined){
const err54 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key3 in data){
if(!(((((((key3 === "t") || (key3 === "cpu")) || (key3 === "event")) || (key3 === "skbaddr")) || (key3 === "protocol")) || (key3 === "location")) || (key3 === "reason"))){
const err55 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.t !== undefined){
let data17 = data.t;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err56 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/KfreeSkbEvent/properties/t/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema93.properties.t.type,parentSchema:schema93.properties.t,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err57 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/KfreeSkbEvent/properties/t/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema93.properties.t,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data18 = data.cpu;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err58 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/KfreeSkbEvent/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema93.properties.cpu.type,parentSchema:schema93.properties.cpu,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err59 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/KfreeSkbEvent/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema93.properties.cpu,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data.event !== undefined){
let data19 = data.event;
if("kfree_skb" !== data19){
const err60 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/KfreeSkbEvent/properties/event/const",keyword:"const",params:{allowedValue: "kfree_skb"},message:"must be equal to constant",schema:"kfree_skb",parentSchema:schema93.properties.event,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.skbaddr !== undefined){
let data20 = data.skbaddr;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err61 = {instancePath:instancePath+"/skbaddr",schemaPath:"#/$defs/KfreeSkbEvent/properties/skbaddr/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema93.properties.skbaddr.type,parentSchema:schema93.properties.skbaddr,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err62 = {instancePath:instancePath+"/skbaddr",schemaPath:"#/$defs/KfreeSkbEvent/properties/skbaddr/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema93.properties.skbaddr,data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data.protocol !== undefined){
let data21 = data.protocol;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err63 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/KfreeSkbEvent/properties/protocol/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema93.properties.protocol.type,parentSchema:schema93.properties.protocol,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err64 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/KfreeSkbEvent/properties/protocol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema93.properties.protocol,data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data.location !== undefined){
let data22 = data.location;
if(typeof data22 !== "string"){
const err65 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/KfreeSkbEvent/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.location.type,parentSchema:schema93.properties.location,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.reason !== undefined){
let data23 = data.reason;
if(typeof data23 !== "string"){
const err66 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/KfreeSkbEvent/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.reason.type,parentSchema:schema93.properties.reason,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/$defs/KfreeSkbEvent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs60 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.t === undefined){
const err68 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "t"},message:"must have required property '"+"t"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data.cpu === undefined){
const err69 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data.event === undefined){
const err70 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data.rmem_alloc === undefined){
const err71 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "rmem_alloc"},message:"must have required property '"+"rmem_alloc"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data.truesize === undefined){
const err72 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "truesize"},message:"must have required property '"+"truesize"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data.sk_rcvbuf === undefined){
const err73 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/required",keyword:"required",params:{missingProperty: "sk_rcvbuf"},message:"must have required property '"+"sk_rcvbuf"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key4 in data){
if(!((((((key4 === "t") || (key4 === "cpu")) || (key4 === "event")) || (key4 === "rmem_alloc")) || (key4 === "truesize")) || (key4 === "sk_rcvbuf"))){
const err74 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.t !== undefined){
let data24 = data.t;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err75 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/t/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema94.properties.t.type,parentSchema:schema94.properties.t,data:data24};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err76 = {instancePath:instancePath+"/t",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/t/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema94.properties.t,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data25 = data.cpu;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err77 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema94.properties.cpu.type,parentSchema:schema94.properties.cpu,data:data25};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err78 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema94.properties.cpu,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data.event !== undefined){
let data26 = data.event;
if("sock_rcvqueue_full" !== data26){
const err79 = {instancePath:instancePath+"/event",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/event/const",keyword:"const",params:{allowedValue: "sock_rcvqueue_full"},message:"must be equal to constant",schema:"sock_rcvqueue_full",parentSchema:schema94.properties.event,data:data26};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.rmem_alloc !== undefined){
let data27 = data.rmem_alloc;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err80 = {instancePath:instancePath+"/rmem_alloc",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/rmem_alloc/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema94.properties.rmem_alloc.type,parentSchema:schema94.properties.rmem_alloc,data:data27};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.truesize !== undefined){
let data28 = data.truesize;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err81 = {instancePath:instancePath+"/truesize",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/truesize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema94.properties.truesize.type,parentSchema:schema94.properties.truesize,data:data28};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err82 = {instancePath:instancePath+"/truesize",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/truesize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema94.properties.truesize,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data.sk_rcvbuf !== undefined){
let data29 = data.sk_rcvbuf;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err83 = {instancePath:instancePath+"/sk_rcvbuf",schemaPath:"#/$defs/SockRcvqueueFullEvent/properties/sk_rcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema94.properties.sk_rcvbuf.type,parentSchema:schema94.properties.sk_rcvbuf,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath,schemaPath:"#/$defs/SockRcvqueueFullEvent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
if(!valid0){
const err85 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema89.oneOf,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate59.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/observations.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.checkpoints === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoints"},message:"must have required property '"+"checkpoints"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "profile") || (key0 === "checkpoints")) || (key0 === "events"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.profile !== undefined){
let data0 = data.profile;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data0 === "linux-3.13") || (data0 === "linux-6.1")) || (data0 === "linux-6.12")) || (data0 === "linux-6.18"))){
const err4 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.checkpoints !== undefined){
let data1 = data.checkpoints;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate47(data1[i0], {instancePath:instancePath+"/checkpoints/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/checkpoints",schemaPath:"#/properties/checkpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.checkpoints.type,parentSchema:schema79.properties.checkpoints,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.events !== undefined){
let data3 = data.events;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate59(data3[i1], {instancePath:instancePath+"/events/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.events.type,parentSchema:schema79.properties.events,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"title":"Provenance","type":"object","additionalProperties":false,"required":["source","profile"],"properties":{"source":{"enum":["model","kernel"]},"profile":{"$ref":"profile.schema.json"},"rxpathVersion":{"type":"string"},"kernel":{"type":"object","additionalProperties":true,"description":"For recorded traces: uname -r, the truesize measured in that run, every sysctl and device setting, the tools and their versions, the date.","properties":{"release":{"type":"string"},"truesize":{"type":"object","additionalProperties":{"type":"integer"}},"sysctls":{"type":"object"},"settings":{"type":"object"},"tools":{"type":"object","additionalProperties":{"type":"string"}},"recordedAt":{"type":"string"}}}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.profile === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "source") || (key0 === "profile")) || (key0 === "rxpathVersion")) || (key0 === "kernel"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(!((data0 === "model") || (data0 === "kernel"))){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema95.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema95.properties.source.enum,parentSchema:schema95.properties.source,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.profile !== undefined){
let data1 = data.profile;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data1 === "linux-3.13") || (data1 === "linux-6.1")) || (data1 === "linux-6.12")) || (data1 === "linux-6.18"))){
const err5 = {instancePath:instancePath+"/profile",schemaPath:"profile.schema.json/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rxpathVersion !== undefined){
let data2 = data.rxpathVersion;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/rxpathVersion",schemaPath:"#/properties/rxpathVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.rxpathVersion.type,parentSchema:schema95.properties.rxpathVersion,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kernel !== undefined){
let data3 = data.kernel;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.release !== undefined){
let data4 = data3.release;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/kernel/release",schemaPath:"#/properties/kernel/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.kernel.properties.release.type,parentSchema:schema95.properties.kernel.properties.release,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.truesize !== undefined){
let data5 = data3.truesize;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/kernel/truesize/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/kernel/properties/truesize/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema95.properties.kernel.properties.truesize.additionalProperties.type,parentSchema:schema95.properties.kernel.properties.truesize.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/kernel/truesize",schemaPath:"#/properties/kernel/properties/truesize/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.kernel.properties.truesize.type,parentSchema:schema95.properties.kernel.properties.truesize,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.sysctls !== undefined){
let data7 = data3.sysctls;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err10 = {instancePath:instancePath+"/kernel/sysctls",schemaPath:"#/properties/kernel/properties/sysctls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.kernel.properties.sysctls.type,parentSchema:schema95.properties.kernel.properties.sysctls,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.settings !== undefined){
let data8 = data3.settings;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err11 = {instancePath:instancePath+"/kernel/settings",schemaPath:"#/properties/kernel/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.kernel.properties.settings.type,parentSchema:schema95.properties.kernel.properties.settings,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.tools !== undefined){
let data9 = data3.tools;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
if(typeof data10 !== "string"){
const err12 = {instancePath:instancePath+"/kernel/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/kernel/properties/tools/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.kernel.properties.tools.additionalProperties.type,parentSchema:schema95.properties.kernel.properties.tools.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/kernel/tools",schemaPath:"#/properties/kernel/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.kernel.properties.tools.type,parentSchema:schema95.properties.kernel.properties.tools,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.recordedAt !== undefined){
let data11 = data3.recordedAt;
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/kernel/recordedAt",schemaPath:"#/properties/kernel/properties/recordedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.properties.kernel.properties.recordedAt.type,parentSchema:schema95.properties.kernel.properties.recordedAt,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.properties.kernel.type,parentSchema:schema95.properties.kernel,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern17 = new RegExp("^[a-z_]+(\\.[A-Za-z0-9_*]+|\\[([0-9]+|\\*)\\])*$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/golden-trace.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.summary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.scenario === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.observations === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observations"},message:"must have required property '"+"observations"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provenance === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "format") || (key0 === "summary")) || (key0 === "tags")) || (key0 === "scenario")) || (key0 === "observations")) || (key0 === "observed")) || (key0 === "provenance"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if("rxpath-golden/1" !== data0){
const err6 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "rxpath-golden/1"},message:"must be equal to constant",schema:"rxpath-golden/1",parentSchema:schema65.properties.format,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.summary !== undefined){
let data1 = data.summary;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.summary,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.summary.type,parentSchema:schema65.properties.summary,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.tags.items.type,parentSchema:schema65.properties.tags.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema65.properties.tags,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.tags.type,parentSchema:schema65.properties.tags,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.scenario !== undefined){
if(!(validate37(data.scenario, {instancePath:instancePath+"/scenario",parentData:data,parentDataProperty:"scenario",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.observations !== undefined){
if(!(validate46(data.observations, {instancePath:instancePath+"/observations",parentData:data,parentDataProperty:"observations",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.observed !== undefined){
let data6 = data.observed;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(!pattern17.test(data7)){
const err12 = {instancePath:instancePath+"/observed/" + i2,schemaPath:"#/properties/observed/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[A-Za-z0-9_*]+|\\[([0-9]+|\\*)\\])*$"},message:"must match pattern \""+"^[a-z_]+(\\.[A-Za-z0-9_*]+|\\[([0-9]+|\\*)\\])*$"+"\"",schema:"^[a-z_]+(\\.[A-Za-z0-9_*]+|\\[([0-9]+|\\*)\\])*$",parentSchema:schema65.properties.observed.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/observed/" + i2,schemaPath:"#/properties/observed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.observed.items.type,parentSchema:schema65.properties.observed.items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/observed",schemaPath:"#/properties/observed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.observed.type,parentSchema:schema65.properties.observed,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.provenance !== undefined){
if(!(validate62(data.provenance, {instancePath:instancePath+"/provenance",parentData:data,parentDataProperty:"provenance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v11 = validate46;

exports.v12 = validate64;

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/profile.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "linux-3.13") || (data === "linux-6.1")) || (data === "linux-6.12")) || (data === "linux-6.18"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v13 = validate65;
const schema98 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://rxpath.dev/schemas/protocol.schema.json","title":"ProtocolMessage","description":"rxpath's adapter protocol (versions 1 and 2; 2 adds capabilities.timing and a list of event types in capabilities.events): JSON lines over the standard input and output of an implementation's process, one message per line. rxpath writes Request messages to the program's stdin; the program answers each with exactly one Response line on stdout, in order. stderr is free for logs. The exchange: hello (version handshake and capabilities), then for each scenario start, one step message per workload step (answered by ack, or by a snapshot at checkpoint steps), end (answered by the final snapshot and the events), and bye when rxpath is done.","oneOf":[{"$ref":"#/$defs/Request"},{"$ref":"#/$defs/Response"}],"$defs":{"Request":{"title":"ProtocolRequest","description":"A message rxpath sends to the implementation.","oneOf":[{"$ref":"#/$defs/HelloRequest"},{"$ref":"#/$defs/StartRequest"},{"$ref":"#/$defs/StepRequest"},{"$ref":"#/$defs/EndRequest"},{"$ref":"#/$defs/ByeRequest"}]},"Response":{"title":"ProtocolResponse","description":"A message the implementation sends back: one per request except bye.","oneOf":[{"$ref":"#/$defs/HelloResponse"},{"$ref":"#/$defs/StartedResponse"},{"$ref":"#/$defs/AckResponse"},{"$ref":"#/$defs/SnapshotResponse"},{"$ref":"#/$defs/EndResponse"},{"$ref":"#/$defs/ErrorResponse"}]},"RunId":{"type":"integer","minimum":1,"description":"Numbers the scenario runs of one session, from 1. Every answer repeats it."},"HelloRequest":{"title":"HelloRequest","type":"object","additionalProperties":false,"required":["type","protocol","rxpath"],"description":"First line rxpath writes: the protocol versions it speaks.","properties":{"type":{"const":"hello"},"protocol":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"description":"Protocol versions rxpath speaks (this document describes versions 1 and 2)."},"rxpath":{"type":"string","description":"rxpath's version."}}},"HelloResponse":{"title":"HelloResponse","type":"object","additionalProperties":false,"required":["type","protocol","name","capabilities"],"description":"The implementation's answer to hello: the version it chose (one of those offered) and what it can do.","properties":{"type":{"const":"hello"},"protocol":{"type":"integer","minimum":1},"name":{"type":"string","minLength":1},"capabilities":{"$ref":"#/$defs/Capabilities"}}},"Capabilities":{"title":"Capabilities","type":"object","additionalProperties":false,"required":["profiles"],"description":"What the implementation declares it implements. rxpath runs only the checks that fit and reports the others as skipped.","properties":{"profiles":{"type":"array","items":{"$ref":"profile.schema.json"},"minItems":1,"uniqueItems":true},"events":{"description":"It can emit trace events (default false): true for every type, or (protocol 2) the list of event types it emits; clauses that read other types are left out.","oneOf":[{"type":"boolean"},{"type":"array","items":{"enum":["napi_poll","softirq_entry","softirq_exit","netif_rx","netif_receive_skb","kfree_skb","sock_rcvqueue_full"]},"minItems":1,"uniqueItems":true}]},"timing":{"enum":["model","settled"],"description":"Protocol 2. What its outcomes depend on (default model). model: it keeps a clock as the reference model does (costs, coalescing, netdev_budget_usecs, snapshots mid-processing). settled: it has no clock; it applies the steps in order, the frames of one step arriving together, the host idle between steps; it is given only scenarios and golden traces whose observed outcome order alone fixes."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Scenario features it supports (the golden-trace tags, e.g. loopback, rcvbuf). Absent: all. A trace or property scenario that needs another tag is skipped."},"observes":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"},"uniqueItems":true,"description":"Counter paths it models (as a golden trace's `observed`, e.g. snmp.Udp, udp[*].drops). Absent: every counter. Golden comparisons cover only these."}}},"StartRequest":{"title":"StartRequest","type":"object","additionalProperties":false,"required":["type","run","name","config","steps","events"],"description":"A new scenario: the implementation resets to a fresh host with this configuration (counters at zero, simulated time 0).","properties":{"type":{"const":"start"},"run":{"$ref":"#/$defs/RunId"},"name":{"type":"string"},"config":{"$ref":"config.schema.json"},"steps":{"type":"integer","minimum":0,"description":"Number of workload steps that follow."},"events":{"type":"boolean","description":"Whether the end answer should carry trace events."}}},"StartedResponse":{"title":"StartedResponse","type":"object","additionalProperties":false,"required":["type","run"],"properties":{"type":{"const":"started"},"run":{"$ref":"#/$defs/RunId"}}},"StepRequest":{"title":"StepRequest","type":"object","additionalProperties":false,"required":["type","run","index","step"],"description":"One workload step, in order. A checkpoint step is answered by a snapshot, any other by ack.","properties":{"type":{"const":"step"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"step":{"$ref":"workload.schema.json#/$defs/Step"}}},"AckResponse":{"title":"AckResponse","type":"object","additionalProperties":false,"required":["type","run","index"],"properties":{"type":{"const":"ack"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0}}},"SnapshotResponse":{"title":"SnapshotResponse","type":"object","additionalProperties":false,"required":["type","run","index","checkpoint"],"description":"The answer to a checkpoint step: every counter at that instant.","properties":{"type":{"const":"snapshot"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"checkpoint":{"$ref":"observations.schema.json#/$defs/Checkpoint"}}},"EndRequest":{"title":"EndRequest","type":"object","additionalProperties":false,"required":["type","run"],"description":"The workload is over: run until idle and answer with the final snapshot (label `end`, step = number of steps).","properties":{"type":{"const":"end"},"run":{"$ref":"#/$defs/RunId"}}},"EndResponse":{"title":"EndResponse","type":"object","additionalProperties":false,"required":["type","run","checkpoint"],"properties":{"type":{"const":"end"},"run":{"$ref":"#/$defs/RunId"},"checkpoint":{"$ref":"observations.schema.json#/$defs/Checkpoint"},"events":{"type":"array","items":{"$ref":"trace-event.schema.json"}}}},"ErrorResponse":{"title":"ErrorResponse","type":"object","additionalProperties":false,"required":["type","message"],"description":"The implementation cannot go on with this run (it is reported as broken, not as a conformance failure). Any request may be answered by an error; the next start begins afresh.","properties":{"type":{"const":"error"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"message":{"type":"string"}}},"ByeRequest":{"title":"ByeRequest","type":"object","additionalProperties":false,"required":["type"],"description":"rxpath is done: the program should exit with status 0. No answer.","properties":{"type":{"const":"bye"}}}}};
const schema99 = {"title":"ProtocolRequest","description":"A message rxpath sends to the implementation.","oneOf":[{"$ref":"#/$defs/HelloRequest"},{"$ref":"#/$defs/StartRequest"},{"$ref":"#/$defs/StepRequest"},{"$ref":"#/$defs/EndRequest"},{"$ref":"#/$defs/ByeRequest"}]};
const schema100 = {"title":"HelloRequest","type":"object","additionalProperties":false,"required":["type","protocol","rxpath"],"description":"First line rxpath writes: the protocol versions it speaks.","properties":{"type":{"const":"hello"},"protocol":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1,"description":"Protocol versions rxpath speaks (this document describes versions 1 and 2)."},"rxpath":{"type":"string","description":"rxpath's version."}}};
const schema114 = {"title":"ByeRequest","type":"object","additionalProperties":false,"required":["type"],"description":"rxpath is done: the program should exit with status 0. No answer.","properties":{"type":{"const":"bye"}}};
const schema101 = {"title":"StartRequest","type":"object","additionalProperties":false,"required":["type","run","name","config","steps","events"],"description":"A new scenario: the implementation resets to a fresh host with this configuration (counters at zero, simulated time 0).","properties":{"type":{"const":"start"},"run":{"$ref":"#/$defs/RunId"},"name":{"type":"string"},"config":{"$ref":"config.schema.json"},"steps":{"type":"integer","minimum":0,"description":"Number of workload steps that follow."},"events":{"type":"boolean","description":"Whether the end answer should carry trace events."}}};
const schema102 = {"type":"integer","minimum":1,"description":"Numbers the scenario runs of one session, from 1. Every answer repeats it."};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.steps === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.events === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "run")) || (key0 === "name")) || (key0 === "config")) || (key0 === "steps")) || (key0 === "events"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("start" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "start"},message:"must be equal to constant",schema:"start",parentSchema:schema101.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.name.type,parentSchema:schema101.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.steps !== undefined){
let data4 = data.steps;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema101.properties.steps.type,parentSchema:schema101.properties.steps,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema101.properties.steps,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.events !== undefined){
let data5 = data.events;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema101.properties.events.type,parentSchema:schema101.properties.events,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"title":"StepRequest","type":"object","additionalProperties":false,"required":["type","run","index","step"],"description":"One workload step, in order. A checkpoint step is answered by a snapshot, any other by ack.","properties":{"type":{"const":"step"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"step":{"$ref":"workload.schema.json#/$defs/Step"}}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.op === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.socket === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/ReadStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "at") || (key0 === "op")) || (key0 === "socket")) || (key0 === "count"))){
const err3 = {instancePath,schemaPath:"#/$defs/ReadStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data0 = data.at;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/ReadStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.at.type,parentSchema:schema73.properties.at,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/ReadStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.properties.at,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.op !== undefined){
let data1 = data.op;
if("read" !== data1){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/ReadStep/properties/op/const",keyword:"const",params:{allowedValue: "read"},message:"must be equal to constant",schema:"read",parentSchema:schema73.properties.op,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.socket !== undefined){
let data2 = data.socket;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/ReadStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.socket.type,parentSchema:schema73.properties.socket,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.count !== undefined){
let data3 = data.count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/ReadStep/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.count.type,parentSchema:schema73.properties.count,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/count",schemaPath:"#/$defs/ReadStep/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema73.properties.count,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/ReadStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err11 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.op === undefined){
const err12 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.name === undefined){
const err13 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.value === undefined){
const err14 = {instancePath,schemaPath:"#/$defs/SysctlStep/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "at") || (key1 === "op")) || (key1 === "name")) || (key1 === "value"))){
const err15 = {instancePath,schemaPath:"#/$defs/SysctlStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.at !== undefined){
let data4 = data.at;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SysctlStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema74.properties.at.type,parentSchema:schema74.properties.at,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SysctlStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema74.properties.at,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.op !== undefined){
let data5 = data.op;
if("sysctl" !== data5){
const err18 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/SysctlStep/properties/op/const",keyword:"const",params:{allowedValue: "sysctl"},message:"must be equal to constant",schema:"sysctl",parentSchema:schema74.properties.op,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.name !== undefined){
let data6 = data.name;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SysctlStep/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.name.type,parentSchema:schema74.properties.name,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.value !== undefined){
let data7 = data.value;
if(((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (typeof data7 !== "string")) && (!(Array.isArray(data7)))){
const err20 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/SysctlStep/properties/value/type",keyword:"type",params:{type: schema74.properties.value.type},message:"must be integer,string,array",schema:schema74.properties.value.type,parentSchema:schema74.properties.value,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/$defs/SysctlStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err22 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.op === undefined){
const err23 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.socket === undefined){
const err24 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.durationNs === undefined){
const err25 = {instancePath,schemaPath:"#/$defs/LockSockStep/required",keyword:"required",params:{missingProperty: "durationNs"},message:"must have required property '"+"durationNs"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data){
if(!((((key2 === "at") || (key2 === "op")) || (key2 === "socket")) || (key2 === "durationNs"))){
const err26 = {instancePath,schemaPath:"#/$defs/LockSockStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.at !== undefined){
let data8 = data.at;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/LockSockStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.at.type,parentSchema:schema75.properties.at,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/LockSockStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.at,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.op !== undefined){
let data9 = data.op;
if("lock_sock" !== data9){
const err29 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/LockSockStep/properties/op/const",keyword:"const",params:{allowedValue: "lock_sock"},message:"must be equal to constant",schema:"lock_sock",parentSchema:schema75.properties.op,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.socket !== undefined){
let data10 = data.socket;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/LockSockStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.socket.type,parentSchema:schema75.properties.socket,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.durationNs !== undefined){
let data11 = data.durationNs;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/durationNs",schemaPath:"#/$defs/LockSockStep/properties/durationNs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.durationNs.type,parentSchema:schema75.properties.durationNs,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/durationNs",schemaPath:"#/$defs/LockSockStep/properties/durationNs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.durationNs,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/$defs/LockSockStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err34 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.op === undefined){
const err35 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.socket === undefined){
const err36 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.soRcvbuf === undefined){
const err37 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/required",keyword:"required",params:{missingProperty: "soRcvbuf"},message:"must have required property '"+"soRcvbuf"+"'",schema:schema76.required,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data){
if(!(((((key3 === "at") || (key3 === "op")) || (key3 === "socket")) || (key3 === "soRcvbuf")) || (key3 === "soRcvbufForce"))){
const err38 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.at !== undefined){
let data12 = data.at;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err39 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SetsockoptStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.at.type,parentSchema:schema76.properties.at,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err40 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/SetsockoptStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema76.properties.at,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.op !== undefined){
let data13 = data.op;
if("setsockopt" !== data13){
const err41 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/SetsockoptStep/properties/op/const",keyword:"const",params:{allowedValue: "setsockopt"},message:"must be equal to constant",schema:"setsockopt",parentSchema:schema76.properties.op,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.socket !== undefined){
let data14 = data.socket;
if(typeof data14 !== "string"){
const err42 = {instancePath:instancePath+"/socket",schemaPath:"#/$defs/SetsockoptStep/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.socket.type,parentSchema:schema76.properties.socket,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.soRcvbuf !== undefined){
let data15 = data.soRcvbuf;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err43 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.soRcvbuf.type,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbuf/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648",schema:-2147483648,parentSchema:schema76.properties.soRcvbuf,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.soRcvbufForce !== undefined){
let data16 = data.soRcvbufForce;
if(typeof data16 !== "boolean"){
const err46 = {instancePath:instancePath+"/soRcvbufForce",schemaPath:"#/$defs/SetsockoptStep/properties/soRcvbufForce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.soRcvbufForce.type,parentSchema:schema76.properties.soRcvbufForce,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/$defs/SetsockoptStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err48 = {instancePath,schemaPath:"#/$defs/AdvanceStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data.op === undefined){
const err49 = {instancePath,schemaPath:"#/$defs/AdvanceStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data){
if(!((key4 === "at") || (key4 === "op"))){
const err50 = {instancePath,schemaPath:"#/$defs/AdvanceStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.at !== undefined){
let data17 = data.at;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err51 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/AdvanceStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.at.type,parentSchema:schema77.properties.at,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/AdvanceStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77.properties.at,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.op !== undefined){
let data18 = data.op;
if("advance" !== data18){
const err53 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/AdvanceStep/properties/op/const",keyword:"const",params:{allowedValue: "advance"},message:"must be equal to constant",schema:"advance",parentSchema:schema77.properties.op,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/$defs/AdvanceStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs48 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.at === undefined){
const err55 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.op === undefined){
const err56 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.label === undefined){
const err57 = {instancePath,schemaPath:"#/$defs/CheckpointStep/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key5 in data){
if(!((((key5 === "at") || (key5 === "op")) || (key5 === "label")) || (key5 === "settle"))){
const err58 = {instancePath,schemaPath:"#/$defs/CheckpointStep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.at !== undefined){
let data19 = data.at;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err59 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/CheckpointStep/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.at.type,parentSchema:schema78.properties.at,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err60 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/CheckpointStep/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema78.properties.at,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data.op !== undefined){
let data20 = data.op;
if("checkpoint" !== data20){
const err61 = {instancePath:instancePath+"/op",schemaPath:"#/$defs/CheckpointStep/properties/op/const",keyword:"const",params:{allowedValue: "checkpoint"},message:"must be equal to constant",schema:"checkpoint",parentSchema:schema78.properties.op,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.label !== undefined){
let data21 = data.label;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err62 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/CheckpointStep/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.properties.label,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/CheckpointStep/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.label.type,parentSchema:schema78.properties.label,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.settle !== undefined){
let data22 = data.settle;
if(typeof data22 !== "boolean"){
const err64 = {instancePath:instancePath+"/settle",schemaPath:"#/$defs/CheckpointStep/properties/settle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema78.properties.settle.type,parentSchema:schema78.properties.settle,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/$defs/CheckpointStep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid0 = _errs55 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
}
if(!valid0){
const err66 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema68.oneOf,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate71.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate71.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.step === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "step"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("step" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "step"},message:"must be equal to constant",schema:"step",parentSchema:schema103.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.index.type,parentSchema:schema103.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema103.properties.index,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.step !== undefined){
if(!(validate71(data.step, {instancePath:instancePath+"/step",parentData:data,parentDataProperty:"step",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema112 = {"title":"EndRequest","type":"object","additionalProperties":false,"required":["type","run"],"description":"The workload is over: run until idle and answer with the final snapshot (label `end`, step = number of steps).","properties":{"type":{"const":"end"},"run":{"$ref":"#/$defs/RunId"}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "run"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("end" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "end"},message:"must be equal to constant",schema:"end",parentSchema:schema112.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.protocol === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rxpath === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "rxpath"},message:"must have required property '"+"rxpath"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "protocol")) || (key0 === "rxpath"))){
const err3 = {instancePath,schemaPath:"#/$defs/HelloRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("hello" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/HelloRequest/properties/type/const",keyword:"const",params:{allowedValue: "hello"},message:"must be equal to constant",schema:"hello",parentSchema:schema100.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data1 = data.protocol;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/HelloRequest/properties/protocol/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/$defs/HelloRequest/properties/protocol/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.protocol.items.type,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/$defs/HelloRequest/properties/protocol/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/HelloRequest/properties/protocol/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.protocol.type,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rxpath !== undefined){
let data3 = data.rxpath;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/rxpath",schemaPath:"#/$defs/HelloRequest/properties/rxpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.rxpath.type,parentSchema:schema100.properties.rxpath,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/HelloRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs12 = errors;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs13 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err11 = {instancePath,schemaPath:"#/$defs/ByeRequest/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "type")){
const err12 = {instancePath,schemaPath:"#/$defs/ByeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if("bye" !== data4){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ByeRequest/properties/type/const",keyword:"const",params:{allowedValue: "bye"},message:"must be equal to constant",schema:"bye",parentSchema:schema114.properties.type,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/ByeRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
if(!valid0){
const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema99.oneOf,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate66.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema115 = {"title":"ProtocolResponse","description":"A message the implementation sends back: one per request except bye.","oneOf":[{"$ref":"#/$defs/HelloResponse"},{"$ref":"#/$defs/StartedResponse"},{"$ref":"#/$defs/AckResponse"},{"$ref":"#/$defs/SnapshotResponse"},{"$ref":"#/$defs/EndResponse"},{"$ref":"#/$defs/ErrorResponse"}]};
const schema116 = {"title":"HelloResponse","type":"object","additionalProperties":false,"required":["type","protocol","name","capabilities"],"description":"The implementation's answer to hello: the version it chose (one of those offered) and what it can do.","properties":{"type":{"const":"hello"},"protocol":{"type":"integer","minimum":1},"name":{"type":"string","minLength":1},"capabilities":{"$ref":"#/$defs/Capabilities"}}};
const schema117 = {"title":"Capabilities","type":"object","additionalProperties":false,"required":["profiles"],"description":"What the implementation declares it implements. rxpath runs only the checks that fit and reports the others as skipped.","properties":{"profiles":{"type":"array","items":{"$ref":"profile.schema.json"},"minItems":1,"uniqueItems":true},"events":{"description":"It can emit trace events (default false): true for every type, or (protocol 2) the list of event types it emits; clauses that read other types are left out.","oneOf":[{"type":"boolean"},{"type":"array","items":{"enum":["napi_poll","softirq_entry","softirq_exit","netif_rx","netif_receive_skb","kfree_skb","sock_rcvqueue_full"]},"minItems":1,"uniqueItems":true}]},"timing":{"enum":["model","settled"],"description":"Protocol 2. What its outcomes depend on (default model). model: it keeps a clock as the reference model does (costs, coalescing, netdev_budget_usecs, snapshots mid-processing). settled: it has no clock; it applies the steps in order, the frames of one step arriving together, the host idle between steps; it is given only scenarios and golden traces whose observed outcome order alone fixes."},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Scenario features it supports (the golden-trace tags, e.g. loopback, rcvbuf). Absent: all. A trace or property scenario that needs another tag is skipped."},"observes":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"},"uniqueItems":true,"description":"Counter paths it models (as a golden trace's `observed`, e.g. snmp.Udp, udp[*].drops). Absent: every counter. Golden comparisons cover only these."}}};
const pattern18 = new RegExp("^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$", "u");

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profiles === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profiles"},message:"must have required property '"+"profiles"+"'",schema:schema117.required,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "profiles") || (key0 === "events")) || (key0 === "timing")) || (key0 === "tags")) || (key0 === "observes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.profiles !== undefined){
let data0 = data.profiles;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"profile.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data1 === "linux-3.13") || (data1 === "linux-6.1")) || (data1 === "linux-6.12")) || (data1 === "linux-6.18"))){
const err4 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"profile.schema.json/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err5 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.profiles.type,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.events !== undefined){
let data2 = data.events;
const _errs8 = errors;
let valid5 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema117.properties.events.oneOf[0].type,parentSchema:schema117.properties.events.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs11 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(!(((((((data3 === "napi_poll") || (data3 === "softirq_entry")) || (data3 === "softirq_exit")) || (data3 === "netif_rx")) || (data3 === "netif_receive_skb")) || (data3 === "kfree_skb")) || (data3 === "sock_rcvqueue_full"))){
const err9 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/oneOf/1/items/enum",keyword:"enum",params:{allowedValues: schema117.properties.events.oneOf[1].items.enum},message:"must be equal to one of the allowed values",schema:schema117.properties.events.oneOf[1].items.enum,parentSchema:schema117.properties.events.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data2[i3], data2[j1])){
const err10 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.events.oneOf[1].type,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err12 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema117.properties.events.oneOf,parentSchema:schema117.properties.events,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.timing !== undefined){
let data4 = data.timing;
if(!((data4 === "model") || (data4 === "settled"))){
const err13 = {instancePath:instancePath+"/timing",schemaPath:"#/properties/timing/enum",keyword:"enum",params:{allowedValues: schema117.properties.timing.enum},message:"must be equal to one of the allowed values",schema:schema117.properties.timing.enum,parentSchema:schema117.properties.timing,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tags !== undefined){
let data5 = data.tags;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i4=0; i4<len2; i4++){
let data6 = data5[i4];
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.tags.items.type,parentSchema:schema117.properties.tags.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i5 = data5.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data5[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema117.properties.tags,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.tags.type,parentSchema:schema117.properties.tags,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.observes !== undefined){
let data7 = data.observes;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i6=0; i6<len3; i6++){
let data8 = data7[i6];
if(typeof data8 === "string"){
if(!pattern18.test(data8)){
const err17 = {instancePath:instancePath+"/observes/" + i6,schemaPath:"#/properties/observes/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"+"\"",schema:"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$",parentSchema:schema117.properties.observes.items,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/observes/" + i6,schemaPath:"#/properties/observes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.observes.items.type,parentSchema:schema117.properties.observes.items,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i7 = data7.length;
let j3;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data7[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j3 = indices1[item1];
const err19 = {instancePath:instancePath+"/observes",schemaPath:"#/properties/observes/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema117.properties.observes,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
else {
const err20 = {instancePath:instancePath+"/observes",schemaPath:"#/properties/observes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.observes.type,parentSchema:schema117.properties.observes,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema117.type,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.protocol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.capabilities === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "protocol")) || (key0 === "name")) || (key0 === "capabilities"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("hello" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "hello"},message:"must be equal to constant",schema:"hello",parentSchema:schema116.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.protocol !== undefined){
let data1 = data.protocol;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema116.properties.protocol.type,parentSchema:schema116.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema116.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.name.type,parentSchema:schema116.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.capabilities !== undefined){
if(!(validate80(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"title":"StartedResponse","type":"object","additionalProperties":false,"required":["type","run"],"properties":{"type":{"const":"started"},"run":{"$ref":"#/$defs/RunId"}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "run"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("started" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "started"},message:"must be equal to constant",schema:"started",parentSchema:schema119.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema121 = {"title":"AckResponse","type":"object","additionalProperties":false,"required":["type","run","index"],"properties":{"type":{"const":"ack"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "run")) || (key0 === "index"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("ack" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ack"},message:"must be equal to constant",schema:"ack",parentSchema:schema121.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema121.properties.index.type,parentSchema:schema121.properties.index,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema121.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema123 = {"title":"SnapshotResponse","type":"object","additionalProperties":false,"required":["type","run","index","checkpoint"],"description":"The answer to a checkpoint step: every counter at that instant.","properties":{"type":{"const":"snapshot"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"checkpoint":{"$ref":"observations.schema.json#/$defs/Checkpoint"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.step === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.counters === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counters"},message:"must have required property '"+"counters"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "label") || (key0 === "step")) || (key0 === "at")) || (key0 === "counters"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.label.type,parentSchema:schema81.properties.label,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.step !== undefined){
let data1 = data.step;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.step.type,parentSchema:schema81.properties.step,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < -1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/step",schemaPath:"#/properties/step/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema81.properties.step,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.at !== undefined){
let data2 = data.at;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.at.type,parentSchema:schema81.properties.at,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81.properties.at,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.counters !== undefined){
if(!(validate48(data.counters, {instancePath:instancePath+"/counters",parentData:data,parentDataProperty:"counters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.checkpoint === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint"},message:"must have required property '"+"checkpoint"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "checkpoint"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("snapshot" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "snapshot"},message:"must be equal to constant",schema:"snapshot",parentSchema:schema123.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema123.properties.index.type,parentSchema:schema123.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema123.properties.index,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.checkpoint !== undefined){
if(!(validate88(data.checkpoint, {instancePath:instancePath+"/checkpoint",parentData:data,parentDataProperty:"checkpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema126 = {"title":"EndResponse","type":"object","additionalProperties":false,"required":["type","run","checkpoint"],"properties":{"type":{"const":"end"},"run":{"$ref":"#/$defs/RunId"},"checkpoint":{"$ref":"observations.schema.json#/$defs/Checkpoint"},"events":{"type":"array","items":{"$ref":"trace-event.schema.json"}}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.checkpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint"},message:"must have required property '"+"checkpoint"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "checkpoint")) || (key0 === "events"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("end" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "end"},message:"must be equal to constant",schema:"end",parentSchema:schema126.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.checkpoint !== undefined){
if(!(validate88(data.checkpoint, {instancePath:instancePath+"/checkpoint",parentData:data,parentDataProperty:"checkpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
if(data.events !== undefined){
let data3 = data.events;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/events/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema126.properties.events.type,parentSchema:schema126.properties.events,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema126.type,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema128 = {"title":"ErrorResponse","type":"object","additionalProperties":false,"required":["type","message"],"description":"The implementation cannot go on with this run (it is reported as broken, not as a conformance failure). Any request may be answered by an error; the next start begins afresh.","properties":{"type":{"const":"error"},"run":{"$ref":"#/$defs/RunId"},"index":{"type":"integer","minimum":0},"message":{"type":"string"}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "message"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("error" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant",schema:"error",parentSchema:schema128.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema128.properties.index.type,parentSchema:schema128.properties.index,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema128.properties.index,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.message !== undefined){
let data3 = data.message;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.message.type,parentSchema:schema128.properties.message,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema115.oneOf,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate78.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate78.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/protocol.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
else {
var props0 = validate66.evaluated.props;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
else {
var props1 = validate78.evaluated.props;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema98.oneOf,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate65.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.v14 = validate37;

exports.v15 = validate48;

exports.v16 = validate99;

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/socket.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.port === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.name.type,parentSchema:schema45.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.address !== undefined){
let data1 = data.address;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err5 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.address,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.address.type,parentSchema:schema45.properties.address,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.port !== undefined){
let data2 = data.port;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.port.type,parentSchema:schema45.properties.port,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.port,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.port,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.connect !== undefined){
let data3 = data.connect;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.address === undefined){
const err10 = {instancePath:instancePath+"/connect",schemaPath:"#/properties/connect/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema45.properties.connect.required,parentSchema:schema45.properties.connect,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.port === undefined){
const err11 = {instancePath:instancePath+"/connect",schemaPath:"#/properties/connect/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema45.properties.connect.required,parentSchema:schema45.properties.connect,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "address") || (key1 === "port"))){
const err12 = {instancePath:instancePath+"/connect",schemaPath:"#/properties/connect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.connect,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.address !== undefined){
let data4 = data3.address;
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
const err13 = {instancePath:instancePath+"/connect/address",schemaPath:"#/properties/connect/properties/address/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.connect.properties.address,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/connect/address",schemaPath:"#/properties/connect/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.connect.properties.address.type,parentSchema:schema45.properties.connect.properties.address,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.port !== undefined){
let data5 = data3.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/connect/port",schemaPath:"#/properties/connect/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.connect.properties.port.type,parentSchema:schema45.properties.connect.properties.port,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/connect/port",schemaPath:"#/properties/connect/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.connect.properties.port,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/connect/port",schemaPath:"#/properties/connect/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.connect.properties.port,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/connect",schemaPath:"#/properties/connect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.connect.type,parentSchema:schema45.properties.connect,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.soRcvbuf !== undefined){
let data6 = data.soRcvbuf;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err19 = {instancePath:instancePath+"/soRcvbuf",schemaPath:"#/properties/soRcvbuf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.soRcvbuf.type,parentSchema:schema45.properties.soRcvbuf,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.soRcvbufForce !== undefined){
let data7 = data.soRcvbufForce;
if(typeof data7 !== "boolean"){
const err20 = {instancePath:instancePath+"/soRcvbufForce",schemaPath:"#/properties/soRcvbufForce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.soRcvbufForce.type,parentSchema:schema45.properties.soRcvbufForce,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.soBusyPoll !== undefined){
let data8 = data.soBusyPoll;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/soBusyPoll",schemaPath:"#/properties/soBusyPoll/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.soBusyPoll.type,parentSchema:schema45.properties.soBusyPoll,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/soBusyPoll",schemaPath:"#/properties/soBusyPoll/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.soBusyPoll,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.cpu !== undefined){
let data9 = data.cpu;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.cpu.type,parentSchema:schema45.properties.cpu,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.cpu,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.multicast !== undefined){
let data10 = data.multicast;
if(typeof data10 === "string"){
if(!(formats0.test(data10))){
const err25 = {instancePath:instancePath+"/multicast",schemaPath:"#/properties/multicast/format",keyword:"format",params:{format: "ipv4"},message:"must match format \""+"ipv4"+"\"",schema:"ipv4",parentSchema:schema45.properties.multicast,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/multicast",schemaPath:"#/properties/multicast/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.multicast.type,parentSchema:schema45.properties.multicast,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v17 = validate100;

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://rxpath.dev/schemas/sysctls.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema40.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["net.core.netdev_budget"] !== undefined){
let data0 = data["net.core.netdev_budget"];
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/net.core.netdev_budget",schemaPath:"#/properties/net.core.netdev_budget/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_budget"].type,parentSchema:schema40.properties["net.core.netdev_budget"],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["net.core.netdev_budget_usecs"] !== undefined){
let data1 = data["net.core.netdev_budget_usecs"];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/net.core.netdev_budget_usecs",schemaPath:"#/properties/net.core.netdev_budget_usecs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_budget_usecs"].type,parentSchema:schema40.properties["net.core.netdev_budget_usecs"],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["net.core.dev_weight"] !== undefined){
let data2 = data["net.core.dev_weight"];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/net.core.dev_weight",schemaPath:"#/properties/net.core.dev_weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.dev_weight"].type,parentSchema:schema40.properties["net.core.dev_weight"],data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["net.core.dev_weight_rx_bias"] !== undefined){
let data3 = data["net.core.dev_weight_rx_bias"];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/net.core.dev_weight_rx_bias",schemaPath:"#/properties/net.core.dev_weight_rx_bias/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.dev_weight_rx_bias"].type,parentSchema:schema40.properties["net.core.dev_weight_rx_bias"],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["net.core.netdev_max_backlog"] !== undefined){
let data4 = data["net.core.netdev_max_backlog"];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/net.core.netdev_max_backlog",schemaPath:"#/properties/net.core.netdev_max_backlog/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_max_backlog"].type,parentSchema:schema40.properties["net.core.netdev_max_backlog"],data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data["net.core.flow_limit_table_len"] !== undefined){
let data5 = data["net.core.flow_limit_table_len"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err6 = {instancePath:instancePath+"/net.core.flow_limit_table_len",schemaPath:"#/properties/net.core.flow_limit_table_len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.flow_limit_table_len"].type,parentSchema:schema40.properties["net.core.flow_limit_table_len"],data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["net.core.flow_limit_cpu_bitmap"] !== undefined){
let data6 = data["net.core.flow_limit_cpu_bitmap"];
if(typeof data6 === "string"){
if(!pattern11.test(data6)){
const err7 = {instancePath:instancePath+"/net.core.flow_limit_cpu_bitmap",schemaPath:"#/properties/net.core.flow_limit_cpu_bitmap/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"},message:"must match pattern \""+"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"+"\"",schema:"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$",parentSchema:schema40.properties["net.core.flow_limit_cpu_bitmap"],data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/net.core.flow_limit_cpu_bitmap",schemaPath:"#/properties/net.core.flow_limit_cpu_bitmap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties["net.core.flow_limit_cpu_bitmap"].type,parentSchema:schema40.properties["net.core.flow_limit_cpu_bitmap"],data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["net.core.rps_sock_flow_entries"] !== undefined){
let data7 = data["net.core.rps_sock_flow_entries"];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/net.core.rps_sock_flow_entries",schemaPath:"#/properties/net.core.rps_sock_flow_entries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rps_sock_flow_entries"].type,parentSchema:schema40.properties["net.core.rps_sock_flow_entries"],data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data["net.core.netdev_tstamp_prequeue"] !== undefined){
let data8 = data["net.core.netdev_tstamp_prequeue"];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/net.core.netdev_tstamp_prequeue",schemaPath:"#/properties/net.core.netdev_tstamp_prequeue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.netdev_tstamp_prequeue"].type,parentSchema:schema40.properties["net.core.netdev_tstamp_prequeue"],data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["net.core.rmem_default"] !== undefined){
let data9 = data["net.core.rmem_default"];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err11 = {instancePath:instancePath+"/net.core.rmem_default",schemaPath:"#/properties/net.core.rmem_default/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rmem_default"].type,parentSchema:schema40.properties["net.core.rmem_default"],data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["net.core.rmem_max"] !== undefined){
let data10 = data["net.core.rmem_max"];
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err12 = {instancePath:instancePath+"/net.core.rmem_max",schemaPath:"#/properties/net.core.rmem_max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.rmem_max"].type,parentSchema:schema40.properties["net.core.rmem_max"],data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["net.core.busy_poll"] !== undefined){
let data11 = data["net.core.busy_poll"];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err13 = {instancePath:instancePath+"/net.core.busy_poll",schemaPath:"#/properties/net.core.busy_poll/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.busy_poll"].type,parentSchema:schema40.properties["net.core.busy_poll"],data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data["net.core.busy_read"] !== undefined){
let data12 = data["net.core.busy_read"];
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err14 = {instancePath:instancePath+"/net.core.busy_read",schemaPath:"#/properties/net.core.busy_read/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.busy_read"].type,parentSchema:schema40.properties["net.core.busy_read"],data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["net.core.gro_normal_batch"] !== undefined){
let data13 = data["net.core.gro_normal_batch"];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err15 = {instancePath:instancePath+"/net.core.gro_normal_batch",schemaPath:"#/properties/net.core.gro_normal_batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.core.gro_normal_batch"].type,parentSchema:schema40.properties["net.core.gro_normal_batch"],data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["net.ipv4.ip_early_demux"] !== undefined){
let data14 = data["net.ipv4.ip_early_demux"];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err16 = {instancePath:instancePath+"/net.ipv4.ip_early_demux",schemaPath:"#/properties/net.ipv4.ip_early_demux/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.ip_early_demux"].type,parentSchema:schema40.properties["net.ipv4.ip_early_demux"],data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data["net.ipv4.udp_early_demux"] !== undefined){
let data15 = data["net.ipv4.udp_early_demux"];
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err17 = {instancePath:instancePath+"/net.ipv4.udp_early_demux",schemaPath:"#/properties/net.ipv4.udp_early_demux/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_early_demux"].type,parentSchema:schema40.properties["net.ipv4.udp_early_demux"],data:data15};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data["net.ipv4.udp_rmem_min"] !== undefined){
let data16 = data["net.ipv4.udp_rmem_min"];
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err18 = {instancePath:instancePath+"/net.ipv4.udp_rmem_min",schemaPath:"#/properties/net.ipv4.udp_rmem_min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_rmem_min"].type,parentSchema:schema40.properties["net.ipv4.udp_rmem_min"],data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data["net.ipv4.udp_mem"] !== undefined){
let data17 = data["net.ipv4.udp_mem"];
if(Array.isArray(data17)){
if(data17.length > 3){
const err19 = {instancePath:instancePath+"/net.ipv4.udp_mem",schemaPath:"#/properties/net.ipv4.udp_mem/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data17};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data17.length < 3){
const err20 = {instancePath:instancePath+"/net.ipv4.udp_mem",schemaPath:"#/properties/net.ipv4.udp_mem/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err21 = {instancePath:instancePath+"/net.ipv4.udp_mem/" + i0,schemaPath:"#/properties/net.ipv4.udp_mem/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.udp_mem"].items.type,parentSchema:schema40.properties["net.ipv4.udp_mem"].items,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/net.ipv4.udp_mem",schemaPath:"#/properties/net.ipv4.udp_mem/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties["net.ipv4.udp_mem"].type,parentSchema:schema40.properties["net.ipv4.udp_mem"],data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data["net.ipv4.ipfrag_time"] !== undefined){
let data19 = data["net.ipv4.ipfrag_time"];
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err23 = {instancePath:instancePath+"/net.ipv4.ipfrag_time",schemaPath:"#/properties/net.ipv4.ipfrag_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.ipfrag_time"].type,parentSchema:schema40.properties["net.ipv4.ipfrag_time"],data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data["net.ipv4.icmp_ratelimit"] !== undefined){
let data20 = data["net.ipv4.icmp_ratelimit"];
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err24 = {instancePath:instancePath+"/net.ipv4.icmp_ratelimit",schemaPath:"#/properties/net.ipv4.icmp_ratelimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_ratelimit"].type,parentSchema:schema40.properties["net.ipv4.icmp_ratelimit"],data:data20};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data["net.ipv4.icmp_ratemask"] !== undefined){
let data21 = data["net.ipv4.icmp_ratemask"];
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err25 = {instancePath:instancePath+"/net.ipv4.icmp_ratemask",schemaPath:"#/properties/net.ipv4.icmp_ratemask/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_ratemask"].type,parentSchema:schema40.properties["net.ipv4.icmp_ratemask"],data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data["net.ipv4.icmp_msgs_per_sec"] !== undefined){
let data22 = data["net.ipv4.icmp_msgs_per_sec"];
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err26 = {instancePath:instancePath+"/net.ipv4.icmp_msgs_per_sec",schemaPath:"#/properties/net.ipv4.icmp_msgs_per_sec/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_msgs_per_sec"].type,parentSchema:schema40.properties["net.ipv4.icmp_msgs_per_sec"],data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data["net.ipv4.icmp_msgs_burst"] !== undefined){
let data23 = data["net.ipv4.icmp_msgs_burst"];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err27 = {instancePath:instancePath+"/net.ipv4.icmp_msgs_burst",schemaPath:"#/properties/net.ipv4.icmp_msgs_burst/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.icmp_msgs_burst"].type,parentSchema:schema40.properties["net.ipv4.icmp_msgs_burst"],data:data23};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data["net.ipv4.tcp_dma_copybreak"] !== undefined){
let data24 = data["net.ipv4.tcp_dma_copybreak"];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err28 = {instancePath:instancePath+"/net.ipv4.tcp_dma_copybreak",schemaPath:"#/properties/net.ipv4.tcp_dma_copybreak/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["net.ipv4.tcp_dma_copybreak"].type,parentSchema:schema40.properties["net.ipv4.tcp_dma_copybreak"],data:data24};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v18 = validate59;

exports.v19 = validate39;

exports.v20 = validate101;
const schema132 = {"type":"integer","description":"Busy-poll time for poll()/select() on sockets that support it. The model does not busy-poll (no application CPU model) and rejects a non-zero value.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:napi_busy_loop"],"profiles":{"linux-3.13":{"default":0,"check":"proc_dointvec: any int","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 EINVAL)","maximum":2147483647},"linux-6.12":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 EINVAL)","maximum":2147483647},"linux-6.18":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0 (verified live on Linux 6.18.44 (HZ=250): -1 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.busy_poll","proc":"/proc/sys/net/core/busy_poll"}}};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v21 = validate102;
const schema133 = {"type":"integer","description":"Default SO_BUSY_POLL for new sockets (busy polling in recvmsg). The model rejects a non-zero value.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_init_data"],"profiles":{"linux-3.13":{"default":0,"check":"proc_dointvec: any int","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647},"linux-6.12":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647},"linux-6.18":{"default":0,"minimum":0,"check":"proc_dointvec_minmax, min 0","maximum":2147483647}},"aliases":{"sysctl":"net.core.busy_read","proc":"/proc/sys/net/core/busy_read"}}};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema133.type,parentSchema:schema133,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v22 = validate103;
const schema134 = {"type":"integer","description":"Poll weight of the per-CPU backlog NAPI (process_backlog): how many backlog packets one poll may take.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:process_backlog"],"profiles":{"linux-3.13":{"default":64,"check":"proc_dointvec: any int (0 or negative accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -1 EINVAL","maximum":2147483647},"linux-6.12":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -1 EINVAL","maximum":2147483647},"linux-6.18":{"default":64,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1): sets dev_rx_weight = dev_weight * dev_weight_rx_bias. verified live on Linux 6.18.44 (HZ=250): 0 and -1 EINVAL","maximum":2147483647}},"aliases":{"sysctl":"net.core.dev_weight","proc":"/proc/sys/net/core/dev_weight"}}};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema134.type,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v23 = validate104;
const schema135 = {"type":"integer","description":"Multiplier on dev_weight for the RX backlog weight (dev_rx_weight). Absent in 3.13.","x-rxpath":{"kind":"sysctl","unit":"ratio","scope":"host","kernel":["net/core/sysctl_net_core.c:proc_do_dev_weight","net/core/dev.c:process_backlog"],"profiles":{"linux-6.1":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647},"linux-6.12":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647},"linux-6.18":{"default":1,"minimum":1,"check":"proc_do_dev_weight (proc_dointvec_minmax, min 1); recomputes dev_rx_weight. verified live on Linux 6.18.44 (HZ=250): 0 and -3 EINVAL, 2147483647 accepted","maximum":2147483647}},"aliases":{"sysctl":"net.core.dev_weight_rx_bias","proc":"/proc/sys/net/core/dev_weight_rx_bias"},"note":"In 4.12-era trees proc_do_dev_weight was plain proc_dointvec (any int); the min-1 bound is what the running 6.18 kernel enforces."}};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema135.type,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v24 = validate105;
const schema136 = {"type":"string","pattern":"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$","description":"CPUs whose enqueues are subject to the flow limit (hex mask). The table used is the ENQUEUING CPU's; the drop is counted on the target CPU.","x-rxpath":{"kind":"sysctl","unit":"cpumask","scope":"host","kernel":["net/core/sysctl_net_core.c:flow_limit_cpu_sysctl","net/core/dev.c:skb_flow_limit"],"profiles":{"linux-3.13":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.1":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.12":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"},"linux-6.18":{"default":"0","check":"cpumask; allocates or frees per-CPU flow tables"}},"aliases":{"sysctl":"net.core.flow_limit_cpu_bitmap","proc":"/proc/sys/net/core/flow_limit_cpu_bitmap"}}};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern11.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"},message:"must match pattern \""+"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$"+"\"",schema:"^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$",parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema136.type,parentSchema:schema136,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v25 = validate106;
const schema137 = {"type":"integer","description":"Buckets of each CPU's flow-limit table. Takes effect only for tables allocated after it is written (by writing flow_limit_cpu_bitmap).","x-rxpath":{"kind":"sysctl","unit":"entries","scope":"host","kernel":["net/core/sysctl_net_core.c:flow_limit_table_len_sysctl","net/core/dev.c:skb_flow_limit"],"profiles":{"linux-3.13":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table","maximum":1073741824},"linux-6.1":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and 3 EINVAL, 1 accepted","maximum":1073741824},"linux-6.12":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 and 3 EINVAL, 1 accepted","maximum":1073741824},"linux-6.18":{"default":4096,"minimum":1,"check":"proc_dointvec, then is_power_of_2 or EINVAL (value restored); read only when flow_limit_cpu_bitmap allocates a table. verified live on Linux 6.18.44 (HZ=250): 0 and 3 EINVAL, 1 accepted","maximum":1073741824}},"aliases":{"sysctl":"net.core.flow_limit_table_len","proc":"/proc/sys/net/core/flow_limit_table_len"}}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema137.type,parentSchema:schema137,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v26 = validate107;
const schema138 = {"type":"integer","description":"GRO_NORMAL skbs are batched on the NAPI's rx_list until this many segments, then passed up as a list. Absent in 3.13.","x-rxpath":{"kind":"sysctl","unit":"segments","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/gro.c:gro_normal_one"],"profiles":{"linux-6.1":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.12":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.18":{"default":8,"minimum":1,"check":"proc_dointvec_minmax, min 1 (verified live on Linux 6.18.44 (HZ=250): 0 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.gro_normal_batch","proc":"/proc/sys/net/core/gro_normal_batch"}}};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema138.type,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v27 = validate108;
const schema139 = {"type":"integer","description":"Most packets one net_rx_action call may process across all NAPIs before it stops (poll() still gets the full weight, so one call can overshoot by weight-1). Raise it when softnet_stat time_squeeze grows.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:net_rx_action"],"profiles":{"linux-3.13":{"default":300,"check":"proc_dointvec: any int; <= 0 ends net_rx_action before the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":300,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250): -5 and 0 accepted); <= 0 ends net_rx_action after the first poll","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_budget","proc":"/proc/sys/net/core/netdev_budget"},"note":"3.13 source read (3.11-era net/core/sysctl_net_core.c, same table): netdev_budget, dev_weight, netdev_max_backlog, netdev_tstamp_prequeue are proc_dointvec; rmem_default/rmem_max have extra1 = &one; rps_sock_flow_entries rejects > 1<<30."}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema139.type,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v28 = validate109;
const schema140 = {"type":"integer","description":"Time limit of one net_rx_action call; converted with usecs_to_jiffies (rounds up). 3.13 has no sysctl: the limit is 2 jiffies.","x-rxpath":{"kind":"sysctl","unit":"microseconds","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:net_rx_action"],"profiles":{"linux-6.1":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000},"linux-6.12":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000},"linux-6.18":{"default":8000,"minimum":8000,"check":"proc_dointvec_minmax, min 2*USEC_PER_SEC/HZ (8000 at HZ=250, 2000 at HZ=1000), max INT_MAX; default 2*USEC_PER_SEC/HZ (net/core/hotdata.c). verified live on Linux 6.18.44 (HZ=250): 7999 EINVAL, 8000 and 2147483647 accepted, 2147483648 EINVAL","maximum":2147483647,"perHz":2000000}},"aliases":{"sysctl":"net.core.netdev_budget_usecs","proc":"/proc/sys/net/core/netdev_budget_usecs"},"note":"The minimum and the default scale with config.hz; the listed values are for HZ=250. Older 4.12-6.x trees read had extra1 = SYSCTL_ZERO (min 0); the running 6.18 kernel rejects values below 2 jiffies."}};

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema140.type,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v29 = validate110;
const schema141 = {"type":"integer","description":"Limit of each CPU's backlog input_pkt_queue: enqueue_to_backlog admits while the queue holds <= this many, so it can reach this + 1. Drops show in softnet_stat column 2 of the target CPU.","x-rxpath":{"kind":"sysctl","unit":"packets","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:enqueue_to_backlog"],"profiles":{"linux-3.13":{"default":1000,"check":"proc_dointvec: any int; compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":1000,"check":"proc_dointvec: any int (verified live on Linux 6.18.44 (HZ=250): -1 accepted); compared unsigned, so a negative value is a huge limit","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_max_backlog","proc":"/proc/sys/net/core/netdev_max_backlog"}}};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema141.type,parentSchema:schema141,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v30 = validate111;
const schema142 = {"type":"integer","description":"1: timestamp packets before RPS enqueues them to another CPU; 0: after. Affects only timestamps, not counters.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/dev.c:netif_receive_skb_internal"],"profiles":{"linux-3.13":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 5 accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.12":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 5 accepted)","minimum":-2147483648,"maximum":2147483647},"linux-6.18":{"default":1,"check":"proc_dointvec: any int; non-zero means before RPS (verified live on Linux 6.18.44 (HZ=250): 5 accepted)","minimum":-2147483648,"maximum":2147483647}},"aliases":{"sysctl":"net.core.netdev_tstamp_prequeue","proc":"/proc/sys/net/core/netdev_tstamp_prequeue"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.type,parentSchema:schema142,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v31 = validate112;
const schema143 = {"type":"integer","description":"sk_rcvbuf of a new socket that does not set SO_RCVBUF (256 * SKB_TRUESIZE(256) on x86_64).","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_init_data"],"profiles":{"linux-3.13":{"default":212992,"minimum":1,"check":"proc_dointvec_minmax, min 1","maximum":2147483647},"linux-6.1":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2303 EINVAL, 2304 accepted)","maximum":2147483647},"linux-6.12":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2303 EINVAL, 2304 accepted)","maximum":2147483647},"linux-6.18":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (2304 on x86_64; verified live on Linux 6.18.44 (HZ=250): 2303 EINVAL, 2304 accepted)","maximum":2147483647}},"aliases":{"sysctl":"net.core.rmem_default","proc":"/proc/sys/net/core/rmem_default"}}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v32 = validate113;
const schema144 = {"type":"integer","description":"Cap on setsockopt(SO_RCVBUF) before doubling (SO_RCVBUFFORCE ignores it).","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/core/sysctl_net_core.c:net_core_table","net/core/sock.c:sock_setsockopt"],"profiles":{"linux-3.13":{"default":212992,"minimum":1,"check":"proc_dointvec_minmax, min 1","maximum":2147483647},"linux-6.1":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (min_rcvbuf); default SK_RMEM_MAX = _SK_MEM_OVERHEAD * _SK_MEM_PACKETS = SKB_TRUESIZE(256) * 256 = 212992 (net/core/sock.c sysctl_rmem_max, include/net/sock.h; 6.1.192). Read in the guest: 212992","maximum":2147483647},"linux-6.12":{"default":212992,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF (min_rcvbuf); default SK_RMEM_MAX = _SK_MEM_OVERHEAD * _SK_MEM_PACKETS = SKB_TRUESIZE(256) * 256 = 212992 (net/core/sock.c sysctl_rmem_max, include/net/sock.h; 6.12.118). Read in the guest: 212992","maximum":2147483647},"linux-6.18":{"default":4194304,"minimum":2304,"check":"proc_dointvec_minmax, min SOCK_MIN_RCVBUF; 4 MiB default since v6.18 (verified live on Linux 6.18.44 (HZ=250): 100 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.core.rmem_max","proc":"/proc/sys/net/core/rmem_max"}}};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema144.type,parentSchema:schema144,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v33 = validate114;
const schema145 = {"type":"integer","description":"Size of the global RFS socket flow table. 0 disables RFS.","x-rxpath":{"kind":"sysctl","unit":"entries","scope":"host","kernel":["net/core/sysctl_net_core.c:rps_sock_flow_sysctl","net/core/dev.c:get_rps_cpu"],"profiles":{"linux-3.13":{"default":0,"minimum":0,"maximum":1073741824,"check":"rounded up to a power of 2; > 2^30 EINVAL"},"linux-6.1":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 536870913 EINVAL, 536870912 accepted)"},"linux-6.12":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 536870913 EINVAL, 536870912 accepted)"},"linux-6.18":{"default":0,"minimum":0,"maximum":536870912,"check":"rounded up to a power of 2; > 2^29 EINVAL (verified live on Linux 6.18.44 (HZ=250): 536870913 EINVAL, 536870912 accepted)"}},"aliases":{"sysctl":"net.core.rps_sock_flow_entries","proc":"/proc/sys/net/core/rps_sock_flow_entries"}}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema145.type,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v34 = validate115;
const schema146 = {"type":"integer","description":"Capacity of the per-namespace global ICMP token bucket (icmp_global_allow). Absent in 3.13 (added in 3.18).","x-rxpath":{"kind":"sysctl","unit":"datagrams","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmp_global_allow"],"profiles":{"linux-6.1":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.12":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.18":{"default":50,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"}},"aliases":{"sysctl":"net.ipv4.icmp_msgs_burst","proc":"/proc/sys/net/ipv4/icmp_msgs_burst"},"note":"Live 6.18.44, fresh netns: 50."}};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema146.type,parentSchema:schema146,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v35 = validate116;
const schema147 = {"type":"integer","description":"Refill rate of the per-namespace global ICMP token bucket (icmp_global_allow): credit grows by icmp_msgs_per_sec * elapsed / HZ, at most every HZ/50 jiffies, up to icmp_msgs_burst. Applies to the rate-masked types of errors not about a packet that came in on loopback. 0: no rate-masked error is sent. Absent in 3.13 (added in 3.18).","x-rxpath":{"kind":"sysctl","unit":"datagrams","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmp_global_allow"],"profiles":{"linux-6.1":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.12":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"},"linux-6.18":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_minmax, min 0; per netns (icmp_sk_init)"}},"aliases":{"sysctl":"net.ipv4.icmp_msgs_per_sec","proc":"/proc/sys/net/ipv4/icmp_msgs_per_sec"},"note":"Live 6.18.44, fresh netns: 1000. Each ICMP error sent consumes get_random_u32_below(3) credits (icmp_global_consume), so the global limiter is random: the validator rejects a scenario whose outcome would depend on it."}};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema147.type,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v36 = validate117;
const schema148 = {"type":"integer","description":"Milliseconds of token-bucket credit one rate-limited ICMP error costs per destination (inet_peer): a destination gets a burst of 6 (XRLIM_BURST_FACTOR) and then one every icmp_ratelimit. 0 disables the per-destination limit. Errors sent out a loopback device are never limited.","x-rxpath":{"kind":"sysctl","unit":"jiffies","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/inetpeer.c:inet_peer_xrlim_allow"],"profiles":{"linux-3.13":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (default 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.1":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.12":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"},"linux-6.18":{"default":1000,"minimum":0,"maximum":2147483647,"check":"proc_dointvec_ms_jiffies: milliseconds, stored as msecs_to_jiffies (icmp_sk_init: 1 * HZ); per netns. A negative value is accepted by the kernel but not modelled (minimum 0 here)"}},"aliases":{"sysctl":"net.ipv4.icmp_ratelimit","proc":"/proc/sys/net/ipv4/icmp_ratelimit"},"note":"Live 6.18.44 (HZ=250), fresh netns: 1000."}};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema148.type,parentSchema:schema148,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v37 = validate118;
const schema149 = {"type":"integer","description":"Bit mask of the ICMP types that are rate limited (bit N = type N). The default 0x1818 (6168) limits destination unreachable (3), source quench (4), time exceeded (11) and parameter problem (12): every error the receive path sends. 0 disables ICMP rate limiting.","x-rxpath":{"kind":"sysctl","unit":"code","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/icmp.c:icmpv4_xrlim_allow","net/ipv4/icmp.c:icmpv4_mask_allow"],"profiles":{"linux-3.13":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds; bits above NR_ICMP_TYPES never match); per netns. Negative values are not modelled (minimum 0 here)"},"linux-6.1":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"},"linux-6.12":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"},"linux-6.18":{"default":6168,"minimum":0,"maximum":2147483647,"check":"proc_dointvec (no bounds); per netns (icmp_sk_init: 0x1818). Negative values are not modelled (minimum 0 here)"}},"aliases":{"sysctl":"net.ipv4.icmp_ratemask","proc":"/proc/sys/net/ipv4/icmp_ratemask"},"note":"Live 6.18.44, fresh netns: 6168 (0x1818)."}};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema149.type,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v38 = validate119;
const schema150 = {"type":"integer","description":"Look up the socket (connected UDP, established TCP) before routing, saving the route lookup.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/ip_input.c:ip_rcv_finish"],"profiles":{"linux-3.13":{"default":1,"check":"proc_dointvec (global int): any int, non-zero enables","minimum":-2147483648,"maximum":2147483647},"linux-6.1":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.12":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.18":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (per netns; verified live on Linux 6.18.44 (HZ=250): 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"}},"aliases":{"sysctl":"net.ipv4.ip_early_demux","proc":"/proc/sys/net/ipv4/ip_early_demux"}}};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema150.type,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v39 = validate120;
const schema151 = {"type":"integer","description":"Seconds an incomplete IP datagram's fragments are kept; when the timer fires, ReasmTimeout and ReasmFails rise and the fragments are freed.","x-rxpath":{"kind":"sysctl","unit":"jiffies","scope":"netns","kernel":["net/ipv4/ip_fragment.c:ip4_frags_ns_ctl_table","net/ipv4/ip_fragment.c:ip_expire"],"profiles":{"linux-3.13":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ)","minimum":0,"maximum":2147483},"linux-6.1":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483},"linux-6.12":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483},"linux-6.18":{"default":30,"check":"proc_dointvec_jiffies: seconds, stored as jiffies (IP_FRAG_TIME = 30 * HZ); per netns","minimum":0,"maximum":2147483}},"aliases":{"sysctl":"net.ipv4.ipfrag_time","proc":"/proc/sys/net/ipv4/ipfrag_time"}}};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema151.type,parentSchema:schema151,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v40 = validate121;
const schema152 = {"type":"integer","description":"Lower limit of a TCP read offloaded to a DMA engine (CONFIG_NET_DMA, removed in 3.20). Not on the UDP path: listed for completeness, no effect in the model.","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"host","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_table","net/ipv4/tcp.c:tcp_recvmsg"],"profiles":{"linux-3.13":{"default":4096,"minimum":0,"check":"proc_dointvec (CONFIG_NET_DMA only)","maximum":2147483647}},"aliases":{"sysctl":"net.ipv4.tcp_dma_copybreak","proc":"/proc/sys/net/ipv4/tcp_dma_copybreak"},"note":"Absent from the running 6.18 kernel (no /proc/sys/net/ipv4/tcp_dma_copybreak)."}};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema152.type,parentSchema:schema152,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate121.errors = vErrors;
return errors === 0;
}
validate121.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v41 = validate122;
const schema153 = {"type":"integer","description":"Early demux switch for UDP (6.x). Absent in 3.13, where ip_early_demux covers all protocols.","x-rxpath":{"kind":"sysctl","unit":"boolean","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/ipv4/ip_input.c:ip_rcv_finish_core"],"profiles":{"linux-6.1":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.12":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"},"linux-6.18":{"default":1,"minimum":0,"maximum":255,"check":"proc_dou8vec_minmax without bounds: 0..255 (verified live on Linux 6.18.44 (HZ=250): 2 and 255 accepted, 256 and -1 EINVAL); non-zero enables"}},"aliases":{"sysctl":"net.ipv4.udp_early_demux","proc":"/proc/sys/net/ipv4/udp_early_demux"}}};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.type,parentSchema:schema153,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v42 = validate123;
const schema154 = {"type":"array","items":{"type":"integer"},"minItems":3,"maxItems":3,"description":"Pages all UDP sockets together may hold: below min no pressure, above max allocations fail (MemErrors).","x-rxpath":{"kind":"sysctl","unit":"pages","scope":"host","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_table","net/ipv4/udp.c:udp_init"],"profiles":{"linux-3.13":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages (same formula; this value: the project's machines)"},"linux-6.1":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"},"linux-6.12":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"},"linux-6.18":{"default":[575802,767736,1151604],"check":"proc_doulongvec_minmax: three longs min, pressure, max pages; default from nr_free_buffer_pages: limit = max(nr_free_buffer_pages/8, 128), [limit/4*3, limit, limit/4*3*2] (this value: the project's machines; it varies with memory and boot)"}},"aliases":{"sysctl":"net.ipv4.udp_mem","proc":"/proc/sys/net/ipv4/udp_mem"}}};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 3){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 3){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 3},message:"must NOT have fewer than 3 items",schema:3,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema154.items.type,parentSchema:schema154.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema154.type,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports.v43 = validate124;
const schema155 = {"type":"integer","description":"Receive memory each UDP socket is guaranteed even under udp_mem pressure.","x-rxpath":{"kind":"sysctl","unit":"bytes","scope":"netns","kernel":["net/ipv4/sysctl_net_ipv4.c:ipv4_net_table","net/core/sock.c:__sk_mem_raise_allocated"],"profiles":{"linux-3.13":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (PAGE_SIZE default)","maximum":2147483647},"linux-6.1":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.12":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250); the same handler in the 6.1.192 and 6.12.118 sources: 0 EINVAL)","maximum":2147483647},"linux-6.18":{"default":4096,"minimum":1,"check":"proc_dointvec_minmax, min 1 (per netns; verified live on Linux 6.18.44 (HZ=250): 0 EINVAL)","maximum":2147483647}},"aliases":{"sysctl":"net.ipv4.udp_rmem_min","proc":"/proc/sys/net/ipv4/udp_rmem_min"}}};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema155.type,parentSchema:schema155,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v44 = validate125;

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "run")) || (key0 === "index"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("ack" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ack"},message:"must be equal to constant",schema:"ack",parentSchema:schema121.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema121.properties.index.type,parentSchema:schema121.properties.index,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema121.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v45 = validate126;

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate126.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("bye" !== data0){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "bye"},message:"must be equal to constant",schema:"bye",parentSchema:schema114.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}
validate126.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v46 = validate127;

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.profiles === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "profiles"},message:"must have required property '"+"profiles"+"'",schema:schema117.required,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "profiles") || (key0 === "events")) || (key0 === "timing")) || (key0 === "tags")) || (key0 === "observes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.profiles !== undefined){
let data0 = data.profiles;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"profile.schema.json/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data1 === "linux-3.13") || (data1 === "linux-6.1")) || (data1 === "linux-6.12")) || (data1 === "linux-6.18"))){
const err4 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"profile.schema.json/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err5 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.profiles.type,parentSchema:schema117.properties.profiles,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.events !== undefined){
let data2 = data.events;
const _errs8 = errors;
let valid5 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema117.properties.events.oneOf[0].type,parentSchema:schema117.properties.events.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs11 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(!(((((((data3 === "napi_poll") || (data3 === "softirq_entry")) || (data3 === "softirq_exit")) || (data3 === "netif_rx")) || (data3 === "netif_receive_skb")) || (data3 === "kfree_skb")) || (data3 === "sock_rcvqueue_full"))){
const err9 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/oneOf/1/items/enum",keyword:"enum",params:{allowedValues: schema117.properties.events.oneOf[1].items.enum},message:"must be equal to one of the allowed values",schema:schema117.properties.events.oneOf[1].items.enum,parentSchema:schema117.properties.events.oneOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data2[i3], data2[j1])){
const err10 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.events.oneOf[1].type,parentSchema:schema117.properties.events.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err12 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema117.properties.events.oneOf,parentSchema:schema117.properties.events,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.timing !== undefined){
let data4 = data.timing;
if(!((data4 === "model") || (data4 === "settled"))){
const err13 = {instancePath:instancePath+"/timing",schemaPath:"#/properties/timing/enum",keyword:"enum",params:{allowedValues: schema117.properties.timing.enum},message:"must be equal to one of the allowed values",schema:schema117.properties.timing.enum,parentSchema:schema117.properties.timing,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tags !== undefined){
let data5 = data.tags;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i4=0; i4<len2; i4++){
let data6 = data5[i4];
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.tags.items.type,parentSchema:schema117.properties.tags.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i5 = data5.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data5[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema117.properties.tags,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.tags.type,parentSchema:schema117.properties.tags,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.observes !== undefined){
let data7 = data.observes;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i6=0; i6<len3; i6++){
let data8 = data7[i6];
if(typeof data8 === "string"){
if(!pattern18.test(data8)){
const err17 = {instancePath:instancePath+"/observes/" + i6,schemaPath:"#/properties/observes/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$"+"\"",schema:"^[a-z_]+(\\.?\\[[0-9*]+\\]|\\.[A-Za-z0-9_*]+)*$",parentSchema:schema117.properties.observes.items,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/observes/" + i6,schemaPath:"#/properties/observes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.properties.observes.items.type,parentSchema:schema117.properties.observes.items,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i7 = data7.length;
let j3;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data7[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j3 = indices1[item1];
const err19 = {instancePath:instancePath+"/observes",schemaPath:"#/properties/observes/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema117.properties.observes,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
else {
const err20 = {instancePath:instancePath+"/observes",schemaPath:"#/properties/observes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.observes.type,parentSchema:schema117.properties.observes,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema117.type,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v47 = validate128;

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "run"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("end" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "end"},message:"must be equal to constant",schema:"end",parentSchema:schema112.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v48 = validate129;

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.checkpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint"},message:"must have required property '"+"checkpoint"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "checkpoint")) || (key0 === "events"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("end" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "end"},message:"must be equal to constant",schema:"end",parentSchema:schema126.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.checkpoint !== undefined){
if(!(validate88(data.checkpoint, {instancePath:instancePath+"/checkpoint",parentData:data,parentDataProperty:"checkpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
if(data.events !== undefined){
let data3 = data.events;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/events/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema126.properties.events.type,parentSchema:schema126.properties.events,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema126.type,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v49 = validate132;

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "message"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("error" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant",schema:"error",parentSchema:schema128.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema128.properties.index.type,parentSchema:schema128.properties.index,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema128.properties.index,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.message !== undefined){
let data3 = data.message;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.message.type,parentSchema:schema128.properties.message,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate132.errors = vErrors;
return errors === 0;
}
validate132.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v50 = validate133;

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.protocol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rxpath === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rxpath"},message:"must have required property '"+"rxpath"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "protocol")) || (key0 === "rxpath"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("hello" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "hello"},message:"must be equal to constant",schema:"hello",parentSchema:schema100.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data1 = data.protocol;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/properties/protocol/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.protocol.items.type,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/properties/protocol/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.protocol.type,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rxpath !== undefined){
let data3 = data.rxpath;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/rxpath",schemaPath:"#/properties/rxpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.rxpath.type,parentSchema:schema100.properties.rxpath,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v51 = validate134;

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.protocol === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.capabilities === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "protocol")) || (key0 === "name")) || (key0 === "capabilities"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("hello" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "hello"},message:"must be equal to constant",schema:"hello",parentSchema:schema116.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.protocol !== undefined){
let data1 = data.protocol;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema116.properties.protocol.type,parentSchema:schema116.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema116.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.name.type,parentSchema:schema116.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.capabilities !== undefined){
if(!(validate80(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v52 = validate136;

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.protocol === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rxpath === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/HelloRequest/required",keyword:"required",params:{missingProperty: "rxpath"},message:"must have required property '"+"rxpath"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "protocol")) || (key0 === "rxpath"))){
const err3 = {instancePath,schemaPath:"#/$defs/HelloRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("hello" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/HelloRequest/properties/type/const",keyword:"const",params:{allowedValue: "hello"},message:"must be equal to constant",schema:"hello",parentSchema:schema100.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protocol !== undefined){
let data1 = data.protocol;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/HelloRequest/properties/protocol/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/$defs/HelloRequest/properties/protocol/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema100.properties.protocol.items.type,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/protocol/" + i0,schemaPath:"#/$defs/HelloRequest/properties/protocol/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema100.properties.protocol.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/protocol",schemaPath:"#/$defs/HelloRequest/properties/protocol/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.protocol.type,parentSchema:schema100.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rxpath !== undefined){
let data3 = data.rxpath;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/rxpath",schemaPath:"#/$defs/HelloRequest/properties/rxpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema100.properties.rxpath.type,parentSchema:schema100.properties.rxpath,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/HelloRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs12 = errors;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs13 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err11 = {instancePath,schemaPath:"#/$defs/ByeRequest/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "type")){
const err12 = {instancePath,schemaPath:"#/$defs/ByeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if("bye" !== data4){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ByeRequest/properties/type/const",keyword:"const",params:{allowedValue: "bye"},message:"must be equal to constant",schema:"bye",parentSchema:schema114.properties.type,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/ByeRequest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
if(!valid0){
const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema99.oneOf,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate136.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate136.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.v53 = validate140;

function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate140.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema115.oneOf,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate140.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate140.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.v54 = validate147;

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data < 1 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.v55 = validate148;

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.checkpoint === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checkpoint"},message:"must have required property '"+"checkpoint"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "checkpoint"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("snapshot" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "snapshot"},message:"must be equal to constant",schema:"snapshot",parentSchema:schema123.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema123.properties.index.type,parentSchema:schema123.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema123.properties.index,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.checkpoint !== undefined){
if(!(validate88(data.checkpoint, {instancePath:instancePath+"/checkpoint",parentData:data,parentDataProperty:"checkpoint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v56 = validate150;

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate150.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.steps === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.events === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "run")) || (key0 === "name")) || (key0 === "config")) || (key0 === "steps")) || (key0 === "events"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("start" !== data0){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "start"},message:"must be equal to constant",schema:"start",parentSchema:schema101.properties.type,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.name.type,parentSchema:schema101.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate23(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.steps !== undefined){
let data4 = data.steps;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema101.properties.steps.type,parentSchema:schema101.properties.steps,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema101.properties.steps,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.events !== undefined){
let data5 = data.events;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema101.properties.events.type,parentSchema:schema101.properties.events,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate150.errors = vErrors;
return errors === 0;
}
validate150.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v57 = validate152;

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema119.required,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "run"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("started" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "started"},message:"must be equal to constant",schema:"started",parentSchema:schema119.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.v58 = validate153;

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.index === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.step === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "run")) || (key0 === "index")) || (key0 === "step"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("step" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "step"},message:"must be equal to constant",schema:"step",parentSchema:schema103.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.run !== undefined){
let data1 = data.run;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.type,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/run",schemaPath:"#/$defs/RunId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.index !== undefined){
let data2 = data.index;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.index.type,parentSchema:schema103.properties.index,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema103.properties.index,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.step !== undefined){
if(!(validate71(data.step, {instancePath:instancePath+"/step",parentData:data,parentDataProperty:"step",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate153.errors = vErrors;
return errors === 0;
}
validate153.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Precompiled validators by reference relative to the schema base URI. */
exports.precompiled = {
  "config.schema.json": exports.v0,
  "counters/dev.schema.json": exports.v1,
  "counters/ethtool.schema.json": exports.v2,
  "counters/interrupts.schema.json": exports.v3,
  "counters/netstat.schema.json": exports.v4,
  "counters/snmp.schema.json": exports.v5,
  "counters/softirqs.schema.json": exports.v6,
  "counters/softnet_stat.schema.json": exports.v7,
  "counters/udp.schema.json": exports.v8,
  "device.schema.json": exports.v9,
  "golden-trace.schema.json": exports.v10,
  "observations.schema.json": exports.v11,
  "profile.schema.json": exports.v12,
  "protocol.schema.json": exports.v13,
  "scenario.schema.json": exports.v14,
  "snapshot.schema.json": exports.v15,
  "socket.schema.json": exports.v16,
  "sysctls.schema.json": exports.v17,
  "trace-event.schema.json": exports.v18,
  "workload.schema.json": exports.v19,
  "sysctls.schema.json#/properties/net.core.busy_poll": exports.v20,
  "sysctls.schema.json#/properties/net.core.busy_read": exports.v21,
  "sysctls.schema.json#/properties/net.core.dev_weight": exports.v22,
  "sysctls.schema.json#/properties/net.core.dev_weight_rx_bias": exports.v23,
  "sysctls.schema.json#/properties/net.core.flow_limit_cpu_bitmap": exports.v24,
  "sysctls.schema.json#/properties/net.core.flow_limit_table_len": exports.v25,
  "sysctls.schema.json#/properties/net.core.gro_normal_batch": exports.v26,
  "sysctls.schema.json#/properties/net.core.netdev_budget": exports.v27,
  "sysctls.schema.json#/properties/net.core.netdev_budget_usecs": exports.v28,
  "sysctls.schema.json#/properties/net.core.netdev_max_backlog": exports.v29,
  "sysctls.schema.json#/properties/net.core.netdev_tstamp_prequeue": exports.v30,
  "sysctls.schema.json#/properties/net.core.rmem_default": exports.v31,
  "sysctls.schema.json#/properties/net.core.rmem_max": exports.v32,
  "sysctls.schema.json#/properties/net.core.rps_sock_flow_entries": exports.v33,
  "sysctls.schema.json#/properties/net.ipv4.icmp_msgs_burst": exports.v34,
  "sysctls.schema.json#/properties/net.ipv4.icmp_msgs_per_sec": exports.v35,
  "sysctls.schema.json#/properties/net.ipv4.icmp_ratelimit": exports.v36,
  "sysctls.schema.json#/properties/net.ipv4.icmp_ratemask": exports.v37,
  "sysctls.schema.json#/properties/net.ipv4.ip_early_demux": exports.v38,
  "sysctls.schema.json#/properties/net.ipv4.ipfrag_time": exports.v39,
  "sysctls.schema.json#/properties/net.ipv4.tcp_dma_copybreak": exports.v40,
  "sysctls.schema.json#/properties/net.ipv4.udp_early_demux": exports.v41,
  "sysctls.schema.json#/properties/net.ipv4.udp_mem": exports.v42,
  "sysctls.schema.json#/properties/net.ipv4.udp_rmem_min": exports.v43,
  "protocol.schema.json#/$defs/AckResponse": exports.v44,
  "protocol.schema.json#/$defs/ByeRequest": exports.v45,
  "protocol.schema.json#/$defs/Capabilities": exports.v46,
  "protocol.schema.json#/$defs/EndRequest": exports.v47,
  "protocol.schema.json#/$defs/EndResponse": exports.v48,
  "protocol.schema.json#/$defs/ErrorResponse": exports.v49,
  "protocol.schema.json#/$defs/HelloRequest": exports.v50,
  "protocol.schema.json#/$defs/HelloResponse": exports.v51,
  "protocol.schema.json#/$defs/Request": exports.v52,
  "protocol.schema.json#/$defs/Response": exports.v53,
  "protocol.schema.json#/$defs/RunId": exports.v54,
  "protocol.schema.json#/$defs/SnapshotResponse": exports.v55,
  "protocol.schema.json#/$defs/StartRequest": exports.v56,
  "protocol.schema.json#/$defs/StartedResponse": exports.v57,
  "protocol.schema.json#/$defs/StepRequest": exports.v58,
};
