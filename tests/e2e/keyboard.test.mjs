// Keyboard alone: from an empty browser to a closed improvement, a corrective action's 10.2
// analysis, and the skip link, without touching the mouse. Every control is reached with Tab
// (or Shift+Tab) and operated with the keys a keyboard user has: typing, Enter, Space and the
// arrow keys. A control that a mouse can use but Tab cannot reach, or that ignores the
// keyboard, fails the test where it is met.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { day, start, waitSaved } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const byId = (id) => `[data-testid="${id}"]`;

/** A fresh page whose browser locale is en-US, the order `typeDate` types a date in. */
const freshPage = async () => app.page({ context: await app.browser.newContext({ locale: 'en-US' }) });

/** Presses Tab (Shift+Tab with `back`) until the focused element matches `selector` and,
 *  if given, holds `text`; fails if that takes more than `max` presses. */
async function tabTo(page, selector, { text, back = false, max = 150 } = {}) {
  for (let i = 0; i <= max; i++) {
    const here = await page.evaluate(([s, t]) => {
      const a = document.activeElement;
      return Boolean(a && a.matches(s) && (!t || a.textContent.includes(t)));
    }, [selector, text ?? null]);
    if (here) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}${text ? ` holding "${text}"` : ''}`);
}

/** A fresh page on the start page where a workspace called `name` is created by keyboard. */
async function workspaceByKeyboard(name) {
  const page = await freshPage();
  await app.open(page);
  await tabTo(page, 'form[data-testid="new-workspace"] input[name="workspace-name"]');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${byId('current-workspace')}:has-text("${name}")`);
  return page;
}

/** Follows the navigation's Register link by keyboard and waits for the register. */
async function registerByKeyboard(page) {
  await tabTo(page, 'a[href="#/register"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('register-count'));
}

/** Tabs to a field, selects what it holds and types `value` over it, then leaves with Tab. */
async function typeInto(page, testid, value) {
  await tabTo(page, byId(testid));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

/** A date field, typed the way the field asks for it in the en-US locale the pages are opened
 *  in (month, day, year). */
async function typeDate(page, testid, date) {
  await tabTo(page, byId(testid));
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await page.keyboard.press('Tab');
  assert.equal(await page.inputValue(byId(testid)), date, `${testid} holds the typed date`);
}

/** Tabs to the forward button and presses Enter, then waits for the stage `next`. */
async function forward(page, next) {
  await page.waitForSelector(`${byId('forward')}:not([disabled])`);
  await tabTo(page, byId('forward'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent.trim() === want, [byId('item-stage'), next]);
}

/** Rates a 1–5 scale: Tab into its radio group, Space picks 1, each ArrowRight one more. */
async function rate(page, testid, value) {
  await tabTo(page, `${byId(testid)} input[type="radio"]`);
  await page.keyboard.press('Space');
  for (let i = 1; i < value; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute(`${byId(testid)} input:checked`, 'value'), String(value));
}

test('a continual improvement goes from an empty browser to Closed by keyboard alone', async () => {
  const today = day();

  // A workspace, and a person to own the work (reached through the navigation).
  const page = await workspaceByKeyboard('Keyboard BV');
  await tabTo(page, 'a[href="#/people"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('new-person-name'));
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  // The new page has the focus: the next Tab lands in it, not back in the navigation.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.closest('main') !== null), 'Tab goes on inside the new page');
  await tabTo(page, byId('new-person-name'));
  await page.keyboard.type('Sanne de Vries');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CISO');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${byId('people')} td:has-text("P-001")`);

  // The register's shortcut opens the new-item form; the title is typed and Enter creates it.
  await registerByKeyboard(page);
  await page.keyboard.press('n');
  // The new item's title has the focus at once (the page keeps the field it focused itself).
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'new-title');
  await page.keyboard.type('Automate access reviews');
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('item-page'));
  assert.match(page.url(), /#\/item\/CI-001$/);

  // Identify → Prioritised: three ratings with the arrow keys.
  await rate(page, 'impact', 4);
  await rate(page, 'effort', 2);
  await rate(page, 'urgency', 3);
  await forward(page, 'Prioritised');

  // Plan: what, how, an owner picked with the arrow keys, a typed due date.
  await typeInto(page, 'plan-what', 'Quarterly access reviews run from the identity platform');
  await typeInto(page, 'plan-how', 'Configure review campaigns; retire the spreadsheet');
  await tabTo(page, byId('plan-owner'));
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue(byId('plan-owner')), 'P-001');
  await typeDate(page, 'plan-due', today);
  await forward(page, 'Planned');

  // Implement: an action added with Enter, started, then done today by its button.
  await tabTo(page, byId('new-action'));
  await page.keyboard.type('Configure the review campaign');
  await page.keyboard.press('Enter');
  await forward(page, 'In progress');
  await tabTo(page, byId('action-done-today-0'), { back: true });
  await page.keyboard.press('Enter');

  // Verify: the stepper's step is a button; method, dates, KPI, result and who verified.
  await tabTo(page, `${byId('stepper')} button`, { text: 'Verify', back: true });
  await page.keyboard.press('Enter');
  await typeInto(page, 'verify-method', 'Review completion rate per quarter');
  await typeDate(page, 'verify-planned', today);
  await typeInto(page, 'kpi-before', '62');
  await typeInto(page, 'kpi-after', '98');
  await forward(page, 'Verifying');
  await tabTo(page, byId('verify-result'), { back: true });
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue(byId('verify-result')), 'Effective');
  await typeDate(page, 'verified-on', today);
  await tabTo(page, byId('verified-by'));
  await page.keyboard.press('ArrowDown');

  // Standardise: a document added with Enter; communicate: audiences and date; close.
  await tabTo(page, `${byId('stepper')} button`, { text: 'Standardise', back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, byId('doc-name'));
  await page.keyboard.type('Access control procedure');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2.1');
  await page.keyboard.press('Enter');
  await forward(page, 'Standardised');
  await typeInto(page, 'comm-audiences', 'Team leads, service desk');
  await typeDate(page, 'comm-date', today);
  await forward(page, 'Communicated');
  await forward(page, 'Closed');

  // The history tab is reached and opened by keyboard too (Tab reaches the tab shown, the arrow
  // keys the others); it holds the whole way.
  await tabTo(page, 'button[role="tab"]', { text: 'Workflow', back: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('button[role="tab"][aria-selected="true"]:has-text("History")');
  const history = await page.textContent(byId('history'));
  for (const s of ['Closed', 'Communicated', 'Verifying', 'Planned']) assert.ok(history.includes(s), `history mentions ${s}`);
  await waitSaved(page);
  assert.deepEqual(page.problems, []);
});

test('a corrective action\'s nonconformity and root cause are filled in by keyboard alone', async () => {
  const page = await workspaceByKeyboard('Patch BV');

  // The kind is a radio group: the arrow key moves from continual improvement to corrective action.
  await registerByKeyboard(page);
  await page.keyboard.press('n');
  await tabTo(page, byId('kind-ci'));
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked(byId('kind-ca')), true);
  await tabTo(page, byId('new-title'));
  await page.keyboard.type('Critical server missed by patch management');
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('item-page'));
  assert.match(page.url(), /#\/item\/CA-001$/);

  // The ratings come first; the nonconformity is on the Identify step, opened from the stepper.
  await rate(page, 'impact', 5);
  await rate(page, 'effort', 2);
  await rate(page, 'urgency', 5);
  await tabTo(page, `${byId('stepper')} button`, { text: 'Identify', back: true });
  await page.keyboard.press('Enter');

  // The requirement picker: typing lists matches, the arrows move the announced option, Enter picks.
  const search = `${byId('nc-requirement')} input[type="search"]`;
  await tabTo(page, search);
  await page.keyboard.type('A.8.1');
  await page.waitForSelector(`${byId('nc-requirement')} [role="option"]`);
  const options = await page.locator(`${byId('nc-requirement')} [role="option"]`).count();
  assert.ok(options >= 2, `"A.8.1" lists several requirements, got ${options}`);
  const announced = async () => {
    const active = await page.getAttribute(search, 'aria-activedescendant');
    assert.ok(active, 'the search box names the option the arrows are on');
    assert.equal(await page.getAttribute(`#${active}`, 'aria-selected'), 'true');
    return (await page.textContent(`#${active}`)).trim();
  };
  const first = await announced();
  assert.match(first, /^A\.8\.1 /);
  await page.keyboard.press('ArrowDown');
  assert.match(await announced(), /^A\.8\.1\d /, 'ArrowDown moves to the next option');
  await page.keyboard.press('ArrowUp');
  assert.equal(await announced(), first, 'ArrowUp moves back');
  // A word of the title in Dutch finds the control too.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('kwetsbaar');
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('A.8.8 '), `${byId('nc-requirement')} [role="option"]`);
  assert.match(await announced(), /^A\.8\.8 /);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${byId('nc-requirement')} .chip:has-text("A.8.8")`);
  assert.equal(await page.getAttribute(search, 'aria-expanded'), 'false');

  // Grade by type-ahead and the description; then Prioritised.
  await tabTo(page, byId('nc-grade'));
  await page.keyboard.type('Major');
  assert.equal(await page.inputValue(byId('nc-grade')), 'Major');
  await typeInto(page, 'nc-description', 'DB-03 missed three critical patches');
  await forward(page, 'Prioritised');

  // Correction, two whys added with Enter, the root cause, similar cases, the action on the cause.
  await typeInto(page, 'correction', 'Server patched the same day');
  await tabTo(page, byId('new-why'));
  await page.keyboard.type('The patch tool did not list DB-03');
  await page.keyboard.press('Enter');
  await page.keyboard.type('DB-03 was missing from the inventory');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${byId('whys')} li:nth-child(2)`);
  await typeInto(page, 'root-cause', 'Inventory not synchronised with the patch tool');
  await tabTo(page, byId('similar'));
  await page.keyboard.type('No');
  assert.equal(await page.inputValue(byId('similar')), 'no');
  await typeInto(page, 'cause-action', 'Synchronise inventory and alert on unmanaged hosts');

  // What still blocks the move is the plan alone: the 10.2 analysis is complete.
  const reason = await page.textContent(byId('blocked-reason'));
  for (const gone of ['correction', 'root cause', 'similar', 'removes the cause']) assert.ok(!reason.includes(gone), `"${reason}" no longer asks for ${gone}`);
  assert.ok(reason.includes('an owner'), reason);
  await waitSaved(page);
  assert.deepEqual(page.problems, []);
});

test('the skip link moves into the page and keeps the page, with its filters, where it is', async () => {
  const page = await workspaceByKeyboard('Skip BV');
  const url = app.server.url + '#/register?stage=Open&q=access';
  await page.goto(url);
  await page.reload(); // a fresh load: the focus starts at the top of the document
  await page.waitForSelector(byId('register-count'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip', 'the skip link comes first');
  await page.keyboard.press('Enter');
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.ok(await page.isVisible(byId('register-count')), 'the register is still shown');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.closest('main') !== null), 'the next Tab stays in the page, past the header');
  assert.deepEqual(page.problems, []);
});
