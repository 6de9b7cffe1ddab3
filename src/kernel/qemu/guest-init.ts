// The two scripts a guest runs. /init (in the initramfs, busybox sh as PID 1) loads the guest
// kernel's modules, mounts the host's root read-only over 9p, mounts fresh proc, sys, dev, tmp and
// run over it plus the writable results share, and chroots there to run job.sh, which the host
// wrote into the results share: the host's own node runs `rxpath record` from the host's checkout.
// Then it powers off (with panic=-1 and -no-reboot, an init that dies ends QEMU too).

/** The 9p mount tags of the two shares (boot.ts's -virtfs options). */
export const HOSTROOT_TAG = 'hostroot';
export const RESULTS_TAG = 'results';
/** Where the results share is, seen from inside the chroot. */
export const GUEST_RESULTS = '/run/rxpath-guest';
/** Lines the guest prints for the host to follow (boot.ts). */
export const GUEST_MARK = 'rxpath-guest:';

/** Single-quoted for sh. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The initramfs's /init. `modules`: names in load order, each at /lib/modules/NAME.ko.
 * msize 256 KiB: QEMU's virtio-9p takes up to 512 KiB, the kernel's default (8 KiB on 6.1) is slow
 * under TCG; the read-only root is cached (cache=loose: nothing changes it during a boot), the
 * results share is not (cache=none: every write reaches the host).
 */
export function initScript(modules: readonly string[]): string {
  const p9 = 'trans=virtio,version=9p2000.L,msize=262144';
  return `#!/bin/busybox sh
# rxpath guest init, written by src/kernel/qemu/guest-init.ts
b=/bin/busybox
say() { $b echo "${GUEST_MARK} $*"; }
off() { $b sync; $b poweroff -f; $b sleep 5; exit 1; }
fail() { say "FAIL $*"; off; }
$b mount -t proc proc /proc
$b mount -t sysfs sysfs /sys
$b mount -t devtmpfs devtmpfs /dev
for m in ${modules.join(' ')}; do
  $b insmod /lib/modules/$m.ko || fail "insmod $m"
done
$b mount -t 9p -o ${p9},ro,cache=loose ${HOSTROOT_TAG} /host || fail "mount the host's root (9p tag ${HOSTROOT_TAG})"
$b mount -t proc proc /host/proc || fail "mount /proc"
$b mount -t sysfs sysfs /host/sys || fail "mount /sys"
$b mount -t devtmpfs devtmpfs /host/dev || fail "mount /dev"
$b mkdir -p /host/dev/pts /host/dev/shm
$b mount -t devpts devpts /host/dev/pts
$b mount -t tmpfs tmpfs /host/dev/shm
$b mount -t tmpfs tmpfs /host/tmp || fail "mount /tmp"
$b mount -t tmpfs tmpfs /host/run || fail "mount /run"
$b mkdir -p /host${GUEST_RESULTS}
$b mount -t 9p -o ${p9},cache=none ${RESULTS_TAG} /host${GUEST_RESULTS} || fail "mount the results share"
say "up $($b uname -r)"
$b chroot /host /bin/sh ${GUEST_RESULTS}/job.sh
say "job exit $?"
$b sync
$b umount /host${GUEST_RESULTS}
off
`;
}

export interface JobSpec {
  /** The working directory (scenario files given relative to it). */
  cwd: string;
  /** The command the guest runs, host paths (e.g. the host's node and this checkout's bin/rxpath.js, then arguments). */
  argv: readonly string[];
}

/** The job the guest runs in the chroot (the host's /bin/sh); its exit status goes to GUEST_RESULTS/status. */
export function jobScript(job: JobSpec): string {
  const cmd = job.argv.map(shQuote).join(' ');
  return `# rxpath guest job, written by src/kernel/qemu/guest-init.ts
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
ip link set lo up
cd ${shQuote(job.cwd)} || exit 97
${cmd}
echo $? > ${GUEST_RESULTS}/status
`;
}
