// The database's side of each case: pgbench scripts, psql with \timing, COPY … TO STDOUT.
// Connection settings come from the PG* environment (PGHOST, PGPORT, PGUSER, PGDATABASE).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarise } from './stats.mjs';

/**
 * pgbench -M prepared with `clients` connections for `seconds`; with `rate`, an open model
 * (Poisson arrivals; latency counted from each transaction's scheduled start).
 */
export async function pgbench({ script, clients, seconds, rate, vars = {}, workDir, label, onStart }) {
  const dir = path.join(workDir, `pgbench-${label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', '1', '-T', String(seconds), '-f', script,
    '--log', `--log-prefix=${path.join(dir, 'tx')}`];
  if (rate) args.push('-R', String(rate));
  for (const [k, v] of Object.entries(vars)) args.push('-D', `${k}=${v}`);
  const r = await new Promise((resolve) => {
    const p = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c) => (stdout += c));
    p.stderr.on('data', (c) => (stderr += c));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
    if (onStart) onStart(p.pid);
  });
  writeFileSync(path.join(dir, 'output.txt'), `pgbench ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) throw new Error(`pgbench failed (${label}):\n${r.stderr.slice(-2000)}`);
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(r.stdout)?.[1] ?? 0);
  const latencies = [];
  for (const f of readdirSync(dir).filter((x) => x.startsWith('tx.'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const cols = line.split(' ');
      if (cols.length >= 6 && cols[2] !== 'skipped' && cols[2] !== 'failed') latencies.push(Number(cols[2]) / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    model: rate ? 'open' : 'closed',
    clients,
    rate: rate || undefined,
    seconds,
    transactions: latencies.length,
    failed,
    tps,
    latencyMs: summarise(latencies),
  };
}

/** Runs `psql -f file` and returns what it printed; throws on failure. */
export function psqlFile(file, extra = []) {
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...extra, '-f', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`psql -f ${file} failed:\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}

export function psqlValue(sql) {
  const r = spawnSync('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${sql}\n${r.stderr}`);
  return r.stdout.trim();
}

/**
 * A statement with bind parameters, timed in psql: PREPARE once, EXECUTE `runs` times with
 * \timing (as the backend's driver does once a statement has been used a few times), after the
 * `setup` statements (settings the backend makes for it). Returns the latencies and the number of
 * rows one execution gives.
 */
export function psqlTimed({ statement, types, values, runs, workDir, label, setup = [] }) {
  const file = path.join(workDir, `${label}.sql`);
  const literals = values.map((v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`));
  const execute = `EXECUTE bench_stmt(${literals.join(', ')});`;
  writeFileSync(file, [
    ...setup.map((sql) => `${sql};`),
    `PREPARE bench_stmt(${types.join(', ')}) AS ${statement};`,
    `\\o ${path.join(workDir, `${label}.rows`)}`,
    execute,
    '\\o /dev/null',
    '\\timing on',
    ...Array.from({ length: runs }, () => execute),
    '',
  ].join('\n'));
  const out = psqlFile(file, ['-A', '-t']);
  const times = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  const rows = readFileSync(path.join(workDir, `${label}.rows`), 'utf8').split('\n').filter((l) => l.length > 0).length;
  return { runs: times.length, rows, latencyMs: summarise(times) };
}

/** COPY (…) TO STDOUT through psql, counting what arrives: { rows, bytes, seconds }. */
export function copyOut(sql) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let rows = 0;
    let err = '';
    p.stdout.on('data', (c) => {
      bytes += c.length;
      for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) rows++;
    });
    p.stderr.on('data', (c) => (err += c));
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`COPY failed: ${err}`));
      resolve({ rows, bytes, seconds: (performance.now() - t0) / 1000 });
    });
  });
}
