// In-process modules (--impl) load with a default export or a factory; a module that is not an
// Implementation is an input error. The bridge serves any module over the protocol, so the same
// implementation gives the same observations in-process and out of process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadModuleImplementation } from '../../src/impl/module.ts';
import { ProcessImplementation } from '../../src/impl/process.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { toyScenario } from '../runner/fakes.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-mod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FAKES = join(import.meta.dirname, '..', 'runner', 'fakes.ts');

function module(name: string, body: string): string {
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
}

describe('in-process modules', () => {
  test('default export', async () => {
    const f = module('default.ts', `import { toyImpl } from ${JSON.stringify(FAKES)};\nexport default toyImpl('default-export');\n`);
    expect((await loadModuleImplementation(f)).name).toBe('default-export');
  });

  test('async factory', async () => {
    const f = module('factory.ts', `import { toyImpl } from ${JSON.stringify(FAKES)};\nexport default async () => toyImpl('from-factory');\n`);
    const impl = await loadModuleImplementation(f);
    expect(impl.name).toBe('from-factory');
    expect((await impl.run(toyScenario(), { events: false })).checkpoints).toHaveLength(3);
  });

  test('not an implementation: input error naming the file and what is missing', async () => {
    const f = module('bad.ts', 'export default { name: "x", profiles: ["linux-6.18"], events: false };\n');
    await expect(loadModuleImplementation(f)).rejects.toThrow(RxpathInputError);
    await expect(loadModuleImplementation(f)).rejects.toThrow(/bad\.ts: the exported implementation has no `run/);
    await expect(loadModuleImplementation(join(dir, 'missing.ts'))).rejects.toThrow(/no such file/);
  });
});

describe('the bridge', () => {
  test('serves a module over the protocol with the same observations', async () => {
    const f = module('served.ts', `import { toyImpl } from ${JSON.stringify(FAKES)};\nexport default toyImpl('served', { tags: ['loopback', 'socket'] });\n`);
    const bridge = join(import.meta.dirname, '..', '..', 'examples', 'bridge.ts');
    const impl = await ProcessImplementation.open({ command: `npx tsx ${bridge} ${f}`, timeoutMs: 20_000 });
    try {
      expect(impl.declaredName).toBe('served');
      expect(impl.tags).toEqual(['loopback', 'socket']);
      const inProcess = await (await loadModuleImplementation(f)).run(toyScenario('linux-6.18', 130), { events: false });
      expect(await impl.run(toyScenario('linux-6.18', 130), { events: false })).toEqual(inProcess);
    } finally {
      await impl.close();
    }
  });
});
