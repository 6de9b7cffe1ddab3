// The careful JSON reader: slow, and exact about what is wrong and where. It builds the value from
// jsonc-parser's events (VS Code's scanner and parser do the tokenizing) and stops at the first
// problem with its offset, its JSON pointer and the reason: a syntax error, whitespace JSON does
// not allow, a key given twice, a number that does not mean what it says, or too deep a nesting.
import { visit } from 'jsonc-parser';
import { numberProblem } from './json-numbers.ts';
import { showChar, syntaxProblem } from './json-syntax-errors.ts';
import { describePosition } from './text-position.ts';

export class JsonProblem extends Error {
  /** `syntax`: the text is not JSON; otherwise it is, but breaks one of rxpath's rules. */
  constructor(readonly offset: number, readonly pointer: string, readonly reason: string, readonly syntax: boolean) {
    super(reason);
  }
}

interface Container {
  value: Record<string, unknown> | unknown[];
  pointer: string;
  /** An object's keys so far, each with the offset where it first appears. */
  keys?: Map<string, number>;
  key?: string;
}

const escapeToken = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The first offset in [from, to) that is not JSON whitespace (space, tab, LF, CR), or -1. */
function firstNonWhitespace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return -1;
}

/** `value[key] = item`, where a `__proto__` key is an ordinary key, as JSON.parse makes it. */
function setKey(value: Record<string, unknown>, key: string, item: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(value, key, { value: item, enumerable: true, writable: true, configurable: true });
  } else {
    value[key] = item;
  }
}

/** The value of `text`, or a JsonProblem. */
export function readCarefully(text: string, maxDepth: number): unknown {
  const stack: Container[] = [];
  let root: unknown;
  let lastEnd = 0;
  const top = (): Container | undefined => stack[stack.length - 1];
  const pointerOfNext = (): string => {
    const c = top();
    if (!c) return '';
    return Array.isArray(c.value) ? `${c.pointer}/${c.value.length}` : `${c.pointer}/${escapeToken(c.key ?? '')}`;
  };
  const token = (offset: number, length: number): void => {
    const bad = firstNonWhitespace(text, lastEnd, offset);
    if (bad !== -1) {
      const reason = `unexpected character ${showChar(text[bad]!)} (JSON whitespace is space, tab, CR and LF)`;
      throw new JsonProblem(bad, '', reason, true);
    }
    lastEnd = offset + length;
  };
  const add = (item: unknown): void => {
    const c = top();
    if (!c) root = item;
    else if (Array.isArray(c.value)) c.value.push(item);
    else setKey(c.value, c.key!, item);
  };
  const begin = (offset: number, length: number, value: Container['value']): void => {
    token(offset, length);
    if (stack.length >= maxDepth) {
      throw new JsonProblem(offset, '', `nested more than ${maxDepth} levels deep (rxpath's limit for JSON input)`, true);
    }
    stack.push({ value, pointer: pointerOfNext(), ...(Array.isArray(value) ? {} : { keys: new Map<string, number>() }) });
  };
  const end = (offset: number, length: number): void => {
    token(offset, length);
    add(stack.pop()!.value);
  };

  visit(text, {
    onObjectBegin: (offset, length) => begin(offset, length, {}),
    onArrayBegin: (offset, length) => begin(offset, length, []),
    onObjectEnd: end,
    onArrayEnd: end,
    onSeparator: (_c, offset, length) => token(offset, length),
    onObjectProperty: (key, offset, length) => {
      token(offset, length);
      const c = top()!;
      const first = c.keys!.get(key);
      if (first !== undefined) {
        const where = `first at ${describePosition(text, first)}`;
        const reason = `duplicate key ${JSON.stringify(key)} (${where}): a key may appear only once in an object`;
        throw new JsonProblem(offset, c.pointer, reason, false);
      }
      c.keys!.set(key, offset);
      c.key = key;
    },
    onLiteralValue: (value: unknown, offset, length) => {
      token(offset, length);
      const problem = typeof value === 'number' ? numberProblem(value, text.slice(offset, offset + length)) : undefined;
      if (problem) throw new JsonProblem(offset, pointerOfNext(), problem, false);
      add(value);
    },
    onError: (code, offset, length) => {
      const p = syntaxProblem(code, offset, length, text, Array.isArray(top()?.value));
      throw new JsonProblem(p.offset, '', p.reason, true);
    },
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const bad = firstNonWhitespace(text, lastEnd, text.length);
  if (bad !== -1) throw new JsonProblem(bad, '', 'unexpected non-whitespace character after JSON', true);
  return root;
}
