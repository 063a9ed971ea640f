// The foundation's promises: the app starts cleanly, talks to no one, keeps what it stores, and
// works from a GitHub Pages sub-path including a reload on a deep link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, createWorkspace, waitSaved } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

test('the app loads and renders with no console error or uncaught exception', async () => {
  const page = await app.page();
  await app.open(page);
  await page.waitForSelector('h1');
  assert.match(await page.textContent('h1'), /Start a workspace|Begin een werkruimte/);
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
