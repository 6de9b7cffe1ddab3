// Reading JSON input files: empty files, truncated and malformed JSON get a message with the file
// name and, for syntax errors, the line and column.
import { readFileSync } from 'node:fs';
import type { Config, Observations, Scenario } from '../generated/schema-types.ts';
import { RxpathInputError } from './errors.ts';
import { validateConfig, validateObservations, validateScenario } from './validate.ts';

function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1, col = 1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') { line++; col = 1; } else col++;
  }
  return { line, column: col };
}

function isEndOfInput(msg: string): boolean {
  return /end of JSON input|Unterminated string/i.test(msg);
}

/** Parses `text`, returning the V8 error message, or undefined when it parses. */
function parseError(text: string): string | undefined {
  try { JSON.parse(text); return undefined; } catch (err) { return err instanceof Error ? err.message : String(err); }
}

/**
 * Offset of the first character JSON.parse cannot accept. V8 reports "at position N" for most
 * errors; when it does not, the longest prefix that is still a valid beginning (it parses, or
 * fails only for lack of input) ends there.
 */
function errorOffset(text: string, msg: string): number {
  const pos = /at position (\d+)/.exec(msg);
  if (pos) return Number(pos[1]);
  if (isEndOfInput(msg)) return text.length;
  let lo = 0, hi = text.length; // invariant: prefix lo is a valid beginning, prefix hi is not
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const prefix = text.slice(0, mid);
    const e = parseError(prefix);
    const pm = e === undefined ? undefined : /at position (\d+)/.exec(e);
    const ok = e === undefined || isEndOfInput(e) || (pm !== null && pm !== undefined && Number(pm[1]) >= mid);
    if (ok) lo = mid; else hi = mid;
  }
  return lo;
}

/** What went wrong, in words, without V8's echo of the input or its offsets. */
function syntaxReason(text: string, offset: number, msg: string): string {
  if (offset >= text.trimEnd().length || isEndOfInput(msg)) return 'unexpected end of input: the file looks truncated';
  if (/^Unexpected token/.test(msg)) return `unexpected character ${JSON.stringify(text[offset])}`;
  const reason = msg
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ (in JSON )?at position \d+/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Parses `text` as the JSON document of `file`. */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') {
    throw new RxpathInputError([{ file, pointer: '', message: 'the file is empty (expected a JSON document)' }]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const offset = errorOffset(text, msg);
    const { line, column } = lineColumn(text, Math.min(offset, text.trimEnd().length));
    throw new RxpathInputError([{ file, pointer: '', message: `invalid JSON at line ${line}, column ${column}: ${syntaxReason(text, offset, msg)}` }]);
  }
}

/** Reads and parses a JSON file; the message names the file as given. */
export function loadJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    throw new RxpathInputError([{ file: path, pointer: '', message: `cannot read the file (${why})` }]);
  }
  return parseJsonText(text, path);
}

export function loadScenarioFile(path: string): Scenario {
  return validateScenario(loadJsonFile(path), path);
}

export function loadConfigFile(path: string): Config {
  return validateConfig(loadJsonFile(path), path);
}

export function loadObservationsFile(path: string): Observations {
  return validateObservations(loadJsonFile(path), path);
}
