// The guest's half of `--impl kernel:VERSION`: inside a QEMU guest, `rxpath serve-kernel --tty
// /dev/ttyS1` runs each scenario the host sends on that serial line through the same path as
// `--impl kernel` on a host (src/impl/kernel.ts: a fresh namespace per scenario, global sysctls
// restored), and answers with its observations. One JSON object per line both ways:
//   guest -> host  {"hello":{"release","cpus","sysctls":[names this build has]}}
//   host -> guest  {"id":N,"scenario":{...}}      guest -> host  {"id":N,"observations":{...}} | {"id":N,"error":"..."}
//   host -> guest  {"quit":true}                   (the guest then ends its job and powers off)
// The line is put in raw mode first: a canonical tty cuts lines at 4096 bytes and echoes.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { release } from 'node:os';
import { createInterface } from 'node:readline';
import type { Scenario } from '../../generated/schema-types.ts';
import { readSchema } from '../../spec/schema-files.ts';
import { sysctlPath } from '../sysctl-file.ts';

/** Every sysctl of the schema this kernel's build has (/proc/sys). */
function presentSysctls(): string[] {
  const names = Object.keys(readSchema<{ properties: Record<string, unknown> }>('sysctls.schema.json').properties);
  return names.filter((n) => existsSync(sysctlPath(n)));
}

export interface GuestHello {
  release: string;
  cpus: number;
  sysctls: string[];
}

export async function serveKernel(tty: string): Promise<number> {
  const stty = spawnSync('stty', ['-F', tty, 'raw', '-echo', '115200'], { encoding: 'utf8' });
  if (stty.status !== 0) {
    process.stderr.write(`serve-kernel: stty ${tty}: ${stty.stderr.trim()}\n`);
    return 2;
  }
  const { KernelImplementation } = await import('../../impl/kernel.ts');
  const { kernelHost } = await import('../host.ts');
  const impl = KernelImplementation.open();
  const out = createWriteStream(tty);
  const send = (o: unknown): void => { out.write(`${JSON.stringify(o)}\n`); };
  const hello: GuestHello = { release: release(), cpus: kernelHost().cpus, sysctls: presentSysctls() };
  send({ hello });
  const input = createReadStream(tty);
  const lines = createInterface({ input });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let msg: { id?: number; scenario?: Scenario; quit?: boolean };
    try { msg = JSON.parse(line) as typeof msg; } catch { send({ error: `not JSON: ${line.slice(0, 80)}` }); continue; }
    if (msg.quit) break;
    try {
      send({ id: msg.id, observations: await impl.run(msg.scenario!) });
    } catch (err) {
      send({ id: msg.id, error: (err as Error).message });
    }
  }
  lines.close();
  input.destroy();
  await new Promise<void>((r) => out.end(r));
  return 0;
}
