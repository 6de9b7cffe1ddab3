// Measures skb->truesize per UDP payload on another kernel, booted under QEMU: runs
// scripts/measure-truesize.py (the same dense sweep as for the host's 6.18) inside the guest and
// writes its table, with provenance.vm naming the package, to the profile's truesize file.
//
//   sudo npx tsx scripts/measure-truesize-guest.ts --kernel 6.12 --profile linux-6.12
//        [--out src/model/truesize/linux-6.12.json] [--max 65507] [--what table|reasm|inet6]
//
// --what reasm runs scripts/measure-reasm-tailroom.py instead and writes its result into the file's
// `reassembly` field, keeping the table (the head tailroom of a reassembled datagram, truesize.ts).
// --what inet6 runs scripts/measure-truesize6.py (IPv6 loopback, AF_PACKET veth frames IPv6 and IPv4) and
// merges its tables (loopback6, veth6, vethPacket) and `provenanceInet6` into the file, keeping the rest.
//
// truesize depends on the build (slab caches, MAX_TCP_HEADER, skb_small_head_cache), so a profile
// of a Debian kernel is measured on that very package. The output is written atomically.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { qemuArgs } from '../src/kernel/qemu/boot.ts';
import { GUEST_RESULTS } from '../src/kernel/qemu/guest-init.ts';
import { GuestSetupError, prepareKernel, runGuestJob } from '../src/kernel/qemu/guest-job.ts';
import { PACKAGE_ROOT } from '../src/spec/schema-files.ts';

const { values } = parseArgs({
  options: {
    kernel: { type: 'string' }, profile: { type: 'string' }, out: { type: 'string' }, max: { type: 'string', default: '65507' },
    what: { type: 'string', default: 'table' },
  },
});
if (!values.kernel || !values.profile || !['table', 'reasm', 'inet6'].includes(values.what)) {
  process.stderr.write('usage: measure-truesize-guest.ts --kernel 6.1|6.12|PKG --profile linux-X.Y [--out FILE] '
    + '[--max N] [--what table|reasm|inet6]\n');
  process.exit(2);
}
const out = values.out ?? join(PACKAGE_ROOT, 'src', 'model', 'truesize', `${values.profile}.json`);
try {
  const prepared = prepareKernel(values.kernel);
  const reasm = values.what === 'reasm';
  const inet6 = values.what === 'inet6';
  const argv = reasm
    ? ['python3', join(PACKAGE_ROOT, 'scripts', 'measure-reasm-tailroom.py'), '--out', `${GUEST_RESULTS}/truesize.json`]
    : inet6
      ? ['python3', join(PACKAGE_ROOT, 'scripts', 'measure-truesize6.py'), '--out', `${GUEST_RESULTS}/truesize.json`,
        '--profile', values.profile]
      : ['python3', join(PACKAGE_ROOT, 'scripts', 'measure-truesize.py'), '--out', `${GUEST_RESULTS}/truesize.json`,
        '--profile', values.profile, '--max', values.max];
  let table: Record<string, unknown> | null = null;
  const outcome = await runGuestJob(prepared, { cwd: PACKAGE_ROOT, argv }, 40 * 60_000, (line) => {
    if (line.trim() !== '') process.stdout.write(`[${prepared.series}] ${line}\n`);
  }, (results) => {
    const f = join(results, 'truesize.json');
    if (existsSync(f)) table = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
  });
  if (outcome.status !== 0 || table === null) {
    process.stderr.write(`measure-truesize-guest: the measurement in the guest failed (status ${String(outcome.status)}, `
      + `timed out: ${outcome.timedOut}; console: ${outcome.consoleLog})\n`);
    process.exit(1);
  }
  type Prov = Record<string, unknown>;
  const t = table as { provenance?: Prov; provenanceInet6?: Prov; tables?: object };
  const provenance = {
    ...(inet6 ? t.provenanceInet6 : t.provenance),
    command: `sudo npx tsx scripts/measure-truesize-guest.ts --kernel ${values.kernel} --profile ${values.profile}`
      + (values.what === 'table' ? '' : ` --what ${values.what}`),
    vm: {
      package: prepared.kernel.pkg, packageVersion: prepared.kernel.version,
      machine: qemuArgs({ vmlinuz: '', initrd: '', resultsDir: '' }).slice(0, 12).join(' '),
    },
  };
  if (inet6) t.provenanceInet6 = provenance;
  else t.provenance = provenance;
  // --what reasm: the measurement goes into the existing file's `reassembly` field; --what inet6: its tables
  // join the file's tables and its provenance is the file's `provenanceInet6`
  const existing = (): Record<string, unknown> => JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  let doc: Record<string, unknown> = table;
  if (reasm) doc = { ...existing(), reassembly: table };
  if (inet6) {
    const cur = existing();
    doc = { ...cur, tables: { ...(cur.tables as object), ...t.tables }, provenanceInet6: provenance };
  }
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(doc, null, 1)}\n`);
  renameSync(tmp, out);
  process.stdout.write(`wrote ${out} (guest ${Math.round(outcome.tookMs / 1000)} s)\n`);
} catch (err) {
  if (err instanceof GuestSetupError) {
    process.stderr.write(`measure-truesize-guest: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
