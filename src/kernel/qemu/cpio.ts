// A "newc" cpio archive, the format the kernel unpacks an initramfs from (init/initramfs.c; the
// layout is Documentation/driver-api/early-userspace/buffer-format.rst). Written here rather than
// with cpio(1) so that device nodes (/dev/console) need no mknod and the archive is reproducible.

export type CpioEntry =
  | { kind: 'dir'; path: string; mode?: number }
  | { kind: 'file'; path: string; data: Buffer | string; mode?: number }
  | { kind: 'symlink'; path: string; target: string }
  | { kind: 'chardev'; path: string; major: number; minor: number; mode?: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function pad4(n: number): Buffer {
  return Buffer.alloc((4 - (n % 4)) % 4);
}

function record(ino: number, name: string, mode: number, data: Buffer, rdev: [number, number] = [0, 0]): Buffer[] {
  const nameBuf = Buffer.from(`${name}\0`, 'utf8');
  const fields = [ino, mode, 0, 0, 1, 0, data.length, 0, 0, rdev[0], rdev[1], nameBuf.length, 0];
  const header = Buffer.from(`070701${fields.map(hex8).join('')}`, 'ascii');
  return [header, nameBuf, pad4(header.length + nameBuf.length), data, pad4(data.length)];
}

/** The archive of `entries` (paths relative, without a leading "/"), ending with the TRAILER!!! record. */
export function newcArchive(entries: readonly CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  for (const e of entries) {
    const path = e.path.replace(/^\/+/, '');
    if (e.kind === 'dir') parts.push(...record(ino++, path, S_IFDIR | (e.mode ?? 0o755), Buffer.alloc(0)));
    else if (e.kind === 'file') parts.push(...record(ino++, path, S_IFREG | (e.mode ?? 0o644), Buffer.from(e.data)));
    else if (e.kind === 'symlink') parts.push(...record(ino++, path, S_IFLNK | 0o777, Buffer.from(e.target, 'utf8')));
    else parts.push(...record(ino++, path, S_IFCHR | (e.mode ?? 0o600), Buffer.alloc(0), [e.major, e.minor]));
  }
  parts.push(...record(0, 'TRAILER!!!', 0, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
