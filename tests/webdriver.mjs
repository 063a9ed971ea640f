// Firefox and WebKit for the end-to-end tests: the built app served as in harness.mjs, driven
// through W3C WebDriver with selenium-webdriver. Playwright drives only its own patched Firefox
// and WebKit builds, which come from a download server these machines cannot reach; geckodriver
// drives the Firefox ESR Debian ships, and WebKitWebDriver drives WebKitGTK's MiniBrowser — the
// engine of Safari, which no machine here runs — on a virtual X display (Xvfb).
//
// Every session records console errors, uncaught exceptions and refused content (CSP) — Firefox
// through WebDriver BiDi; WebKitWebDriver has no BiDi, so there a small script the test server
// puts first into each page it serves records them in the tab's sessionStorage — keeps downloads
// in its own folder, and is closed by `close()`, also when the run is interrupted.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Capabilities, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { serve } from './harness.mjs';

export { By, until };

const open = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const session of open) session.close().catch(() => {});
    process.exit(130);
  });
}

/** The browsers this file starts, by the name the tests are given. */
export const BROWSERS = { firefox: 'Firefox', webkit: 'WebKit' };

/** Starts a server for `dist` and the headless browser `name` ('firefox' or 'webkit'). */
export function startBrowser(name, options) {
  if (name === 'firefox') return startFirefox(options);
  if (name === 'webkit') return startWebKit(options);
  throw new Error(`unknown browser ${name}`);
}

async function checkDist(dist) {
  if (!dist) throw new Error('DIST is not set: run the tests through ./x test');
  await stat(join(dist, 'index.html')).catch(() => { throw new Error(`no build in ${dist}: run ./x build first`); });
}

/** Headless Firefox (FIREFOX, GECKODRIVER name the programs). */
export async function startFirefox({ dist = process.env.DIST, base = '/' } = {}) {
  await checkDist(dist);
  const server = await serve(dist, base);
  const downloads = await mkdtemp(join(tmpdir(), 'isms-ff-downloads-'));
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX || '/usr/bin/firefox-esr')
    .addArguments('-headless')
    .windowSize({ width: 1280, height: 800 })
    // Downloads land in this session's folder without asking.
    .setPreference('browser.download.folderList', 2)
    .setPreference('browser.download.dir', downloads)
    .setPreference('browser.download.useDownloadDir', true)
    .setPreference('browser.download.always_ask_before_handling_new_types', false)
    .setPreference('browser.download.manager.showWhenStarting', false)
    // The downloads panel would take the focus from the page: later key presses then reach the
    // page without focus or blur events, and a date field ignores them.
    .setPreference('browser.download.alwaysOpenPanel', false)
    // With BiDi on, a confirm() would otherwise be dismissed the moment it opens; the tests
    // answer it themselves.
    .setAlertBehavior('ignore')
    .enableBidi();
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || 'geckodriver');
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  const seen = [];
  const inspector = await LogInspector(driver);
  await inspector.onConsoleEntry((entry) => { if (entry.level === 'error') seen.push(`console: ${entry.text}`); });
  await inspector.onJavascriptException((entry) => seen.push(`exception: ${entry.text}`));
  return session({ name: 'firefox', server, driver, downloads, problems: async () => [...seen] });
}

/** Headless WebKitGTK (MINIBROWSER, WEBKITWEBDRIVER, XVFB name the programs). */
export async function startWebKit({ dist = process.env.DIST, base = '/' } = {}) {
  await checkDist(dist);
  const server = await serve(dist, base, { probe: true });
  const home = await mkdtemp(join(tmpdir(), 'isms-wk-home-'));
  const downloads = join(home, 'Downloads');
  await mkdir(join(home, '.config'), { recursive: true });
  await mkdir(downloads);
  // WebKitGTK saves downloads in the XDG download folder of this (throwaway) home.
  await writeFile(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const xvfb = await startXvfb();
  const port = await freePort();
  const env = { ...process.env, DISPLAY: xvfb.display, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  const driverProcess = spawn(process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // What the driver and the browser it starts print, kept for when a page crashes (the last 8 KB).
  let log = '';
  const keep = (d) => { log = (log + d).slice(-8192); };
  driverProcess.stdout.on('data', keep);
  driverProcess.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitForDriver(url, driverProcess, () => log);
  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  });
  let driver;
  try {
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
    await driver.manage().window().setRect({ width: 1280, height: 800 });
  } catch (err) {
    driverProcess.kill();
    xvfb.process.kill();
    throw err;
  }
  const problems = async () => {
    const current = await driver.getCurrentUrl().catch(() => '');
    if (!current.startsWith(server.origin)) return [];
    return driver.executeScript('return JSON.parse(sessionStorage.getItem("probe-problems") || "[]")');
  };
  return session({
    name: 'webkit', server, driver, downloads, problems,
    log: () => log,
    async stop() {
      driverProcess.kill();
      xvfb.process.kill();
      await rm(home, { recursive: true, force: true });
    },
  });
}

/** A virtual X display for WebKitGTK, which cannot draw without one. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
    const child = spawn(process.env.XVFB || 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
    });
    child.on('error', (e) => reject(new Error(`Xvfb did not start (${e.message}): install Debian's 'xvfb' package`)));
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitForDriver(url, child, log) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${log()}`);
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}: ${log()}`);
}

/** The helpers every test uses, the same in both browsers. */
function session({ name, server, driver, downloads, problems, log = () => '', stop = async () => {} }) {
  const s = {
    name,
    label: BROWSERS[name],
    server,
    driver,
    downloads,
    /** Console errors, uncaught exceptions and refused content seen so far. */
    problems,
    /** The end of what the driver and browser processes printed (WebKit; empty for Firefox). */
    log,
    /** Whether the session still answers: a crashed page ends it. */
    alive: () => driver.getCurrentUrl().then(() => true, () => false),
    /** Opens the app at `hash` and waits until it has rendered. */
    async open(hash = '#/') {
      await driver.get(server.url + hash);
      await driver.wait(until.elementLocated(By.css('header.topbar')), 30_000);
    },
    /** Opens the app on an empty storage: cleared from a page of the same origin that is not the
     *  app, since the app writes what it holds when it is closed. */
    async reset(hash = '#/') {
      await driver.get(server.url + 'not-the-app');
      await driver.executeScript('localStorage.clear()');
      await s.open(hash);
    },
    /** The element `css`, once it is in the page. */
    find(css, timeout = 10_000) {
      return driver.wait(until.elementLocated(By.css(css)), timeout, `no ${css}`);
    },
    /** Waits until `predicate(...args)`, run in the page, is true. */
    waitFor(predicate, args = [], message = 'condition', timeout = 10_000) {
      return driver.wait(() => driver.executeScript(`return (${predicate})(...arguments)`, ...args), timeout, message);
    },
    /** Clicks `css` and returns the file that click downloads: `{ name, text }`. The file is
     *  removed once read, since WebKitGTK's browser will not save over a file of the same name. */
    async downloadFrom(css, timeout = 10_000) {
      const before = new Set(await readdir(downloads));
      await (await s.find(css)).click();
      let file;
      await driver.wait(async () => {
        const files = await readdir(downloads);
        const fresh = files.find((f) => !before.has(f) && !isPartial(f));
        // Both browsers write into a temporary file and rename it once the download is complete.
        if (!fresh || files.some(isPartial)) return false;
        file = { name: fresh, text: await readFile(join(downloads, fresh), 'utf8') };
        return file.text.length > 0;
      }, timeout).catch(async () => {
        throw new Error(`nothing downloaded by ${css}; the folder holds ${JSON.stringify(await readdir(downloads))}`);
      });
      await rm(join(downloads, file.name));
      return file;
    },
    async close() {
      open.delete(s);
      await driver.quit().catch(() => {});
      await server.close();
      await stop();
      await rm(downloads, { recursive: true, force: true });
    },
  };
  open.add(s);
  return s;
}

const isPartial = (file) => file.endsWith('.part') || file.endsWith('.wkdownload') || file.startsWith('.');
