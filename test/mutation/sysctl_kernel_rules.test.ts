// Writing sysctls mid-run (src/model/sysctl.ts, after net/core/sysctl_net_core.c and the
// proc_dointvec* handlers): every sysctl of each profile is writable with its default, a value the
// handler rejects is EINVAL and leaves the old value, and each write lands where the model reads it.
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, nic, scenario, sim, sysctl } from '../model/build.ts';
import { createHost } from '../../src/model/simulator.ts';
import { sysctl_write } from '../../src/model/sysctl.ts';
import { profileSysctlDefaults } from '../../src/spec/defaults.ts';

const host = (profile: (typeof PROFILES)[number]) => createHost(scenario({ profile, cpus: 2 }, []));

describe.each(PROFILES)('%s sysctl_write', (profile) => {
  it('accepts every sysctl of the profile at its default value', () => {
    const h = host(profile);
    for (const [name, value] of profileSysctlDefaults(profile)) expect([name, sysctl_write(h, name, value)]).toEqual([name, 'ok']);
  });

  it('stores each plain value where the model reads it', () => {
    const h = host(profile);
    const plain: [string, number, keyof typeof h.sysctl][] = [
      ['net.core.netdev_budget', 7, 'netdev_budget'], ['net.core.netdev_max_backlog', 9, 'netdev_max_backlog'],
      ['net.core.rmem_default', 4096, 'rmem_default'], ['net.core.rmem_max', 8192, 'rmem_max'],
      ['net.ipv4.ip_early_demux', 0, 'ip_early_demux'], ['net.ipv4.udp_rmem_min', 2048, 'udp_rmem_min'],
      ['net.ipv4.ipfrag_time', 5, 'ipfrag_time'], ['net.core.flow_limit_table_len', 64, 'flow_limit_table_len'],
    ];
    for (const [name, v, key] of plain) {
      expect(sysctl_write(h, name, v)).toBe('ok');
      expect([name, h.sysctl[key]]).toEqual([name, v]);
    }
    expect(sysctl_write(h, 'net.ipv4.udp_mem', [1, 2, 3])).toBe('ok');
    expect(h.sysctl.udp_mem).toEqual([1, 2, 3]);
    expect(sysctl_write(h, 'net.core.busy_read', 0)).toBe('ok');
    expect(sysctl_write(h, 'net.core.busy_poll', 0)).toBe('ok');
  });

  it('rejects with EINVAL what the handler rejects, keeping the old value', () => {
    const h = host(profile);
    const before = { ...h.sysctl };
    expect(sysctl_write(h, 'net.core.flow_limit_table_len', 100)).toBe('EINVAL'); // not a power of 2
    expect(sysctl_write(h, 'net.core.flow_limit_table_len', 0)).toBe('EINVAL');
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', -1)).toBe('EINVAL');
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', h.profile.rpsSockFlowEntriesMax + 1)).toBe('EINVAL');
    expect(sysctl_write(h, 'net.core.dev_weight_rx_bias', 0)).toBe('EINVAL');
    if (profile !== 'linux-3.13') expect(sysctl_write(h, 'net.core.dev_weight', 0)).toBe('EINVAL'); // proc_do_dev_weight: extra1 = SYSCTL_ONE
    expect(sysctl_write(h, 'net.core.gro_normal_batch', 0)).toBe('EINVAL');
    expect(h.sysctl).toEqual(before);
    expect(sysctl_write(h, 'net.core.dev_weight_rx_bias', 2)).toBe('ok');
    expect(sysctl_write(h, 'net.core.dev_weight', 10)).toBe('ok');
    expect([h.sysctl.dev_weight, h.sysctl.dev_rx_weight]).toEqual([10, profile !== 'linux-3.13' ? 20 : 10]);
  });

  it('rps_sock_flow_entries: rounded up to a power of 2; the same size keeps the table but resets it to RPS_NO_CPU; another size is a new table; 0 removes it', () => {
    const h = host(profile);
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', 100)).toBe('ok');
    const t = h.core.sockFlowTable!;
    expect([t.mask + 1, h.sysctl.rps_sock_flow_entries]).toEqual([128, 128]);
    t.ents[3] = 1;
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', 128)).toBe('ok');
    expect(h.core.sockFlowTable).toBe(t);
    expect(t.ents[3]).toBe(0xffff);
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', 256)).toBe('ok');
    expect(h.core.sockFlowTable).not.toBe(t);
    expect(h.core.sockFlowTable!.mask + 1).toBe(256);
    expect(sysctl_write(h, 'net.core.rps_sock_flow_entries', 0)).toBe('ok');
    expect([h.core.sockFlowTable, h.sysctl.rps_sock_flow_entries]).toEqual([null, 0]);
  });

  it('throws for what the model cannot take: busy polling, a malformed value, an unknown name', () => {
    const h = host(profile);
    expect(() => sysctl_write(h, 'net.core.busy_read', 50)).toThrow('net.core.busy_read: rxpath does not model busy polling (only 0 is accepted)');
    expect(() => sysctl_write(h, 'net.core.busy_poll', 50)).toThrow('net.core.busy_poll: rxpath does not model busy polling');
    expect(() => sysctl_write(h, 'net.ipv4.udp_mem', [1, 2])).toThrow('udp_mem takes three numbers');
    expect(() => sysctl_write(h, 'net.core.flow_limit_cpu_bitmap', 3)).toThrow('flow_limit_cpu_bitmap takes a hex CPU mask');
    expect(() => sysctl_write(h, 'net.core.netdev_budget', '3')).toThrow('expected a number, got "3"');
    expect(() => sysctl_write(h, 'net.core.nope', 1)).toThrow('sysctl net.core.nope is not known to the model');
  });

  it('a mid-run ipfrag_time applies to fragment queues created after it', () => {
    const s = end(sim(scenario({ profile, cpus: 1, devices: [nic('eth0')], sockets: [bigSocket()] }, [
      sysctl(0, 'net.ipv4.ipfrag_time', 1),
      frames(1000, 'eth0', 1, { flags: ['fragment'] }),
    ])));
    expect([s.snmp.Ip.ReasmTimeout, s.snmp.Icmp.OutTimeExcds]).toEqual([1, 1]);
  });
});

describe('netdev_budget_usecs (6.18): proc_dointvec_minmax with extra1 = 2 * USEC_PER_SEC / HZ', () => {
  it.each([[250, 7999, 'EINVAL'], [250, 8000, 'ok'], [1000, 1999, 'EINVAL'], [1000, 2000, 'ok']])('HZ=%i: %i is %s', (hz, v, r) => {
    const h = createHost(scenario({ profile: 'linux-6.18', cpus: 1, hz: hz as 250 | 1000 }, []));
    expect(sysctl_write(h, 'net.core.netdev_budget_usecs', v)).toBe(r);
    if (r === 'ok') expect(h.sysctl.netdev_budget_usecs).toBe(v);
  });
});
