// The foundation's promises: the app starts cleanly, talks to no one, keeps what it stores,
// works from a GitHub Pages sub-path including a reload on a deep link, and — as one file — from
// disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start, createWorkspace, waitSaved } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

test('the app loads and renders with no console error, warning or uncaught exception', async () => {
  const page = await app.page();
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await app.open(page);
  await page.waitForSelector('h1');
  assert.match(await page.textContent('h1'), /Start a workspace|Begin een werkruimte/);
  // Chromium warns on every load when a preloaded WebAssembly file carries an `integrity` hash
  // it cannot check; the build leaves the hash off the app's own same-origin files.
  await page.waitForTimeout(500);
  assert.deepEqual(warnings, []);
  assert.deepEqual(page.problems, []);
});

test('no request leaves the page\'s own origin', async () => {
  const page = await app.page();
  await app.open(page);
  await createWorkspace(page, 'Origin Check BV');
  await page.click('a[href="#/workspaces"]');
  await page.waitForSelector('[data-testid="workspace-list"]');
  assert.ok(page.requests.length >= 3, `expected the page's own requests, saw ${page.requests.length}`);
  const foreign = page.requests.filter((u) => !u.startsWith(app.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
});

test('a workspace stored by the app survives a reload', async () => {
  const page = await app.page();
  await app.open(page);
  // Accents, curly quotes and a character beyond U+FFFF come back whole.
  const name = 'Zorggroep “Noord” – geëvalueerd 🏥';
  await createWorkspace(page, name);
  await page.selectOption('[data-testid="language"]', 'nl');
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('[data-testid="current-workspace"]');
  assert.equal(await page.textContent('[data-testid="current-workspace"]'), name);
  assert.equal(await page.inputValue('[data-testid="language"]'), 'nl');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.deepEqual(page.problems, []);
});

test('text still being typed in a field, never left, survives a reload', async () => {
  const page = await app.page();
  await app.open(page);
  await createWorkspace(page, 'Typing BV');
  await page.goto(app.server.url + '#/new');
  await page.fill('[data-testid="new-title"]', 'Log retention');
  await page.click('[data-testid="create-item"]');
  await page.waitForSelector('[data-testid="item-page"]');
  await page.click('[data-testid="stepper"] button:has-text("Identify")');
  // Typed, not left: the field has not fired its change yet when the page goes away.
  await page.locator('[data-testid="description"]').pressSequentially('Logs are kept 30 days; audit asks 12 months');
  await page.keyboard.type(' (A.8.15)');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'description');
  await page.reload();
  await page.waitForSelector('[data-testid="item-page"]');
  await page.click('[data-testid="stepper"] button:has-text("Identify")');
  assert.equal(await page.inputValue('[data-testid="description"]'), 'Logs are kept 30 days; audit asks 12 months (A.8.15)');
  assert.deepEqual(page.problems, []);
});

test('the app works from a GitHub Pages sub-path, including a reload on a deep link', async () => {
  const sub = await start({ dist: process.env.DIST_SUBPATH, base: process.env.SUBPATH ?? '/some-repo/' });
  try {
    const page = await sub.page();
    await sub.open(page, '#/workspaces');
    await page.waitForSelector('[data-testid="workspace-list"]');
    await createWorkspace(page, 'Pages BV');
    await page.goto(sub.server.url + '#/workspaces');
    await page.reload();
    await page.waitForSelector('[data-testid="workspace-list"] td:has-text("Pages BV")');
    assert.ok(page.url().startsWith(sub.server.url), page.url());
    const outside = page.requests.filter((u) => !u.startsWith(sub.server.url));
    assert.deepEqual(outside, [], 'every asset is loaded from under the sub-path');
    assert.deepEqual(page.problems, []);
  } finally {
    await sub.close();
  }
});

test('the one-file copy opens from disk with no request and keeps its work; the separate files opened from disk say what to open instead', async () => {
  const single = pathToFileURL(join(process.env.DIST, 'isms-workbench.html')).href;
  const page = await app.page();
  await page.goto(single + '#/');
  await page.waitForSelector('header.topbar');
  await createWorkspace(page, 'Offline Zorg BV');
  await page.reload();
  await page.waitForSelector('[data-testid="current-workspace"]:has-text("Offline Zorg BV")');
  await page.goto(single + '#/data');
  await page.waitForSelector('[data-testid="one-file-here"]');
  assert.equal(await page.locator('[data-testid="download-app"]').count(), 0, 'the one file offers no download of itself');
  const others = page.requests.filter((u) => u.split('#')[0] !== single && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(others, [], 'nothing but the file itself is loaded');
  assert.deepEqual(page.problems, []);

  // index.html cannot start from disk (browsers refuse its script files there): it says so.
  const separate = await app.page();
  await separate.goto(pathToFileURL(join(process.env.DIST, 'index.html')).href);
  await separate.waitForSelector('main h1');
  assert.match(await separate.textContent('main'), /Open isms-workbench\.html next to it instead.*Open in plaats daarvan isms-workbench\.html ernaast/s);

  // The hosted app offers the one file for download, and serves it.
  const hosted = await app.page();
  await app.open(hosted, '#/data');
  const link = hosted.locator('[data-testid="download-app"]');
  assert.equal(await link.getAttribute('download'), 'isms-workbench.html');
  const response = await hosted.request.get(new URL(await link.getAttribute('href'), hosted.url()).href);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /<html lang="en" data-single-file>/);
  assert.deepEqual(hosted.problems, []);
});

test('the one-file copy carries no script but its own, also when `trunk serve` added its live-reload script', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'single-file-'));
  try {
    cpSync(process.env.DIST, dir, { recursive: true });
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<script>new WebSocket("ws://127.0.0.1:8080/.well-known/trunk/ws")</script></body>'));
    execFileSync('node', [fileURLToPath(new URL('../../web/single-file.mjs', import.meta.url)), dir]);
    const html = readFileSync(join(dir, 'isms-workbench.html'), 'utf8');
    assert.equal(html.match(/<script\b/g).length, 1, 'one script: the app with its WebAssembly');
    assert.ok(!html.includes('.well-known/trunk'), 'no live-reload script');
    assert.ok(!html.includes('from-disk'), 'no from-disk message');
    assert.match(html, /<html lang="en" data-single-file>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
