// Where an offset of a text is, as a person reads it: 1-based line and column (a column counts
// UTF-16 code units, as editors that show "Col" do for most text).
export interface TextPosition {
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** "line 3, column 14" */
export function describePosition(text: string, offset: number): string {
  const p = positionAt(text, offset);
  return `line ${p.line}, column ${p.column}`;
}
