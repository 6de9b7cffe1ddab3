// The HTML report: one self-contained file (inline CSS, JS and SVG; nothing from the network) that
// shows a run at a glance. For every check that failed or broke: where the frames went stage by
// stage (arrived, dropped at each stage by reason, delivered, read), expected beside actual, the
// first differing counters, and the backlog and socket-queue lengths over the workload as a chart.
import type { Checkpoint, Observations, Snapshot } from '../../generated/schema-types.ts';
import { pathFilter } from '../../oracle/counter-paths.ts';
import { flowTable, maskSnapshot, queueSeries, type FlowTableRow, type Series } from '../frame-flow.ts';
import type { CheckResult, RunResult, StatusCounts } from '../types.ts';
import { clauseCount, formatMs } from './summary.ts';

export function esc(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STATUS_LABEL: Record<CheckResult['status'], string> = {
  passed: 'passed', failed: 'failed', broken: 'broken', skipped: 'skipped', 'expected-difference': 'expected difference',
};

const CSS = `
.replay code{word-break:break-all;white-space:normal}
:root{--ok:#1a7f37;--bad:#cf222e;--broken:#9a6700;--skip:#6e7781;--xd:#8250df;--fg:#1f2328;--mute:#656d76;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}h3{font-size:15px;margin:0 0 6px}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}pre{background:var(--bg);padding:8px;overflow:auto;max-height:320px;border-radius:6px}
.meta{color:var(--mute)}.verdict{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-size:14px;vertical-align:middle}
.v0{background:var(--ok)}.v1{background:var(--bad)}.v3{background:var(--broken)}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:320px}
.card .nums{display:flex;gap:14px}.num{text-align:center}.num b{display:block;font-size:24px}.num span{font-size:12px;color:var(--mute)}
.passed b{color:var(--ok)}.failed b{color:var(--bad)}.broken b{color:var(--broken)}.skipped b{color:var(--skip)}.expected-difference b{color:var(--xd)}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.st{font-weight:600;white-space:nowrap}.st-passed{color:var(--ok)}.st-failed{color:var(--bad)}.st-broken{color:var(--broken)}.st-skipped{color:var(--skip)}.st-expected-difference{color:var(--xd)}
#filters button{border:1px solid var(--line);background:#fff;border-radius:6px;padding:3px 10px;margin-right:6px;cursor:pointer}#filters button.on{background:var(--fg);color:#fff}
.detail{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:6px;padding:12px 16px;margin:16px 0}
.detail.broken{border-left-color:var(--broken)}.detail.expected-difference{border-left-color:var(--xd)}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px}@media (max-width:900px){.grid{grid-template-columns:1fr}}
tr.diff td{background:#ffebe9}.bar{height:8px;border-radius:2px;margin-top:2px}.bar.e{background:#afb8c1}.bar.a{background:#0969da}tr.drop .bar.a{background:var(--bad)}
.stage{color:var(--mute);white-space:nowrap}.legend{font-size:12px;color:var(--mute)}svg text{font:11px system-ui,sans-serif;fill:var(--mute)}
.xd{color:var(--xd)}
`;

const JS = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('#checks tbody tr'));
  var counts={};rows.forEach(function(r){var s=r.getAttribute('data-status');counts[s]=(counts[s]||0)+1;});
  var buttons=[].slice.call(document.querySelectorAll('#filters button'));
  function show(f){rows.forEach(function(r){var s=r.getAttribute('data-status');r.style.display=(f==='all'||s===f||(f==='problems'&&(s==='failed'||s==='broken')))?'':'none';});
    buttons.forEach(function(b){b.className=b.getAttribute('data-f')===f?'on':'';});}
  buttons.forEach(function(b){var f=b.getAttribute('data-f');var n=f==='all'?rows.length:f==='problems'?(counts.failed||0)+(counts.broken||0):(counts[f]||0);
    b.textContent=b.getAttribute('data-label')+' ('+n+')';b.addEventListener('click',function(){show(f);});});
  show((counts.failed||counts.broken)?'problems':'all');
  var el=document.getElementById('rendered');
  el.textContent=rows.length+' checks rendered: '+(counts.passed||0)+' passed, '+(counts.failed||0)+' failed, '+(counts.broken||0)+' broken, '+(counts.skipped||0)+' skipped';
  document.body.setAttribute('data-rendered','yes');
})();
`;

function countsCard(title: string, kind: string, c: StatusCounts): string {
  const nums = (['passed', 'failed', 'broken', 'skipped', 'expected-difference'] as const)
    .map((s) => `<div class="num ${s}"><b id="${kind}-${s}">${c[s]}</b><span>${STATUS_LABEL[s]}</span></div>`).join('');
  return `<div class="card"><h3>${esc(title)}</h3><div class="nums">${nums}</div></div>`;
}

function fmtNs(ns: number): string {
  if (ns >= 1e9) return `${+(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${+(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${+(ns / 1e3).toFixed(1)} µs`;
  return `${ns} ns`;
}

const COLORS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#0598bc', '#bf3989', '#6e7781'];

/** A line chart of queue lengths at the checkpoints: actual solid, expected dashed. */
export function queueChart(expected: Series[] | undefined, actual: Series[] | undefined, unit: string): string {
  const all = [...(expected ?? []), ...(actual ?? [])].filter((s) => s.unit === unit);
  if (!all.length) return '';
  const W = 560, H = 200, L = 48, R = 12, T = 12, B = 28;
  const xs = all.flatMap((s) => s.points.map((p) => p.at));
  const ys = all.flatMap((s) => s.points.map((p) => p.value));
  const xmax = Math.max(1, ...xs), ymax = Math.max(2, ...ys);
  const x = (v: number): number => L + (v / xmax) * (W - L - R);
  const y = (v: number): number => H - B - (v / ymax) * (H - T - B);
  const names = [...new Set(all.map((s) => s.name))];
  const line = (s: Series, dashed: boolean): string => {
    const color = COLORS[names.indexOf(s.name) % COLORS.length];
    const pts = [{ at: 0, value: 0 }, ...s.points];
    const d = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
    const dots = s.points.map((p) => `<circle cx="${x(p.at).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="${dashed ? 2 : 3}" fill="${color}"><title>${esc(s.name)} ${dashed ? 'expected' : 'actual'}: ${p.value} at ${fmtNs(p.at)}</title></circle>`).join('');
    return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${dashed ? 1.5 : 2}"${dashed ? ' stroke-dasharray="5 4" opacity="0.8"' : ''}/>${dots}`;
  };
  const ticks = [0, 0.5, 1].map((f) => `<text x="${L - 6}" y="${y(ymax * f) + 4}" text-anchor="end">${Math.round(ymax * f)}</text><line x1="${L}" x2="${W - R}" y1="${y(ymax * f)}" y2="${y(ymax * f)}" stroke="#eaeef2"/>`).join('');
  const xt = [0, 0.5, 1].map((f) => `<text x="${x(xmax * f)}" y="${H - 8}" text-anchor="middle">${fmtNs(Math.round(xmax * f))}</text>`).join('');
  const legend = names.map((n, i) => `<span style="color:${COLORS[i % COLORS.length]}">■</span> ${esc(n)}`).join(' &nbsp; ');
  return `<figure><svg class="chart" data-unit="${esc(unit)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" style="max-width:100%;height:auto" role="img" aria-label="queue lengths (${esc(unit)}) at each checkpoint">${ticks}${xt}` +
    `<line x1="${L}" x2="${L}" y1="${T}" y2="${H - B}" stroke="#8c959f"/>` +
    `${(expected ?? []).filter((s) => s.unit === unit).map((s) => line(s, true)).join('')}${(actual ?? []).filter((s) => s.unit === unit).map((s) => line(s, false)).join('')}</svg>` +
    `<figcaption class="legend">${legend} · ${esc(unit)} at each checkpoint · solid: actual${expected ? ', dashed: expected' : ''}</figcaption></figure>`;
}

function flowHtml(rows: FlowTableRow[], hasExpected: boolean): string {
  const max = Math.max(1, ...rows.flatMap((r) => [r.expected ?? 0, r.actual ?? 0]));
  const bar = (v: number | undefined, cls: string): string => v === undefined ? '' : `<div class="bar ${cls}" style="width:${((v / max) * 100).toFixed(1)}%"></div>`;
  const body = rows.map((r) => {
    const differs = hasExpected && r.expected !== undefined && r.actual !== undefined && r.expected !== r.actual;
    return `<tr class="${r.kind}${differs ? ' diff' : ''}" title="${esc(r.source)}"><td class="stage">${esc(r.stage)}</td><td>${esc(r.what)}</td>` +
      (hasExpected ? `<td class="n">${r.expected ?? '–'}${bar(r.expected, 'e')}</td>` : '') +
      `<td class="n">${r.actual ?? '–'}${bar(r.actual, 'a')}</td></tr>`;
  }).join('');
  return `<table class="flow"><thead><tr><th>stage</th><th>frames</th>${hasExpected ? '<th>expected</th>' : ''}<th>actual</th></tr></thead><tbody>${body}</tbody></table><p class="legend">– : not observed or not reported</p>`;
}

function snapshotAt(obs: Observations | undefined, label: string | undefined): Checkpoint | undefined {
  if (!obs) return undefined;
  return obs.checkpoints.find((c) => c.label === label) ?? obs.checkpoints[obs.checkpoints.length - 1];
}

function detailHtml(c: CheckResult, i: number): string {
  const parts: string[] = [];
  const kind = c.kind === 'property' ? `property <code>${esc(c.name)}</code> (${esc(c.profile)})` : `golden trace <code>${esc(c.name)}</code>`;
  parts.push(`<h3><span class="st st-${c.status}">${esc(STATUS_LABEL[c.status])}</span> ${kind}</h3>`);
  parts.push(`<p>${esc(c.title)}</p>`);
  if (c.message) parts.push(`<p><b>${esc(c.message)}</b></p>`);
  if (c.expectedDifference) parts.push(`<p class="xd">Registered expected difference: ${esc(c.expectedDifference)}</p>`);
  if (c.rule) parts.push(`<p class="meta">Rule: ${esc(c.rule)}</p>`);
  if (c.error) {
    parts.push(`<p>The implementation <b>${esc(c.error.fault)}</b>${c.error.stepText ? ` on <b>${esc(c.error.stepText)}</b>` : c.error.step !== undefined ? ` on step ${c.error.step}` : ''}: ${esc(c.error.message)}</p>`);
    if (c.error.detail) parts.push(`<pre>${esc(c.error.detail)}</pre>`);
  }
  if (c.replay) parts.push(`<p class="replay">Replay: <code>${esc(c.replay)}</code></p>`);
  const ev = c.evidence;
  if (ev) {
    const label = c.diff?.label ?? c.counterexample?.verdict.checkpoint ?? 'end';
    const e = snapshotAt(ev.expected, label);
    const a = snapshotAt(ev.actual, label);
    const ref = e ?? a;
    const step = ref?.step ?? ev.scenario.workload.length;
    const inTrace = pathFilter(ev.observed);
    const inImpl = pathFilter(ev.observes);
    const include = (p: string): boolean => inTrace(p) && inImpl(p);
    const mask = (x: Snapshot | undefined) => (x && (ev.observed || ev.observes) ? maskSnapshot(x, include) : x);
    const flow = flowTable(ev.scenario, step, mask(e?.counters), mask(a?.counters));
    parts.push('<div class="grid"><div>');
    parts.push(`<h4>Where the frames went, at checkpoint “${esc(ref?.label ?? label)}”${ev.expected ? ` <span class="meta">(expected: ${esc(ev.expectedSource ?? '')})</span>` : ''}</h4>`);
    parts.push(flowHtml(flow, e !== undefined));
    parts.push('</div><div>');
    if (c.diff) {
      parts.push(`<h4>First differing checkpoint: “${esc(c.diff.label)}”</h4><p class="meta">${esc(c.diff.stepText)}${c.diff.afterText ? `, after ${esc(c.diff.afterText)}` : ''}</p>`);
      parts.push(`<table class="diffs"><thead><tr><th>counter</th><th>expected</th><th>actual</th></tr></thead><tbody>${c.diff.diffs.slice(0, 40).map((d) =>
        `<tr><td><code>${esc(d.path)}</code></td><td class="n">${esc(d.expected ?? '(absent)')}</td><td class="n">${esc(d.actual ?? '(absent)')}</td></tr>`).join('')}</tbody></table>`);
      if (c.diff.diffs.length > 40) parts.push(`<p class="meta">… and ${c.diff.diffs.length - 40} more</p>`);
    } else if (c.counterexample) {
      const v = c.counterexample.verdict;
      parts.push(`<h4>Verdict</h4><table class="diffs"><tbody>` +
        (v.path ? `<tr><th>counter</th><td><code>${esc(v.path)}</code></td></tr>` : '') +
        (v.checkpoint ? `<tr><th>checkpoint</th><td>${esc(v.checkpoint)}</td></tr>` : '') +
        (v.expected !== undefined ? `<tr><th>expected</th><td class="n">${esc(JSON.stringify(v.expected))}</td></tr>` : '') +
        (v.actual !== undefined ? `<tr><th>actual</th><td class="n">${esc(JSON.stringify(v.actual))}</td></tr>` : '') +
        (v.step !== undefined ? `<tr><th>step</th><td>${v.step}</td></tr>` : '') + '</tbody></table>');
    }
    const se = ev.expected ? queueSeries(ev.expected.checkpoints as { at: number; counters: Snapshot }[]) : undefined;
    const sa = ev.actual ? queueSeries(ev.actual.checkpoints as { at: number; counters: Snapshot }[]) : undefined;
    const units = [...new Set([...(se ?? []), ...(sa ?? [])].map((s) => s.unit))];
    if (units.length) {
      parts.push('<h4>Queue lengths over the workload</h4>');
      for (const u of units) parts.push(queueChart(se, sa, u));
    }
    parts.push('</div></div>');
    parts.push(`<details><summary>Scenario (${ev.scenario.workload.length} steps)</summary><pre>${esc(JSON.stringify(ev.scenario, null, 2))}</pre></details>`);
  } else if (c.counterexample) {
    parts.push(`<details><summary>Counterexample</summary><pre>${esc(JSON.stringify(c.counterexample.scenario, null, 2))}</pre></details>`);
  }
  return `<article class="detail ${c.status}" id="check-${i}">${parts.join('\n')}</article>`;
}

export function htmlReport(r: RunResult): string {
  const verdict = r.exitCode === 0 ? 'all passed' : r.exitCode === 1 ? 'conformance failures' : r.exitCode === 2 ? 'nothing checked' : 'implementation broken';
  const rows = r.checks.map((c, i) => {
    const link = c.status === 'failed' || c.status === 'broken' || c.status === 'expected-difference' ? `<a href="#check-${i}">${esc(c.name)}</a>` : esc(c.name);
    return `<tr data-status="${c.status}"><td class="st st-${c.status}">${esc(STATUS_LABEL[c.status])}</td><td>${c.kind}</td><td>${esc(c.profile)}</td>` +
      `<td>${link}<div class="meta">${esc(c.title)}</div></td><td>${esc(c.message ?? (c.runs !== undefined ? `${c.runs} runs${c.clauses ? `, ${clauseCount(c.clauses)}` : ''}` : c.compared !== undefined ? `${c.compared} counter values compared` : ''))}</td><td class="n">${formatMs(c.ms)}</td></tr>`;
  }).join('\n');
  const details = r.checks.map((c, i) => (c.status === 'failed' || c.status === 'broken' || c.status === 'expected-difference' ? detailHtml(c, i) : '')).filter(Boolean);
  const xd = r.expectedDifferences.length
    ? `<h2>Expected differences</h2><p class="meta">From golden/expected-differences.json; they do not fail the run.</p><table><thead><tr><th>trace</th><th>state</th><th>reason</th></tr></thead><tbody>${r.expectedDifferences.map((e) =>
      `<tr><td><code>${esc(e.trace)}</code></td><td>${e.seen === null ? 'not run' : e.seen ? 'differs as expected' : 'no longer differs'}</td><td>${esc(e.reason)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>rxpath check: ${esc(r.implementation.name)} – ${esc(verdict)}</title><style>${CSS}</style></head>
<body data-exit="${r.exitCode}" data-rendered="no">
<header><h1>rxpath check <span class="verdict v${r.exitCode}" id="verdict">${esc(verdict)}</span></h1>
<p class="meta">implementation <code id="impl">${esc(r.implementation.name)}</code> · profiles ${esc(r.profiles.join(', '))} · seed <code id="seed">${r.seed}</code> ·
<span id="total-runs">${r.totalRuns}</span> runs${r.runsPerProperty !== undefined ? ` (${r.runsPerProperty} per property)` : ''} · ${esc(formatMs(r.ms))} · exit ${r.exitCode}${r.shard ? ` · shard ${r.shard.index}/${r.shard.count}` : ''} · ${esc(r.startedAt)} · rxpath ${esc(r.rxpathVersion)}</p>
<div class="cards">${countsCard('Properties', 'properties', r.counts.properties)}${countsCard('Golden traces', 'golden', r.counts.golden)}</div>
<p class="meta" id="rendered">${r.checks.length} checks</p>
</header>
${xd}
${details.length ? `<h2>What went wrong</h2>${details.join('\n')}` : ''}
<h2>All checks</h2>
<nav id="filters"><button data-f="problems" data-label="failed or broken">failed or broken</button><button data-f="all" data-label="all">all</button><button data-f="passed" data-label="passed">passed</button><button data-f="skipped" data-label="skipped">skipped</button><button data-f="expected-difference" data-label="expected differences">expected differences</button></nav>
<table id="checks"><thead><tr><th>status</th><th>kind</th><th>profile</th><th>check</th><th>result</th><th>time</th></tr></thead><tbody>
${rows}
</tbody></table>
<script>${JS}</script>
</body></html>
`;
}
