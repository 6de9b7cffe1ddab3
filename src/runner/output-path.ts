// Checks every path rxpath will write (--junit, --json, --markdown, --html, record --out) before
// the run starts, so that a typo costs a second, not a whole run: an empty path (an unset
// $GITHUB_STEP_SUMMARY), a directory, a missing or unwritable directory, a socket. What
// write-atomic.ts will do with the path decides what must be writable: the directory for a
// regular file or a new path (replaced by a rename), the file itself for a device, FIFO or symlink.
import { accessSync, constants, lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RxpathInputError, type InputProblem } from '../spec/errors.ts';

function errno(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? '';
}

function writable(path: string): boolean {
  try { accessSync(path, constants.W_OK); return true; } catch { return false; }
}

/** Why nothing can be created in `dir`, or undefined. */
function directoryProblem(dir: string): string | undefined {
  let st: Stats;
  try { st = statSync(dir); } catch (err) {
    if (errno(err) === 'ENOENT') return `its directory ${dir} does not exist`;
    return `its directory ${dir} cannot be used (${errno(err) || String(err)})`;
  }
  if (!st.isDirectory()) return `${dir} is not a directory`;
  if (!writable(dir)) return `its directory ${dir} is not writable`;
  return undefined;
}

/** Why `path` cannot take a file rxpath writes, or undefined. */
export function outputFileProblem(path: string): string | undefined {
  if (path.trim() === '') {
    return 'the path is empty (an unset variable such as $GITHUB_STEP_SUMMARY?): give a file, or leave the option out';
  }
  let st: Stats;
  try { st = lstatSync(path); } catch (err) {
    if (errno(err) === 'ENOENT') return directoryProblem(dirname(path));
    if (errno(err) === 'ENOTDIR') return 'a component of the path is not a directory';
    return `it cannot be used (${errno(err) || String(err)})`;
  }
  if (st.isSymbolicLink()) {
    try { st = statSync(path); } catch (err) {
      // A dangling link: writing through it creates its target.
      if (errno(err) === 'ENOENT') return directoryProblem(dirname(resolve(dirname(path), readlinkSync(path))));
      return `it is a symbolic link that cannot be followed (${errno(err)})`;
    }
    if (st.isDirectory()) return 'it is a symbolic link to a directory (expected a file)';
    return writable(path) ? undefined : 'it is not writable';
  }
  if (st.isDirectory()) return 'it is a directory (expected a file)';
  if (st.isSocket()) return 'it is a socket (expected a file, a device or a FIFO)';
  if (st.isFile()) {
    return writable(dirname(path)) ? undefined : `it cannot be replaced: its directory ${dirname(path)} is not writable`;
  }
  return writable(path) ? undefined : 'it is not writable';
}

/** Why `path` cannot be the directory rxpath writes files into (created if absent), or undefined. */
export function outputDirectoryProblem(path: string): string | undefined {
  if (path.trim() === '') return 'the path is empty: give a directory, or leave the option out';
  let st: Stats;
  try { st = statSync(path); } catch (err) {
    if (errno(err) !== 'ENOENT') return `it cannot be used (${errno(err) || String(err)})`;
    return directoryProblem(dirname(resolve(path)));
  }
  if (!st.isDirectory()) return 'it exists and is not a directory';
  return writable(path) ? undefined : 'it is not writable';
}

/**
 * Throws one RxpathInputError naming every output option whose path cannot be written, and any
 * two options that name the same path (the second would overwrite the first).
 */
export function checkOutputFiles(outputs: readonly (readonly [option: string, path: string | undefined])[]): void {
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  for (const [option, path] of outputs) {
    if (path === undefined) continue;
    const problem = outputFileProblem(path);
    if (problem) { problems.push({ file: option, pointer: '', message: `${JSON.stringify(path)}: ${problem}` }); continue; }
    const key = resolve(path);
    const other = seen.get(key);
    if (other && !/^\/dev\/(null|stdout|stderr)$/.test(key)) {
      problems.push({ file: option, pointer: '', message: `${JSON.stringify(path)}: ${other} writes this file too` });
    }
    seen.set(key, option);
  }
  if (problems.length) throw new RxpathInputError(problems);
}
