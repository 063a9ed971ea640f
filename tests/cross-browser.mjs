// The paths where browsers differ (key and pointer events, history, downloads, file inputs, form
// controls, dialogs, storage), run in Firefox ESR and in WebKitGTK (see webdriver.mjs): the
// example, the register from the keyboard with its filter in the address, a blocked move's reason,
// dragging on the matrix by mouse and by finger (WebKitWebDriver sends touch as mouse events, so
// that one is skipped there), the weight sliders, the language, reload, a file exported and
// opened again, workspaces renamed, copied and deleted through the browser's own confirmation, a
// storage filled to this browser's quota, a change in one tab seen in another, dates typed on the
// keyboard, an improvement taken through every step's form to Closed, the gap workshop's keys,
// words in a number field, text typed and never left before a reload or Back, the due dates as a
// calendar file, the one-file copy opened from disk, an item made, rated and moved on by keyboard
// alone, a management review recorded as held from typed text, and the wrapping texts of the
// objectives and people tables shown whole (WebKit cannot size a field to its text with CSS).
// Chromium runs everything else. Each browser's file in e2e/ calls `crossBrowserTests` with its name.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Key, Origin, until } from 'selenium-webdriver';
import * as input from 'selenium-webdriver/lib/input.js';
import { BROWSERS, startBrowser } from './webdriver.mjs';

let b;

const byId = (id) => `[data-testid="${id}"]`;
const rows = (n, message) => b.waitFor((want) => document.querySelectorAll('[data-testid="register"] tbody tr').length === want, [n], message);

/** Starts from an empty storage and creates the workspace `name` through the start form. */
async function newWorkspace(name) {
  await b.reset();
  await (await b.find('form[data-testid="new-workspace"] input[name="workspace-name"]')).sendKeys(name);
  await (await b.find('form[data-testid="new-workspace"] button[type="submit"]')).click();
  await b.find(`${byId('save-state')}.ok`);
}

/** Creates a continual improvement called `title` from the New item page and opens it. */
async function newItem(title) {
  await b.driver.executeScript(`location.hash = '#/new'`);
  await (await b.find(byId('new-title'))).sendKeys(title);
  await (await b.find(byId('create-item'))).click();
  await b.find(byId('item-page'));
}

async function withExample(hash) {
  await b.reset();
  await (await b.find(byId('load-example'))).click();
  await b.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === '11', [`${byId('fig-items')} .value`], 'the example has 11 items');
  await b.find(`${byId('save-state')}.ok`);
  await b.driver.executeScript(`location.hash = '${hash}'`);
}

/** Types `keys` into the date field `css` from its first part (the month, in the en-US order the
 *  test browsers use; a click in the middle lands on another part in some browsers), then leaves
 *  the field with a click on the heading. */
async function typeInDate(css, ...keys) {
  const field = await b.find(css);
  await b.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', field);
  const { width } = await field.getRect();
  await b.driver.actions().move({ origin: field, x: Math.round(10 - width / 2), y: 0 }).click().perform();
  await b.driver.actions().sendKeys(...keys).perform();
  await (await b.find('h1')).click();
}

/** `yyyy-mm-dd` as typed into an en-US date field: the parts in that order, with slashes (WebKit
 *  moves to the next part on a slash, not after two digits). */
const typed = (iso) => iso.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$2/$3/$1');

/** Defines these tests for the browser `name` ('firefox' or 'webkit', see webdriver.mjs). */
export function crossBrowserTests(name) {
  const label = BROWSERS[name];
  before(async () => { b = await startBrowser(name); });
  after(async () => { await b?.close(); });

  /** Whether the session is gone after `err`: a crashed page may still answer for a moment, so
   *  an error that is not a failed assertion is given two seconds to show it. */
  const sessionEnded = async (err) => {
    const tries = err instanceof assert.AssertionError ? 1 : 8;
    for (let i = 0; i < tries; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 250));
      if (!(await b.alive())) return true;
    }
    return false;
  };

  /** A test whose session, if the browser's page crashes during it, is started afresh and the test
   *  run once more in it, saying so: WebKitGTK's page crashed once in a CI run, and the session it
   *  ended failed that test and every later one. A test that fails with its session alive, or
   *  fails again in the fresh one, fails. */
  const test = (title, body) => nodeTest(title, async (t) => {
    try {
      await body(t);
    } catch (err) {
      if (!(await sessionEnded(err))) throw err;
      const first = String(err?.message ?? err).trim().split('\n')[0];
      t.diagnostic(`${label}'s session ended during this test (${first}); run once more in a fresh browser.`);
      const log = b.log().trim().split('\n').slice(-40);
      if (log[0]) t.diagnostic(`the end of its driver's and browser's output:`);
      for (const line of log.filter(Boolean)) t.diagnostic(`  ${line}`);
      await b.close();
      b = await startBrowser(name);
      await body(t);
    }
  });

  test(`in ${label} the example loads, the register works from the keyboard with its filter in the address, and a reload keeps it all`, async () => {
    const { driver } = b;
    await withExample('#/register');
    await b.find(`${byId('register')} tbody tr`);
    await driver.findElement({ css: 'body' }).sendKeys('/');
    await b.waitFor(() => document.activeElement?.dataset.testid === 'search', [], 'the search box has focus');
    await driver.switchTo().activeElement().sendKeys('backup');
    await rows(1, 'one row matches "backup"');
    assert.match(await driver.getCurrentUrl(), /#\/register\?(.*&)?q=backup/);
    const only = await driver.executeScript('return document.querySelector(\'[data-testid="register"] tbody tr\').dataset.id');
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await b.find(byId('item-page'));
    assert.ok((await driver.getCurrentUrl()).endsWith(`#/item/${only}`));

    // Back returns to the filtered register; a reload there keeps the filter and the data.
    await driver.navigate().back();
    await rows(1, 'back shows the filtered register');
    await driver.navigate().refresh();
    await rows(1, 'the reload keeps the filter');
    assert.equal(await (await b.find(byId('search'))).getAttribute('value'), 'backup');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a blocked move shows its reason, and the language switches the whole page and is kept`, async () => {
    const { driver } = b;
    await withExample('#/item/CA-001');
    const forward = await b.find(`${byId('forward')}[disabled]`);
    assert.match(await forward.getText(), /standardised/);
    assert.match(await (await b.find(byId('blocked-reason'))).getText(), /a verification result of 'effective'/);

    await (await b.find(`${byId('language')} option[value="nl"]`)).click();
    await b.waitFor(() => document.documentElement.lang === 'nl', [], 'the page says it is Dutch');
    await b.waitFor((sel) => /Nog nodig/.test(document.querySelector(sel)?.textContent), [byId('blocked-reason')], 'the reason in Dutch');
    await driver.navigate().refresh();
    await b.find(byId('item-page'));
    assert.equal(await driver.executeScript('return document.documentElement.lang'), 'nl');
    assert.equal((await (await b.find('a[href="#/register"]')).getText()).trim(), 'Register');
    assert.equal((await (await b.find('a[href="#/people"]')).getText()).trim(), 'Personen');
    await (await b.find(`${byId('language')} option[value="en"]`)).click();
    await b.waitFor(() => document.documentElement.lang === 'en', [], 'back to English');
    assert.deepEqual(await b.problems(), []);
  });

  // A mouse, and a finger as on a tablet: the matrix moves its points on pointer events.
  for (const device of ['mouse', 'touch']) {
    test(`in ${label} a point on the impact/effort matrix is dragged to a new impact and effort${device === 'touch' ? ' by a finger, and a tap opens one' : ''}`, async (t) => {
      const { driver } = b;
      await withExample('#/matrix');
      const point = (id) => `[data-testid="matrix"] g.point[data-id="${id}"]`;
      await b.find(point('CI-009'));
      await driver.executeScript(`window.pointerTypes = []; document.addEventListener('pointerdown', (e) => pointerTypes.push(e.pointerType), true)`);
      const grid = await driver.executeScript(`
        const boxes = [...document.querySelectorAll('[data-testid="matrix"] rect.q')].map((a) => a.getBoundingClientRect());
        const left = Math.min(...boxes.map((b) => b.left)), top = Math.min(...boxes.map((b) => b.top));
        return { left, top, w: (Math.max(...boxes.map((b) => b.right)) - left) / 5, h: (Math.max(...boxes.map((b) => b.bottom)) - top) / 5 };`);
      const centre = (id) => driver.executeScript(`const b = document.querySelector('${point(id)}').getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2];`);
      const from = await centre('CI-009');
      const to = [grid.left + 1.5 * grid.w, grid.top + 0.5 * grid.h]; // effort 2, impact 5
      const at = ([x, y]) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
      const pointer = new input.Pointer(device, device === 'touch' ? input.Pointer.Type.TOUCH : input.Pointer.Type.MOUSE);
      await driver.actions({ async: true }).insert(pointer,
        pointer.move(at(from)), pointer.press(),
        pointer.move({ ...at([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]), duration: 100 }),
        pointer.move({ ...at(to), duration: 100 }), pointer.release()).perform();
      await b.waitFor((sel) => document.querySelector(sel)?.getAttribute('aria-label').includes('impact 5, effort 2'), [point('CI-009')], 'CI-009 moved to impact 5, effort 2');
      const seen = await driver.executeScript('return pointerTypes');
      if (seen[0] !== device) {
        t.skip(`this browser's driver delivers ${device} actions as ${seen[0]} events`);
        return;
      }
      if (device === 'touch') {
        await driver.actions({ async: true }).insert(pointer, pointer.move(at(await centre('CI-002'))), pointer.press(), pointer.release()).perform();
        await b.find(byId('item-page'));
        assert.ok((await driver.getCurrentUrl()).endsWith('#/item/CI-002'));
      }
      assert.deepEqual(await b.problems(), []);
    });
  }

  test(`in ${label} the workbench file downloads, and opening it in an empty browser gives the same file back`, async () => {
    const { driver } = b;
    await withExample('#/data');
    const first = await b.downloadFrom(byId('export-json'));
    assert.match(first.name, /^example-northwind-care-finance-\d{4}-\d{2}-\d{2}\.json$/);
    assert.ok(first.text.startsWith('{\n  "format": "isms-improvement-workbench",\n  "version": 1,'));

    await b.reset();
    await (await b.find(byId('open-file'))).click();
    const path = join(b.downloads, 'handed-over.json');
    await writeFile(path, first.text);
    await (await b.find(byId('import-file'))).sendKeys(path);
    await b.find(byId('import-preview'));
    await (await b.find(byId('import-new'))).click();
    await b.find(byId('import-done'));
    await b.find(`${byId('save-state')}.ok`);
    const again = await b.downloadFrom(byId('export-json'));
    assert.equal(again.text, first.text, 'the re-exported file is identical');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a weight slider moved by a key or dragged re-ranks the backlog, and the reset puts it back`, async () => {
    const { driver } = b;
    await withExample('#/prioritise');
    await b.find(`${byId('backlog')} tbody tr`);
    const order = () => driver.executeScript(`return [...document.querySelectorAll('[data-testid="backlog"] tbody tr')].map((r) => r.dataset.id).join()`);
    const shown = (slider) => driver.executeScript(`return document.querySelector('${byId(slider)}').closest('label').querySelector('output').textContent`);
    const before = await order();
    assert.ok(before.startsWith('CA-001,'), before);

    // Impact to 0 from the keyboard: the slider focused, then End and Home.
    await driver.executeScript(`document.querySelector('${byId('weight-weightimpact')}').focus()`);
    await driver.actions().sendKeys(Key.END).perform();
    await b.waitFor((sel) => document.querySelector(sel).value === '100', [byId('weight-weightimpact')], 'End moves the slider to 100');
    await driver.actions().sendKeys(Key.HOME).perform();
    await b.waitFor((sel) => document.querySelector(sel).value === '0', [byId('weight-weightimpact')], 'Home moves the slider to 0');
    assert.equal(await shown('weight-weightimpact'), '0');

    // Urgency to 100 by dragging its thumb past the right end.
    const urgency = await b.find(byId('weight-weighturgency'));
    const { width } = await urgency.getRect();
    await driver.actions({ async: true }).move({ origin: urgency }).press()
      .move({ origin: urgency, x: Math.round(width / 4), y: 0, duration: 100 })
      .move({ origin: urgency, x: Math.round(width / 2 + 20), y: 0, duration: 100 }).release().perform();
    await b.waitFor((sel) => document.querySelector(sel).value === '100', [byId('weight-weighturgency')], 'the drag moves urgency to 100');
    assert.equal(await shown('weight-weighturgency'), '100');
    const after = await order();
    assert.notEqual(after, before, 'the backlog is re-ranked');
    assert.ok(after.startsWith('CA-001,'), `mandatory work stays first whatever the weights: ${after}`);

    await (await b.find(byId('weights-reset'))).click();
    await b.waitFor((sel, want) => [...document.querySelectorAll(sel)].map((r) => r.dataset.id).join() === want, [`${byId('backlog')} tbody tr`, before], 'the reset restores the ranking');
    assert.equal(await shown('weight-weightimpact'), '40');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a workspace is renamed, duplicated, and deleted only when the browser's own confirmation says yes, with an undo`, async () => {
    const { driver } = b;
    await withExample('#/workspaces');
    const names = () => driver.executeScript(`return [...document.querySelectorAll('[data-testid="workspace-list"] tbody tr strong')].map((s) => s.textContent)`);
    const button = async (row, text) => (await driver.findElements({ css: `${byId('workspace-list')} tbody tr` }))[row]
      .findElement({ xpath: `.//button[normalize-space()="${text}"]` });
    await b.find(`${byId('workspace-list')} tbody tr`);

    await (await button(0, 'Rename')).click();
    const input = await b.find(`${byId('rename-form')} input`);
    await input.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
    await input.sendKeys('Northwind 2027', Key.ENTER);
    await b.waitFor((sel) => document.querySelector(sel)?.textContent.includes('Northwind 2027'), [byId('current-workspace')], 'the header shows the new name');
    await (await button(0, 'Duplicate')).click();
    await b.waitFor(() => document.querySelectorAll('[data-testid="workspace-list"] tbody tr').length === 2, [], 'a copy is listed');
    assert.deepEqual(await names(), ['Northwind 2027', 'Northwind 2027 (copy)']);

    // The browser's confirmation, answered no and then yes.
    await (await button(1, 'Delete')).click();
    let question = await driver.wait(until.alertIsPresent(), 5_000, 'the browser asks first');
    assert.equal(await question.getText(), 'Delete “Northwind 2027 (copy)” and its 11 items from this browser?');
    await question.dismiss();
    assert.deepEqual(await names(), ['Northwind 2027', 'Northwind 2027 (copy)'], 'no: nothing is deleted');
    await (await button(1, 'Delete')).click();
    question = await driver.wait(until.alertIsPresent(), 5_000, 'the browser asks again');
    await question.accept();
    await b.waitFor(() => document.querySelectorAll('[data-testid="workspace-list"] tbody tr').length === 1, [], 'yes: the copy is deleted');
    await b.find(`${byId('save-state')}.ok`);
    assert.equal(await driver.executeScript('return Object.keys(localStorage).filter((k) => k.startsWith("isms-wb.v1.ws.")).length'), 1);

    await (await driver.findElement({ xpath: '//div[contains(@class,"banner")]//button[normalize-space()="Undo"]' })).click();
    await b.waitFor(() => document.querySelectorAll('[data-testid="workspace-list"] tbody tr').length === 2, [], 'the undo brings it back');
    await b.find(`${byId('save-state')}.ok`);
    await driver.navigate().refresh();
    await b.waitFor(() => document.querySelectorAll('[data-testid="workspace-list"] tbody tr').length === 2, [], 'both are kept over a reload');
    assert.deepEqual(await names(), ['Northwind 2027', 'Northwind 2027 (copy)']);
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a full storage keeps the work in memory, says so, and exports it in one click`, async () => {
    const { driver } = b;
    await driver.get(b.server.url + 'not-the-app');
    await driver.executeScript('localStorage.clear()');
    // Fill the origin's storage to within 2,000 characters of this browser's own quota (browsers
    // count it differently): room for the app's small keys, not for a workspace.
    const filled = await driver.executeScript(`
      const fits = (n) => { try { localStorage.setItem('filler', 'x'.repeat(n)); return true; } catch { return false; } };
      let lo = 0, hi = 12_000_000;
      while (hi - lo > 2_000) { const mid = Math.floor((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid; }
      fits(lo);
      return lo;`);
    assert.ok(filled > 1_000_000, `the storage took only ${filled} characters`);
    await b.open('#/');
    await (await b.find(byId('load-example'))).click();
    await b.waitFor((sel) => /storage is full/.test(document.querySelector(sel)?.textContent), [byId('storage-banner')], 'the banner says the storage is full');
    assert.match(await (await b.find(byId('save-state'))).getText(), /Not saved/);
    await driver.executeScript(`location.hash = '#/register'`);
    await rows(11, 'the example is in the register, in memory');
    const file = await b.downloadFrom(byId('banner-export'));
    assert.ok(file.text.includes('"name": "Example: Northwind Care & Finance"'));
    assert.deepEqual(await b.problems(), []);
    await driver.get(b.server.url + 'not-the-app');
    await driver.executeScript('localStorage.clear()');
  });

  test(`in ${label} a change made in one tab appears in another without a reload`, async () => {
    const { driver } = b;
    await withExample('#/register');
    await rows(11, 'the first tab shows the example');
    const first = await driver.getWindowHandle();
    await driver.switchTo().newWindow('tab');
    await b.open('#/register');
    await rows(11, 'the second tab shows the example');
    await driver.executeScript(`location.hash = '#/new'`);
    await (await b.find(byId('new-title'))).sendKeys('Made in the second tab', Key.ENTER);
    await b.find(byId('item-page'));
    await b.find(`${byId('save-state')}.ok`);
    await driver.close();
    await driver.switchTo().window(first);
    await rows(12, 'the first tab shows the new item without a reload');
    assert.match(await (await b.find(byId('register'))).getText(), /Made in the second tab/);
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a date typed on the keyboard is taken when the field is left, and blanking its month to type another does not remove it; one the workspace refuses is explained beside its field; the tabs follow the arrow keys`, async () => {
    const { driver } = b;
    await newWorkspace('Typing BV');
    await newItem('Retire the legacy VPN');
    const tab = async (n) => (await driver.findElements({ css: '[role="tab"]' }))[n].click();
    const plan = async () => {
      await tab(0);
      await (await b.find(`${byId('stepper')} li:nth-child(3) button`)).click();
      return b.find(byId('plan-due'));
    };
    const type = async (...keys) => {
      await plan();
      await typeInDate(byId('plan-due'), ...keys);
    };
    const dueLines = async () => {
      await tab(2);
      await b.find(`${byId('history')} tbody tr`);
      return driver.executeScript(`return [...document.querySelectorAll('[data-testid="history"] tbody tr')].map((r) => r.textContent).filter((t) => t.includes('Due date'))`);
    };

    await type(typed('2026-12-24'));
    assert.equal(await (await b.find(byId('plan-due'))).getAttribute('value'), '2026-12-24');
    assert.equal((await dueLines()).length, 1);

    await type(Key.BACK_SPACE, '03');
    assert.equal(await (await b.find(byId('plan-due'))).getAttribute('value'), '2026-03-24');
    const lines = await dueLines();
    assert.equal(lines.length, 2, `one line per date, none for the blanked month: ${lines}`);
    assert.match(lines[0], /Due date: 24 Dec 2026.*Due date: 24 Mar 2026$/);

    // Left with a part blank, the field says why and the item keeps its date.
    await type(Key.BACK_SPACE);
    await b.find(`${byId('plan-due')}[aria-invalid="true"]`);
    assert.match(await (await b.find('.field-error')).getText(), /^Enter a complete date with a year between 1900–2199\.$/);
    assert.equal((await dueLines()).length, 2);

    // A start after the due date is refused beside the start field, which shows the start kept.
    await plan();
    await typeInDate(byId('plan-start'), typed('2026-06-01'));
    await b.waitFor(() => [...document.querySelectorAll('.field-error')].some((e) => e.textContent === 'This change was not made: The due date is before the start date.'), [], 'the refusal beside the start date');
    assert.equal(await (await b.find(byId('plan-start'))).getAttribute('value'), '');

    // The tabs follow the arrow keys, and the address keeps the tab.
    await driver.executeScript('document.querySelector(\'[role="tab"][aria-selected="true"]\').focus()');
    await driver.switchTo().activeElement().sendKeys(Key.ARROW_RIGHT);
    await b.waitFor(() => document.activeElement?.getAttribute('aria-selected') === 'true' && document.activeElement.textContent.trim() === 'Evidence', [], 'the Evidence tab shown and focused');
    assert.match(await driver.getCurrentUrl(), /[?&]tab=Evidence/);
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a continual improvement goes from new to Closed through every step's form`, async () => {
    const { driver } = b;
    await newWorkspace('Acme Health');
    await driver.executeScript(`location.hash = '#/people'`);
    await (await b.find(byId('new-person-name'))).sendKeys('Sanne de Vries');
    await (await b.find(byId('add-person'))).click();
    await b.waitFor((sel) => /P-001/.test(document.querySelector(sel)?.textContent), [byId('people')], 'the person is added');

    await newItem('Automate access reviews');
    const today = await driver.executeScript('const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10)');
    // A field typed in and left, so its change is taken.
    const set = async (testid, value) => (await b.find(byId(testid))).sendKeys(value, Key.TAB);
    const setDate = (testid, iso) => typeInDate(byId(testid), typed(iso));
    const choose = async (testid, text) => (await b.find(byId(testid))).findElement({ xpath: `.//option[normalize-space()="${text}"]` }).then((o) => o.click());
    const step = async (n) => (await b.find(`${byId('stepper')} li:nth-child(${n}) button`)).click();
    const forward = async (next) => {
      const ready = await b.find(`${byId('forward')}:not([disabled])`).catch(async () => {
        const why = await driver.executeScript(`return document.querySelector('${byId('blocked-reason')}')?.textContent`);
        throw new Error(`the move to ${next} stays blocked: ${why}`);
      });
      await ready.click();
      await b.waitFor((sel, want) => document.querySelector(sel)?.textContent.trim() === want, [byId('item-stage'), next], `stage ${next}`);
    };
    const blocked = async (...needs) => {
      await b.find(`${byId('forward')}[disabled]`);
      const reason = await (await b.find(byId('blocked-reason'))).getText();
      for (const n of needs) assert.ok(reason.includes(n), `"${reason}" should mention "${n}"`);
    };

    await blocked('an impact rating', 'an effort rating', 'an urgency rating');
    for (const [scale, value] of [['impact', 4], ['effort', 2], ['urgency', 3]]) {
      await (await b.find(`${byId(scale)} input[value="${value}"]`)).click();
    }
    await forward('Prioritised');
    await blocked('what will be improved', 'how it will be done', 'an owner', 'a due date');
    await set('plan-what', 'Quarterly access reviews run from the identity platform');
    await set('plan-how', 'Configure review campaigns; retire the spreadsheet');
    await choose('plan-owner', 'Sanne de Vries');
    await setDate('plan-due', today);
    await forward('Planned');
    await blocked('at least one action');
    await (await b.find(byId('new-action'))).sendKeys('Configure the review campaign', Key.ENTER);
    await forward('In progress');
    await blocked('all actions done', 'verification method', 'planned verification date');
    await (await b.find(byId('action-done-today-0'))).click();
    await step(5);
    await set('verify-method', 'Review completion rate per quarter');
    await setDate('verify-planned', today);
    await set('kpi-before', '62');
    await set('kpi-after', '98,5');
    await set('kpi-target', '95');
    await b.waitFor((sel) => document.querySelector(sel)?.textContent === 'target 95.0 reached', [byId('target-reached')], 'the target is judged');
    await forward('Verifying');
    await blocked("verification result of 'effective'", 'the verification date', 'who verified it', 'an updated document');
    await choose('verify-result', 'Effective');
    await setDate('verified-on', today);
    await choose('verified-by', 'Sanne de Vries');
    await step(6);
    await set('doc-name', 'Access control procedure');
    await (await b.find(byId('doc-version'))).sendKeys('2.1', Key.ENTER);
    await forward('Standardised');
    await blocked('the audiences informed', 'the communication date');
    await set('comm-audiences', 'Team leads, service desk');
    await setDate('comm-date', today);
    await forward('Communicated');
    await forward('Closed');

    await b.find(`${byId('save-state')}.ok`);
    await driver.navigate().refresh();
    await b.find(byId('item-page'));
    assert.equal((await (await b.find(byId('item-stage'))).getText()).trim(), 'Closed');
    assert.match(await driver.executeScript('return localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith("isms-wb.v1.ws.")))'), /"after":98\.5/);
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} the gap workshop runs from the keyboard and exports its Statement of Applicability`, async () => {
    const { driver } = b;
    await newWorkspace('Workshop BV');
    await driver.executeScript(`location.hash = '#/gap?theme=8'`);
    await b.find(byId('requirement'));
    await (await b.find('main h1')).click();
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
    await b.waitFor((sel) => document.querySelector(sel)?.dataset.id === 'A.8.4', [byId('requirement')], 'three steps forward');
    assert.match(await (await b.find(byId('gap-progress'))).getText(), /^3 of 127/);
    await keys('k', 'k');
    await b.waitFor((sel) => document.querySelector(sel)?.dataset.id === 'A.8.2', [byId('requirement')], 'two back');
    await keys('e');
    await b.waitFor(() => document.activeElement?.tagName === 'TEXTAREA', [], 'e opens the notes');
    await keys('Only two admins have a second factor', Key.ESCAPE, 'i');
    await b.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === 'CI-001', [`${byId('gap-backlinks')} a`], 'i makes an improvement');
    await b.find(`${byId('save-state')}.ok`);

    await driver.executeScript(`location.hash = '#/gap-results'`);
    const soa = await b.downloadFrom(byId('export-soa'));
    assert.match(soa.name, /^workshop-bv-soa-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = soa.text.replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(rows.length, 94);
    assert.ok(rows.includes('A.8.1,User endpoint devices,Technological controls,Yes,,Implemented,,'), rows.slice(1, 4).join(' | '));
    assert.ok(rows.some((r) => r.startsWith('A.8.2,') && r.includes('Only two admins have a second factor')));
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a number field given words ("5 days") says so and keeps its number`, async () => {
    const { driver } = b;
    await withExample('#/item/CI-003');
    await (await b.find(`${byId('stepper')} li:nth-child(2) button`)).click();
    const days = await b.find(byId('person-days'));
    const before = await days.getAttribute('value');
    assert.match(before, /^\d+$/);
    // Typed over what is there, as someone would (WebDriver's clear() would empty the field first).
    await days.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys('5 days', Key.TAB).perform();
    await b.find(`${byId('person-days')}[aria-invalid="true"]`);
    assert.match(await (await b.find('.field-error')).getText(), /^Enter a whole number between 0–10000$/);
    await b.find(`${byId('save-state')}.ok`);
    await driver.navigate().refresh();
    await (await b.find(`${byId('stepper')} li:nth-child(2) button`)).click();
    assert.equal(await (await b.find(byId('person-days'))).getAttribute('value'), before, 'the number is kept');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} the one-file copy opens from disk and keeps its work over a reload; the separate files say what to open instead`, async () => {
    const { driver } = b;
    const single = pathToFileURL(join(process.env.DIST, 'isms-workbench.html')).href;
    await driver.get(single + '#/');
    await b.find('header.topbar', 30_000);
    await (await b.find('form[data-testid="new-workspace"] input[name="workspace-name"]')).sendKeys('Offline Zorg BV');
    await (await b.find('form[data-testid="new-workspace"] button[type="submit"]')).click();
    await b.find(`${byId('save-state')}.ok`);
    await driver.navigate().refresh();
    await b.waitFor((sel) => /Offline Zorg BV/.test(document.querySelector(sel)?.textContent), [byId('current-workspace')], 'the workspace is kept over a reload');
    await driver.executeScript(`location.hash = '#/data'`);
    await b.find(byId('one-file-here'));

    await driver.get(pathToFileURL(join(process.env.DIST, 'index.html')).href);
    await b.waitFor(() => /Open isms-workbench\.html next to it instead/.test(document.querySelector('main')?.textContent), [], 'index.html from disk says what to open');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} text still being typed in a field, never left, survives a reload`, async () => {
    const { driver } = b;
    await withExample('#/item/CI-003');
    const identify = async () => (await b.find(`${byId('stepper')} li:nth-child(1) button`)).click();
    await identify();
    const field = await b.find(byId('description'));
    await field.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys('Typed and never left before the reload').perform();
    assert.equal(await driver.executeScript('return document.activeElement?.dataset.testid'), 'description');
    await driver.navigate().refresh();
    await b.find(byId('item-page'));
    await identify();
    assert.equal(await (await b.find(byId('description'))).getAttribute('value'), 'Typed and never left before the reload');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} the due dates download as a calendar file`, async () => {
    await withExample('#/');
    const ics = await b.downloadFrom(byId('due-calendar'));
    assert.match(ics.name, /^example-northwind-care-finance-due-dates-\d{4}-\d{2}-\d{2}\.ics$/);
    assert.ok(ics.text.startsWith('BEGIN:VCALENDAR\r\n') && ics.text.endsWith('END:VCALENDAR\r\n'));
    const unfolded = ics.text.replace(/\r\n /g, '');
    assert.match(unfolded, /\r\nSUMMARY:CA-001 Effectiveness check: Critical server missed by patch management\r\n/);
    assert.match(unfolded, /\r\nSUMMARY:Management review \(9\.3\) due\r\n/);
    assert.equal(unfolded.match(/BEGIN:VEVENT/g).length, 10, 'nine dates of the open items and the next review');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} text still being typed in a field is kept when the page is left by Back`, async () => {
    const { driver } = b;
    await withExample('#/register');
    await b.find(`${byId('register')} tbody tr`);
    await driver.executeScript(`location.hash = '#/item/CI-003'`);
    const identify = async () => (await b.find(`${byId('stepper')} li:nth-child(1) button`)).click();
    await identify();
    const field = await b.find(byId('description'));
    await field.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).sendKeys('Typed, then Back').perform();
    await driver.navigate().back();
    await b.find(`${byId('register')} tbody tr`);
    await driver.navigate().forward();
    await b.find(byId('item-page'));
    await identify();
    assert.equal(await (await b.find(byId('description'))).getAttribute('value'), 'Typed, then Back');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} a management review is recorded as held from text typed in its fields, the button clicked straight after typing, and its record is kept over a reload`, async () => {
    const { driver } = b;
    await withExample('#/review');
    const type = async (testid, text) => {
      const field = await b.find(byId(testid));
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', field);
      await field.click();
      await driver.actions().sendKeys(text).perform();
    };
    await type('held-attendees', 'Managing director, CISO');
    await type('held-decisions', 'Fund immutable backups.');
    const button = await b.find(byId('record-held'));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', button);
    await button.click();
    await b.find(byId('held-title'));
    assert.match(await driver.getCurrentUrl(), /#\/review\/MR-002$/); // the example holds MR-001
    const texts = async () => [
      await (await b.find(byId('held-attendees-text'))).getText(),
      await (await b.find(byId('held-decisions-text'))).getText(),
      await (await b.find(byId('review-identified'))).getText(),
    ];
    const expected = ['Managing director, CISO', 'Fund immutable backups.', 'Items identified in the period: 8, of which nonconformities: 1.'];
    assert.deepEqual(await texts(), expected);
    await b.find(`${byId('save-state')}.ok`);
    await driver.navigate().refresh();
    await b.find(byId('held-title'));
    assert.deepEqual(await texts(), expected);
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} the keyboard alone makes an item with n, rates it with the arrow keys and moves it on`, async () => {
    const { driver } = b;
    await newWorkspace('Keyboard BV');
    await driver.executeScript(`location.hash = '#/register'`);
    await b.find(byId('register-count'));
    await (await b.find('main h1')).click();
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
    await b.waitFor(() => document.activeElement?.dataset.testid === 'new-title', [], 'n opens the form with the title focused');
    await press('Automate access reviews', Key.ENTER);
    await b.find(byId('item-page'));
    for (const [scale, value] of [['impact', 4], ['effort', 2], ['urgency', 3]]) {
      await tabTo(`${byId(scale)} input[type="radio"]`);
      await press(Key.SPACE, ...Array(value - 1).fill(Key.ARROW_RIGHT));
      assert.equal(await driver.executeScript(`return document.querySelector('${byId(scale)} input:checked')?.value`), String(value), scale);
    }
    await tabTo(byId('forward'), { back: true });
    await b.find(`${byId('forward')}:not([disabled])`);
    await press(Key.ENTER);
    await b.waitFor((sel) => document.querySelector(sel)?.textContent.trim() === 'Prioritised', [byId('item-stage')], 'Enter on the button moves the item on');
    assert.deepEqual(await b.problems(), []);
  });

  test(`in ${label} the wrapping texts of the objectives and people tables are shown whole, and grow as they are typed in`, async (t) => {
    const { driver } = b;
    await withExample('#/objectives');
    const size = await driver.manage().window().getRect();
    await driver.manage().window().setRect({ width: 1024, height: 900 });
    t.after(() => driver.manage().window().setRect(size));
    await b.find(`${byId('objectives')} textarea.cell-text`);
    // Where the browser cannot size a field to its content (WebKit), the app does.
    const cut = () => driver.executeScript(`return [...document.querySelectorAll('main textarea.cell-text')]
      .filter((f) => f.scrollHeight > f.clientHeight + 1).map((f) => f.value)`);
    await b.waitFor(() => document.querySelector('main textarea.cell-text')?.clientHeight > 0, [], 'the fields are drawn');
    await driver.wait(async () => (await cut()).length === 0, 5_000).catch(async () => assert.deepEqual(await cut(), [], 'objectives cut'));
    const plan = await b.find(`${byId('objectives')} tbody tr:first-child ${byId('objective-plan')}`);
    const before = await plan.getRect();
    await plan.sendKeys(' And a second exercise with the suppliers, every half year, reported to the board.');
    await driver.wait(async () => (await plan.getRect()).height > before.height, 5_000, 'the plan grows as it is typed in');
    assert.deepEqual(await cut(), [], 'the typed plan is shown whole');
    await driver.executeScript(`location.hash = '#/people'`);
    await b.find(`${byId('people')} textarea.cell-text`);
    await driver.wait(async () => (await cut()).length === 0, 5_000).catch(async () => assert.deepEqual(await cut(), [], 'people cut'));
    assert.deepEqual(await b.problems(), []);
  });
}
