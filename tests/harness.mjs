// The end-to-end harness every browser test uses: it serves a built dist/ folder on a free
// loopback port (optionally under a sub-path, as GitHub Pages does), launches headless Chromium
// through playwright-core, records console errors, page errors and every request, and closes
// everything it started — also when a test fails or the run is interrupted.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** `TEST_TODAY=2027-01-04 ./x test` (or the same for a single test file) runs the browser tests
 *  as if the clock stood at that day's present hour: the example's dates and the app's "today"
 *  follow it, so a test that holds a date only true on the day it was written shows itself. */
const SHIFT = process.env.TEST_TODAY
  ? Date.parse(`${process.env.TEST_TODAY}T${new Date().toISOString().slice(11)}`) - Date.now()
  : 0;
if (Number.isNaN(SHIFT)) throw new Error(`TEST_TODAY=${process.env.TEST_TODAY} is not a date like 2027-01-04`);

/** The day `offset` days from the test's today (TEST_TODAY or the real one), as `yyyy-mm-dd` (UTC,
 *  the test browser's zone). */
export function day(offset = 0) {
  return new Date(Date.now() + SHIFT + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Runs in the page before its own scripts: moves `Date` by `shift` milliseconds, time still running. */
function shiftClock(shift) {
  const Real = Date;
  class Shifted extends Real {
    constructor(...args) {
      if (args.length === 0) super(Real.now() + shift);
      else super(...args);
    }
    static now() { return Real.now() + shift; }
  }
  globalThis.Date = Shifted;
}

/** Records console errors, uncaught exceptions, failed loads and refused content in the tab's
 *  sessionStorage, for a browser whose driver cannot report them (see webdriver.mjs). */
const PROBE = `(() => {
  const note = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem('probe-problems') || '[]');
      list.push(text);
      sessionStorage.setItem('probe-problems', JSON.stringify(list));
    } catch {}
  };
  const error = console.error;
  console.error = (...args) => { note('console: ' + args.map(String).join(' ')); error.apply(console, args); };
  addEventListener('error', (e) => note(e instanceof ErrorEvent ? 'exception: ' + e.message : 'failed to load: ' + (e.target.src || e.target.href)), true);
  addEventListener('unhandledrejection', (e) => note('exception: unhandled rejection ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => note('refused: ' + e.violatedDirective + ' ' + e.blockedURI));
})();
`;

/** Serves `root` under `base` ("/" or "/some-repo/") on 127.0.0.1, on a free port. With `probe`,
 *  every HTML page gets the PROBE script first. */
export async function serve(root, base = '/', { probe = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('not under ' + base);
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
      if (probe && rel === 'probe-problems.js') {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(PROBE);
        return;
      }
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(normalize(root))) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      const body = await readFile(file);
      res.end(probe && extname(file) === '.html' ? String(body).replace('<head>', `<head><script src="${base}probe-problems.js"></script>`) : body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const open = new Set();
function closeAll() {
  for (const thing of open) thing.close().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { closeAll(); process.exit(130); });
}

/**
 * Starts a server for `dist` (under `base`) and a browser. Returns helpers and `close()`.
 * `page()` gives a fresh page in its own context (its own storage) that records problems.
 */
export async function start({ dist = process.env.DIST, base = '/' } = {}) {
  if (!dist) throw new Error('DIST is not set: run the tests through ./x test');
  await stat(join(dist, 'index.html')).catch(() => { throw new Error(`no build in ${dist}: run ./x build first`); });
  const server = await serve(dist, base);
  const executablePath = process.env.CHROME || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
  const session = {
    server,
    browser,
    /** A new page in a new context (or `context`), with `problems` (console errors, page errors, failed or foreign requests). */
    async page({ context, shift = true } = {}) {
      const ctx = context ?? (await browser.newContext());
      const page = await ctx.newPage();
      // A test that sets the page's clock itself (`shift: false`) keeps it.
      if (SHIFT && shift) await page.addInitScript(shiftClock, SHIFT);
      page.problems = [];
      page.requests = [];
      page.on('console', (msg) => { if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`); });
      page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
      page.on('request', (req) => page.requests.push(req.url()));
      page.on('requestfailed', (req) => {
        // A navigation (reload, goto) aborts whatever was still loading: that is not a failure.
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') page.problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
      });
      page.on('response', (res) => { if (res.status() >= 400) page.problems.push(`HTTP ${res.status()}: ${res.url()}`); });
      page.context = () => ctx;
      return page;
    },
    /** Opens the app at `hash` and waits until it has rendered. */
    async open(page, hash = '#/') {
      await page.goto(server.url + hash);
      await page.waitForSelector('header.topbar', { timeout: 30_000 });
    },
    async close() {
      open.delete(session);
      await browser.close().catch(() => {});
      await server.close();
    },
  };
  open.add(session);
  return session;
}

/** The text the app stores for the example plus `n` generated items, dated from today (core's
 *  `generate` example, in the compact storage form). For the measuring scripts. */
export function generatedWorkspace(n) {
  const root = new URL('..', import.meta.url).pathname;
  const today = new Date().toISOString().slice(0, 10);
  return execFileSync('cargo', ['run', '-q', '-p', 'isms-core', '--example', 'generate', '--', String(n), today, '--compact'], { cwd: root, maxBuffer: 64 << 20 }).toString();
}

/** For the measuring scripts, as `context.addInitScript(watchShown, { shown, start, frames })`:
 *  runs in the page before its own scripts and, from its first animation frame on, looks in
 *  every frame for `shown` (a selector). `frames` frames after the frame that shows it (0: that
 *  frame), in a task after that frame's paint, it sets `window.__shown` to the time; to -1 if the
 *  start page (`start`) appears instead, which happens when the seeded storage was not visible
 *  yet. Watched from inside the page: a poll set up once `page.goto` has returned starts after
 *  the load event and a round trip, and could be a frame or more late. */
export function watchShown({ shown, start, frames = 0 }) {
  const done = () => setTimeout(() => { window.__shown = performance.now(); }, 0);
  const wait = (n) => (n ? requestAnimationFrame(() => wait(n - 1)) : done());
  const look = () => {
    if (document.querySelector(start)) window.__shown = -1;
    else if (document.querySelector(shown)) wait(frames);
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** The middle value of `xs` (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A browser context of `app` whose storage already holds one workspace, `stored` (the text the app
 *  keeps, e.g. from `cargo run -p isms-core --example generate -- 5000 <date> --compact`), as the
 *  open one: the app starts as it does for someone who reopens it. For the measuring scripts. */
export function contextWithWorkspace(app, stored) {
  return app.browser.newContext({
    storageState: {
      cookies: [],
      origins: [{
        origin: app.server.origin,
        localStorage: [
          { name: 'isms-wb.v1.ws.perf', value: stored },
          { name: 'isms-wb.v1.index', value: JSON.stringify({ workspaces: ['perf'], current: 'perf' }) },
        ],
      }],
    },
  });
}

/** Creates a workspace through the start form and waits until it is saved. */
export async function createWorkspace(page, name) {
  await page.fill('form[data-testid="new-workspace"] input[name="workspace-name"]', name);
  await page.click('form[data-testid="new-workspace"] button[type="submit"]');
  await page.waitForSelector(`[data-testid="current-workspace"]:has-text("${name}")`);
  await waitSaved(page);
}

/** Loads the example workspace from the start page of an opened app (all 11 items) and waits
 *  until it is saved. */
export async function loadExample(page) {
  await page.click('[data-testid="load-example"]');
  await page.waitForSelector('[data-testid="fig-items"] .value:has-text("11")');
  await waitSaved(page);
}

/** Waits until the save indicator says everything is stored. */
export async function waitSaved(page) {
  await page.waitForSelector('[data-testid="save-state"].ok', { timeout: 10_000 });
}
