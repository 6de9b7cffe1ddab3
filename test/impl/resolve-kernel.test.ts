// `--impl kernel` names the live kernel of this host (src/impl/resolve.ts); `kernel:VERSION` is a
// kernel under QEMU, which cannot be checked as an implementation yet: an input error (exit 2)
// saying what can be given, never a module lookup of a file named "kernel:6.1".
import { describe, expect, it } from 'vitest';
import { resolveImplementation } from '../../src/impl/resolve.ts';
import { kernelUnavailableReason } from '../../src/kernel/platform.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

async function problem(impl: string): Promise<string> {
  const err = await resolveImplementation({ impl, rxpathVersion: 'test' }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(RxpathInputError);
  return (err as RxpathInputError).problems.map((p) => `${p.file}: ${p.message}`).join('\n');
}

describe('--impl kernel', () => {
  it('kernel:VERSION is refused with what can be given', async () => {
    expect(await problem('kernel:6.1')).toBe('--impl: only the host\'s kernel can be run ("kernel" or "kernel:host"); got "kernel:6.1"');
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
  });
});
