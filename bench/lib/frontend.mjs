#!/usr/bin/env node
// The SPA's side of `make bench`:
//   node frontend.mjs sizes <dist> <out.json>
//       what the first page load fetches, gzipped: the entry script and the chunks index.html
//       preloads (initial JS), its stylesheets (initial CSS), and the totals of the build.
//   node frontend.mjs lighthouse <workdir> <out.json> <name>=<url>...
//       Lighthouse through @lhci/cli (Debian's Chromium at $CHROME_PATH, default mobile
//       settings), $BENCH_LH_RUNS runs a page (3); the median of each figure is reported.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const KiB = (n) => Math.round((n / 1024) * 10) / 10;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function sizes(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const scripts = [
    ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const styles = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const local = (u) => path.join(dist, u.replace(/^\//, ''));
  const sum = (files) => files.reduce((a, f) => ({ raw: a.raw + statSync(f).size, gzip: a.gzip + gz(f) }), { raw: 0, gzip: 0 });
  const all = (ext) => {
    const found = [];
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (e.name.endsWith(ext)) found.push(path.join(d, e.name));
      }
    };
    walk(dist);
    return found;
  };
  const initialJs = sum(scripts.map(local));
  const initialCss = sum(styles.map(local));
  const totalJs = sum(all('.js'));
  const totalCss = sum(all('.css'));
  return {
    initialJsFiles: scripts,
    initialCssFiles: styles,
    initialJsGzipKiB: KiB(initialJs.gzip),
    initialJsRawKiB: KiB(initialJs.raw),
    initialCssGzipKiB: KiB(initialCss.gzip),
    initialCssRawKiB: KiB(initialCss.raw),
    totalJsGzipKiB: KiB(totalJs.gzip),
    totalCssGzipKiB: KiB(totalCss.gzip),
    jsChunks: all('.js').length,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
};

function lighthouse(workdir, pages) {
  const runs = Number(process.env.BENCH_LH_RUNS || 3);
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'].join(' ');
  const lhci = path.join(here, '..', 'node_modules', '.bin', 'lhci');
  const result = {};
  for (const [name, url] of pages) {
    const dir = path.join(workdir, `lighthouse-${name}`);
    rmSync(dir, { recursive: true, force: true });
    const args = ['collect', '--no-lighthouserc', `--url=${url}`, `--numberOfRuns=${runs}`,
      `--chromePath=${process.env.CHROME_PATH || '/usr/bin/chromium'}`, `--settings.chromeFlags=${flags}`];
    const r = spawnSync(lhci, args, { cwd: workdir, encoding: 'utf8', env: { ...process.env }, maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(path.join(workdir, `lighthouse-${name}.log`), `${r.stdout}\n${r.stderr}`);
    if (r.status !== 0) throw new Error(`lhci collect failed for ${url}:\n${(r.stderr || r.stdout).slice(-2000)}`);
    const lhrDir = path.join(workdir, '.lighthouseci');
    const lhrs = readdirSync(lhrDir).filter((f) => /^lhr-.*\.json$/.test(f)).map((f) => JSON.parse(readFileSync(path.join(lhrDir, f), 'utf8')));
    rmSync(lhrDir, { recursive: true, force: true });
    const valid = lhrs.filter((l) => !l.runtimeError && l.categories.performance.score != null);
    if (valid.length === 0) throw new Error(`Lighthouse gave no result for ${url}: ${lhrs[0]?.runtimeError?.message}`);
    const pick = (f) => valid.map(f);
    const failedA11y = valid[0].categories.accessibility.auditRefs
      .filter((a) => a.weight > 0 && valid[0].audits[a.id].score !== null && valid[0].audits[a.id].score < 1)
      .map((a) => a.id);
    result[name] = {
      url,
      runs: valid.length,
      performance: Math.round(median(pick((l) => l.categories.performance.score)) * 100),
      accessibility: Math.round(median(pick((l) => l.categories.accessibility.score)) * 100),
      lcpMs: Math.round(median(pick((l) => l.audits['largest-contentful-paint'].numericValue))),
      tbtMs: Math.round(median(pick((l) => l.audits['total-blocking-time'].numericValue))),
      cls: Math.round(median(pick((l) => l.audits['cumulative-layout-shift'].numericValue)) * 1000) / 1000,
      fcpMs: Math.round(median(pick((l) => l.audits['first-contentful-paint'].numericValue))),
      accessibilityFailures: failedA11y,
      finalUrl: valid[0].finalDisplayedUrl || valid[0].finalUrl,
      lighthouseVersion: valid[0].lighthouseVersion,
      formFactor: valid[0].configSettings.formFactor,
      benchmarkIndex: valid[0].environment?.benchmarkIndex,
    };
    writeFileSync(`${dir}.json`, JSON.stringify(valid[0]));
  }
  return result;
}

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'sizes') {
    writeFileSync(rest[1], JSON.stringify(sizes(rest[0]), null, 2));
  } else if (cmd === 'lighthouse') {
    const [workdir, out, ...pages] = rest;
    writeFileSync(out, JSON.stringify(lighthouse(workdir, pages.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])), null, 2));
  } else {
    throw new Error('usage: frontend.mjs sizes <dist> <out.json> | lighthouse <workdir> <out.json> <name>=<url>...');
  }
} catch (e) {
  console.error('[bench] ERROR:', e.message);
  process.exit(1);
}
