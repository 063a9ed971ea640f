// Firefox for the end-to-end tests: the built app served as in harness.mjs, driven through
// WebDriver (selenium-webdriver talking to geckodriver, with WebDriver BiDi for the console).
// Playwright drives only its own patched Firefox builds, which come from a download server these
// machines cannot reach; geckodriver drives the Firefox ESR Debian ships.
//
// Every session records console errors and uncaught exceptions in `problems`, keeps downloads in
// its own folder, and is closed by `close()` — also when the run is interrupted.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
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

/** Starts a server for `dist` and a headless Firefox (FIREFOX, GECKODRIVER name the programs). */
export async function startFirefox({ dist = process.env.DIST, base = '/' } = {}) {
  if (!dist) throw new Error('DIST is not set: run the tests through ./x test');
  await stat(join(dist, 'index.html')).catch(() => { throw new Error(`no build in ${dist}: run ./x build first`); });
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
    .enableBidi();
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || 'geckodriver');
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  const problems = [];
  const inspector = await LogInspector(driver);
  await inspector.onConsoleEntry((entry) => { if (entry.level === 'error') problems.push(`console: ${entry.text}`); });
  await inspector.onJavascriptException((entry) => problems.push(`exception: ${entry.text}`));
  const session = {
    server,
    driver,
    problems,
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
      await session.open(hash);
    },
    /** The element `css`, once it is in the page. */
    find(css, timeout = 10_000) {
      return driver.wait(until.elementLocated(By.css(css)), timeout, `no ${css}`);
    },
    /** Waits until `predicate(...args)`, run in the page, is true. */
    waitFor(predicate, args = [], message = 'condition', timeout = 10_000) {
      return driver.wait(() => driver.executeScript(`return (${predicate})(...arguments)`, ...args), timeout, message);
    },
    /** Clicks `css` and returns the file that click downloads: `{ name, text }`. */
    async downloadFrom(css, timeout = 10_000) {
      const before = new Set(await readdir(downloads));
      await (await session.find(css)).click();
      let file;
      await driver.wait(async () => {
        const files = await readdir(downloads);
        const name = files.find((f) => !before.has(f));
        // Firefox writes into a `.part` file and renames it once the download is complete.
        if (!name || files.some((f) => f.endsWith('.part'))) return false;
        file = { name, text: await readFile(join(downloads, name), 'utf8') };
        return file.text.length > 0;
      }, timeout, `nothing downloaded by ${css}`);
      return file;
    },
    downloads,
    async close() {
      open.delete(session);
      await driver.quit().catch(() => {});
      await server.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
  open.add(session);
  return session;
}
