#!/usr/bin/env node
// Warms the backend up, then runs each case against the API and against PostgreSQL directly, one
// after the other in the same run, and writes what it measured as JSON ($BENCH_OUT).
// Called by bench/run.sh once the dataset is loaded and the backend is up; it reads:
//   BENCH_API             the backend's base URL (http://127.0.0.1:8580)
//   BENCH_BACKEND_PID     the backend's pid (for its resident memory)
//   BENCH_SPACES          how many spaces were loaded
//   BENCH_CAPTURE_LOG     the log of the backend run that recorded the indicators SQL
//   BENCH_WORK            a scratch directory;  BENCH_OUT  where the JSON goes
//   BENCH_SECONDS (15)    length of each measured run
//   BENCH_WARMUP_SECONDS (150), BENCH_CONNECTIONS (8), BENCH_OPEN_FRACTION (0.5: the open-model
//   rate as a share of the API's closed-model throughput), BENCH_CASES (all; or a comma list)
//   PG* for psql/pgbench; KEYCLOAK_URL for scripts/token.sh.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closed, open, sequential } from './http-load.mjs';
import { copyOut, pgbench, psqlTimed, psqlValue } from './db.mjs';
import { apiExport, exportSql, placeCodesSql } from './export.mjs';
import { CALDERDALE, PLACES, requestsFor } from './requests.mjs';
import { round } from './stats.mjs';
import { between, window } from './cpu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const env = process.env;
const base = env.BENCH_API || 'http://127.0.0.1:8580';
const work = env.BENCH_WORK;
const spaces = Number(env.BENCH_SPACES);
const seconds = Number(env.BENCH_SECONDS || 15);
const warmupSeconds = Number(env.BENCH_WARMUP_SECONDS || 150);
const connections = Number(env.BENCH_CONNECTIONS || 8);
const openFraction = Number(env.BENCH_OPEN_FRACTION || 0.5);
const only = env.BENCH_CASES ? env.BENCH_CASES.split(',') : null;
const wanted = (name) => !only || only.includes(name);
const script = (name) => path.join(root, 'bench/pgbench', `${name}.sql`);

const t0 = Date.now();
const log = (...a) => console.log(`[bench +${Math.round((Date.now() - t0) / 1000)}s]`, ...a);
const token = () => execFileSync(path.join(root, 'scripts/token.sh'), ['analyst'], { encoding: 'utf8' }).trim();
const rssMiB = () => {
  const status = readFileSync(`/proc/${env.BENCH_BACKEND_PID}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: round(kb('VmRSS') / 1024, 1), peak: round(kb('VmHWM') / 1024, 1) };
};
// Seconds since the backend started, on the clock its GC log (-Xlog:gc) stamps its lines with.
const jvmUptime = () => {
  const up = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  const stat = readFileSync(`/proc/${env.BENCH_BACKEND_PID}/stat`, 'utf8');
  const started = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]) / 100;
  return round(up - started, 1);
};
const checkOk = (name, r) => {
  if (r.ok === 0 || r.errors > r.ok * 0.01) {
    throw new Error(`${name}: ${r.errors} errors in ${r.requests} requests (statuses ${JSON.stringify(r.statuses)})`);
  }
};

const database = env.PGDATABASE;
const javaPid = env.BENCH_BACKEND_PID;
const withCpu = (w, result, perSecond) => w.then(({ a, b }) => {
  result.cpu = between(a, b, perSecond * ((b.at - a.at) / 1000));
  return result;
});

/** A throughput case: closed API vs closed pgbench, then both open at the same rate. */
async function throughputCase(name, pgScript, vars = {}) {
  const make = requestsFor(name, { spaces });
  log(`${name}: API, closed model, ${connections} connections, ${seconds}s`);
  const apiWindow = window({ seconds, javaPid, database, generator: 'self' });
  const apiClosed = await closed({ base, make, connections, seconds });
  await withCpu(apiWindow, apiClosed, apiClosed.rps);
  checkOk(name, apiClosed);
  log(`${name}: pgbench, closed model, ${connections} clients, ${seconds}s`);
  await pgbench({ script: script(pgScript), clients: connections, seconds: 2, vars, workDir: work, label: `${name}-warm` });
  let dbWindow;
  const dbClosed = await pgbench({
    script: script(pgScript), clients: connections, seconds, vars, workDir: work, label: `${name}-closed`,
    onStart: (pid) => (dbWindow = window({ seconds, javaPid, database, generator: pid })),
  });
  await withCpu(dbWindow, dbClosed, dbClosed.tps);
  const rate = Math.max(1, Math.round(apiClosed.rps * openFraction));
  log(`${name}: API, open model at ${rate}/s, ${seconds}s`);
  const apiOpen = await open({ base, make, rate, seconds });
  checkOk(name, apiOpen);
  log(`${name}: pgbench, open model at ${rate}/s, ${seconds}s`);
  const dbOpen = await pgbench({ script: script(pgScript), clients: connections, seconds, rate, vars, workDir: work, label: `${name}-open` });
  const result = {
    api: { closed: apiClosed, open: apiOpen },
    db: { closed: dbClosed, open: dbOpen },
    ratio: round(apiClosed.rps / dbClosed.tps, 3),
  };
  const c = apiClosed.cpu;
  log(`${name}: API ${round(apiClosed.rps, 0)} req/s, pgbench ${round(dbClosed.tps, 0)} tps, ratio ${result.ratio};`
    + ` at ${rate}/s p50/p99 API ${apiOpen.latencyMs.p50}/${apiOpen.latencyMs.p99} ms, SQL ${dbOpen.latencyMs.p50}/${dbOpen.latencyMs.p99} ms`);
  log(`${name}: CPU per API request: java ${c.cpuMsPerRequest.java} ms (JIT ${c.cpuMsPerRequest.javaJit}, GC ${c.cpuMsPerRequest.javaGc}), PostgreSQL ${c.cpuMsPerRequest.postgres} ms, load generator ${c.cpuMsPerRequest.generator} ms`
    + ` (cores busy ${c.coresBusy}, of which others ${c.cores.other}); per pgbench transaction: PostgreSQL ${dbClosed.cpu.cpuMsPerRequest.postgres} ms,`
    + ` pgbench ${dbClosed.cpu.cpuMsPerRequest.generator} ms (cores busy ${dbClosed.cpu.coresBusy}, of which others ${dbClosed.cpu.cores.other})`);
  return result;
}

/** The indicators statement the backend sent, as its SQL log recorded it, with its bind values. */
function capturedIndicatorsStatement(uclaHigh) {
  const lines = readFileSync(env.BENCH_CAPTURE_LOG, 'utf8').split('\n');
  const line = lines.find((l) => l.startsWith('Hibernate: WITH r AS ('));
  if (!line) throw new Error(`no indicators statement in ${env.BENCH_CAPTURE_LOG}`);
  const sql = line.slice('Hibernate: '.length);
  // The settings the backend makes for the statement in its transaction (set_config(…, true)),
  // made for the psql session instead, so both sides run the same plan.
  const setup = lines.slice(0, lines.indexOf(line)).reverse().find((l) => l.startsWith('Hibernate: SELECT set_config('));
  const settings = setup ? [setup.slice('Hibernate: '.length).replace(/, true\)/g, ', false)')] : [];
  const types = [];
  const values = [];
  let n = 0;
  const statement = sql.replace(/\?/g, (match, offset) => {
    const before = sql.slice(Math.max(0, offset - 30), offset);
    if (/place_id = $/.test(before)) {
      types.push('uuid');
      values.push(CALDERDALE);
    } else if (/score >= $/.test(before)) {
      types.push('int4');
      values.push(uclaHigh);
    } else {
      throw new Error(`unknown bind parameter after "${before}" in the indicators SQL: teach bench/lib/cases.mjs about it`);
    }
    return `$${++n}`;
  });
  return { statement, types, values, settings };
}

async function main() {
  const out = { settings: { seconds, warmupSeconds, connections, openFraction }, cases: {} };
  const save = () => writeFileSync(env.BENCH_OUT, JSON.stringify(out, null, 2));
  let analyst = token();

  // ---- warm-up: every path three times round (the JIT compiles what it sees used), one export of each
  // format; then the responses it submitted are removed again, so the exports have the dataset's
  // count exactly.
  if (warmupSeconds > 0) {
    const started = Date.now();
    const phases = ['get-one', 'list-near', 'occurrences', 'indicators', 'submit'];
    const rounds = 3;
    const each = Math.max(3, Math.ceil((warmupSeconds - 15) / (rounds * phases.length)));
    for (let round = 1; round <= rounds; round++) {
      for (const name of phases) {
        log(`warm-up ${round}/${rounds}: ${name}, ${each}s`);
        const heavy = name === 'occurrences' || name === 'indicators';
        const r = await closed({ base, make: requestsFor(name, { spaces, token: analyst }), connections: heavy ? 2 : connections, seconds: each });
        checkOk(`warm-up ${name}`, r);
      }
    }
    for (const accept of ['application/x-ndjson', 'text/csv']) {
      log(`warm-up: export (${accept})`);
      await apiExport(base, `/api/v1/places/${PLACES[0]}/responses/export`, accept, analyst);
    }
    while (Date.now() - started < warmupSeconds * 1000) {
      await closed({ base, make: requestsFor('get-one', { spaces }), connections, seconds: 3 });
    }
    out.warmup = { seconds: round((Date.now() - started) / 1000, 1) };
    const removed = psqlValue('WITH d AS (DELETE FROM survey_response WHERE receipt_hash IS NOT NULL RETURNING 1) SELECT count(*) FROM d');
    psqlValue('DELETE FROM idempotency_key');
    log(`warm-up took ${out.warmup.seconds}s; removed the ${removed} responses it submitted`);
  }
  out.memoryAfterWarmupMiB = rssMiB();
  log(`after warm-up: RSS ${out.memoryAfterWarmupMiB.rss} MiB`);
  save();

  if (wanted('get-one')) out.cases['get-one'] = await throughputCase('get-one', 'get-one', { spaces });
  save();
  if (wanted('list-near')) out.cases['list-near'] = await throughputCase('list-near', 'near');
  save();

  if (wanted('occurrences')) {
    log(`occurrences: one request at a time, ${seconds}s`);
    const r = await sequential({ base, make: requestsFor('occurrences'), seconds, min: 20 });
    checkOk('occurrences', r);
    const page = JSON.parse(r.last.body.toString('utf8'));
    delete r.last;
    out.cases.occurrences = { api: r, pageSize: page.items.length };
    log(`occurrences: p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms`);
    save();
  }

  if (wanted('indicators')) {
    analyst = token();
    log(`indicators: one request at a time, ${seconds}s`);
    const r = await sequential({ base, make: requestsFor('indicators', { token: analyst }), seconds, min: 20, max: 200 });
    checkOk('indicators', r);
    const body = JSON.parse(r.last.body.toString('utf8'));
    delete r.last;
    const { statement, types, values, settings } = capturedIndicatorsStatement(body.uclaHighThreshold);
    const runs = Math.min(Math.max(r.ok, 20), 60);
    log(`indicators: the same statement in psql (PREPARE, then ${runs} × EXECUTE with \\timing)`);
    const sql = psqlTimed({ statement, types, values, runs, workDir: work, label: 'indicators', setup: settings });
    if (sql.rows !== body.items.length) {
      throw new Error(`indicators: psql gave ${sql.rows} rows, the API ${body.items.length} items — not the same statement`);
    }
    writeFileSync(path.join(work, 'indicators-statement.sql'),
      `-- types ${types.join(', ')}; values ${values.join(', ')}\n${settings.map((x) => `${x};\n`).join('')}${statement}\n`);
    out.cases.indicators = {
      api: r,
      db: sql,
      rows: sql.rows,
      ratioP50: round(r.latencyMs.p50 / sql.latencyMs.p50, 2),
      ratioP95: round(r.latencyMs.p95 / sql.latencyMs.p95, 2),
    };
    log(`indicators: API p50/p95 ${r.latencyMs.p50}/${r.latencyMs.p95} ms, SQL ${sql.latencyMs.p50}/${sql.latencyMs.p95} ms`);
    save();
  }

  if (wanted('export')) {
    analyst = token();
    const result = { backendUptimeAtStart: jvmUptime() };
    for (const [format, accept] of [['ndjson', 'application/x-ndjson'], ['csv', 'text/csv']]) {
      const api = { rows: 0, bytes: 0, seconds: 0 };
      const db = { rows: 0, bytes: 0, seconds: 0 };
      for (const place of PLACES) {
        const codes = psqlValue(placeCodesSql(place)).split('\n').filter(Boolean);
        const a = await apiExport(base, `/api/v1/places/${place}/responses/export`, accept, analyst);
        if (a.status !== 200) throw new Error(`export ${format} of ${place}: HTTP ${a.status}`);
        const d = await copyOut(exportSql(`r.place_id = '${place}'`, codes, format));
        if (a.bytes !== d.bytes || a.rows !== d.rows) {
          throw new Error(`export ${format} of ${place}: API sent ${a.rows} lines/${a.bytes} bytes, COPY ${d.rows}/${d.bytes} — not the same statement`);
        }
        for (const [sum, x] of [[api, a], [db, d]]) {
          sum.rows += x.rows - (format === 'csv' ? 1 : 0);
          sum.bytes += x.bytes;
          sum.seconds += x.seconds;
        }
      }
      api.rowsPerSecond = round(api.rows / api.seconds, 0);
      db.rowsPerSecond = round(db.rows / db.seconds, 0);
      result[format] = { api, db, ratio: round(api.rowsPerSecond / db.rowsPerSecond, 3) };
      log(`export ${format}: ${api.rows} rows; API ${api.rowsPerSecond} rows/s, COPY ${db.rowsPerSecond} rows/s, ratio ${result[format].ratio}`);
    }
    result.backendUptimeAtEnd = jvmUptime();
    result.memoryAfterMiB = rssMiB();
    out.cases.export = result;
    save();
  }

  if (wanted('submit')) {
    log('submit: warm-up, 5s');
    await closed({ base, make: requestsFor('submit'), connections, seconds: 5 });
    out.cases.submit = await throughputCase('submit', 'submit');
    save();
  }

  out.memoryAtEndMiB = rssMiB();
  save();
}

main().catch((e) => {
  console.error('[bench] ERROR:', e.message);
  process.exit(1);
});
