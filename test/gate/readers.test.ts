// The pieces under the gate, in process (fast): the strict JSON reader agrees with JSON.parse on
// every valid document and refuses what JSON.parse lets through; golden files and the register of
// expected differences are read by it (line and column, not a character position); report paths
// and the gate's verdicts.
import { createServer, type Server } from 'node:net';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { loadScenarioFile } from '../../src/spec/load.ts';
import { parseStrictJson } from '../../src/spec/strict-json.ts';
import { loadCorpus, loadTrace } from '../../src/runner/golden/corpus.ts';
import { loadExpectedDifferences } from '../../src/runner/golden/expected-differences.ts';
import { gateProblem } from '../../src/runner/gate.ts';
import { outputFileProblem } from '../../src/runner/output-path.ts';
import { closestNames } from '../../src/runner/suggest.ts';
import type { RunResult } from '../../src/runner/types.ts';
import { writeOutput } from '../../src/runner/write-atomic.ts';
import { scenarioText, scratch } from './cli.ts';

const tmp = scratch('readers');
afterAll(() => tmp.cleanup());

function messageOf(f: () => unknown): string {
  try { f(); } catch (err) {
    expect(err).toBeInstanceOf(RxpathInputError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('the strict JSON reader', () => {
  test('reads every valid JSON document as JSON.parse does (compact and indented)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), (v, pretty) => {
      const text = JSON.stringify(v, null, pretty ? 2 : 0);
      expect(parseStrictJson(text, 'v.json')).toStrictEqual(JSON.parse(text));
    }), { numRuns: 300 });
  });

  test('refuses any object given a key twice, wherever it is', () => {
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { minKeys: 1 }), fc.nat(), (obj, pick) => {
      const keys = Object.keys(obj);
      const dup = keys[pick % keys.length]!;
      const text = `{"wrap": [${JSON.stringify(obj).slice(0, -1)}, ${JSON.stringify(dup)}: 0}]}`;
      expect(messageOf(() => parseStrictJson(text, 'd.json'))).toMatch(/^d\.json: \/wrap\/0: at line 1, column \d+: duplicate key /);
    }), { numRuns: 200 });
  });

  test('"__proto__" is an ordinary key: it does not change the prototype', () => {
    const v = parseStrictJson('{"__proto__": {"polluted": true}}', 'p.json') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('escaped keys are compared by value: "a\\u0062" and "ab" are the same key', () => {
    expect(messageOf(() => parseStrictJson('{"a\\u0062": 1, "ab": 2}', 'e.json'))).toContain('duplicate key "ab"');
  });

  test('the whole golden corpus reads under the strict rules', () => {
    expect(loadCorpus().length).toBeGreaterThan(100);
  });
});

const valid = scenarioText();

/** More strict-JSON refusals, read as `rxpath simulate` reads a file (input-files.test.ts runs others through the CLI). */
const READER_CASES: { file: string; name: string; content: string | Buffer; message: RegExp }[] = [
  { file: 'neg.json', name: 'a negative number out of range', content: '{"name": -1e400}',
    message: /neg\.json: \/name: at line 1, column 10: number -1e400 is out of range/ },
  { file: 'tiny.json', name: 'a number too small to represent', content: '{"name": 1e-400}',
    message: /tiny\.json: \/name: at line 1, column 10: number 1e-400 is too small/ },
  { file: 'utf16.json', name: 'UTF-16 text', content: Buffer.from(`\ufeff${valid}`, 'utf16le'),
    message: /utf16\.json: not UTF-8 at line 1, column 1/ },
  { file: 'deep65.json', name: 'nesting one level past the limit', content: `${'['.repeat(65)}${']'.repeat(65)}`,
    message: /deep65\.json: invalid JSON at line 1, column 65: nested more than 64 levels deep/ },
  { file: 'comment.json', name: 'a comment', content: '// a scenario\n{}\n',
    message: /comment\.json: invalid JSON at line 1, column 1: comments are not allowed in JSON/ },
  { file: 'nan.json', name: 'NaN', content: '{"name": NaN}',
    message: /nan\.json: invalid JSON at line 1, column 10: unexpected character "N"/ },
  { file: 'quotes.json', name: 'single quotes', content: "{'name': 'x'}",
    message: /quotes\.json: invalid JSON at line 1, column 2: unexpected character "'"/ },
  { file: 'nbsp.json', name: 'a no-break space as whitespace', content: '{"name":\u00a0"x"}',
    message: /nbsp\.json: invalid JSON at line 1, column 9: unexpected character .*U\+00A0/ },
  { file: 'tab.json', name: 'a raw tab inside a string', content: '{"name": "a\tb"}',
    message: /tab\.json: invalid JSON at line 1, column 12: control character in a string/ },
  { file: 'escape.json', name: 'an invalid escape', content: '{"name": "a\\qb"}',
    message: /escape\.json: invalid JSON at line 1, column 12: invalid escape sequence/ },
  { file: 'two.json', name: 'two documents', content: `${valid}{}\n`,
    message: /two\.json: invalid JSON at line \d+, column 1: unexpected non-whitespace character after JSON/ },
];

describe('strict JSON in a scenario file, through loadScenarioFile', () => {
  test.each(READER_CASES)('$name', ({ file, content, message }) => {
    const p = tmp.write(file, content);
    expect(messageOf(() => loadScenarioFile(p))).toMatch(message);
  });
});

describe('golden files and the register: line and column, not a character position', () => {
  const golden = tmp.path('golden');
  beforeAll(() => mkdirSync(join(golden, 'model', 'linux-6.18'), { recursive: true }));

  test('a golden trace with a syntax error', () => {
    const f = join(golden, 'model', 'linux-6.18', 'broken.json');
    writeFileSync(f, '{\n  "format": "rxpath-golden/1",\n  "summary": "x"\n  "tags": []\n}\n');
    expect(messageOf(() => loadTrace(f, golden))).toBe(`${f}: invalid JSON at line 4, column 3: expected ',' or '}' after property value`);
  });

  test('a golden trace with a key given twice', () => {
    const f = join(golden, 'model', 'linux-6.18', 'twice.json');
    writeFileSync(f, '{\n  "format": "rxpath-golden/1",\n  "format": "rxpath-golden/1"\n}\n');
    expect(messageOf(() => loadTrace(f, golden)))
      .toBe(`${f}: at line 3, column 3: duplicate key "format" (first at line 2, column 3): a key may appear only once in an object`);
  });

  test('the register of expected differences', () => {
    writeFileSync(join(golden, 'expected-differences.json'), '{"format": "rxpath-expected-differences/1", "entries": [1e999]}');
    expect(messageOf(() => loadExpectedDifferences(golden)))
      .toMatch(/expected-differences\.json: \/entries\/0: at line 1, column 57: number 1e999 is out of range/);
  });
});

describe('report paths and writing', () => {
  let server: Server;
  const socket = tmp.path('report.sock');
  beforeAll(() => new Promise<void>((resolve) => { server = createServer().listen(socket, resolve); }));
  afterAll(() => new Promise<void>((resolve) => { server.close(() => resolve()); }));

  test('a socket is no place for a report', () => {
    expect(outputFileProblem(socket)).toBe('it is a socket (expected a file, a device or a FIFO)');
  });

  test('a new file is written whole and no temporary file is left', () => {
    const dir = tmp.path('new');
    mkdirSync(dir);
    writeOutput(join(dir, 'r.json'), '{"ok": true}\n');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  test('a failed write leaves no temporary file', () => {
    const dir = tmp.path('fails');
    mkdirSync(join(dir, 'r.json'), { recursive: true });
    writeFileSync(join(dir, 'r.json', 'inside'), 'x'); // a non-empty directory where the file should be
    expect(() => writeOutput(join(dir, 'r.json'), 'x')).toThrow(/EISDIR/);
    expect(readdirSync(dir)).toEqual(['r.json']);
  });
});

describe("the gate's verdict after a run", () => {
  const run = (checks: Partial<RunResult['checks'][number]>[]): RunResult => ({ checks } as unknown as RunResult);

  test('a replay path fast-check cannot walk (a broken check) is bad usage, not a broken implementation', () => {
    const r = run([{ kind: 'property', name: 'budget', profile: 'linux-6.18', status: 'broken', runs: 0,
      message: 'Error: Unable to replay, got wrong path=3:0:0' }]);
    expect(gateProblem(r, { replay: { seed: 4, path: '3:0:0' }, selection: '' })).toBe(
      '--replay 4:3:0:0: budget (linux-6.18) has no such path: give the replay token or SEED:PATH a failing check printed, ' +
      'with the same --profile');
  });

  test('one check run among skipped ones passes the gate', () => {
    const r = run([{ kind: 'golden', status: 'skipped', message: 'x' }, { kind: 'golden', status: 'passed' }]);
    expect(gateProblem(r, { selection: '' })).toBeUndefined();
  });

  test('the most common skip reasons are named, with their counts', () => {
    const r = run(['a', 'a', 'b', 'c', 'd'].map((m) => ({ kind: 'golden', status: 'skipped', message: m })));
    expect(gateProblem(r, { selection: '' })).toBe('nothing was checked: all 5 checks were skipped (2 × a; 1 × b; 1 × c; and 1 more reasons)');
  });
});

test('closest names: near misses only, closest first', () => {
  expect(closestNames('budgit', ['budget', 'backlog', 'rcvbuf'])).toEqual(['budget']);
  expect(closestNames('xyz', ['budget', 'backlog'])).toEqual([]);
  expect(closestNames('backlo', ['backlog', 'metamorphic-backlog'])).toEqual(['backlog']);
});
