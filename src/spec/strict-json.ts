// The one JSON reader for everything a user hands rxpath (scenarios, configs, golden traces, the
// register of expected differences). Stricter than JSON.parse, and every error has a line and a
// column: a key given twice in an object, a number that does not mean what it says (1e309, an
// integer beyond 2^53), whitespace JSON does not allow, comments, trailing commas, and nesting
// deeper than JSON_MAX_DEPTH. JSON.parse and a quick check (json-quick-check.ts) take the common
// case; a text that fails either is read again by the careful reader (json-careful-reader.ts) to
// find the line, the column, the JSON pointer and the reason.
import { RxpathInputError } from './errors.ts';
import { JsonProblem, readCarefully } from './json-careful-reader.ts';
import { jsonNeedsCarefulRead } from './json-quick-check.ts';
import { JSON_MAX_DEPTH } from './limits.ts';
import { describePosition } from './text-position.ts';

function carefulRead(text: string, file: string, maxDepth: number): unknown {
  try {
    return readCarefully(text, maxDepth);
  } catch (err) {
    if (!(err instanceof JsonProblem)) throw err;
    const at = describePosition(text, err.offset);
    const message = err.syntax ? `invalid JSON at ${at}: ${err.reason}` : `at ${at}: ${err.reason}`;
    throw new RxpathInputError([{ file, pointer: err.pointer, message }]);
  }
}

/** Parses `text` as the JSON document of `file`; errors are RxpathInputErrors (file, pointer, line, column). */
export function parseStrictJson(text: string, file: string, opts: { maxDepth?: number } = {}): unknown {
  if (text.trim() === '') {
    throw new RxpathInputError([{ file, pointer: '', message: 'the file is empty (expected a JSON document)' }]);
  }
  const maxDepth = opts.maxDepth ?? JSON_MAX_DEPTH;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    carefulRead(text, file, maxDepth);
    // Not reached unless the two readers disagree: say what JSON.parse said.
    throw new RxpathInputError([{ file, pointer: '', message: `invalid JSON: ${(err as Error).message}` }]);
  }
  return jsonNeedsCarefulRead(text, maxDepth) ? carefulRead(text, file, maxDepth) : value;
}
