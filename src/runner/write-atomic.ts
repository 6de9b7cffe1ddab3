// Writing a file rxpath produces (a report, a golden trace) where the user points, without harm to
// what is there: a regular file (or a new path) is replaced atomically, a temporary file beside it
// renamed into place, and the temporary file is removed if anything fails; a device, a FIFO or a
// symlink is written through (opened and written, never replaced), so `--junit /dev/null` as root
// leaves /dev/null a device and `--markdown "$LINK"` leaves the link a link. A path that is this
// process's own standard output or error (`--markdown /dev/stdout`) is written to that descriptor,
// after what rxpath already printed there.
import {
  closeSync, fstatSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats,
} from 'node:fs';
import { dirname } from 'node:path';

function lstatOrUndefined(file: string): Stats | undefined {
  try { return lstatSync(file); } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** 1 or 2 when `file` is this process's standard output or error, else undefined. */
function ownStdio(file: string): 1 | 2 | undefined {
  let st: Stats;
  try { st = statSync(file); } catch { return undefined; }
  for (const fd of [1, 2] as const) {
    try {
      const s = fstatSync(fd);
      if (s.dev === st.dev && s.ino === st.ino) return fd;
    } catch { /* closed */ }
  }
  return undefined;
}

function writeAll(fd: number, content: string): void {
  const buf = Buffer.from(content);
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
}

function writeThrough(file: string, content: string): void {
  const fd = openSync(file, 'w');
  try { writeAll(fd, content); } finally { closeSync(fd); }
}

function replaceAtomically(file: string, content: string, existing: Stats | undefined): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content, existing ? { mode: existing.mode & 0o7777 } : {});
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `content` to `file` as described above; the directory must exist. */
export function writeOutput(file: string, content: string): void {
  const stdio = ownStdio(file);
  if (stdio !== undefined) {
    writeAll(stdio, content);
    return;
  }
  const st = lstatOrUndefined(file);
  if (st && !st.isFile()) writeThrough(file, content);
  else replaceAtomically(file, content, st);
}

/** writeOutput, creating the directory first (golden traces, test fixtures). */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeOutput(file, content);
}
