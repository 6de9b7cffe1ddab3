// The guest's initramfs: a static busybox, the guest kernel's modules (modules.ts, uncompressed) and
// /init (guest-init.ts), as a gzipped newc archive (cpio.ts). Cached next to the unpacked kernel,
// named by a hash of its contents, so a changed init script or busybox makes a new one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newcArchive, type CpioEntry } from './cpio.ts';
import type { FetchedKernel } from './fetch.ts';
import { initScript } from './guest-init.ts';
import { GUEST_MODULES, ModuleTree } from './modules.ts';

/** Debian's busybox-static installs a statically linked busybox here. */
export const BUSYBOX = '/bin/busybox';

/** Whether `file` is a statically linked ELF (no PT_INTERP program header): it must run without a libc. */
export function isStaticElf(bytes: Buffer): boolean {
  if (bytes.length < 64 || bytes.readUInt32BE(0) !== 0x7f454c46 || bytes[4] !== 2) return false;
  const phoff = Number(bytes.readBigUInt64LE(32));
  const phentsize = bytes.readUInt16LE(54);
  const phnum = bytes.readUInt16LE(56);
  for (let i = 0; i < phnum; i++) if (bytes.readUInt32LE(phoff + i * phentsize) === 3) return false; // PT_INTERP
  return true;
}

/** The archive's entries: busybox, /init, the modules in load order, /dev/console, mount points. */
export function initramfsEntries(busybox: Buffer, modules: readonly { name: string; data: Buffer }[]): CpioEntry[] {
  return [
    ...['bin', 'dev', 'proc', 'sys', 'host', 'lib', 'lib/modules'].map((path): CpioEntry => ({ kind: 'dir', path })),
    // the kernel opens /dev/console for init before anything is mounted (init/main.c:console_on_rootfs)
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { kind: 'chardev', path: 'dev/null', major: 1, minor: 3, mode: 0o666 },
    { kind: 'file', path: 'bin/busybox', data: busybox, mode: 0o755 },
    { kind: 'symlink', path: 'bin/sh', target: 'busybox' },
    { kind: 'file', path: 'init', data: initScript(modules.map((m) => m.name)), mode: 0o755 },
    ...modules.map((m): CpioEntry => ({ kind: 'file', path: `lib/modules/${m.name}.ko`, data: m.data })),
  ];
}

/** The initramfs of `kernel` (built and cached on first use); its path. */
export function ensureInitramfs(kernel: FetchedKernel, busyboxPath: string = BUSYBOX): string {
  const busybox = readFileSync(busyboxPath);
  if (!isStaticElf(busybox)) throw new Error(`${busyboxPath} is not a statically linked busybox: apt-get install busybox-static`);
  const tree = new ModuleTree(kernel.modulesDir);
  const modules = tree.loadOrder(GUEST_MODULES).map((name) => ({ name, data: tree.contents(name) }));
  const archive = gzipSync(newcArchive(initramfsEntries(busybox, modules)), { level: 6 });
  const hash = createHash('sha256').update(archive).digest('hex').slice(0, 12);
  const file = join(kernel.dir, `initramfs-${hash}.cpio.gz`);
  if (existsSync(file)) return file;
  for (const f of readdirSync(kernel.dir)) if (/^initramfs-[0-9a-f]+\.cpio\.gz$/.test(f)) rmSync(join(kernel.dir, f));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, archive);
  renameSync(tmp, file);
  return file;
}
