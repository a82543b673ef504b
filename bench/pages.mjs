// script/bench pages: Lighthouse (mobile, its default simulated throttling) on every public page of the site, served
// by the local host as script/server serves it (demo seeded) but on free ports of its own, with a private in-memory
// Azurite; prints one row per page against the targets of issue 33 and exits 1 if any page misses one.
// Expects the local host built in Debug (script/bench builds it) and Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
// Usage: node bench/pages.mjs [runs]   runs per page (default 3); the median run by performance is shown, as
// Lighthouse's own guidance on variability advises: one run's blocking time moves with the machine's load.
// LIGHTHOUSE_REPORTS=dir keeps every JSON report there, to see where a page's blocking time went (its long-tasks audit).
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number.parseInt(process.argv[2] ?? '3', 10);
const pages = ['/', '/rules.html', '/submit.html', '/du-lieu-ca-nhan.html', '/lookup.html', '/ho-so.html', '/ket-qua.html', '/receipt.html', '/tac-pham.html'];
const targets = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, cls: 0.02, consoleErrors: 0 };
// Azurite's well-known development account, as tests/…/Infrastructure/Azurite.cs uses it.
const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const children = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
function stop() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(command, args, what, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let errors = '';
  child.stderr.on('data', chunk => { errors = (errors + chunk).slice(-4000); });
  child.on('exit', code => { if (code !== null && code !== 0 && !stopping) console.error(`${what} exited with ${code}:\n${errors}`); });
  children.push(child);
  return child;
}
let stopping = false;

async function until(what, condition, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try { if (await condition()) return true; } catch { /* not listening yet */ }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  console.error(`pages: gave up waiting for ${what} after ${seconds} s`);
  return false;
}

const [blob, queue, table, web] = [await freePort(), await freePort(), await freePort(), await freePort()];
start(path.join(repository, 'node_modules', '.bin', 'azurite'), [
  '--silent', '--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--disableTelemetry',
  '--blobHost', '127.0.0.1', '--blobPort', `${blob}`, '--queueHost', '127.0.0.1', '--queuePort', `${queue}`,
  '--tableHost', '127.0.0.1', '--tablePort', `${table}`,
], 'Azurite', { cwd: scratch });
const storage = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' + `AccountKey=${accountKey};` +
  `BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${queue}/devstoreaccount1;` +
  `TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;`;
await until('Azurite', async () => (await fetch(`http://127.0.0.1:${table}/`).catch(() => null)) !== null, 30);

// As script/server runs it: the demo seeded (the 2018 contest closed, judged and published), timers off so nothing
// but the pages' own requests runs during a measurement.
const site = `http://127.0.0.1:${web}`;
const dll = path.join(repository, 'functions', 'ContestServerless.LocalHost', 'bin', 'Debug', 'net10.0', 'ContestServerless.LocalHost.dll');
start('dotnet', [dll, '--urls', site, '--LocalHost:DemoEntries=60', `--Storage:ConnectionString=${storage}`,
  `--SendGrid:Host=${site}/sendgrid`, `--LocalHost:SiteOrigins:0=${site}`, `--Reminder:SiteUrl=${site}`,
  '--LocalHost:RunTimers=false', '--Logging:LogLevel:Default=Warning'], 'the local host', { cwd: path.dirname(dll) });
if (!await until('the local host', async () => (await fetch(`${site}/api/contest`)).ok, 120)) process.exit(1);
// The demo's results are published last: the results page is measured as an entrant sees it after publication.
await until('the demo results', async () => (await fetch(`${site}/api/results`)).ok, 180);

const lighthouse = path.join(repository, 'node_modules', '.bin', 'lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function measure(page, run) {
  const report = path.join(scratch, `report-${run}.json`);
  try {
    execFileSync(lighthouse, [site + page, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      // A 360 px phone, the narrowest the site is built for (Lighthouse's own phone is 412 px wide).
      '--screenEmulation.mobile', '--screenEmulation.width=360', '--screenEmulation.height=740', '--screenEmulation.deviceScaleFactor=2',
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
  } catch (error) {
    throw new Error(`Lighthouse failed on ${page}: ${error.stderr?.toString().slice(-2000) ?? error.message}`);
  }
  if (process.env.LIGHTHOUSE_REPORTS) {
    mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
    copyFileSync(report, path.join(process.env.LIGHTHOUSE_REPORTS, `${page.replace(/\W+/g, '_')}-${run}.json`));
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const score = id => Math.round((result.categories[id]?.score ?? 0) * 100);
  const audit = id => result.audits[id]?.numericValue ?? Number.NaN;
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
    consoleErrors: result.audits['errors-in-console']?.details?.items?.length ?? 0,
  };
}

function misses(row) {
  const missed = [];
  if (row.performance < targets.performance) missed.push('perf');
  if (row.accessibility < targets.accessibility) missed.push('a11y');
  if (row.bestPractices < targets.bestPractices) missed.push('bp');
  if (row.seo < targets.seo) missed.push('seo');
  if (!(row.cls <= targets.cls)) missed.push('cls');
  if (row.consoleErrors > targets.consoleErrors) missed.push('console');
  return missed;
}

const pad = (value, width) => String(value).padStart(width);
console.log(`Lighthouse ${JSON.parse(readFileSync(path.join(repository, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version}, mobile at 360 px, simulated throttling, ${site} (${runs} run(s) a page)`);
console.log(`${'page'.padEnd(24)}${pad('perf', 5)}${pad('a11y', 5)}${pad('bp', 5)}${pad('seo', 5)}${pad('LCP ms', 8)}${pad('CLS', 7)}${pad('TBT ms', 8)}${pad('KB', 7)}${pad('errors', 7)}  misses`);
let failed = 0;
for (const page of pages) {
  const rows = [];
  for (let run = 0; run < runs; run++) rows.push(measure(page, run));
  rows.sort((a, b) => a.performance - b.performance);
  const row = rows[Math.floor(rows.length / 2)];
  const missed = misses(row);
  if (missed.length > 0) failed++;
  console.log(`${page.padEnd(24)}${pad(row.performance, 5)}${pad(row.accessibility, 5)}${pad(row.bestPractices, 5)}${pad(row.seo, 5)}` +
    `${pad(Math.round(row.lcp), 8)}${pad(row.cls.toFixed(3), 7)}${pad(Math.round(row.tbt), 8)}${pad((row.bytes / 1024).toFixed(1), 7)}` +
    `${pad(row.consoleErrors, 7)}  ${missed.length > 0 ? missed.join(', ') : '-'}`);
}
console.log(`${'target'.padEnd(24)}${pad('≥98', 5)}${pad('100', 5)}${pad('100', 5)}${pad('100', 5)}${pad('', 8)}${pad('≤0.02', 7)}${pad('', 8)}${pad('', 7)}${pad('0', 7)}`);
console.log(failed > 0 ? `${failed} of ${pages.length} pages miss a target` : `every page meets its targets`);
stopping = true;
process.exit(failed > 0 ? 1 : 0);
