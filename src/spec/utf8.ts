// Input files are UTF-8. A file that is not (Latin-1, UTF-16, binary) is bad input, reported at the
// first byte that is not UTF-8, by line and column. A leading byte order mark is accepted and dropped.
import { RxpathInputError } from './errors.ts';
import { describePosition } from './text-position.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const REPLACEMENT = '\uFFFD';

/** Bytes taken by the UTF-8 encoding of the first `chars` UTF-16 code units of `text`. */
function byteLength(text: string, chars: number): number {
  return Buffer.byteLength(text.slice(0, chars), 'utf8');
}

/** The text of `bytes`; an RxpathInputError naming `file`, the line and the column if it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    // The lenient decoding has U+FFFD where the bytes are not UTF-8; a U+FFFD that the file really
    // holds (EF BF BD) is skipped. Both decoders drop a leading byte order mark.
    const text = lenient.decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) {
      const b = bom + byteLength(text, i);
      if (bytes[b] === 0xef && bytes[b + 1] === 0xbf && bytes[b + 2] === 0xbd) continue;
      const byte = `0x${(bytes[b] ?? 0).toString(16).padStart(2, '0')}`;
      const message = `not UTF-8 at ${describePosition(text, i)} (byte ${byte} at offset ${b}): input files must be UTF-8 text`;
      throw new RxpathInputError([{ file, pointer: '', message }]);
    }
    throw new RxpathInputError([{ file, pointer: '', message: 'not UTF-8: input files must be UTF-8 text' }]);
  }
}
