#!/usr/bin/env node
// Gathers what a bench run measured (its work directory) into bench/results/<timestamp>.json and
// prints the Markdown table: every figure beside its target, met or not.
//   node report.mjs <workdir> <results.json>
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [work, resultsFile] = process.argv.slice(2);
const read = (f) => (existsSync(path.join(work, f)) ? JSON.parse(readFileSync(path.join(work, f), 'utf8')) : null);
const text = (f) => (existsSync(path.join(work, f)) ? readFileSync(path.join(work, f), 'utf8').trim() : null);
const sh = (cmd) => {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
};

const meta = read('meta.json');
const root = `${process.cwd()}/`;
if (meta?.javaOpts) meta.javaOpts = meta.javaOpts.split(root).join('');
const cases = read('cases.json') || { cases: {} };
const dataset = read('dataset.json');
const sizes = read('frontend-sizes.json');
const lighthouse = read('lighthouse.json');
const c = cases.cases;

// Heap: the largest occupancy after a collection, from -Xlog:gc, and whether the heap ever ran out.
let gc = null;
if (existsSync(path.join(work, 'gc.log'))) {
  let maxAfter = 0;
  let heap = 0;
  let collections = 0;
  const from = c.export?.backendUptimeAtStart ?? -1;
  const to = c.export?.backendUptimeAtEnd ?? -1;
  let exportCollections = 0;
  let exportMaxAfter = 0;
  for (const m of readFileSync(path.join(work, 'gc.log'), 'utf8').matchAll(/^\[([\d.]+)s\].*?(\d+)M->(\d+)M\((\d+)M\)/gm)) {
    collections++;
    maxAfter = Math.max(maxAfter, Number(m[3]));
    heap = Math.max(heap, Number(m[4]));
    if (Number(m[1]) >= from && Number(m[1]) <= to) {
      exportCollections++;
      exportMaxAfter = Math.max(exportMaxAfter, Number(m[3]));
    }
  }
  const log = readFileSync(path.join(work, 'backend.log'), 'utf8');
  gc = {
    collections,
    maxAfterGcMiB: maxAfter,
    heapMiB: heap,
    duringExports: { collections: exportCollections, maxAfterGcMiB: exportMaxAfter },
    outOfMemoryError: /OutOfMemoryError/.test(log),
  };
}

const load = (f) => text(f)?.replace(/.*load average:\s*/, '') ?? null;
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: load('uptime-start.txt'),
  loadAverageAtEnd: load('uptime-end.txt'),
  note: 'Other builds may run on the same machine at the same time; both sides of a ratio ran in the same minutes.',
};
const versions = {
  java: sh('java -version 2>&1 | head -n1'),
  postgresql: sh("psql -X -A -t -c 'SHOW server_version'"),
  postgis: sh("psql -X -A -t -c 'SELECT postgis_lib_version()'"),
  node: process.version,
  chromium: sh(`${process.env.CHROME_PATH || '/usr/bin/chromium'} --version 2>/dev/null`),
};
const git = { commit: sh('git rev-parse HEAD'), dirty: (sh('git status --porcelain -- backend frontend/src bench') || '') !== '' };

// ---- the summary: one row a figure, with its target
const n0 = (v) => (v == null ? '–' : Math.round(v).toLocaleString('en-GB'));
const ms = (v) => (v == null ? '–' : v >= 100 ? `${Math.round(v)}` : `${v.toFixed(1)}`);
const rows = [];
const row = (what, api, db, figure, target, met, note) => rows.push({ case: what, api, db, figure, target, met, note });
const missing = (what, target) => row(what, 'not run', '', '–', target, null);
const yes = (b) => (b == null ? null : Boolean(b));

for (const [key, what, target] of [
  ['get-one', 'get one space', 0.5],
  ['list-near', 'list spaces near a point (page of 50)', 0.4],
  ['submit', 'submit responses (Idempotency-Key)', 0.3],
]) {
  const r = c[key];
  if (!r) {
    missing(what, `≥ ${target} ×`);
    continue;
  }
  const o = r.api.open;
  const d = r.db.open;
  row(
    what,
    `${n0(r.api.closed.rps)} req/s; at ${n0(o.rate)}/s p50 ${ms(o.latencyMs.p50)} ms, p99 ${ms(o.latencyMs.p99)} ms`,
    `${n0(r.db.closed.tps)} tps; at ${n0(d.rate)}/s p50 ${ms(d.latencyMs.p50)} ms, p99 ${ms(d.latencyMs.p99)} ms`,
    `${r.ratio.toFixed(2)} ×`,
    `≥ ${target} ×`,
    r.ratio >= target,
  );
}
if (c.indicators) {
  const r = c.indicators;
  const p95 = r.api.latencyMs.p95;
  row(
    'indicators: place × quarter × age band',
    `p50 ${ms(r.api.latencyMs.p50)} ms, p95 ${ms(p95)} ms`,
    `p50 ${ms(r.db.latencyMs.p50)} ms, p95 ${ms(r.db.latencyMs.p95)} ms (psql)`,
    `p95 ${ms(p95)} ms; ${r.ratioP50.toFixed(2)} × / ${r.ratioP95.toFixed(2)} × (p50 / p95)`,
    '≤ 300 ms and ≤ 2 ×',
    p95 <= 300 && r.ratioP95 <= 2,
  );
} else missing('indicators: place × quarter × age band', '≤ 300 ms and ≤ 2 ×');
if (c.export) {
  for (const [format, label] of [['ndjson', 'NDJSON'], ['csv', 'CSV']]) {
    const r = c.export[format];
    row(
      `export ${n0(r.api.rows)} responses, ${label}`,
      `${n0(r.api.rowsPerSecond)} rows/s`,
      `${n0(r.db.rowsPerSecond)} rows/s (COPY … TO STDOUT)`,
      `${r.ratio.toFixed(2)} ×`,
      '≥ 0.33 ×',
      r.ratio >= 0.33,
    );
  }
  if (gc) {
    row(
      'export: heap cap 128 MB',
      `heap after each of the ${gc.duringExports.collections} collections during the exports ≤ ${gc.duringExports.maxAfterGcMiB} MiB of ${gc.heapMiB} MiB`
        + ` (whole run: ≤ ${gc.maxAfterGcMiB} MiB); ${gc.outOfMemoryError ? 'OutOfMemoryError' : 'no OutOfMemoryError'}`,
      '',
      gc.outOfMemoryError ? 'broken' : 'holds',
      'holds',
      !gc.outOfMemoryError,
    );
  }
} else missing('export responses, NDJSON and CSV', '≥ 0.33 ×');
if (c.occurrences) {
  const r = c.occurrences.api;
  row('occurrences, one month (5,000 recurring events)', `p50 ${ms(r.latencyMs.p50)} ms, p95 ${ms(r.latencyMs.p95)} ms`, '', `p95 ${ms(r.latencyMs.p95)} ms`, 'reported', null);
} else missing('occurrences, one month', 'reported');
if (meta) {
  const s = meta.firstAnswerMs / 1000;
  const cpuS = meta.startupCpuMs != null ? `; ${(meta.startupCpuMs / 1000).toFixed(1)} s of CPU` : '';
  row('startup: time to first successful request', `${s.toFixed(2)} s (Quarkus: started in ${meta.quarkusStartedSeconds ?? '?'} s${cpuS})`, '', `${s.toFixed(2)} s`, '≤ 5 s', s <= 5);
}
if (cases.memoryAfterWarmupMiB) {
  const m = cases.memoryAfterWarmupMiB.rss;
  row('RSS after warm-up', `${Math.round(m)} MiB (peak over the run ${Math.round(cases.memoryAtEndMiB?.peak ?? m)} MiB)`, '', `${Math.round(m)} MiB`, '≤ 350 MiB', m <= 350);
}
if (sizes) {
  row('SPA initial JS, gzipped', `${sizes.initialJsGzipKiB} KiB (${sizes.initialJsFiles.length} files)`, '', `${sizes.initialJsGzipKiB} KiB`, '≤ 200 KiB', sizes.initialJsGzipKiB <= 200);
  row('SPA initial CSS, gzipped', `${sizes.initialCssGzipKiB} KiB`, '', `${sizes.initialCssGzipKiB} KiB`, 'reported', null);
}
if (lighthouse) {
  for (const [key, what] of [['dashboard', `Lighthouse: place dashboard (${meta?.dashboardPath})`], ['survey', 'Lighthouse: public survey form']]) {
    const l = lighthouse[key];
    if (!l) continue;
    row(
      what,
      `performance ${l.performance}, accessibility ${l.accessibility}; LCP ${n0(l.lcpMs)} ms, TBT ${n0(l.tbtMs)} ms, CLS ${l.cls}`,
      '',
      `${l.performance} / ${l.accessibility}`,
      '≥ 90 / = 100',
      l.performance >= 90 && l.accessibility === 100,
    );
  }
}

// Where the CPU went in the closed-model runs: what one request costs each process.
const cpuRows = [];
for (const [key, what] of [['get-one', 'get one space'], ['list-near', 'list near'], ['submit', 'submit']]) {
  const a = c[key]?.api.closed.cpu;
  const d = c[key]?.db.closed.cpu;
  if (!a || !d) continue;
  const p = a.cpuMsPerRequest;
  cpuRows.push(`| ${what} | ${p.java} (serving ${p.javaServing}, JIT ${p.javaJit}, GC ${p.javaGc}) | ${p.postgres} | ${p.generator} | ${a.cores.other} `
    + `| ${d.cpuMsPerRequest.postgres} | ${d.cpuMsPerRequest.generator} | ${d.cores.other} |`);
}

const result = {
  timestamp: meta?.timestamp,
  scale: meta?.scale,
  git,
  machine,
  versions,
  dataset,
  loadSeconds: meta?.loadSeconds,
  totalSeconds: meta?.totalSeconds,
  phases: text('phases.txt')?.split('\n'),
  backend: {
    javaOpts: meta?.javaOpts,
    firstAnswerMs: meta?.firstAnswerMs,
    startupCpuMs: meta?.startupCpuMs,
    quarkusStartedSeconds: meta?.quarkusStartedSeconds,
    memoryAfterWarmupMiB: cases.memoryAfterWarmupMiB,
    memoryAtEndMiB: cases.memoryAtEndMiB,
    gc,
  },
  settings: cases.settings,
  warmup: cases.warmup,
  cases: c,
  frontend: { sizes, lighthouse },
  summary: rows,
};
writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);

const mark = (m) => (m === true ? 'met' : m === false ? '**missed**' : '');
const lines = [
  `### Kickstart bench ${meta?.timestamp} — SCALE=${meta?.scale}`,
  '',
  `Dataset: ${dataset ? `${n0(dataset.places)} places, ${n0(dataset.spaces)} spaces, ${n0(dataset.events)} recurring events, ${n0(dataset.responses)} survey responses (${dataset.databaseSize})` : '–'}; loaded in ${meta?.loadSeconds ?? '–'} s.`,
  `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB; load average ${machine.loadAverageAtStart} at the start, ${machine.loadAverageAtEnd} at the end.`,
  `Backend: \`java ${meta?.javaOpts ?? ''} -jar\`, warmed up for ${cases.warmup?.seconds ?? '–'} s; ${versions.postgresql ? `PostgreSQL ${versions.postgresql}` : ''}. Whole run: ${meta?.totalSeconds ?? '–'} s.`,
  '',
  '| case | API | PostgreSQL alone | figure | target | |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.case} | ${r.api} | ${r.db || '—'} | ${r.figure} | ${r.target} | ${mark(r.met)} |`),
  '',
  ...(cpuRows.length
    ? ['', 'CPU per request in the closed-model runs, in ms (from /proc; "others" is what the rest of the machine used meanwhile, in cores of 2):', '',
      '| case | API: java | API: PostgreSQL | API: load generator | others | pgbench: PostgreSQL | pgbench itself | others |',
      '|---|---|---|---|---|---|---|---|', ...cpuRows]
    : []),
  '',
  `Throughput: closed model, ${cases.settings?.connections ?? '?'} connections / pgbench clients, ${cases.settings?.seconds ?? '?'} s each. `
    + `Latency: open model (Poisson arrivals at ${Math.round((cases.settings?.openFraction ?? 0) * 100)} % of the API's throughput, `
    + 'the same rate for pgbench --rate; latency counted from when each request was due).',
];
console.log(lines.join('\n'));
