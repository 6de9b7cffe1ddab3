// Scenario files through the real command line (`rxpath simulate FILE`): only a regular file within
// the size limit is read, as strict JSON, and every refusal is exit 2 with one line naming the
// file and, for what is wrong inside it, the JSON pointer, the line and the column.
import { spawnSync } from 'node:child_process';
import { symlinkSync, truncateSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_BYTES, MAX_SCENARIO_FRAMES } from '../../src/spec/limits.ts';
import { rxpath, scenarioText, scratch } from './cli.ts';

const tmp = scratch('input');
afterAll(() => tmp.cleanup());

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

const valid = scenarioText();
// `"count": 10,` is on this line of the pretty-printed scenario (1-based).
const countLine = valid.split('\n').findIndex((l) => l.includes('"count": 10')) + 1;

interface Case { file: string; name: string; content: string | Buffer; message: RegExp }

const JSON_CASES: Case[] = [
  { file: 'dup.json', name: 'a duplicate key', content: '{\n  "name": "a",\n  "name": "b"\n}\n',
    message: /dup\.json: at line 3, column 3: duplicate key "name" \(first at line 2, column 3\)/ },
  { file: 'dup-deep.json', name: 'a duplicate key deep inside, with its pointer',
    content: valid.replace('"count": 10,', '"count": 10, "count": 11,'),
    message: new RegExp(`dup-deep\\.json: /workload/0: at line ${countLine}, column \\d+: duplicate key "count"`) },
  { file: 'big.json', name: 'a number out of range (1e309, not "(got null)")',
    content: valid.replace('"count": 10', '"count": 1e309'),
    message: new RegExp(`big\\.json: /workload/0/count: at line ${countLine}, column \\d+: number 1e309 is out of range`) },
  { file: 'int.json', name: 'an integer beyond 2^53', content: valid.replace('"count": 10', '"count": 18446744073709551615'),
    message: /int\.json: \/workload\/0\/count: .*integer 18446744073709551615 cannot be represented exactly \(it would read as 18446744073709551616\)/ },
  { file: 'latin1.json', name: 'invalid UTF-8 (a Latin-1 byte)',
    content: Buffer.concat([Buffer.from('{\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]),
    message: /latin1\.json: not UTF-8 at line 2, column 15 \(byte 0xe9 at offset 16\)/ },
  { file: 'deep5000.json', name: 'nesting 5,000 deep (a stack overflow before)', content: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    message: /deep5000\.json: invalid JSON at line 1, column 321: nested more than 64 levels deep/ },
  { file: 'comma.json', name: 'a trailing comma', content: '{\n  "name": "x",\n}\n',
    message: /comma\.json: invalid JSON at line 2, column 14: trailing comma before "}"/ },
  { file: 'truncated.json', name: 'a truncated file', content: valid.slice(0, 40),
    message: /truncated\.json: invalid JSON at line \d+, column \d+: unexpected end of input: the file looks truncated/ },
  { file: 'empty.json', name: 'an empty file', content: '',
    message: /empty\.json: the file is empty \(expected a JSON document\)/ },
];

describe.concurrent('strict JSON in a scenario file: exit 2 with file, pointer, line and column', () => {
  test.each(JSON_CASES)('$name', async ({ file, content, message }) => {
    const r = await rxpath(['simulate', tmp.write(file, content)]);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
    expect(r.status).toBe(2);
  });
});

describe.concurrent('what a scenario file may be', () => {
  test('/dev/zero is refused at once, not read until memory runs out', async () => {
    const r = await rxpath(['simulate', '/dev/zero'], { timeoutMs: 20_000 });
    expect(r.stderr).toContain('/dev/zero: cannot read the file (it is a character device; expected a regular file)');
    expect(r.status).toBe(2);
  });

  test('a FIFO with no writer is refused, not waited on', async () => {
    const fifo = tmp.path('scenario.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await rxpath(['simulate', fifo], { timeoutMs: 20_000 });
    expect(r.stderr).toContain('cannot read the file (it is a FIFO; expected a regular file)');
    expect(r.status).toBe(2);
  });

  test('a directory', async () => {
    const r = await rxpath(['simulate', tmp.dir]);
    expect(r.stderr).toContain(`${tmp.dir}: cannot read the file (it is a directory; expected a regular file)`);
    expect(r.status).toBe(2);
  });

  test('a file that does not exist', async () => {
    const r = await rxpath(['simulate', tmp.path('absent.json')]);
    expect(r.stderr).toContain('absent.json: cannot read the file (no such file)');
    expect(r.status).toBe(2);
  });

  test('a file over the size limit is refused before it is read', async () => {
    const big = tmp.write('huge.json', '');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no disk used
    const r = await rxpath(['simulate', big]);
    expect(r.stderr).toContain(`huge.json: is ${MAX_INPUT_BYTES + 1} bytes, more than the limit of ${MAX_INPUT_BYTES} bytes (16 MiB)`);
    expect(r.status).toBe(2);
  });

  test('a symlink to a valid scenario is read through', async () => {
    const target = tmp.write('target.json', valid);
    symlinkSync(target, tmp.path('link.json'));
    const r = await rxpath(['simulate', tmp.path('link.json'), '--compact']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).checkpoints.at(-1).label).toBe('end');
    expect(r.status).toBe(0);
  });

  test('a UTF-8 byte order mark is accepted', async () => {
    const r = await rxpath(['simulate', tmp.write('bom.json', `\ufeff${valid}`), '--compact']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the record command reads scenario files through the same reader', async () => {
    const r = await rxpath(['record', '--list', tmp.write('record-dup.json', '{"name": 1, "name": 2}')]);
    expect(r.stderr).toContain('record-dup.json: at line 1, column 13: duplicate key "name"');
    expect(r.status).toBe(2);
  });
});

describe.concurrent('the simulation work limit', () => {
  test(`a frames step of 1e12 frames is refused before the model runs (limit ${MAX_SCENARIO_FRAMES})`, async () => {
    const r = await rxpath(['simulate', tmp.write('1e12.json', valid.replace('"count": 10', '"count": 1000000000000'))], { timeoutMs: 30_000 });
    expect(r.stderr).toContain(`/workload/0/count: must keep the scenario within ${MAX_SCENARIO_FRAMES} frames, rxpath's simulation work limit`);
    expect(r.status).toBe(2);
  });

  test('the limit is on the sum of all frames steps, reported at the step that crosses it', async () => {
    const half = MAX_SCENARIO_FRAMES / 2 + 1;
    const text = scenarioText([
      { at: 0, op: 'frames', device: 'lo', count: half, flow: { dport: 9000 } },
      { at: 1, op: 'frames', device: 'lo', count: half, flow: { dport: 9000 } },
    ]);
    const r = await rxpath(['simulate', tmp.write('sum.json', text)]);
    expect(r.stderr).toContain(`/workload/1/count: must keep the scenario within ${MAX_SCENARIO_FRAMES} frames`);
    expect(r.stderr).toContain(`add up to ${2 * half}`);
    expect(r.stderr).not.toContain('/workload/0/count');
    expect(r.status).toBe(2);
  });

  test('a scenario within the limit runs', async () => {
    const r = await rxpath(['simulate', tmp.write('small.json', valid), '--compact']);
    expect(JSON.parse(r.stdout).checkpoints[0].counters.softnet_stat[0].processed).toBe(10);
    expect(r.status).toBe(0);
  });
});

