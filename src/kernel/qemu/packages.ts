// Which Debian kernel package `rxpath record --kernel VERSION` boots: "6.1" and "6.12" name the newest
// generic -amd64 image of that series in apt's lists (Debian 12: linux-image-6.1.0-N-amd64 and
// linux-image-6.12.M+deb12-amd64), a full package name names itself. The -cloud-amd64 flavour has
// no 9p (CONFIG_NET_9P unset), so the guest could not reach the host's root: it is refused.

export class KernelPackageError extends Error {}

/** The `uname -r` of a linux-image package: linux-image-6.12.118+deb12-amd64 -> 6.12.118+deb12-amd64. */
export function releaseOfPackage(pkg: string): string {
  return pkg.replace(/^linux-image-/, '');
}

/** "6.12" from "6.12.118+deb12-amd64". */
export function seriesOfRelease(rel: string): string {
  const m = /^(\d+)\.(\d+)/.exec(rel);
  if (!m) throw new KernelPackageError(`not a kernel release: ${rel}`);
  return `${m[1]}.${m[2]}`;
}

/** The numbers of a release, for ordering: 6.1.0-57-amd64 -> [6,1,0,57]; 6.12.118+deb12 -> [6,12,118,12]. */
function releaseNumbers(rel: string): number[] {
  return (rel.match(/\d+/g) ?? []).map(Number);
}

function newer(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** The generic -amd64 image packages of series "X.Y" among `pkgnames` (one name a line: apt-cache pkgnames). */
export function seriesPackages(series: string, pkgnames: string): string[] {
  const re = new RegExp(`^linux-image-(${series.replace('.', '\\.')}[.-]\\d[\\d.-]*(?:\\+deb\\d+)?)-amd64$`);
  return pkgnames.split('\n').map((l) => l.trim()).filter((l) => re.test(l));
}

/**
 * The package to boot for VERSION ("6.1", "6.12" or a full linux-image-...-amd64 name), given the
 * package names apt knows (`apt-cache pkgnames linux-image-`). Throws KernelPackageError with what to do.
 */
export function resolveKernelPackage(version: string, pkgnames: string): string {
  const known = new Set(pkgnames.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  if (version.startsWith('linux-image-')) {
    if (/-cloud-amd64$/.test(version)) {
      throw new KernelPackageError(`${version}: the -cloud-amd64 flavour has no 9p (CONFIG_NET_9P is not set): use the generic -amd64 package`);
    }
    if (!/-amd64$/.test(version)) throw new KernelPackageError(`${version}: only the generic linux-image-...-amd64 packages can be booted`);
    if (!known.has(version)) {
      throw new KernelPackageError(`${version}: no such package in apt's lists (run apt-get update; `
        + 'apt-cache search --names-only \'^linux-image-\' lists them)');
    }
    return version;
  }
  if (!/^\d+\.\d+$/.test(version)) {
    throw new KernelPackageError(`--kernel ${version}: expected host, a series such as 6.1 or 6.12, or a package name linux-image-...-amd64`);
  }
  let best: string | undefined;
  for (const p of seriesPackages(version, [...known].join('\n'))) {
    const better = best === undefined || newer(releaseNumbers(releaseOfPackage(p)), releaseNumbers(releaseOfPackage(best)));
    if (better) best = p;
  }
  if (best === undefined) {
    throw new KernelPackageError(`no linux-image-${version}...-amd64 package in apt's lists (run apt-get update; Debian 12 has 6.1 and 6.12)`);
  }
  return best;
}
