// The gap workshop by keyboard alone: ten requirements assessed, an improvement made from a gap
// and found in the register, the results surviving a reload, and the Statement of Applicability
// exported with every control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, createWorkspace, waitSaved } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const byId = (id) => `[data-testid="${id}"]`;
const current = (page) => page.getAttribute(byId('requirement'), 'data-id');

test('a workshop runs by keyboard alone and leaves a backlog, results and a Statement of Applicability', async () => {
  const page = await app.page();
  await app.open(page);
  await createWorkspace(page, 'Workshop BV');
  await page.goto(app.server.url + '#/gap?theme=8');
  await page.waitForSelector(byId('requirement'));
  await page.click('main h1'); // focus leaves the address bar; from here on, keys only
  assert.equal(await current(page), 'A.8.1');
  // A control's title says what it asks; a clause comes with the question to put to the room.
  assert.equal(await page.locator(byId('gap-prompt')).count(), 0);

  // Ten controls: status by letter, maturity by digit, target by Shift+digit, j to move on.
  const plan = [
    ['y', '3', '3'], ['p', '2', '4'], ['n', '0', '3'], ['y', '4', '4'], ['x', null, null],
    ['p', '1', '3'], ['y', '3', '3'], ['p', '2', '3'], ['n', '1', '4'], ['y', '3', '4'],
  ];
  for (const [status, maturity, target] of plan) {
    if (maturity) await page.keyboard.press(maturity);
    if (target) await page.keyboard.press(`Shift+Digit${target}`);
    await page.keyboard.press(status);
    await page.keyboard.press('j');
  }
  assert.equal(await current(page), 'A.8.11', 'ten steps forward');
  assert.match(await page.textContent(byId('gap-progress')), /^10 of 127/);

  // Back with k to A.8.9 (maturity 1 → target 4: a gap of 3), note it, make an improvement.
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await current(page), 'A.8.9');
  await page.keyboard.press('e');
  await page.keyboard.type('Baselines exist only for Windows servers');
  await page.keyboard.press('Escape');
  await page.keyboard.press('i');
  await page.waitForSelector(byId('gap-backlinks'));
  const id = (await page.textContent(`${byId('gap-backlinks')} a`)).trim();
  assert.equal(id, 'CI-001');

  // Clause 10.2: the question follows the page's language.
  await page.goto(app.server.url + '#/gap?group=10');
  await page.waitForSelector(byId('requirement'));
  await page.click('main h1');
  await page.keyboard.press('j');
  await page.waitForFunction(() => document.querySelector('[data-testid="requirement"]')?.dataset.id === '10.2');
  assert.equal(await page.textContent(byId('gap-prompt')), 'To ask: After a nonconformity: is it corrected, its root cause found, similar cases checked, action taken and its effect reviewed, and is all of it recorded?');
  await page.selectOption(byId('language'), 'nl');
  await page.waitForFunction(() => document.querySelector('[data-testid="gap-prompt"]')?.textContent.startsWith('Te vragen: Na een afwijking:'));
  await page.selectOption(byId('language'), 'en');

  // Filters: gaps only shows the six with a gap (A.8.5 excluded as not applicable).
  await page.goto(app.server.url + '#/gap?theme=8&gaps=1');
  await page.waitForSelector(byId('requirement'));
  assert.match(await page.textContent(`${byId('requirement')} .position`), /^1 \/ 6/);

  // The improvement is in the register, from the gap assessment, impact from the gap size.
  await page.goto(app.server.url + '#/register?source=GapAssessment');
  await page.waitForSelector(`${byId('register')} tbody tr`);
  assert.match(await page.textContent(byId('register')), /CI-001.*Close the gap on A\.8\.9 Configuration management/s);
  await page.goto(app.server.url + '#/item/CI-001');
  await page.waitForSelector(byId('item-page'));
  assert.ok(await page.isChecked(`${byId('impact')} input[value="3"]`), 'impact 3 = target 4 − current 1');

  // Everything survives a reload, and the results show the largest gaps first.
  await waitSaved(page);
  await page.goto(app.server.url + '#/gap-results');
  await page.reload();
  await page.waitForSelector(byId('largest-gaps'));
  const firstGap = await page.textContent(`${byId('largest-gaps')} tbody tr:first-child`);
  assert.match(firstGap, /A\.8\.3/, 'A.8.3: 0 → 3, a gap of 3, not implemented');
  assert.match(await page.textContent(byId('title-block')), /Workshop BV/);

  // The Statement of Applicability: all 93 controls, the assessed ones with their status.
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(byId('export-soa'))]);
  assert.match(file.suggestedFilename(), /^workshop-bv-soa-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\n');
  assert.equal(rows.length, 94);
  assert.equal(rows[0], 'Control,Title,Theme,Applicable,Justification or exclusion reason,Implementation status,Owner,Notes');
  assert.ok(rows.includes('A.8.1,User endpoint devices,Technological controls,Yes,,Implemented,,'));
  assert.ok(rows.includes('A.8.5,Secure authentication,Technological controls,No,,Not applicable,,'));
  assert.ok(rows.includes('A.8.9,Configuration management,Technological controls,Yes,,Not implemented,,Baselines exist only for Windows servers'));
  assert.ok(rows.includes('A.5.1,Policies for information security,Organisational controls,Yes,,Not assessed,,'));
  assert.deepEqual(page.problems, []);
});
