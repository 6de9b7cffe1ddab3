// Every sysctl, setting and counter carries every annotation a reader needs, for each profile it
// exists in; and the annotation keyword is strict: a wrong annotation fails ajv compilation.
import { describe, expect, it } from 'vitest';
import { compileAll, createAjv } from '../../src/spec/ajv.ts';
import { PROFILES, SPEC_SOURCES, allSpecEntries, getSpecEntry, listSpecEntries, profileDefaults } from '../../src/spec/registry.ts';
import { profileSysctlDefaults, settingDefaults } from '../../src/spec/defaults.ts';
import { readSchema } from '../../src/spec/schema-files.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const entries = allSpecEntries();

describe('every entry is fully annotated', () => {
  it.each(entries.map((e) => [e.name, e] as const))('%s', (_n, e) => {
    const a = e.annotation;
    expect(e.description.length, 'a description').toBeGreaterThan(20);
    expect(a.kernel.length).toBeGreaterThan(0);
    for (const k of a.kernel) expect(k).toMatch(/^[a-z0-9_][a-z0-9_./-]*\.[ch]:[A-Za-z_]\w*$/);
    const present = PROFILES.filter((p) => a.profiles[p]);
    expect(present.length, 'exists in at least one profile').toBeGreaterThan(0);
    for (const p of present) {
      const pa = a.profiles[p]!;
      expect('default' in pa, `${p} default`).toBe(true);
      expect(pa.check.length, `${p} check`).toBeGreaterThan(2);
      if (a.kind === 'counter' || a.kind === 'gauge') {
        expect([32, 64]).toContain(pa.bits);
        expect(pa.minimum).toBe(0);
        expect(pa.default).toBe(0);
      }
      if (a.kind === 'sysctl' && typeof pa.default === 'number') {
        // A numeric sysctl states the range its kernel accepts, and the default lies inside it.
        expect(pa.minimum !== undefined || pa.maximum !== undefined, `${p} range`).toBe(true);
        if (pa.minimum !== undefined) expect(pa.default).toBeGreaterThanOrEqual(pa.minimum);
        if (pa.maximum !== undefined) expect(pa.default).toBeLessThanOrEqual(pa.maximum);
      }
    }
    const aliases = Object.keys(a.aliases);
    expect(aliases.length, 'at least one alias').toBeGreaterThan(0);
    if (a.kind === 'sysctl') {
      expect(a.aliases.sysctl).toBe(e.name);
      expect(a.aliases.proc).toBe(`/proc/sys/${e.name.replace(/\./g, '/')}`);
    }
    if (a.kind === 'counter' || a.kind === 'gauge') {
      // a /proc file, ethtool -S, or (rxq_ovfl) the control message of a socket option
      expect(a.aliases.proc ?? a.aliases.ethtool ?? a.aliases.sockopt, 'where to read it').toBeTruthy();
    }
    if (e.schemaFile.startsWith('counters/snmp') || e.schemaFile.startsWith('counters/netstat')) {
      const [, line, field] = e.name.split('.');
      expect(a.aliases.nstat).toBe(`${line}${field}`);
      expect(a.aliases.nodeExporter).toBe(`node_netstat_${line}_${field}`);
    }
  });
});

/** Leaf fields of a counter schema (not objects, not arrays of objects), with their pointers. */
function leaves(root: Json, node: Json, ptr: string, out: string[]): void {
  const deref = (n: Json): Json => (typeof n.$ref === 'string' && n.$ref.startsWith('#/')
    ? n.$ref.slice(2).split('/').reduce((c: Json, k: string) => c[k], root) : n);
  const t = deref(node);
  const isContainer = t.type === 'object' || (t.type === 'array' && deref(t.items ?? {}).type === 'object');
  if (!isContainer) { out.push(ptr); return; }
  if (t.type === 'array') return leaves(root, t.items, `${ptr}/items`, out);
  for (const [k, v] of Object.entries(t.properties ?? {})) leaves(root, v as Json, `${ptr}/${k}`, out);
  if (t.additionalProperties && typeof t.additionalProperties === 'object') leaves(root, t.additionalProperties, `${ptr}/*`, out);
}

describe('counter files', () => {
  const counterFiles = SPEC_SOURCES.filter((s) => s.file.startsWith('counters/'));
  it.each(counterFiles.map((s) => [s.file]))('%s: every field is annotated', (file) => {
    const root = readSchema<Json>(file);
    const fields: string[] = [];
    leaves(root, root, '', fields);
    const annotated = entries.filter((e) => e.schemaFile === file);
    expect(fields.length).toBeGreaterThan(0);
    expect(annotated.length).toBe(fields.length);
  });
  it('every counter file of the snapshot is a spec source', () => {
    const snap = readSchema<Json>('snapshot.schema.json');
    for (const [k, v] of Object.entries(snap.properties as Json)) {
      if (k === 'internal') continue;
      expect(SPEC_SOURCES.map((s) => s.file)).toContain((v as Json).$ref);
    }
  });
  it('softnet_stat: 11 columns in linux-3.13, 15 in linux-6.18, each field at its column', () => {
    const cols = (p: (typeof PROFILES)[number]) => Object.fromEntries(listSpecEntries({ profile: p })
      .filter((e) => e.name.startsWith('softnet_stat.') && e.annotation.profiles[p]!.column !== undefined)
      .map((e) => [e.name.slice('softnet_stat.'.length), e.annotation.profiles[p]!.column]));
    expect(cols('linux-3.13')).toEqual({ processed: 1, dropped: 2, time_squeeze: 3, cpu_collision: 9, received_rps: 10, flow_limit_count: 11 });
    expect(cols('linux-6.18')).toEqual({
      processed: 1, dropped: 2, time_squeeze: 3, cpu_collision: 9, received_rps: 10, flow_limit_count: 11,
      backlog_len: 12, cpu: 13, input_qlen: 14, process_qlen: 15,
    });
  });
  it('fields new in 6.x exist only in the 6.x profiles; OutTransmits (6.3) and the queue lengths (6.5) not in 6.1', () => {
    for (const n of ['snmp.Udp.IgnoredMulti', 'snmp.Udp.MemErrors', 'netstat.IpExt.ReasmOverlaps', 'softnet_stat.backlog_len']) {
      expect(Object.keys(getSpecEntry(n)!.annotation.profiles), n).toEqual(['linux-6.1', 'linux-6.12', 'linux-6.18']);
    }
    for (const n of ['snmp.Ip.OutTransmits', 'softnet_stat.input_qlen', 'softnet_stat.process_qlen']) {
      expect(Object.keys(getSpecEntry(n)!.annotation.profiles), n).toEqual(['linux-6.12', 'linux-6.18']);
    }
  });
  it('net.core.rmem_max defaults to SK_RMEM_MAX (212992) up to 6.12, 4 MiB in 6.18', () => {
    const p = getSpecEntry('net.core.rmem_max')!.annotation.profiles;
    expect([p['linux-3.13']?.default, p['linux-6.1']?.default, p['linux-6.12']?.default, p['linux-6.18']?.default])
      .toEqual([212992, 212992, 212992, 4194304]);
  });
  it('drop reasons where the kernel frees the skb with one', () => {
    const reason = (n: string) => getSpecEntry(n)!.annotation.dropReason;
    expect(reason('softnet_stat.dropped')).toBe('CPU_BACKLOG');
    expect(reason('snmp.Udp.RcvbufErrors')).toBe('SOCKET_RCVBUFF');
    expect(reason('snmp.Udp.NoPorts')).toBe('NO_SOCKET');
    expect(reason('netstat.IpExt.InNoRoutes')).toBe('IP_INNOROUTES');
    expect(reason('netstat.TcpExt.IPReversePathFilter')).toBe('IP_RPFILTER');
    expect(reason('snmp.Ip.InAddrErrors')).toBe('IP_INADDRERRORS');
    expect(reason('snmp.Ip.InUnknownProtos')).toBe('IP_NOPROTO');
  });
  it('node_exporter names of the drop counters people alert on', () => {
    expect(getSpecEntry('softnet_stat.dropped')!.annotation.aliases.nodeExporter).toBe('node_softnet_dropped_total');
    expect(getSpecEntry('dev.rx_drop')!.annotation.aliases.nodeExporter).toBe('node_network_receive_drop_total');
    expect(getSpecEntry('snmp.Udp.RcvbufErrors')!.annotation.aliases.nstat).toBe('UdpRcvbufErrors');
  });
});

describe('sysctls and settings', () => {
  it('the issue\'s sysctls are all there', () => {
    const want = ['netdev_budget', 'netdev_budget_usecs', 'dev_weight', 'dev_weight_rx_bias', 'netdev_max_backlog',
      'flow_limit_table_len', 'flow_limit_cpu_bitmap', 'rps_sock_flow_entries', 'netdev_tstamp_prequeue', 'rmem_default',
      'rmem_max', 'busy_poll', 'busy_read', 'gro_normal_batch'].map((n) => `net.core.${n}`)
      .concat(['ip_early_demux', 'udp_early_demux', 'udp_rmem_min', 'udp_mem', 'tcp_dma_copybreak'].map((n) => `net.ipv4.${n}`));
    const have = listSpecEntries({ kind: 'sysctl' }).map((e) => e.name);
    for (const n of want) expect(have).toContain(n);
  });
  it('the device, queue and socket settings are all there', () => {
    const names = listSpecEntries({ kind: 'setting' }).map((e) => e.name);
    for (const n of ['device.ringSize', 'device.rxQueues', 'device.rssIndirection', 'device.rssWeights', 'device.rxFlowHash',
      'device.ntuple', 'device.gro', 'device.coalesce.rxUsecs', 'device.coalesce.rxFrames', 'device.coalesce.rxUsecsIrq',
      'device.coalesce.rxFramesIrq', 'device.coalesce.adaptiveRx', 'device.napiWeight', 'device.queues[].rpsCpus',
      'device.queues[].rpsFlowCnt', 'device.queues[].smpAffinity', 'socket.soRcvbuf', 'socket.soRcvbufForce', 'socket.soBusyPoll']) {
      expect(names).toContain(n);
    }
  });
  it('profileDefaults agrees with the model\'s defaults API', () => {
    for (const p of PROFILES) {
      const all = profileDefaults(p);
      for (const [name, v] of profileSysctlDefaults(p)) expect(all.get(name), name).toEqual(v);
      for (const [k, v] of Object.entries(settingDefaults('device.schema.json', p))) expect(all.get(`device.${k}`)).toEqual(v);
      for (const [k, v] of Object.entries(settingDefaults('device.schema.json', p, 'Coalesce'))) expect(all.get(`device.coalesce.${k}`)).toEqual(v);
    }
  });
  it('verified kernel facts stay as verified', () => {
    const p6 = (n: string) => getSpecEntry(n)!.annotation.profiles['linux-6.18']!;
    expect(p6('net.core.netdev_budget_usecs')).toMatchObject({ default: 8000, minimum: 8000 });
    expect(p6('net.core.dev_weight_rx_bias')).toMatchObject({ default: 1, minimum: 1 });
    expect(p6('net.ipv4.udp_early_demux')).toMatchObject({ minimum: 0, maximum: 255 });
    expect(p6('net.core.rps_sock_flow_entries').maximum).toBe(2 ** 29);
    expect(getSpecEntry('net.core.rps_sock_flow_entries')!.annotation.profiles['linux-3.13']!.maximum).toBe(2 ** 30);
    expect(getSpecEntry('net.core.netdev_budget_usecs')!.annotation.profiles['linux-3.13']).toBeUndefined();
  });
  it('filters by kind, scope and profile', () => {
    expect(listSpecEntries({ kind: 'sysctl', profile: 'linux-3.13' }).map((e) => e.name)).not.toContain('net.core.gro_normal_batch');
    expect(listSpecEntries({ kind: 'sysctl', profile: 'linux-6.18' }).map((e) => e.name)).toContain('net.core.gro_normal_batch');
    expect(listSpecEntries({ scope: 'socket' }).every((e) => e.annotation.scope === 'socket')).toBe(true);
    expect(listSpecEntries({ kind: 'counter', scope: 'cpu' }).map((e) => e.name)).toContain('softnet_stat.dropped');
    expect(getSpecEntry('no.such.thing')).toBeUndefined();
  });
});

describe('the x-rxpath keyword is strict', () => {
  const good = {
    kind: 'sysctl', unit: 'packets', scope: 'host', kernel: ['net/core/dev.c:net_rx_action'],
    profiles: { 'linux-6.18': { default: 300, check: 'proc_dointvec' } },
    aliases: { sysctl: 'net.core.x', proc: '/proc/sys/net/core/x' },
  };
  const compile = (ann: unknown) => createAjv().compile({ type: 'integer', 'x-rxpath': ann });
  it('every schema in schemas/ compiles with its annotations', () => {
    expect(compileAll().length).toBeGreaterThanOrEqual(19);
  });
  it('accepts a good annotation', () => {
    expect(() => compile(good)).not.toThrow();
  });
  it.each([
    ['an unknown scope', { ...good, scope: 'planet' }],
    ['an unknown kind', { ...good, kind: 'knob' }],
    ['an unknown unit', { ...good, unit: 'furlongs' }],
    ['a kernel citation without file:function', { ...good, kernel: ['net/core/dev.c'] }],
    ['a kernel citation that is a function only', { ...good, kernel: ['net_rx_action'] }],
    ['a profile key that is not a profile', { ...good, profiles: { 'linux-5.4': { default: 1, check: 'x' } } }],
    ['no profile at all', { ...good, profiles: {} }],
    ['a profile entry without a check', { ...good, profiles: { 'linux-6.18': { default: 300 } } }],
    ['a profile entry with an unknown field', { ...good, profiles: { 'linux-6.18': { default: 300, check: 'x', dflt: 1 } } }],
    ['a counter without bits', { ...good, kind: 'counter', profiles: { 'linux-6.18': { default: 0, check: 'x' } } }],
    ['a sysctl without its proc path', { ...good, aliases: { sysctl: 'net.core.x' } }],
    ['an unknown alias', { ...good, aliases: { ...good.aliases, snmpwalk: 'x' } }],
    ['a drop reason tracefs does not print', { ...good, dropReason: 'RCVBUF_FULL' }],
    ['a missing kernel list', (({ kernel, ...rest }) => rest)(good)],
  ])('rejects %s', (_n, ann) => {
    expect(() => compile(ann)).toThrow(/x-rxpath/);
  });
  it('rejects an annotation keyword ajv was not told about (strict mode)', () => {
    expect(() => createAjv().compile({ type: 'integer', 'x-rxpth': good })).toThrow(/unknown keyword/);
  });
});
