"""rxpath snapshots (schemas/snapshot.schema.json) from the /proc files the agent read in gVisor.

gVisor's counters are per netstack and cumulative, and a sandbox may serve several runs: every
counter is the difference between the agent's reading now and its reading at the run's setup.
Values gVisor does not print at all (softnet_stat, IpExt, TcpExt, NET_RX softirqs, Ip
OutTransmits, Udp MemErrors, Icmp OutRateLimit*) are filled with zeros where the schema requires
them and left out where it does not; they are not among the counters the adapter observes.
"""

IP_SETTINGS = ("Forwarding", "DefaultTTL")  # values, not counters: shown as gVisor prints them
IP_FIELDS = ("Forwarding", "DefaultTTL", "InReceives", "InHdrErrors", "InAddrErrors", "ForwDatagrams",
             "InUnknownProtos", "InDiscards", "InDelivers", "OutRequests", "OutDiscards", "OutNoRoutes",
             "ReasmTimeout", "ReasmReqds", "ReasmOKs", "ReasmFails", "FragOKs", "FragFails", "FragCreates")
ICMP_FIELDS = ("InMsgs", "InErrors", "InCsumErrors", "InDestUnreachs", "InTimeExcds", "InParmProbs",
               "OutMsgs", "OutErrors", "OutDestUnreachs", "OutTimeExcds", "OutParmProbs")
UDP_FIELDS = ("InDatagrams", "NoPorts", "InErrors", "OutDatagrams", "RcvbufErrors", "SndbufErrors",
              "InCsumErrors", "IgnoredMulti")
DEV_FIELDS = ("rx_bytes", "rx_packets", "rx_errs", "rx_drop", "rx_fifo", "rx_frame", "rx_compressed", "rx_multicast")
IPEXT_FIELDS = ("InNoRoutes", "InTruncatedPkts", "InMcastPkts", "OutMcastPkts", "InBcastPkts", "OutBcastPkts",
                "InOctets", "OutOctets", "InMcastOctets", "OutMcastOctets", "InBcastOctets", "OutBcastOctets",
                "InCsumErrors", "InNoECTPkts", "InECT1Pkts", "InECT0Pkts", "InCEPkts")


def _line(before, now, section, fields, settings=()):
    b, n = before["snmp"].get(section, {}), now["snmp"].get(section, {})
    missing = [f for f in fields if f not in n]
    if missing:
        raise ValueError("/proc/net/snmp in gVisor has no %s %s" % (section, ", ".join(missing)))
    return {f: n[f] if f in settings else n[f] - b.get(f, 0) for f in fields}


def icmp_sent(before, now):
    """ICMP messages the netstack sent between the two readings (every Out* column)."""
    b, n = before["snmp"].get("Icmp", {}), now["snmp"].get("Icmp", {})
    return sum(v - b.get(k, 0) for k, v in n.items() if k.startswith("Out"))


def build(config, before, now, inodes):
    """The Snapshot of a run: counters since `before`, socket rows in the scenario's order."""
    cpus = config["cpus"]
    dev = {}
    for d in config.get("devices", []):
        # the scenario's loopback device is the sandbox's lo, whatever the scenario calls it
        b, n = before["dev"].get("lo", {}), now["dev"]["lo"]
        dev[d["name"]] = {f: n[f] - b.get(f, 0) for f in DEV_FIELDS}
    rows = []
    for spec in config.get("sockets", []):
        row = now["udp"].get(inodes.get(spec["name"], ""))
        if row is None:
            raise ValueError("socket %s is not in gVisor's /proc/net/udp" % spec["name"])
        rows.append({"name": spec["name"], "local_address": row["local_address"], "rem_address": row["rem_address"],
                     "rx_queue": row["rx_queue"], "tx_queue": row["tx_queue"], "drops": row["drops"]})
    return {
        "softnet_stat": [{"cpu": c, "processed": 0, "dropped": 0, "time_squeeze": 0, "cpu_collision": 0,
                          "received_rps": 0, "flow_limit_count": 0} for c in range(cpus)],
        "snmp": {"Ip": _line(before, now, "Ip", IP_FIELDS, IP_SETTINGS),
                 "Icmp": _line(before, now, "Icmp", ICMP_FIELDS),
                 "Udp": _line(before, now, "Udp", UDP_FIELDS)},
        "netstat": {"IpExt": {f: 0 for f in IPEXT_FIELDS}, "TcpExt": {"IPReversePathFilter": 0}},
        "dev": dev,
        "ethtool": {},
        "udp": rows,
        "softirqs": {"NET_RX": [0] * cpus},
        "interrupts": {},
    }
