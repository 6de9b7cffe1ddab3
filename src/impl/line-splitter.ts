// Splits a byte stream into lines ("\n", or "\r\n") with a maximum line length, so that a program
// printing one endless line costs rxpath at most that much memory: past the limit the splitter
// stops and says so instead of growing a string until Node gives up.
import type { Readable } from 'node:stream';

/** The longest protocol line rxpath reads (bytes, without the newline): 64 MiB. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface LineEvents {
  line(line: string): void;
  /** A line grew past the limit without a newline; no more lines follow. */
  tooLong(bytes: number): void;
  /** The stream ended (a last line without a newline is delivered first). */
  end(): void;
}

export function splitLines(input: Readable, on: LineEvents, maxBytes = MAX_LINE_BYTES): void {
  let parts: Buffer[] = [];
  let pending = 0;
  let stopped = false;
  const emit = (buf: Buffer): void => {
    const end = buf.length > 0 && buf[buf.length - 1] === 0x0d ? buf.length - 1 : buf.length;
    on.line(buf.toString('utf8', 0, end));
  };
  input.on('data', (chunk: Buffer) => {
    if (stopped) return;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      if (pending + nl - from > maxBytes) break;
      emit(parts.length === 0 ? chunk.subarray(from, nl) : Buffer.concat([...parts, chunk.subarray(from, nl)]));
      parts = [];
      pending = 0;
      from = nl + 1;
    }
    const rest = chunk.length - from;
    if (pending + rest > maxBytes) {
      stopped = true;
      parts = [];
      on.tooLong(pending + rest);
      input.destroy();
      return;
    }
    if (rest > 0) { parts.push(chunk.subarray(from)); pending += rest; }
  });
  input.on('close', () => {
    if (stopped) return;
    stopped = true;
    if (pending > 0) emit(Buffer.concat(parts));
    on.end();
  });
}
