// npm run bench: how fast the model is, against the real kernel on this machine.
// Prints simulated packets per second (counters only, and with events), the peak memory of a
// 1M- and a 10M-packet flood, property runs per second, the kernel's loopback UDP receive rate,
// and, on its own last line, `model/kernel ratio: N` (counters only / kernel).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/model/index.ts';
import { udpFloodScenario } from './flood.ts';
import { measureKernelLoopbackRate } from './kernel-rate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function modelRate(packets: number, events: boolean): { pps: number; seconds: number } {
  // Warm the JIT on a short run first, then time the long one (the bench may use the clock; the model never does).
  simulate(udpFloodScenario({ packets: 50_000, profile: 'linux-6.18' }), { events });
  const scenario = udpFloodScenario({ packets, profile: 'linux-6.18' });
  const t0 = performance.now();
  const obs = simulate(scenario, { events });
  const seconds = (performance.now() - t0) / 1000;
  const end = obs.checkpoints[obs.checkpoints.length - 1].counters;
  const read = end.snmp.Udp.InDatagrams;
  if (read !== packets) throw new Error(`flood lost packets: ${read} of ${packets} read (the benchmark must measure the full path)`);
  return { pps: packets / seconds, seconds };
}

function memory(packets: number): { maxRssKiB: number; heapAfter: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'memory-child.ts'), String(packets)], { encoding: 'utf8' });
  return JSON.parse(out.trim());
}

const counters = modelRate(3_000_000, false);
console.log(`model, counters only: ${fmt(counters.pps)} packets/s (3,000,000 packets in ${counters.seconds.toFixed(2)} s)`);
const withEvents = modelRate(300_000, true);
console.log(`model, with events:   ${fmt(withEvents.pps)} packets/s (300,000 packets in ${withEvents.seconds.toFixed(2)} s)`);

const m1 = memory(1_000_000);
const m10 = memory(10_000_000);
console.log(`memory: peak RSS ${fmt(m1.maxRssKiB / 1024)} MiB for 1M packets, ${fmt(m10.maxRssKiB / 1024)} MiB for 10M packets (growth ${fmt((m10.maxRssKiB - m1.maxRssKiB) / 1024)} MiB)`);

// Differential runs per second: bench/differential.ts compares a copy of the model with the model.
const diffOut = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'differential.ts'), '1000'], { encoding: 'utf8' });
for (const line of diffOut.trim().split('\n')) console.log(line);

// Property runs per second: bench/properties.ts runs every property against the model.
const propBench = join(here, 'properties.ts');
if (existsSync(propBench)) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', propBench, '50'], { encoding: 'utf8' });
  const all = out.trim().split('\n').find((l) => l.startsWith('all '));
  console.log(`property runs: ${all ? `${all.trim().split(/\s+/).at(-1)} runs/s over every property and profile (bench/properties.ts for the table)` : out.trim()}`);
}

const kernel = measureKernelLoopbackRate(2000, 64);
console.log(`kernel loopback UDP receive: ${fmt(kernel.rxPps)} packets/s (sendmmsg/recvmmsg batches of 64, 64-byte payload, ${kernel.seconds.toFixed(1)} s)`);
console.log(`model with events/kernel ratio: ${(withEvents.pps / kernel.rxPps).toFixed(1)}`);
console.log(`model/kernel ratio: ${(counters.pps / kernel.rxPps).toFixed(1)}`);
