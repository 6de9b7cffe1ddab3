// `rxpath serve-kernel --tty DEV`: the guest side of `--impl kernel:VERSION` (src/kernel/qemu/serve.ts).
// Run by rxpath inside its QEMU guest, not by hand: hidden from `rxpath --help`.
import type { Command } from 'commander';
import type { SetExit } from './index.ts';

export function register(program: Command, setExit: SetExit): void {
  program
    .command('serve-kernel', { hidden: true })
    .requiredOption('--tty <device>', 'the serial line the host talks on')
    .action(async (opts: { tty: string }) => {
      const { serveKernel } = await import('../../kernel/qemu/serve.ts');
      const code = await serveKernel(opts.tty);
      setExit(code);
      // a read of the serial line blocks a libuv worker and cannot be cancelled: end the process, so the
      // guest's job ends and the guest powers off when the host says quit
      process.exit(code);
    });
}
