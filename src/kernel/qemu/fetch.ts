// Fetches a Debian kernel package into rxpath's cache without installing it: `apt-get download` and
// `dpkg-deb -x` into CACHE/<package>/root (boot/vmlinuz-*, boot/config-*, lib/modules/RELEASE).
// Nothing goes into the host's /boot, and the host's boot setup is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KernelPackageError, releaseOfPackage, resolveKernelPackage } from './packages.ts';

export const KERNEL_CACHE = process.env.RXPATH_KERNEL_CACHE ?? '/var/cache/rxpath/kernels';

export interface FetchedKernel {
  pkg: string;
  /** uname -r of the guest. */
  release: string;
  /** The package's version (dpkg-deb -f ... Version). */
  version: string;
  dir: string;
  vmlinuz: string;
  config: string;
  modulesDir: string;
}

function tool(cmd: string, args: readonly string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new KernelPackageError(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    const last = (r.stderr || r.stdout).trim().split('\n').pop();
    throw new KernelPackageError(`${cmd} ${args.join(' ')}: exit ${r.status}: ${last}`);
  }
  return r.stdout;
}

/** The package `version` names, from apt's lists (apt-cache pkgnames). */
export function resolveFromApt(version: string): string {
  return resolveKernelPackage(version, tool('apt-cache', ['pkgnames', 'linux-image-']));
}

function unpacked(dir: string, release: string): FetchedKernel | undefined {
  const root = join(dir, 'root');
  const vmlinuz = join(root, 'boot', `vmlinuz-${release}`);
  const modulesDir = join(root, 'lib', 'modules', release);
  if (!existsSync(vmlinuz) || !existsSync(join(modulesDir, 'modules.order'))) return undefined;
  const version = existsSync(join(dir, 'version')) ? readFileSync(join(dir, 'version'), 'utf8').trim() : 'unknown';
  return { pkg: '', release, version, dir, vmlinuz, config: join(root, 'boot', `config-${release}`), modulesDir };
}

/** The unpacked package, downloaded and unpacked first when the cache does not have it. */
export function fetchKernel(pkg: string, cache: string = KERNEL_CACHE): FetchedKernel {
  const release = releaseOfPackage(pkg);
  const dir = join(cache, pkg);
  const have = unpacked(dir, release);
  if (have) return { ...have, pkg };
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.deb') || f.startsWith('root.')) rmSync(join(dir, f), { recursive: true, force: true });
  }
  // apt's _apt user cannot write into a root-owned cache directory: download as root, quietly.
  tool('apt-get', ['-q', '-o', 'APT::Sandbox::User=root', 'download', pkg], dir);
  const deb = readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (deb === undefined) throw new KernelPackageError(`apt-get download ${pkg} left no .deb in ${dir}`);
  const version = tool('dpkg-deb', ['-f', join(dir, deb), 'Version']).trim();
  const tmp = join(dir, `root.${process.pid}`);
  tool('dpkg-deb', ['-x', join(dir, deb), tmp]);
  rmSync(join(dir, 'root'), { recursive: true, force: true });
  renameSync(tmp, join(dir, 'root'));
  writeFileSync(join(dir, 'version'), `${version}\n`);
  rmSync(join(dir, deb));
  const got = unpacked(dir, release);
  if (!got) {
    throw new KernelPackageError(`${pkg}: the package has no boot/vmlinuz-${release} or lib/modules/${release}/modules.order`);
  }
  return { ...got, pkg };
}
