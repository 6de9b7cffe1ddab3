// Reading an input file (a scenario, a config, a golden trace): a regular file of at most
// MAX_INPUT_BYTES. A device (/dev/zero), a FIFO, a socket or a directory is refused before anything
// is read, so that rxpath neither grows without bound nor waits for a writer that never comes.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { RxpathInputError } from './errors.ts';
import { MAX_INPUT_BYTES } from './limits.ts';

function fail(file: string, message: string): never {
  throw new RxpathInputError([{ file, pointer: '', message }]);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openError(file: string, err: NodeJS.ErrnoException): never {
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a component of the path is not a directory',
    ENXIO: 'is a socket (expected a regular file)',
    ELOOP: 'too many levels of symbolic links',
  };
  fail(file, `cannot read the file (${why[err.code ?? ''] ?? err.message})`);
}

/** The bytes of `file`, which must be a regular file of at most `maxBytes`. */
export function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO that has no writer must not wait; regular files ignore the flag.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    openError(file, err as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) fail(file, `cannot read the file (it is ${kindOf(st)}; expected a regular file)`);
    if (st.size > maxBytes) {
      const limit = `${maxBytes} bytes (${maxBytes / 1048576} MiB)`;
      fail(file, `is ${st.size} bytes, more than the limit of ${limit} for an input file`);
    }
    // Read one byte more than its size: a file that grows while it is read is caught too.
    const buf = Buffer.alloc(st.size + 1);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > st.size) fail(file, 'cannot read the file (it grew while rxpath read it)');
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
