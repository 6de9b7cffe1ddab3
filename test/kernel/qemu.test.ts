// `rxpath record --kernel VERSION` (src/kernel/qemu/): the pure parts everywhere (package choice
// from apt-cache's output, module load order from modinfo, the initramfs archive, the guest's
// scripts, QEMU's arguments); and, only with RXPATH_QEMU_TEST=1 as root with QEMU installed, a real
// boot of Debian's 6.12 that records one small scenario (minutes of TCG on 2 cores: not in CI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { GoldenTrace } from '../../src/generated/schema-types.ts';
import { kernelCorpus } from '../../src/kernel/corpus.ts';
import { bootTimeoutMs, qemuArgs, WATCHDOG } from '../../src/kernel/qemu/boot.ts';
import { newcArchive } from '../../src/kernel/qemu/cpio.ts';
import { initScript, jobScript, shQuote } from '../../src/kernel/qemu/guest-init.ts';
import { initramfsEntries, isStaticElf } from '../../src/kernel/qemu/initramfs.ts';
import { dependsOf, loadOrder, moduleIndex, moduleName, ModuleTree, parseModinfo } from '../../src/kernel/qemu/modules.ts';
import { releaseOfPackage, resolveKernelPackage, seriesOfRelease } from '../../src/kernel/qemu/packages.ts';
import {
  exactNames, guestRecordArgs, guestUnavailableReason, hasEventTracing, markRecordedUnderQemu, plainText, recordUnderQemu,
} from '../../src/kernel/qemu/record-guest.ts';
import { validateAgainst } from '../../src/spec/validate.ts';

// `apt-cache pkgnames linux-image-` on Debian 12 (abridged, in apt's order: unsorted).
const PKGNAMES = [
  'linux-image-6.1.0-9-amd64', 'linux-image-6.1.0-57-amd64', 'linux-image-6.1.0-57-amd64-unsigned',
  'linux-image-6.1.0-57-cloud-amd64', 'linux-image-6.1.0-57-rt-amd64', 'linux-image-6.1.0-56-amd64',
  'linux-image-6.12.118+deb12-amd64', 'linux-image-6.12.118+deb12-amd64-dbg', 'linux-image-6.12.9+deb12-amd64',
  'linux-image-6.12.117+deb12-amd64', 'linux-image-6.12-amd64', 'linux-image-amd64', 'linux-image-6.12.118+deb12-cloud-amd64',
].join('\n');

describe('kernel package resolution (apt-cache pkgnames)', () => {
  it('picks the newest generic -amd64 image of a series, numerically', () => {
    expect(resolveKernelPackage('6.1', PKGNAMES)).toBe('linux-image-6.1.0-57-amd64');
    expect(resolveKernelPackage('6.12', PKGNAMES)).toBe('linux-image-6.12.118+deb12-amd64');
  });
  it('takes a full package name that apt knows, refuses -cloud and unknown ones', () => {
    expect(resolveKernelPackage('linux-image-6.1.0-56-amd64', PKGNAMES)).toBe('linux-image-6.1.0-56-amd64');
    expect(() => resolveKernelPackage('linux-image-6.1.0-57-cloud-amd64', PKGNAMES)).toThrow(/no 9p/);
    expect(() => resolveKernelPackage('linux-image-6.1.0-99-amd64', PKGNAMES)).toThrow(/apt-get update/);
    expect(() => resolveKernelPackage('6.6', PKGNAMES)).toThrow(/no linux-image-6.6/);
    expect(() => resolveKernelPackage('latest', PKGNAMES)).toThrow(/expected host/);
  });
  it('names the release and series of a package', () => {
    expect(releaseOfPackage('linux-image-6.12.118+deb12-amd64')).toBe('6.12.118+deb12-amd64');
    expect(seriesOfRelease('6.1.0-57-amd64')).toBe('6.1');
    expect(seriesOfRelease(releaseOfPackage('linux-image-6.12.118+deb12-amd64'))).toBe('6.12');
  });
});

describe('module load order (modinfo depends=)', () => {
  const modinfo = 'license=GPL\0description=Plan 9 Resource Sharing Support\0depends=9pnet,netfs\0intree=Y\0name=9p\0';
  it('reads the .modinfo fields, also out of a binary', () => {
    expect(dependsOf(parseModinfo(modinfo))).toEqual(['9pnet', 'netfs']);
    expect(parseModinfo(modinfo).get('name')).toEqual(['9p']);
    expect(dependsOf(parseModinfo('\x7fELF\0\0junk\0depends=\0name=veth\0'))).toEqual([]);
  });
  it('puts dependencies first, skips built-in modules, refuses cycles', () => {
    const deps: Record<string, string[]> = {
      '9p': ['9pnet', 'netfs'], '9pnet_virtio': ['9pnet', 'virtio', 'virtio_ring'], '9pnet': [], netfs: ['fscache'], fscache: [],
      virtio_pci: ['virtio_pci_modern_dev', 'virtio', 'virtio_ring'], virtio_pci_modern_dev: [], virtio: [], virtio_ring: [],
    };
    const order = loadOrder(['virtio_pci', '9pnet_virtio', '9p'], (n) => deps[n]!, () => false);
    expect(order).toEqual(['virtio_pci_modern_dev', 'virtio', 'virtio_ring', 'virtio_pci', '9pnet', '9pnet_virtio', 'fscache', 'netfs', '9p']);
    const builtin = new Set(['virtio_pci', 'virtio', 'virtio_ring', 'fscache']);
    expect(loadOrder(['virtio_pci', '9pnet_virtio', '9p'], (n) => deps[n]!, (n) => builtin.has(n))).toEqual(['9pnet', '9pnet_virtio', 'netfs', '9p']);
    expect(() => loadOrder(['a'], (n) => (n === 'a' ? ['b'] : ['a']), () => false)).toThrow(/cycle: a -> b -> a/);
  });
  it('finds module files from modules.order, compressed or not', () => {
    expect(moduleName('kernel/net/9p/9pnet_virtio.ko.xz')).toBe('9pnet_virtio');
    expect(moduleName('kernel/drivers/foo/foo-bar.ko')).toBe('foo_bar');
    expect([...moduleIndex('kernel/fs/9p/9p.ko\nkernel/drivers/net/veth.ko\n\n')]).toEqual([['9p', 'kernel/fs/9p/9p.ko'], ['veth', 'kernel/drivers/net/veth.ko']]);
    const dir = mkdtempSync(join(tmpdir(), 'rxpath-modtree-'));
    try {
      mkdirSync(join(dir, 'kernel/fs/9p'), { recursive: true });
      mkdirSync(join(dir, 'kernel/net/9p'), { recursive: true });
      writeFileSync(join(dir, 'modules.order'), 'kernel/net/9p/9pnet.ko\nkernel/fs/9p/9p.ko\n');
      writeFileSync(join(dir, 'modules.builtin'), 'kernel/fs/netfs/netfs.ko\n');
      writeFileSync(join(dir, 'kernel/fs/9p/9p.ko.gz'), gzipSync(Buffer.from(`\x7fELF\0${modinfo}`, 'latin1')));
      writeFileSync(join(dir, 'kernel/net/9p/9pnet.ko'), Buffer.from('\x7fELF\0depends=\0name=9pnet\0', 'latin1'));
      const tree = new ModuleTree(dir);
      expect(tree.loadOrder(['9p'])).toEqual(['9pnet', '9p']);
      expect(tree.contents('9p').toString('latin1')).toContain('name=9p');
      expect(() => tree.contents('veth')).toThrow(/neither in .*modules.order nor built in/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The entries of a newc archive: [name, mode, data] (the layout init/initramfs.c reads). */
function readNewc(buf: Buffer): [string, number, Buffer][] {
  const out: [string, number, Buffer][] = [];
  let off = 0;
  for (;;) {
    expect(buf.toString('ascii', off, off + 6)).toBe('070701');
    const field = (i: number): number => Number.parseInt(buf.toString('ascii', off + 6 + 8 * i, off + 14 + 8 * i), 16);
    const [mode, size, namesize] = [field(1), field(6), field(11)];
    const name = buf.toString('utf8', off + 110, off + 110 + namesize - 1);
    const dataAt = Math.ceil((off + 110 + namesize) / 4) * 4;
    if (name === 'TRAILER!!!') return out;
    out.push([name, mode, buf.subarray(dataAt, dataAt + size)]);
    off = Math.ceil((dataAt + size) / 4) * 4;
  }
}

describe('the initramfs', () => {
  it('is a newc archive with busybox, /init, the modules and /dev/console', () => {
    const busybox = Buffer.from('not really busybox');
    const entries = initramfsEntries(busybox, [{ name: 'veth', data: Buffer.from('veth module') }]);
    const got = readNewc(newcArchive(entries));
    const byName = new Map(got.map(([n, m, d]) => [n, { mode: m, data: d }]));
    expect(byName.get('bin/busybox')?.data.equals(busybox)).toBe(true);
    expect(byName.get('bin/busybox')?.mode).toBe(0o100755);
    expect(byName.get('dev/console')?.mode).toBe(0o020600);
    expect(byName.get('bin/sh')?.data.toString()).toBe('busybox');
    expect(byName.get('lib/modules/veth.ko')?.data.toString()).toBe('veth module');
    expect(byName.get('init')?.data.toString()).toMatch(/^#!\/bin\/busybox sh\n/);
    expect(byName.get('host')?.mode).toBe(0o040755);
  });
  it('takes only a statically linked busybox', () => {
    const elf = Buffer.alloc(64 + 56 * 2);
    elf.writeUInt32BE(0x7f454c46, 0);
    elf[4] = 2;
    elf.writeBigUInt64LE(64n, 32);
    elf.writeUInt16LE(56, 54);
    elf.writeUInt16LE(2, 56);
    elf.writeUInt32LE(1, 64); // PT_LOAD
    expect(isStaticElf(elf)).toBe(true);
    elf.writeUInt32LE(3, 64 + 56); // PT_INTERP: dynamically linked
    expect(isStaticElf(elf)).toBe(false);
    expect(isStaticElf(Buffer.from('#!/bin/sh\n'))).toBe(false);
  });
});

describe('the guest scripts', () => {
  it('init loads the modules in order, mounts the host root read-only and the results share, chroots, powers off', () => {
    const s = initScript(['netfs', '9pnet', '9pnet_virtio', '9p']);
    expect(s).toContain('for m in netfs 9pnet 9pnet_virtio 9p; do');
    expect(s).toMatch(/mount -t 9p -o trans=virtio,version=9p2000\.L,msize=\d+,ro,cache=loose hostroot \/host/);
    const order = ['mount -t proc proc /host/proc', 'mount -t tmpfs tmpfs /host/run', 'results /host/run/rxpath-guest',
      'chroot /host /bin/sh /run/rxpath-guest/job.sh', '$b umount /host/run/rxpath-guest', '\noff\n'];
    const at = order.map((o) => s.lastIndexOf(o));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  it('the job brings lo up, runs the host node on the checkout from the caller\'s directory and keeps the status', () => {
    const j = jobScript({ cwd: "/work/it's", argv: ['/usr/bin/node', '/repo/bin/rxpath.js', 'record', '--only', '^(a|b)$'] });
    expect(j.indexOf('ip link set lo up')).toBeLessThan(j.indexOf('/usr/bin/node'));
    expect(j).toContain(`cd ${shQuote("/work/it's")} || exit 97`);
    expect(j).toContain("'/usr/bin/node' '/repo/bin/rxpath.js' 'record' '--only' '^(a|b)$'\necho $? > /run/rxpath-guest/status");
    expect(spawnSync('/bin/sh', ['-c', `printf %s ${shQuote("it's $HOME")}`], { encoding: 'utf8' }).stdout).toBe("it's $HOME");
  });
  it('the recorder in the guest gets exactly the host\'s selection, absolute paths and a results directory', () => {
    const names = ['udp-rcvbuf-lo-set0-p1', 'x.y'];
    const args = guestRecordArgs({ files: ['s.json'], corpus: true, events: false, repeats: '2' }, names, '/w');
    expect(args).toEqual(['record', '/w/s.json', '--corpus', '--only', '^(udp-rcvbuf-lo-set0-p1|x\\.y)$', '--repeats', '2',
      '--update', '--out', '/run/rxpath-guest/traces']);
    const re = new RegExp(exactNames(names));
    expect(['udp-rcvbuf-lo-set0-p1', 'x.y', 'xzy', 'udp-rcvbuf-lo-set0-p10'].map((n) => re.test(n))).toEqual([true, true, false, false]);
    expect(hasEventTracing('CONFIG_TRACING=y\nCONFIG_EVENT_TRACING=y\n')).toBe(true);
    expect(hasEventTracing('# CONFIG_EVENT_TRACING is not set\n')).toBe(false);
    expect(plainText('\x1bc\x1b[?7l\x1b[2Jrxpath-guest: up 6.12')).toBe('rxpath-guest: up 6.12');
  });
});

describe('booting', () => {
  it('QEMU runs TCG with both 9p shares, the root read-only', () => {
    const a = qemuArgs({ vmlinuz: '/k/vmlinuz', initrd: '/k/initrd', resultsDir: '/tmp/a,b' });
    expect(a.slice(0, 2)).toEqual(['-accel', 'tcg,thread=multi']);
    expect(a[a.indexOf('-append') + 1]).toBe('console=ttyS0 quiet panic=-1 rdinit=/init');
    expect(a).toContain('-no-reboot');
    const shares = a.filter((_, i) => a[i - 1] === '-virtfs');
    expect(shares[0]).toBe('local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap');
    expect(shares[1]).toBe('local,path=/tmp/a,,b,mount_tag=results,security_model=none,multidevs=remap');
    expect(a).not.toContain('-chardev');
  });
  it('--impl kernel:VERSION adds a second serial line on a unix socket QEMU listens on (the guest\'s ttyS1)', () => {
    const a = qemuArgs({ vmlinuz: '/k/vmlinuz', initrd: '/k/initrd', resultsDir: '/tmp/r', serialSocket: '/tmp/l,x/line' });
    expect(a[a.indexOf('-chardev') + 1]).toBe('socket,id=rxline,path=/tmp/l,,x/line,server=on,wait=off');
    expect(a[a.indexOf('-device') + 1]).toBe('isa-serial,chardev=rxline');
  });
  it('the timeout grows with the scenarios, runs and waits', () => {
    const saved = process.env.RXPATH_QEMU_TIMEOUT_S;
    delete process.env.RXPATH_QEMU_TIMEOUT_S;
    try {
      expect(bootTimeoutMs(2, 2, 0)).toBeGreaterThan(bootTimeoutMs(1, 2, 0));
      expect(bootTimeoutMs(1, 2, 33)).toBe(bootTimeoutMs(1, 2, 0) + 66_000);
      process.env.RXPATH_QEMU_TIMEOUT_S = '7';
      expect(bootTimeoutMs(84, 2, 0)).toBe(7000);
    } finally {
      if (saved === undefined) delete process.env.RXPATH_QEMU_TIMEOUT_S; else process.env.RXPATH_QEMU_TIMEOUT_S = saved;
    }
  });
  it('the watchdog kills its child once the parent is gone', () => {
    // parent: a pid that has exited; child: a long sleep the watchdog must kill within a second or two
    const gone = spawnSync('/bin/true').pid!;
    const t0 = Date.now();
    const r = spawnSync('/bin/sh', ['-c', WATCHDOG, 'rxpath-qemu', String(gone), 'sleep', '30'], { timeout: 10_000 });
    expect(r.status).toBe(137);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it('a trace says it was recorded under QEMU, and stays valid', () => {
    const dir = join(import.meta.dirname, '..', '..', 'golden', 'kernel', 'linux-6.18');
    const f = readdirSync(dir).find((n) => n.endsWith('.json'))!;
    const t = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldenTrace;
    const m = markRecordedUnderQemu(t, { pkg: 'linux-image-6.12.118+deb12-amd64', version: '6.12.118-1~deb12u1' }, 'QEMU 7.2');
    validateAgainst('golden-trace.schema.json', m, f);
    expect((m.provenance.kernel as Record<string, { package: string }>).vm.package).toBe('linux-image-6.12.118+deb12-amd64');
    expect(m.provenance.kernel?.release).toBe(t.provenance.kernel?.release);
  });
});

const live = process.env.RXPATH_QEMU_TEST === '1' ? guestUnavailableReason() : 'RXPATH_QEMU_TEST=1 is not set';
if (live) console.warn(`test/kernel/qemu.test.ts: the live QEMU boot is skipped: ${live}`);

describe.skipIf(live !== null)('a real guest (RXPATH_QEMU_TEST=1, root, qemu-system-x86)', () => {
  it('boots Debian\'s 6.12 and records a receive-buffer overflow there', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rxpath-qemu-test-'));
    try {
      const entries = kernelCorpus().filter((e) => e.scenario.name === 'udp-rcvbuf-lo-set4096-p100');
      const code = await recordUnderQemu({
        kernel: '6.12', files: [], corpus: true, events: false, repeats: '2', out, entries, checkNotRecorded: () => undefined,
      });
      expect(code).toBe(0);
      const t = JSON.parse(readFileSync(join(out, 'udp-rcvbuf-lo-set4096-p100.json'), 'utf8')) as GoldenTrace;
      expect(t.provenance.kernel?.release).toMatch(/^6\.12\./);
      expect(t.observations.checkpoints.at(-1)!.counters.snmp.Udp.RcvbufErrors).toBeGreaterThan(0);
      expect(spawnSync('pgrep', ['-f', `results,security_model`]).status).toBe(1); // no QEMU left
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);

  it('--impl kernel:6.12 boots once, runs generated scenarios in its form, agrees with linux-6.12, and powers off', async () => {
    const { GuestKernelImplementation } = await import('../../src/impl/kernel-guest.ts');
    const { measureAgreement } = await import('../../src/runner/agreement.ts');
    const impl = await GuestKernelImplementation.open('6.12');
    try {
      expect(impl.profiles).toEqual(['linux-6.12']);
      expect(impl.tags).toContain('sysctl:net.core.flow_limit_cpu_bitmap'); // Debian's build has CONFIG_NET_FLOW_LIMIT
      const r = await measureAgreement({ impl, profile: 'linux-6.12', runs: 6, seed: 3 });
      expect(r.disagreements).toEqual([]);
      expect(r.agreed).toBeGreaterThan(0);
    } finally {
      await impl.close();
    }
    expect(spawnSync('pgrep', ['-f', `results,security_model`]).status).toBe(1); // no QEMU left
  }, 900_000);
});
