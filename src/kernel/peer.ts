// The recorder's side of src/kernel/helpers/udp_peer.py: a python3 process inside one namespace,
// pinned to one CPU with taskset, driven by one JSON line per request and per reply.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { untilUndone } from '../exit-hooks.ts';
import { PYTHON } from './platform.ts';

export const PEER_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'helpers', 'udp_peer.py');

export class PeerError extends Error {}

export type Reply = Record<string, unknown> & { ok: boolean; error?: string };

export class Peer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: ((line: string | null) => void)[] = [];
  private readonly queued: string[] = [];
  private stderr = '';
  private closed = false;
  private readonly forget: () => void;

  private constructor(readonly ns: string, readonly cpu: number) {
    this.child = spawn('ip', ['netns', 'exec', ns, 'taskset', '-c', String(cpu), PYTHON, PEER_SCRIPT], { stdio: 'pipe' });
    // Interrupted: the peer goes before its namespace (it would keep the namespace alive).
    this.forget = untilUndone(() => { if (this.child.exitCode === null) this.child.kill('SIGKILL'); return undefined; });
    this.child.stderr.on('data', (d) => { this.stderr += String(d); });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on('line', (l) => { const w = this.waiting.shift(); if (w) w(l); else this.queued.push(l); });
    this.lines.on('close', () => { this.closed = true; for (const w of this.waiting.splice(0)) w(null); });
  }

  static async start(ns: string, cpu: number): Promise<Peer> {
    const p = new Peer(ns, cpu);
    const hello = await p.next();
    if (!hello || !(JSON.parse(hello) as Reply).ok) throw new PeerError(`peer in ${ns} did not start: ${p.stderr.trim()}`);
    return p;
  }

  private next(): Promise<string | null> {
    const q = this.queued.shift();
    if (q !== undefined) return Promise.resolve(q);
    if (this.closed) return Promise.resolve(null);
    return new Promise((r) => this.waiting.push(r));
  }

  async request(req: Record<string, unknown>): Promise<Reply> {
    this.child.stdin.write(`${JSON.stringify(req)}\n`);
    const line = await this.next();
    if (line === null) throw new PeerError(`peer in ${this.ns} exited during ${String(req.op)}: ${this.stderr.trim()}`);
    const rep = JSON.parse(line) as Reply;
    if (!rep.ok) throw new PeerError(`peer in ${this.ns}: ${String(req.op)}: ${rep.error}`);
    return rep;
  }

  async close(): Promise<void> {
    if (!this.closed) {
      try { await this.request({ op: 'quit' }); } catch { /* already gone */ }
    }
    this.child.stdin.end();
    if (this.child.exitCode === null) {
      await new Promise<void>((r) => {
        const t = setTimeout(() => { this.child.kill('SIGKILL'); r(); }, 2000);
        this.child.once('exit', () => { clearTimeout(t); r(); });
      });
    }
    this.forget();
  }
}
