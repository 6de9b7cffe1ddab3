// What rxpath must undo even when it is ended from outside: an implementation's process group
// (impl/jsonlines-session.ts), and what the live-kernel recorder changed on the host (kernel/*:
// global sysctls, namespaces, tracefs, its lock). Each undo is registered while its change lasts
// and removed when the change is undone the ordinary way (a finally block). On SIGINT, SIGTERM or
// SIGHUP the undos run, latest first, as the finally blocks would have; rxpath says on stderr what
// they undid and then ends by the same signal. On an ordinary exit they run too (a forgotten undo).
import { writeSync } from 'node:fs';

/** Undoes one change, synchronously; returns what it did ("restored x = 1"), or nothing to say. */
export type Undo = () => string | undefined;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const undos: Undo[] = [];
let installed = false;

function runAll(): string[] {
  const said: string[] = [];
  while (undos.length > 0) {
    const undo = undos.pop()!;
    try {
      const s = undo();
      if (s) said.push(s);
    } catch (err) {
      said.push(`could not undo: ${(err as Error).message}`);
    }
  }
  return said;
}

function onSignal(signal: NodeJS.Signals): void {
  const said = runAll();
  uninstall();
  const text = said.length > 0 ? `: ${said.join('; ')}` : '';
  try { writeSync(2, `rxpath: interrupted by ${signal}${text}\n`); } catch { /* stderr gone */ }
  process.kill(process.pid, signal);
}

function onExit(): void {
  const said = runAll();
  if (said.length > 0) try { writeSync(2, `rxpath: at exit: ${said.join('; ')}\n`); } catch { /* stderr gone */ }
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', onExit);
}

/**
 * Registers `undo` until the returned function is called (when the change was undone the ordinary
 * way). While any undo is registered, SIGINT, SIGTERM and SIGHUP run them before rxpath ends.
 */
export function untilUndone(undo: Undo): () => void {
  undos.push(undo);
  install();
  return () => {
    const i = undos.lastIndexOf(undo);
    if (i >= 0) undos.splice(i, 1);
    if (undos.length === 0) uninstall();
  };
}
