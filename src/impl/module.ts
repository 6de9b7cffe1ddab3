// An in-process implementation: a TypeScript or JavaScript module (`rxpath check --impl ./my-impl.ts`).
// It exports an Implementation as its default export, or a factory (sync or async) that returns one,
// as the default export or as `createImplementation`. .ts modules load through tsx's loader, which
// the CLI (bin/rxpath.js), the worker thread of `rxpath check --impl` (worker-entry.mjs) and vitest
// have registered. A module that is not an Implementation is bad input (exit 2); a factory that
// throws is a broken implementation (exit 3).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RxpathInputError } from '../spec/errors.ts';
import { ImplementationError } from './errors.ts';
import type { Implementation } from './types.ts';

function shapeProblem(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return 'is not an object';
  const o = x as Record<string, unknown>;
  if (typeof o.name !== 'string' || o.name === '') return 'has no string `name`';
  if (!Array.isArray(o.profiles) || o.profiles.length === 0) return 'has no `profiles` array';
  if (typeof o.events !== 'boolean') return 'has no boolean `events`';
  if (typeof o.run !== 'function') return 'has no `run(scenario, opts)` function';
  if (o.tags !== undefined && !Array.isArray(o.tags)) return '`tags` is not an array';
  if (o.observes !== undefined && !Array.isArray(o.observes)) return '`observes` is not an array';
  return undefined;
}

/** Checks that a value has the shape of an Implementation (src/impl/types.ts). */
export function asImplementation(x: unknown, file: string): Implementation {
  const p = shapeProblem(x);
  if (p) {
    throw new RxpathInputError([{ file, pointer: '', message: `the exported implementation ${p} (see src/impl/types.ts: name, profiles, events, run)` }]);
  }
  return x as Implementation;
}

/** Loads a module and returns the Implementation it exports. */
export async function loadModuleImplementation(modulePath: string, cwd = process.cwd()): Promise<Implementation> {
  const abs = resolve(cwd, modulePath);
  if (!existsSync(abs)) throw new RxpathInputError([{ file: modulePath, pointer: '', message: 'no such file' }]);
  let mod: Record<string, unknown>;
  try {
    mod = await import(pathToFileURL(abs).href) as Record<string, unknown>;
  } catch (err) {
    throw new RxpathInputError([{ file: modulePath, pointer: '', message: `cannot load the module: ${(err as Error).message}` }]);
  }
  let exported = mod.default ?? mod.createImplementation ?? mod.implementation;
  if (exported === undefined) {
    throw new RxpathInputError([{ file: modulePath, pointer: '', message: 'exports no default Implementation (or createImplementation factory)' }]);
  }
  if (typeof exported === 'function') exported = await callFactory(exported as () => unknown);
  return asImplementation(exported, modulePath);
}

async function callFactory(factory: () => unknown): Promise<unknown> {
  try {
    return await factory();
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    throw new ImplementationError('exception', `its factory threw ${e.name}: ${e.message.split('\n')[0]}`);
  }
}
