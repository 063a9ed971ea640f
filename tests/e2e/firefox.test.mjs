// The same app in Firefox (ESR, through geckodriver): the example, the register from the
// keyboard with its filter in the address, a blocked move's reason, dragging on the matrix, the
// language, reload, a file exported and opened again, dates typed on the keyboard, an
// improvement taken through every step's form to Closed, the gap workshop's keys, words in a
// number field, text typed and never left before a reload, the one-file copy opened from disk,
// and an item made, rated and moved on by keyboard alone. Chromium runs everything else; these
// are the paths where browsers differ (key and pointer events, history, downloads, file inputs,
// form controls).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Key, Origin } from 'selenium-webdriver';
import { startFirefox } from '../firefox.mjs';

let ff;
before(async () => { ff = await startFirefox(); });
after(async () => { await ff?.close(); });

const byId = (id) => `[data-testid="${id}"]`;
const rows = (n, message) => ff.waitFor((want) => document.querySelectorAll('[data-testid="register"] tbody tr').length === want, [n], message);

/** Starts from an empty storage and creates the workspace `name` through the start form. */
async function newWorkspace(name) {
  await ff.reset();
  await (await ff.find('form[data-testid="new-workspace"] input[name="workspace-name"]')).sendKeys(name);
  await (await ff.find('form[data-testid="new-workspace"] button[type="submit"]')).click();
  await ff.find(`${byId('save-state')}.ok`);
}

/** Creates a continual improvement called `title` from the New item page and opens it. */
async function newItem(title) {
  await ff.driver.executeScript(`location.hash = '#/new'`);
  await (await ff.find(byId('new-title'))).sendKeys(title);
  await (await ff.find(byId('create-item'))).click();
  await ff.find(byId('item-page'));
}

async function withExample(hash) {
  await ff.reset();
  await (await ff.find(byId('load-example'))).click();
  await ff.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === '11', [`${byId('fig-items')} .value`], 'the example has 11 items');
  await ff.find(`${byId('save-state')}.ok`);
  await ff.driver.executeScript(`location.hash = '${hash}'`);
}

test('in Firefox the example loads, the register works from the keyboard with its filter in the address, and a reload keeps it all', async () => {
  const { driver } = ff;
  await withExample('#/register');
  await ff.find(`${byId('register')} tbody tr`);
  await driver.findElement({ css: 'body' }).sendKeys('/');
  await ff.waitFor(() => document.activeElement?.dataset.testid === 'search', [], 'the search box has focus');
  await driver.switchTo().activeElement().sendKeys('backup');
  await rows(1, 'one row matches "backup"');
  assert.match(await driver.getCurrentUrl(), /#\/register\?(.*&)?q=backup/);
  const only = await driver.executeScript('return document.querySelector(\'[data-testid="register"] tbody tr\').dataset.id');
  await driver.switchTo().activeElement().sendKeys(Key.ENTER);
  await ff.find(byId('item-page'));
  assert.ok((await driver.getCurrentUrl()).endsWith(`#/item/${only}`));

  // Back returns to the filtered register; a reload there keeps the filter and the data.
  await driver.navigate().back();
  await rows(1, 'back shows the filtered register');
  await driver.navigate().refresh();
  await rows(1, 'the reload keeps the filter');
  assert.equal(await (await ff.find(byId('search'))).getAttribute('value'), 'backup');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox a blocked move shows its reason, and the language switches the whole page and is kept', async () => {
  const { driver } = ff;
  await withExample('#/item/CA-001');
  const forward = await ff.find(`${byId('forward')}[disabled]`);
  assert.match(await forward.getText(), /standardised/);
  assert.match(await (await ff.find(byId('blocked-reason'))).getText(), /a verification result of 'effective'/);

  await (await ff.find(`${byId('language')} option[value="nl"]`)).click();
  await ff.waitFor(() => document.documentElement.lang === 'nl', [], 'the page says it is Dutch');
  await ff.waitFor((sel) => /Nog nodig/.test(document.querySelector(sel)?.textContent), [byId('blocked-reason')], 'the reason in Dutch');
  await driver.navigate().refresh();
  await ff.find(byId('item-page'));
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'nl');
  assert.equal((await (await ff.find('a[href="#/register"]')).getText()).trim(), 'Register');
  assert.equal((await (await ff.find('a[href="#/people"]')).getText()).trim(), 'Personen');
  await (await ff.find(`${byId('language')} option[value="en"]`)).click();
  await ff.waitFor(() => document.documentElement.lang === 'en', [], 'back to English');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox a point on the impact/effort matrix is dragged to a new impact and effort', async () => {
  const { driver } = ff;
  await withExample('#/matrix');
  const point = '[data-testid="matrix"] g.point[data-id="CI-009"]';
  await ff.find(point);
  const grid = await driver.executeScript(`
    const boxes = [...document.querySelectorAll('[data-testid="matrix"] rect.q')].map((a) => a.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left)), top = Math.min(...boxes.map((b) => b.top));
    return { left, top, w: (Math.max(...boxes.map((b) => b.right)) - left) / 5, h: (Math.max(...boxes.map((b) => b.bottom)) - top) / 5 };`);
  const from = await driver.executeScript(`const b = document.querySelector('${point}').getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2];`);
  const to = [grid.left + 1.5 * grid.w, grid.top + 0.5 * grid.h]; // effort 2, impact 5
  const at = ([x, y]) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
  await driver.actions({ async: true })
    .move(at(from)).press()
    .move({ ...at([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]), duration: 100 })
    .move({ ...at(to), duration: 100 }).release()
    .perform();
  await ff.waitFor((sel) => document.querySelector(sel)?.getAttribute('aria-label').includes('impact 5, effort 2'), [point], 'CI-009 moved to impact 5, effort 2');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox the workbench file downloads, and opening it in an empty browser gives the same file back', async () => {
  const { driver } = ff;
  await withExample('#/data');
  const first = await ff.downloadFrom(byId('export-json'));
  assert.match(first.name, /^example-northwind-care-finance-\d{4}-\d{2}-\d{2}\.json$/);
  assert.ok(first.text.startsWith('{\n  "format": "isms-improvement-workbench",\n  "version": 1,'));

  await ff.reset();
  await (await ff.find(byId('open-file'))).click();
  const path = join(ff.downloads, 'handed-over.json');
  await writeFile(path, first.text);
  await (await ff.find(byId('import-file'))).sendKeys(path);
  await ff.find(byId('import-preview'));
  await (await ff.find(byId('import-new'))).click();
  await ff.find(byId('import-done'));
  await ff.find(`${byId('save-state')}.ok`);
  const again = await ff.downloadFrom(byId('export-json'));
  assert.equal(again.text, first.text, 'the re-exported file is identical');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox a date typed on the keyboard is taken when the field is left, and blanking its month to type another does not remove it', async () => {
  const { driver } = ff;
  await newWorkspace('Typing BV');
  await newItem('Retire the legacy VPN');
  const tab = async (n) => (await driver.findElements({ css: '[role="tab"]' }))[n].click();
  const plan = async () => {
    await tab(0);
    await (await ff.find(`${byId('stepper')} li:nth-child(3) button`)).click();
    return ff.find(byId('plan-due'));
  };
  // Tab moves between the field's parts; a click elsewhere leaves it.
  const type = async (...keys) => {
    await (await plan()).click();
    await driver.actions().sendKeys(...keys).perform();
    await (await ff.find('h1')).click();
  };
  const dueLines = async () => {
    await tab(2);
    await ff.find(`${byId('history')} tbody tr`);
    return driver.executeScript(`return [...document.querySelectorAll('[data-testid="history"] tbody tr')].map((r) => r.textContent).filter((t) => t.includes('Due date'))`);
  };

  await type('12242026');
  assert.equal(await (await ff.find(byId('plan-due'))).getAttribute('value'), '2026-12-24');
  assert.equal((await dueLines()).length, 1);

  await type(Key.BACK_SPACE, '03');
  assert.equal(await (await ff.find(byId('plan-due'))).getAttribute('value'), '2026-03-24');
  const lines = await dueLines();
  assert.equal(lines.length, 2, `one line per date, none for the blanked month: ${lines}`);
  assert.match(lines[0], /Due date: 24 Dec 2026.*Due date: 24 Mar 2026$/);

  // Left with a part blank, the field says why and the item keeps its date.
  await type(Key.BACK_SPACE);
  await ff.find(`${byId('plan-due')}[aria-invalid="true"]`);
  assert.match(await (await ff.find('.field-error')).getText(), /^Enter a complete date with a year between 1900–2199\.$/);
  assert.equal((await dueLines()).length, 2);
  assert.deepEqual(ff.problems, []);
});

test('in Firefox a continual improvement goes from new to Closed through every step\'s form', async () => {
  const { driver } = ff;
  await newWorkspace('Acme Health');
  await driver.executeScript(`location.hash = '#/people'`);
  await (await ff.find(byId('new-person-name'))).sendKeys('Sanne de Vries');
  await (await ff.find(byId('add-person'))).click();
  await ff.waitFor((sel) => /P-001/.test(document.querySelector(sel)?.textContent), [byId('people')], 'the person is added');

  await newItem('Automate access reviews');
  const today = await driver.executeScript('const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10)');
  // A field typed in and left, so its change is taken. A date field's value WebDriver sets whole,
  // from the ISO date alone (a Tab after it would be part of the value).
  const set = async (testid, value) => (await ff.find(byId(testid))).sendKeys(value, Key.TAB);
  const setDate = async (testid, value) => (await ff.find(byId(testid))).sendKeys(value);
  const choose = async (testid, text) => (await ff.find(byId(testid))).findElement({ xpath: `.//option[normalize-space()="${text}"]` }).then((o) => o.click());
  const step = async (n) => (await ff.find(`${byId('stepper')} li:nth-child(${n}) button`)).click();
  const forward = async (next) => {
    const ready = await ff.find(`${byId('forward')}:not([disabled])`).catch(async () => {
      const why = await driver.executeScript(`return document.querySelector('${byId('blocked-reason')}')?.textContent`);
      throw new Error(`the move to ${next} stays blocked: ${why}`);
    });
    await ready.click();
    await ff.waitFor((sel, want) => document.querySelector(sel)?.textContent.trim() === want, [byId('item-stage'), next], `stage ${next}`);
  };
  const blocked = async (...needs) => {
    await ff.find(`${byId('forward')}[disabled]`);
    const reason = await (await ff.find(byId('blocked-reason'))).getText();
    for (const n of needs) assert.ok(reason.includes(n), `"${reason}" should mention "${n}"`);
  };

  await blocked('an impact rating', 'an effort rating', 'an urgency rating');
  for (const [scale, value] of [['impact', 4], ['effort', 2], ['urgency', 3]]) {
    await (await ff.find(`${byId(scale)} input[value="${value}"]`)).click();
  }
  await forward('Prioritised');
  await blocked('what will be improved', 'how it will be done', 'an owner', 'a due date');
  await set('plan-what', 'Quarterly access reviews run from the identity platform');
  await set('plan-how', 'Configure review campaigns; retire the spreadsheet');
  await choose('plan-owner', 'Sanne de Vries');
  await setDate('plan-due', today);
  await forward('Planned');
  await blocked('at least one action');
  await (await ff.find(byId('new-action'))).sendKeys('Configure the review campaign', Key.ENTER);
  await forward('In progress');
  await blocked('all actions done', 'verification method', 'planned verification date');
  await (await ff.find(byId('action-done-today-0'))).click();
  await step(5);
  await set('verify-method', 'Review completion rate per quarter');
  await setDate('verify-planned', today);
  await set('kpi-before', '62');
  await set('kpi-after', '98,5');
  await set('kpi-target', '95');
  await ff.waitFor((sel) => document.querySelector(sel)?.textContent === 'target 95.0 reached', [byId('target-reached')], 'the target is judged');
  await forward('Verifying');
  await blocked("verification result of 'effective'", 'the verification date', 'who verified it', 'an updated document');
  await choose('verify-result', 'Effective');
  await setDate('verified-on', today);
  await choose('verified-by', 'Sanne de Vries');
  await step(6);
  await set('doc-name', 'Access control procedure');
  await (await ff.find(byId('doc-version'))).sendKeys('2.1', Key.ENTER);
  await forward('Standardised');
  await blocked('the audiences informed', 'the communication date');
  await set('comm-audiences', 'Team leads, service desk');
  await setDate('comm-date', today);
  await forward('Communicated');
  await forward('Closed');

  await ff.find(`${byId('save-state')}.ok`);
  await driver.navigate().refresh();
  await ff.find(byId('item-page'));
  assert.equal((await (await ff.find(byId('item-stage'))).getText()).trim(), 'Closed');
  assert.match(await driver.executeScript('return localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith("isms-wb.v1.ws.")))'), /"after":98\.5/);
  assert.deepEqual(ff.problems, []);
});

test('in Firefox the gap workshop runs from the keyboard and exports its Statement of Applicability', async () => {
  const { driver } = ff;
  await newWorkspace('Workshop BV');
  await driver.executeScript(`location.hash = '#/gap?theme=8'`);
  await ff.find(byId('requirement'));
  await (await ff.find('main h1')).click();
  const current = () => driver.executeScript(`return document.querySelector('${byId('requirement')}').dataset.id`);
  assert.equal(await current(), 'A.8.1');
  const keys = (...k) => driver.actions().sendKeys(...k).perform();
  const shifted = (digit) => driver.actions().keyDown(Key.SHIFT).sendKeys(digit).keyUp(Key.SHIFT).perform();

  // Status by letter, maturity by digit, target by Shift+digit, j to move on, k back.
  for (const [status, maturity, target] of [['y', '3', '3'], ['p', '1', '4'], ['n', '0', '3']]) {
    await keys(maturity);
    await shifted(target);
    await keys(status, 'j');
  }
  await ff.waitFor((sel) => document.querySelector(sel)?.dataset.id === 'A.8.4', [byId('requirement')], 'three steps forward');
  assert.match(await (await ff.find(byId('gap-progress'))).getText(), /^3 of 127/);
  await keys('k', 'k');
  await ff.waitFor((sel) => document.querySelector(sel)?.dataset.id === 'A.8.2', [byId('requirement')], 'two back');
  await keys('e');
  await ff.waitFor(() => document.activeElement?.tagName === 'TEXTAREA', [], 'e opens the notes');
  await keys('Only two admins have a second factor', Key.ESCAPE, 'i');
  await ff.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === 'CI-001', [`${byId('gap-backlinks')} a`], 'i makes an improvement');
  await ff.find(`${byId('save-state')}.ok`);

  await driver.executeScript(`location.hash = '#/gap-results'`);
  const soa = await ff.downloadFrom(byId('export-soa'));
  assert.match(soa.name, /^workshop-bv-soa-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = soa.text.replace(/^\uFEFF/, '').trim().split('\n');
  assert.equal(rows.length, 94);
  assert.ok(rows.includes('A.8.1,User endpoint devices,Technological controls,Yes,,Implemented,,'), rows.slice(1, 4).join(' | '));
  assert.ok(rows.some((r) => r.startsWith('A.8.2,') && r.includes('Only two admins have a second factor')));
  assert.deepEqual(ff.problems, []);
});

test('in Firefox a number field given words ("5 days") says so and keeps its number', async () => {
  const { driver } = ff;
  await withExample('#/item/CI-003');
  await (await ff.find(`${byId('stepper')} li:nth-child(2) button`)).click();
  const days = await ff.find(byId('person-days'));
  const before = await days.getAttribute('value');
  assert.match(before, /^\d+$/);
  // Typed over what is there, as someone would (WebDriver's clear() would empty the field first).
  await days.click();
  await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys('5 days', Key.TAB).perform();
  await ff.find(`${byId('person-days')}[aria-invalid="true"]`);
  assert.match(await (await ff.find('.field-error')).getText(), /^Enter a whole number between 0–10000$/);
  await ff.find(`${byId('save-state')}.ok`);
  await driver.navigate().refresh();
  await (await ff.find(`${byId('stepper')} li:nth-child(2) button`)).click();
  assert.equal(await (await ff.find(byId('person-days'))).getAttribute('value'), before, 'the number is kept');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox the one-file copy opens from disk and keeps its work over a reload; the separate files say what to open instead', async () => {
  const { driver } = ff;
  const single = pathToFileURL(join(process.env.DIST, 'isms-workbench.html')).href;
  await driver.get(single + '#/');
  await ff.find('header.topbar', 30_000);
  await (await ff.find('form[data-testid="new-workspace"] input[name="workspace-name"]')).sendKeys('Offline Zorg BV');
  await (await ff.find('form[data-testid="new-workspace"] button[type="submit"]')).click();
  await ff.find(`${byId('save-state')}.ok`);
  await driver.navigate().refresh();
  await ff.waitFor((sel) => /Offline Zorg BV/.test(document.querySelector(sel)?.textContent), [byId('current-workspace')], 'the workspace is kept over a reload');
  await driver.executeScript(`location.hash = '#/data'`);
  await ff.find(byId('one-file-here'));

  await driver.get(pathToFileURL(join(process.env.DIST, 'index.html')).href);
  await ff.waitFor(() => /Open isms-workbench\.html next to it instead/.test(document.querySelector('main')?.textContent), [], 'index.html from disk says what to open');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox text still being typed in a field, never left, survives a reload', async () => {
  const { driver } = ff;
  await withExample('#/item/CI-003');
  const identify = async () => (await ff.find(`${byId('stepper')} li:nth-child(1) button`)).click();
  await identify();
  const field = await ff.find(byId('description'));
  await field.click();
  await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys('Typed and never left before the reload').perform();
  assert.equal(await driver.executeScript('return document.activeElement?.dataset.testid'), 'description');
  await driver.navigate().refresh();
  await ff.find(byId('item-page'));
  await identify();
  assert.equal(await (await ff.find(byId('description'))).getAttribute('value'), 'Typed and never left before the reload');
  assert.deepEqual(ff.problems, []);
});

test('in Firefox the keyboard alone makes an item with n, rates it with the arrow keys and moves it on', async () => {
  const { driver } = ff;
  await newWorkspace('Keyboard BV');
  await driver.executeScript(`location.hash = '#/register'`);
  await ff.find(byId('register-count'));
  await (await ff.find('main h1')).click();
  const press = (...keys) => driver.actions().sendKeys(...keys).perform();
  const focused = (selector) => driver.executeScript('return Boolean(document.activeElement?.matches(arguments[0]))', selector);
  /** Presses Tab (or Shift+Tab) until `selector` has the focus; fails after `max` presses. */
  const tabTo = async (selector, { back = false, max = 60 } = {}) => {
    for (let i = 0; i <= max; i++) {
      if (await focused(selector)) return;
      await (back ? driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform() : press(Key.TAB));
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  await press('n');
  await ff.waitFor(() => document.activeElement?.dataset.testid === 'new-title', [], 'n opens the form with the title focused');
  await press('Automate access reviews', Key.ENTER);
  await ff.find(byId('item-page'));
  for (const [scale, value] of [['impact', 4], ['effort', 2], ['urgency', 3]]) {
    await tabTo(`${byId(scale)} input[type="radio"]`);
    await press(Key.SPACE, ...Array(value - 1).fill(Key.ARROW_RIGHT));
    assert.equal(await driver.executeScript(`return document.querySelector('${byId(scale)} input:checked')?.value`), String(value), scale);
  }
  await tabTo(byId('forward'), { back: true });
  await ff.find(`${byId('forward')}:not([disabled])`);
  await press(Key.ENTER);
  await ff.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === 'Prioritised', [byId('item-stage')], 'Enter on the button moves the item on');
  assert.deepEqual(ff.problems, []);
});
