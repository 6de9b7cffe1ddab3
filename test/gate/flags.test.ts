// Command-line values through the real command line: a gate that counts what it checked (an empty
// --impl, names that match nothing, nothing left to check: exit 2 saying why, with the closest
// names), values out of range, and the commands around the gate (record, golden, snapshot,
// --version). Every refusal is exit 2 and one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { QUICK, ROOT, rxpath, scratch } from './cli.ts';

const tmp = scratch('flags');
afterAll(() => tmp.cleanup());
const aFile = tmp.write('a-file.txt', 'not a directory\n');

interface Case {
  name: string;
  args: string[];
  status: number;
  /** What stderr says (the one line of a refusal). */
  stderr?: RegExp;
  /** What stdout says (the summary's last line, for a run the gate refuses afterwards). */
  stdout?: RegExp;
}

const CASES: Case[] = [
  // An unset $IMPL in CI must not check the model and pass.
  { name: 'check --impl ""', args: ['check', '--impl', '', ...QUICK], status: 2,
    stderr: /^rxpath: --impl: is empty \(an unset variable\?\)/ },
  { name: 'check --impl-cmd ""', args: ['check', '--impl-cmd', '', ...QUICK], status: 2,
    stderr: /^rxpath: --impl-cmd: is empty \(an unset variable\?\)/ },
  { name: 'golden check --impl ""', args: ['golden', 'check', '--impl', '', '--traces', 'no-ports'], status: 2,
    stderr: /--impl: is empty/ },
  { name: 'check --impl and --impl-cmd together', args: ['check', '--impl', 'a.mjs', '--impl-cmd', 'b'], status: 2,
    stderr: /give either --impl \(a module\) or --impl-cmd/ },
  { name: 'check --impl of a missing module', args: ['check', '--impl', 'test/gate/fixtures/absent.mjs', ...QUICK], status: 2,
    stderr: /absent\.mjs: no such file/ },
  // Nothing to check.
  { name: '--skip-golden --skip-properties', args: ['check', '--skip-golden', '--skip-properties'], status: 2,
    stderr: /--skip-golden: and --skip-properties together leave nothing to check/ },
  { name: 'a misspelt property, with a suggestion', args: ['check', '--properties', 'budgit', '--runs', '1'], status: 2,
    stderr: /no property named "budgit" \(did you mean "budget"\?\)/ },
  { name: 'one unknown among known properties', args: ['check', '--properties', 'budget', 'conservaton', '--runs', '1'], status: 2,
    stderr: /no property named "conservaton" \(did you mean "conservation"\?\)/ },
  { name: 'a property name nothing resembles lists the properties', args: ['check', '--properties', 'zzz'], status: 2,
    stderr: /no property named "zzz" \(the properties: .*budget/ },
  { name: 'a misspelt --traces, with a suggestion', args: ['check', '--traces', 'singel-datagram'], status: 2,
    stderr: /"singel-datagram" is part of no golden trace id \(did you mean "single-datagram"\?\)/ },
  { name: 'golden check with a misspelt --traces', args: ['golden', 'check', '--traces', 'no-prots'], status: 2,
    stderr: /"no-prots" is part of no golden trace id \(did you mean "no-ports"\?\)/ },
  { name: '--traces "" (an unset variable)', args: ['check', '--traces', ''], status: 2,
    stderr: /--traces: an empty substring/ },
  { name: '--traces that exist only under another profile: nothing planned', args: ['check', '--traces', 'kernel/', '--profile', 'linux-3.13'], status: 2,
    stdout: /result: nothing was checked: no check matches profiles linux-3.13; --traces kernel\/ \(exit 2\)/ },
  { name: 'an empty shard: nothing planned', args: ['check', ...QUICK, '--shard', '2/2'], status: 2,
    stdout: /nothing was checked: no check matches .*--shard 2\/2 \(exit 2\)/ },
  { name: 'golden record --only of an unknown source', args: ['golden', 'record', '--only', 'budget-60'], status: 2,
    stderr: /--only: no scenario source named "budget-60" in golden\/scenarios \(did you mean "budget-600"\?\)/ },
  // --replay
  { name: '--replay a path the property never reaches (0 runs)', args: ['check', ...QUICK, '--replay', '4:3:999999'], status: 2,
    stdout: /result: --replay 4:3:999999: budget \(linux-6\.18\) never reached this path \(0 runs\)/ },
  { name: '--replay without one --properties', args: ['check', '--replay', '4:3'], status: 2,
    stderr: /--replay: replays one property/ },
  { name: '--replay that is not SEED:PATH', args: ['check', ...QUICK, '--replay', 'x:y'], status: 2,
    stderr: /--replay: expected SEED:PATH/ },
  // Values out of range.
  { name: '--runs 0', args: ['check', '--runs', '0'], status: 2, stderr: /--runs: must be >= 1/ },
  { name: '--runs beyond 2^53', args: ['check', '--runs', '99999999999999999999'], status: 2,
    stderr: /--runs: must be <= 9007199254740991/ },
  { name: '--seed beyond 32 bits (it would not replay)', args: ['check', '--seed', '2147483648'], status: 2,
    stderr: /--seed: must be <= 2147483647/ },
  { name: '--timeout beyond what a timer can wait (Node would make it 1 ms)', args: ['check', ...QUICK, '--timeout', '99999999999999'], status: 2,
    stderr: /--timeout: must be <= 2147483647/ },
  { name: 'an unknown profile', args: ['check', '--profile', 'linux-9.9'], status: 2,
    stderr: /argument 'linux-9\.9' is invalid/ },
  { name: 'an unknown command', args: ['chekc'], status: 2, stderr: /unknown command 'chekc'/ },
  // record: --only is a regular expression; --out a directory.
  { name: 'record --only with a bad regular expression (was exit 70)', args: ['record', '--list', '--only', '('], status: 2,
    stderr: /--only: "\(" is not a valid regular expression/ },
  { name: 'record --only matching nothing, with a suggestion', args: ['record', '--list', '--only', 'noports-loo'], status: 2,
    stderr: /"noports-loo" matches no scenario name \(did you mean "noports-lo"\?\)/ },
  { name: 'record --only ""', args: ['record', '--list', '--only', ''], status: 2, stderr: /--only: is empty/ },
  { name: 'record --out naming an existing file (was exit 70)', args: ['record', '--list', '--out', aFile], status: 2,
    stderr: /--out: ".*a-file\.txt": it exists and is not a directory/ },
  { name: 'record --out in a missing directory', args: ['record', '--list', '--out', '/nonexistent-rxpath/traces'], status: 2,
    stderr: /--out: .*its directory \/nonexistent-rxpath does not exist/ },
  // snapshot --netns: a name, not a path (it printed zeros).
  { name: 'snapshot --netns ..', args: ['snapshot', '--netns', '..'], status: 2,
    stderr: /--netns "\.\.": not a network namespace name/ },
  { name: 'snapshot --netns with a slash', args: ['snapshot', '--netns', '../../proc/1/ns/net'], status: 2,
    stderr: /not a network namespace name/ },
  { name: 'snapshot --netns ""', args: ['snapshot', '--netns', ''], status: 2,
    stderr: /--netns "": not a network namespace name/ },
  { name: 'snapshot --netns of no namespace', args: ['snapshot', '--netns', 'rxpath-gate-absent'], status: 2,
    stderr: /no such network namespace/ },
];

describe.concurrent('bad usage: exit 2, one line, no stack trace', () => {
  test.each(CASES)('$name', async ({ args, status, stderr, stdout }) => {
    const r = await rxpath(args);
    if (stderr) {
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
    }
    if (stdout) expect(r.stdout).toMatch(stdout);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(r.status, r.stderr + r.stdout).toBe(status);
  });
});

describe.concurrent('the gate passes what it should', () => {
  test('a quick check of the model: exit 0 with the checks counted', async () => {
    const r = await rxpath(['check', ...QUICK]);
    expect(r.stdout).toContain('properties:    1 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  test('a --traces substring that matches: exit 0', async () => {
    const r = await rxpath(['check', '--traces', 'model/linux-6.18/single-datagram']);
    expect(r.stdout).toContain('golden traces: 1 passed');
    expect(r.status).toBe(0);
  });
});

describe.concurrent('--version and --debug', () => {
  test('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await rxpath(['--version']);
    expect(r.stdout.trim()).toBe(version);
    expect(r.status).toBe(0);
  });

  test('-V is --version', async () => {
    const r = await rxpath(['-V']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.status).toBe(0);
  });

  test('--debug is a global option, accepted after the command too', async () => {
    const r = await rxpath(['check', '--debug', '--runs', 'x']);
    expect(r.stderr).toContain('--runs: expected an integer');
    expect(r.status).toBe(2);
  });
});
