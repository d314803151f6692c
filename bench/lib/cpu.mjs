// Where the CPU went during a run, from /proc: the backend (java), the PostgreSQL backends serving
// the benchmark database, the load generator, and everything else on the machine. Divided by the
// requests served, it says what one request costs each side, and so what bounds a ratio on a
// machine whose cores all three share.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const TICK = 100; // USER_HZ on Linux

function procSeconds(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK; // utime + stime
  } catch {
    return 0;
  }
}

function postgresSeconds(database) {
  let sum = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmd;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // PostgreSQL titles each backend "postgres: 15/main: <user> <database> <client> <state>".
    if (cmd.startsWith('postgres: ') && cmd.includes(` ${database} `)) sum += procSeconds(pid);
  }
  return sum;
}

function machineSeconds() {
  const v = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - v[3] - v[4]) / TICK, total: total / TICK };
}

/**
 * The JVM's CPU: in all (the process's own count, which keeps the time of threads that have
 * ended), and that of its compiler (JIT) and garbage-collector threads, which live as long as it.
 */
function javaSeconds(pid) {
  const out = { total: 0, jit: 0, gc: 0 };
  if (!pid) return out;
  out.total = procSeconds(pid);
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let name;
    try {
      name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    const sec = procSeconds(`${pid}/task/${tid}`);
    if (/^C[12] CompilerThre/.test(name)) out.jit += sec;
    else if (/^(GC Thread|G1 |VM Thread)/.test(name)) out.gc += sec;
  }
  return out;
}

/** A snapshot; `generator` is a pid, or 'self' for this process. */
export function snapshot({ javaPid, database, generator }) {
  const self = process.cpuUsage();
  const java = javaSeconds(javaPid);
  return {
    at: performance.now(),
    java: java.total,
    jit: java.jit,
    gc: java.gc,
    postgres: postgresSeconds(database),
    generator: generator === 'self' ? (self.user + self.system) / 1e6 : generator ? procSeconds(generator) : 0,
    machine: machineSeconds(),
  };
}

/** CPU used between two snapshots, in cores (CPU seconds a second) and per unit of work. */
export function between(a, b, served) {
  const wall = (b.at - a.at) / 1000;
  const cores = (x) => Math.round((x / wall) * 100) / 100;
  const java = b.java - a.java;
  const postgres = b.postgres - a.postgres;
  const generator = b.generator - a.generator;
  const busy = b.machine.busy - a.machine.busy;
  const per = (x) => (served > 0 ? Math.round(((x / served) * 1e6)) / 1e3 : null); // ms of CPU per request
  const jit = b.jit - a.jit;
  const gc = b.gc - a.gc;
  return {
    seconds: Math.round(wall * 10) / 10,
    coresBusy: cores(busy),
    machineBusyPercent: Math.round((busy / (b.machine.total - a.machine.total)) * 100),
    cores: { java: cores(java), postgres: cores(postgres), generator: cores(generator), other: cores(Math.max(0, busy - java - postgres - generator)) },
    cpuMsPerRequest: { java: per(java), javaServing: per(java - jit - gc), javaJit: per(jit), javaGc: per(gc), postgres: per(postgres), generator: per(generator) },
  };
}

/**
 * Takes a snapshot `skip` seconds into a run and another `skip` seconds before its end, so start-up
 * and wind-down are left out. Resolves with the two snapshots (served counts are the caller's).
 */
export function window({ seconds, skip = 1, ...who }) {
  return new Promise((resolve) => {
    const span = Math.max(1, seconds - 2 * skip);
    setTimeout(() => {
      const a = snapshot(who);
      setTimeout(() => resolve({ a, b: snapshot(who), span }), span * 1000);
    }, skip * 1000);
  });
}
