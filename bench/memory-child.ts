// Runs one flood in this process and prints its peak memory, so bench/run.ts can compare a short
// and a long flood: the model's memory must not grow with the number of packets.
import { simulate } from '../src/model/index.ts';
import { udpFloodScenario } from './flood.ts';

const packets = Number(process.argv[2]);
const before = process.memoryUsage();
simulate(udpFloodScenario({ packets, profile: 'linux-6.18' }));
(globalThis as { gc?: () => void }).gc?.();
const after = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ packets, maxRssKiB: process.resourceUsage().maxRSS, heapBefore: before.heapUsed, heapAfter: after.heapUsed })}\n`);
