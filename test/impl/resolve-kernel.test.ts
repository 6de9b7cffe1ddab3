// `--impl kernel` names the live kernel of this host (src/impl/resolve.ts); `kernel:VERSION` is a
// Debian kernel package under QEMU (src/impl/kernel-guest.ts; its live test is test/kernel/qemu.test.ts).
// Any other `kernel:` name is an input error (exit 2) saying what can be given, never a module lookup.
import { describe, expect, it } from 'vitest';
import { resolveImplementation } from '../../src/impl/resolve.ts';
import { kernelUnavailableReason } from '../../src/kernel/platform.ts';
import { guestUnavailableReason } from '../../src/kernel/qemu/guest-job.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

async function problem(impl: string): Promise<string> {
  const err = await resolveImplementation({ impl, rxpathVersion: 'test' }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(RxpathInputError);
  return (err as RxpathInputError).problems.map((p) => `${p.file}: ${p.message}`).join('\n');
}

describe('--impl kernel', () => {
  it('a kernel: name that is no version nor package is refused with what can be given', async () => {
    expect(await problem('kernel:latest')).toBe('--impl: expected "kernel", "kernel:host", "kernel:6.1", "kernel:6.12" or '
      + '"kernel:linux-image-...-amd64" (got "kernel:latest")');
  });

  // booting one is the live test's (test/kernel/qemu.test.ts, RXPATH_QEMU_TEST=1)
  it.skipIf(guestUnavailableReason() === null)('kernel:VERSION without a way to boot it says why (no QEMU, or not root)', async () => {
    expect(await problem('kernel:6.12')).toMatch(/^--impl: kernel:6\.12: refusing: needs /);
  });

  it.skipIf(kernelUnavailableReason() === null)('without root or iproute2 it says why', async () => {
    expect(await problem('kernel')).toMatch(/^--impl: the live kernel cannot be run here: needs /);
  });

  it.skipIf(kernelUnavailableReason() !== null)('as root it is the live kernel, settled, with its tags and counters', async () => {
    const r = await resolveImplementation({ impl: 'kernel:host', rxpathVersion: 'test' });
    expect(r.isModel).toBe(false);
    expect(r.args).toBe('--impl kernel:host');
    expect(r.impl.timing).toBe('settled');
    expect(r.impl.tags).toEqual(expect.arrayContaining(['loopback', 'veth', 'rcvbuf_step', 'frame:udp_csum']));
    expect(r.impl.tags).not.toContain('frame:fragment');
    expect(r.impl.observes).toEqual(expect.arrayContaining(['snmp.Udp.RcvbufErrors', 'udp[*].drops', 'dev.lo']));
    expect(r.impl.observes).not.toContain('snmp.Udp.OutDatagrams');
    // IPv6: /proc/net/snmp6's receive side, read by a trial of a scenario that uses IPv6
    expect(r.impl.tags).toContain('ipv6');
    expect(r.impl.observes).toEqual(expect.arrayContaining(['snmp6.Ip6.InReceives', 'snmp6.Icmp6.OutRateLimitHost', 'snmp6.Udp6.NoPorts']));
    expect(r.impl.observes).not.toContain('snmp6.Udp6.OutDatagrams');
    expect(r.impl.observes).not.toContain('snmp6.Ip6.OutRequests');
  });
});
