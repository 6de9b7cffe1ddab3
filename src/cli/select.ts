// Small checks of command-line values shared by commands: a name filter given as a regular
// expression (`record --only`) that must compile and select something, and an output directory.
import { RxpathInputError } from '../spec/errors.ts';
import { outputDirectoryProblem } from '../runner/output-path.ts';
import { didYouMean } from '../runner/suggest.ts';

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

/** The items whose name matches the regular expression `pattern` of `--only`; none is bad usage. */
export function selectByName<T>(items: readonly T[], pattern: string, nameOf: (item: T) => string, option = '--only'): T[] {
  if (pattern.trim() === '') bad(option, 'is empty (an unset variable?): give a regular expression matching scenario names');
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (err) {
    const why = (err as Error).message.replace(/^Invalid regular expression: /, '');
    bad(option, `${JSON.stringify(pattern)} is not a valid regular expression (${why})`);
  }
  const picked = items.filter((i) => re.test(nameOf(i)));
  if (picked.length === 0) {
    const near = didYouMean(pattern, items.map(nameOf));
    bad(option, `${JSON.stringify(pattern)} matches no scenario name${near}; \`rxpath record --list\` lists them`);
  }
  return picked;
}

/** A directory to write into: an existing writable directory, or a new one in an existing directory. */
export function checkOutputDirectory(option: string, path: string): void {
  const problem = outputDirectoryProblem(path);
  if (problem) bad(option, `${JSON.stringify(path)}: ${problem}`);
}
