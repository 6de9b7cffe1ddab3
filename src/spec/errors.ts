// Input errors: what a user gave is wrong. The message names the file, the JSON pointer and
// what was expected, e.g. `config.json: /sysctls/net.core.netdev_budget: must be >= 1 (got -5)`.
export interface InputProblem {
  /** The file (or "<stdin>", "<inline>") the input came from. */
  file: string;
  /** JSON pointer into that file ("" for the whole document). */
  pointer: string;
  /** What was expected, and what was found. */
  message: string;
}

export function formatProblem(p: InputProblem): string {
  return p.pointer === '' ? `${p.file}: ${p.message}` : `${p.file}: ${p.pointer}: ${p.message}`;
}

export class RxpathInputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RxpathInputError';
    this.problems = problems;
  }
}
