// The protocol's line reader (src/impl/line-splitter.ts): lines split at "\n" or "\r\n" across
// chunks, and a line past the limit stops the reader instead of growing without bound.
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { MAX_LINE_BYTES, splitLines } from '../../src/impl/line-splitter.ts';

function feed(chunks: (string | Buffer)[], max?: number): Promise<{ lines: string[]; tooLong: number[]; ended: boolean; destroyed: boolean }> {
  const input = new PassThrough();
  const out = { lines: [] as string[], tooLong: [] as number[], ended: false, destroyed: false };
  return new Promise((resolve) => {
    splitLines(input, {
      line: (l) => out.lines.push(l),
      tooLong: (n) => { out.tooLong.push(n); },
      end: () => { out.ended = true; },
    }, max);
    input.on('close', () => setImmediate(() => resolve({ ...out, destroyed: input.destroyed })));
    for (const c of chunks) input.write(c);
    input.end();
  });
}

describe('splitLines', () => {
  test('the limit is 64 MiB', () => {
    expect(MAX_LINE_BYTES).toBe(67_108_864);
  });

  test('several lines in one chunk, one line over several chunks, empty lines kept', async () => {
    const r = await feed(['a\nbb\n\nc', 'c', 'c\n']);
    expect(r).toMatchObject({ lines: ['a', 'bb', '', 'ccc'], tooLong: [], ended: true });
  });

  test('"\\r\\n" ends a line as "\\n" does', async () => {
    expect((await feed(['x\r\ny\r', '\n'])).lines).toEqual(['x', 'y']);
  });

  test('a last line without a newline is delivered when the stream ends', async () => {
    expect(await feed(['one\ntwo'])).toMatchObject({ lines: ['one', 'two'], ended: true });
  });

  test('a UTF-8 character split between chunks is decoded whole', async () => {
    const bytes = Buffer.from('é€\n', 'utf8');
    expect((await feed([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)])).lines).toEqual(['é€']);
  });

  test('a line of exactly the limit is read', async () => {
    expect((await feed(['12345678\n', 'abc\n'], 8)).lines).toEqual(['12345678', 'abc']);
  });

  test('one byte more without a newline: tooLong once, no further line, the stream destroyed', async () => {
    const r = await feed(['ok\n1234', '56789', '\nlater\n'], 8);
    expect(r).toMatchObject({ lines: ['ok'], tooLong: [9], ended: false, destroyed: true });
  });

  test('a line past the limit in one chunk, even with its newline in that chunk', async () => {
    const r = await feed(['0123456789\nnext\n'], 8);
    expect(r).toMatchObject({ lines: [], tooLong: [16], ended: false });
  });
});
