// The reports of a run: the terminal summary, JUnit XML for CI, Markdown for a step summary, JSON,
// and a self-contained HTML report that headless Chromium renders with the run's numbers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProperty } from '../../properties/check.ts';
import { guard } from '../../src/impl/guard.ts';
import { ImplementationError } from '../../src/impl/errors.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { htmlReport } from '../../src/runner/reports/html.ts';
import { jsonReport } from '../../src/runner/reports/json.ts';
import { junitXml } from '../../src/runner/reports/junit.ts';
import { markdownSummary } from '../../src/runner/reports/markdown.ts';
import { formatSummary } from '../../src/runner/reports/summary.ts';
import { runCheck } from '../../src/runner/run-check.ts';
import type { RunResult } from '../../src/runner/types.ts';
import { toyImpl } from './fakes.ts';
import { tempGolden, writeToyTrace } from './golden-fixture.ts';
import { deliversAll } from './fake-properties.ts';

const CHROMIUM = '/usr/bin/chromium';
let g: ReturnType<typeof tempGolden>;
let run: RunResult;

beforeAll(async () => {
  g = tempGolden();
  writeToyTrace(g.dir, 'burst-150', 'linux-6.18', 150);
  writeToyTrace(g.dir, 'burst-50', 'linux-6.18', 50);
  const buggy = toyImpl('buggy-impl', { bug: 'no-dropped' });
  const crashing: Implementation = {
    ...buggy,
    run: async (s, o) => {
      if (s.name === 'burst-50') throw new ImplementationError('timeout', 'gave no answer to step 2 (read) within 100 ms', { step: 2, detail: 'killed after the timeout' });
      return buggy.run(s, o);
    },
  };
  run = await runCheck({
    impl: guard(crashing), reference: guard(toyImpl()), properties: [deliversAll],
    checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 25 }),
    seed: 7, goldenDir: g.dir, rxpathVersion: 'test', profiles: ['linux-6.18'],
  });
});
afterAll(() => g.cleanup());

describe('reports', () => {
  test('the run has one failure, one broken check and one pass', () => {
    expect(run.checks.map((c) => c.status)).toEqual(['passed', 'failed', 'broken']);
    expect(run.exitCode).toBe(3);
  });

  test('terminal summary: counts, runs, seed, the first difference and the step', () => {
    const s = formatSummary(run);
    expect(s).toContain('properties:    1 passed, 0 failed, 0 broken, 0 skipped');
    expect(s).toContain('golden traces: 0 passed, 1 failed, 1 broken, 0 skipped');
    expect(s).toContain('runs: 25');
    expect(s).toContain('seed: 7');
    expect(s).toContain('first difference at checkpoint "after-burst", step 1: checkpoint "after-burst" at 1000 ns');
    expect(s).toContain('snmp.Udp.RcvbufErrors: expected 50, actual 0');
    expect(s).toContain('the implementation hung on step 2: read all from sink at 2000 ns');
    expect(s).toContain('result: the implementation broke (exit 3)');
  });

  test('JUnit: a failure, an error, suite per kind and profile', () => {
    const xml = junitXml(run);
    expect(xml).toContain('<testsuite name="rxpath.properties.linux-6.18"');
    expect(xml).toContain('<testsuite name="rxpath.golden.linux-6.18"');
    expect(xml).toMatch(/<testcase classname="rxpath.golden.linux-6.18" name="model\/linux-6.18\/burst-150"[^>]*>\s*<failure/);
    expect(xml).toMatch(/<error message="gave no answer to step 2[^"]*" type="timeout"/);
    expect(xml).toMatch(/<testsuites tests="3" failures="1" errors="1"/);
  });

  test('Markdown and JSON', () => {
    const md = markdownSummary(run);
    expect(md).toContain('| golden traces | 0 | 1 | 1 | 0 | 0 |');
    expect(md).toContain('`model/linux-6.18/burst-150`');
    expect(JSON.parse(jsonReport(run))).toMatchObject({ format: 'rxpath-run/1', seed: 7, exitCode: 3 });
  });

  test('HTML: self-contained, with stage table, expected beside actual, and charts', () => {
    const html = htmlReport(run);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<link');
    expect(html).toContain('dropped: receive buffer full');
    expect(html).toMatch(/<svg class="chart" data-unit="datagrams"/);
    expect(html).toContain('stroke-dasharray'); // expected, dashed
  });

  test('HTML renders in headless Chromium with the numbers of the run', (ctx) => {
    if (!existsSync(CHROMIUM)) {
      ctx.skip(`headless Chromium not found at ${CHROMIUM}: install the Debian package "chromium" to run this test`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'rxpath-html-'));
    try {
      const file = join(dir, 'report.html');
      writeFileSync(file, htmlReport(run));
      const dom = execFileSync(CHROMIUM, [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', `file://${file}`,
      ], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
      // The inline script ran: it counted the rows and marked the page rendered.
      expect(dom).toContain('data-rendered="yes"');
      expect(dom).toContain('3 checks rendered: 1 passed, 1 failed, 1 broken, 0 skipped');
      expect(dom).toContain('failed or broken (2)');
      // The numbers of the run.
      expect(dom).toMatch(/id="golden-failed">1</);
      expect(dom).toMatch(/id="golden-broken">1</);
      expect(dom).toMatch(/id="properties-passed">1</);
      expect(dom).toMatch(/id="seed">7</);
      expect(dom).toMatch(/id="total-runs">25</);
      // The failing trace's stage table: 50 receive-buffer drops expected, 0 actual.
      expect(dom).toMatch(/dropped: receive buffer full<\/td><td class="n">50<div class="bar e"[^>]*><\/div><\/td><td class="n">0/);
      expect(dom).toContain('<svg class="chart"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
