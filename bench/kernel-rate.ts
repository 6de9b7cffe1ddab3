// The real kernel's loopback UDP receive rate on this machine: compiles bench/kernel-udp-rate.c
// with the system C compiler and runs it (batched sendmmsg/recvmmsg, 127.0.0.1 only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface KernelRate { sent: number; received: number; seconds: number; rxPps: number; payload: number }

export function measureKernelLoopbackRate(durationMs = 2000, payload = 64): KernelRate {
  const src = join(dirname(fileURLToPath(import.meta.url)), 'kernel-udp-rate.c');
  const dir = mkdtempSync(join(tmpdir(), 'rxpath-bench-'));
  try {
    const bin = join(dir, 'kernel-udp-rate');
    const cc = process.env.CC ?? 'cc';
    execFileSync(cc, ['-O2', '-pthread', '-o', bin, src], { stdio: ['ignore', 'ignore', 'inherit'] });
    const out = execFileSync(bin, [String(durationMs), String(payload)], { encoding: 'utf8' });
    return JSON.parse(out.trim()) as KernelRate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
