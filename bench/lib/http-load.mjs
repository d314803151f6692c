// HTTP load against the API, in two models:
//   closed(): N connections each sending its next request when the last one answered (autocannon):
//             the most the API can serve — the throughput side of a ratio.
//   open():   requests arrive on a Poisson schedule at a fixed rate whether or not earlier ones
//             have answered, and each latency counts from the moment its request was due, so a
//             stall shows up in the percentiles instead of slowing the arrivals down (no
//             coordinated omission) — the latency side, compared with `pgbench --rate`.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { summarise } from './stats.mjs';

/** Closed model: { requests, ok, errors, rps, latencyMs }. */
export function closed({ base, make, connections, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let ok = 0;
    let bad = 0;
    const statuses = {};
    const first = make();
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ ...first, setupRequest: (req) => ({ ...req, ...make() }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = result.duration;
        resolve({
          model: 'closed',
          connections,
          seconds: elapsed,
          requests: ok + bad,
          ok,
          errors: result.errors + bad,
          timeouts: result.timeouts,
          statuses,
          rps: ok / elapsed,
          latencyMs: summarise(latencies),
        });
      },
    );
    instance.on('response', (client, statusCode, resBytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] || 0) + 1;
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        latencies.push(responseTime);
      } else {
        bad++;
      }
    });
  });
}

/** Open model at `rate` requests per second: { requests, ok, errors, rps, latencyMs }. */
export async function open({ base, make, rate, seconds, maxSockets = 256 }) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const latencies = [];
  const statuses = {};
  let ok = 0;
  let errors = 0;
  let sent = 0;
  let outstanding = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let due = start;

  const fire = (dueAt) => {
    const r = make();
    sent++;
    outstanding++;
    const req = http.request(
      { host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers, agent },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          outstanding--;
          statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
          if (res.statusCode >= 200 && res.statusCode < 300) {
            ok++;
            latencies.push(performance.now() - dueAt);
          } else {
            errors++;
          }
        });
      },
    );
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      outstanding--;
      errors++;
    });
    if (r.body) req.write(r.body);
    req.end();
  };

  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (due <= now && due < end) {
        fire(due);
        due += (-Math.log(1 - Math.random()) * 1000) / rate;
      }
      if (due >= end) return resolve();
      setTimeout(tick, Math.max(0, Math.min(due - performance.now(), 50)));
    };
    tick();
  });
  // Let the last requests finish (they count), for up to 30 s.
  const drainUntil = performance.now() + 30000;
  while (outstanding > 0 && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
  agent.destroy();
  return {
    model: 'open',
    rate,
    seconds,
    requests: sent,
    ok,
    errors: errors + outstanding,
    statuses,
    rps: ok / seconds,
    latencyMs: summarise(latencies),
  };
}

/** One request at a time for `seconds` (at least `min` requests): latency of a lone user. */
export async function sequential({ base, make, seconds, min = 10, max = 1000 }) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies = [];
  const serverMs = [];
  const statuses = {};
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  let last;
  for (let i = 0; (performance.now() < until || i < min) && i < max; i++) {
    const r = make();
    const t0 = performance.now();
    last = await new Promise((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers, agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', (e) => resolve({ status: 0, error: e }));
      if (r.body) req.write(r.body);
      req.end();
    });
    statuses[last.status] = (statuses[last.status] || 0) + 1;
    if (last.status >= 200 && last.status < 300) {
      latencies.push(performance.now() - t0);
      const m = /app;dur=([\d.]+)/.exec(last.headers['server-timing'] || '');
      if (m) serverMs.push(Number(m[1]));
    } else {
      errors++;
    }
  }
  agent.destroy();
  return {
    model: 'sequential',
    requests: latencies.length + errors,
    ok: latencies.length,
    errors,
    statuses,
    latencyMs: summarise(latencies),
    serverTimingMs: summarise(serverMs),
    last,
  };
}
