// What a JSON syntax error is, in words, and where: jsonc-parser reports an error code at a token;
// this says which character is wrong (inside a string, the offending escape or control character;
// for a trailing comma, the comma) and why, in the words JSON.parse uses where it has them.

/** jsonc-parser's ParseErrorCode (a const enum in its typings), in words. */
const MESSAGES: Record<number, string> = {
  1: 'not a JSON value',
  2: 'invalid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':' after the property name",
  6: 'expected a comma',
  7: "expected '}'",
  8: "expected ']'",
  9: 'unexpected non-whitespace character after JSON',
  10: 'comments are not allowed in JSON',
  11: 'unterminated comment',
  12: 'unterminated string (a line break inside a string must be written \\n)',
  13: 'incomplete number',
  14: 'invalid \\u escape (expected 4 hex digits)',
  15: 'invalid escape sequence (JSON has \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u and four hex digits)',
  16: 'control character in a string (escape it, e.g. \\n, \\t or \\u0000)',
};
const INVALID_SYMBOL = 1;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;
const COMMA_EXPECTED = 6;
const END_OF_FILE_EXPECTED = 9;
/** Errors inside a string token, located at the offending character rather than the token. */
const IN_STRING: Record<number, RegExp> = { 14: /\\u(?![0-9a-fA-F]{4})/, 15: /\\[^"\\/bfnrtu]/, 16: /[\u0000-\u001f]/ };
/** Errors of a token that runs to the end of the text: the text was cut short. */
const UNTERMINATED = new Set([11, 12, 13]);
const LITERALS = ['true', 'false', 'null'];
export const TRUNCATED = 'unexpected end of input: the file looks truncated';

export interface SyntaxProblem { offset: number; reason: string }

/** A character in a message: "x", "\n", or " " (U+00A0) for one that would not show. */
export function showChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x7f ? JSON.stringify(ch) : `${JSON.stringify(ch)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Where an unknown token stops looking like JSON: in `tru}`, the "}" (as JSON.parse reports it). */
function invalidSymbol(text: string, offset: number, length: number): SyntaxProblem {
  const token = text.slice(offset, offset + length);
  for (const lit of LITERALS) {
    let n = 0;
    while (n < token.length && n < lit.length && token[n] === lit[n]) n++;
    if (n === 0) continue;
    const at = offset + n;
    if (at >= text.length) return { offset: at, reason: TRUNCATED };
    return { offset: at, reason: `unexpected character ${showChar(text[at]!)}` };
  }
  return { offset, reason: `unexpected character ${showChar(text[offset] ?? '')}` };
}

/** The problem of jsonc-parser error `code` at the token [offset, offset + length). */
export function syntaxProblem(code: number, offset: number, length: number, text: string, inArray: boolean): SyntaxProblem {
  if (code === INVALID_SYMBOL) return invalidSymbol(text, offset, length);
  const end = text.trimEnd().length;
  if (code !== END_OF_FILE_EXPECTED && (offset >= end || (UNTERMINATED.has(code) && offset + length >= end))) {
    return { offset: end, reason: TRUNCATED };
  }
  const inString = IN_STRING[code];
  if (inString) {
    const m = inString.exec(text.slice(offset, offset + length));
    return { offset: offset + (m?.index ?? 0), reason: MESSAGES[code]! };
  }
  const before = text.slice(0, offset).trimEnd();
  const closing = text[offset] === '}' || text[offset] === ']';
  if ((code === PROPERTY_NAME_EXPECTED || code === VALUE_EXPECTED) && before.endsWith(',') && closing) {
    return { offset: before.length - 1, reason: `trailing comma before ${JSON.stringify(text[offset])}: JSON allows none` };
  }
  if (code === VALUE_EXPECTED && !inArray && text[offset] === ',') {
    return { offset, reason: MESSAGES[PROPERTY_NAME_EXPECTED]! };
  }
  if (code === COMMA_EXPECTED) {
    const reason = inArray ? "expected ',' or ']' after array element" : "expected ',' or '}' after property value";
    return { offset, reason };
  }
  return { offset, reason: MESSAGES[code] ?? 'invalid JSON' };
}
