// Files that are not JSON at all get a message with the file name and, for syntax errors, the
// line and column where the JSON stops making sense.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, loadJsonFile, parseJsonText } from '../../src/spec/load.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function messageOf(f: () => unknown): string {
  try { f(); } catch (err) {
    expect(err).toBeInstanceOf(RxpathInputError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}

const valid = JSON.stringify({
  name: 'ok',
  config: { profile: 'linux-3.13', cpus: 2, sockets: [{ name: 'rx', port: 9000 }] },
  workload: [{ at: 0, op: 'read', socket: 'rx' }],
}, null, 2);

describe('loadScenarioFile', () => {
  it('loads a valid scenario', () => {
    expect(loadScenarioFile(file('ok.json', valid)).config.profile).toBe('linux-3.13');
  });
  it('an empty file', () => {
    const p = file('empty.json', '');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: the file is empty (expected a JSON document)`);
  });
  it('a file of only whitespace', () => {
    const p = file('blank.json', '\n  \n');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: the file is empty (expected a JSON document)`);
  });
  it('truncated JSON: points at the end and says so', () => {
    const text = valid.slice(0, valid.indexOf('"workload"'));
    const p = file('truncated.json', text);
    const lines = text.trimEnd().split('\n');
    expect(messageOf(() => loadScenarioFile(p)))
      .toBe(`${p}: invalid JSON at line ${lines.length}, column ${lines[lines.length - 1].length + 1}: unexpected end of input: the file looks truncated`);
  });
  it('truncated inside a string', () => {
    const p = file('truncated2.json', '{"name": "abc');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: invalid JSON at line 1, column 14: unexpected end of input: the file looks truncated`);
  });
  it('a syntax error gives its line and column', () => {
    const p = file('syntax.json', '{\n  "name": "x",\n  "config": { "cpus": 2 "profile": "linux-6.18" }\n}\n');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: invalid JSON at line 3, column 25: expected ',' or '}' after property value`);
  });
  it('a bad literal is located without V8 giving a position', () => {
    const p = file('literal.json', '{\n  "name": tru\n}');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: invalid JSON at line 2, column 14: unexpected character "\\n"`);
  });
  it('text after the document', () => {
    const p = file('trailing.json', `${valid}\n}`);
    const lines = valid.split('\n').length;
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: invalid JSON at line ${lines + 1}, column 1: unexpected non-whitespace character after JSON`);
  });
  it('a missing file', () => {
    const p = join(dir, 'absent.json');
    expect(messageOf(() => loadJsonFile(p))).toBe(`${p}: cannot read the file (no such file)`);
  });
  it('a valid JSON document that is not a scenario goes through the schema', () => {
    const p = file('array.json', '[1, 2]');
    expect(messageOf(() => loadScenarioFile(p))).toBe(`${p}: must be an object (got [1,2])`);
  });
});

describe('parseJsonText', () => {
  it('parses', () => {
    expect(parseJsonText('{"a": [1]}', 'x.json')).toEqual({ a: [1] });
  });
});
