// A fast pass over a JSON text that JSON.parse has already accepted: does it break one of the rules
// JSON.parse does not enforce (a key given twice in an object, nesting deeper than the limit, a
// number that cannot be read exactly)? It only answers yes or no; strict-json.ts then reads a
// suspect text again, slowly, to say where and why. Most inputs are fine, so most inputs take only
// JSON.parse and this loop.
import { numberIsExact } from './json-numbers.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === MINUS || c === 0x2b || c === 0x2e || c === 0x45 || c === 0x65;
}

/** True when `text` (valid JSON) needs the careful reader: a duplicate key, too deep, an inexact number. */
export function jsonNeedsCarefulRead(text: string, maxDepth: number): boolean {
  // One entry per open container: the keys of an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      for (let d = text.charCodeAt(j); d !== QUOTE; d = text.charCodeAt(j)) {
        if (d === BACKSLASH) { escaped = true; j += 2; } else j++;
      }
      if (expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        const keys = open[open.length - 1]!;
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
      i = j + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (open.length >= maxDepth) return true;
      open.push(c === OPEN_BRACE ? new Set() : null);
      expectKey = c === OPEN_BRACE;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      open.pop();
      i++;
    } else if (c === COMMA) {
      expectKey = open[open.length - 1] !== null;
      i++;
    } else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      if (!numberIsExact(text.slice(i, j))) return true;
      i = j;
    } else {
      i++;
    }
  }
  return false;
}
