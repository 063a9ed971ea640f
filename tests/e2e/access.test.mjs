// Every control has a name a screen reader can say: the browser's own accessibility tree (the
// names Chromium computes from labels, aria-label and aria-labelledby, button text, titles) is
// read on every page, on each step of an item's workflow and on its tabs, in the CSV mapping,
// the rename form and in Dutch. A control without a name is listed with its markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, loadExample } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const byId = (id) => `[data-testid="${id}"]`;
const CONTROLS = new Set([
  'button', 'checkbox', 'combobox', 'link', 'listbox', 'menuitem', 'option', 'radio', 'searchbox',
  'slider', 'spinbutton', 'switch', 'tab', 'textbox',
]);

/** The controls on the page that the accessibility tree shows without a name, as "role: markup". */
async function unnamed(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const found = [];
    for (const node of nodes) {
      if (node.ignored || !CONTROLS.has(node.role?.value)) continue;
      if ((node.name?.value ?? '').trim()) continue;
      let markup = '(no DOM node)';
      if (node.backendDOMNodeId) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.outerHTML.slice(0, 160); }',
          returnByValue: true,
        });
        markup = result.value;
      }
      found.push(`${node.role.value}: ${markup}`);
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Goes to `hash` in the open app and waits until its page has drawn. */
async function show(page, hash) {
  await page.goto(app.server.url + hash);
  await page.waitForSelector('main h1');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

const PAGES = [
  '#/', '#/register', '#/new', '#/prioritise', '#/matrix', '#/objectives', '#/people', '#/data',
  '#/review', '#/gap', '#/gap-results', '#/workspaces', '#/records?ids=CA-001,CI-003',
];

test('every control on every page, step and form has an accessible name, in English and Dutch', async () => {
  const page = await app.page();
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(page);
  const missing = {};
  const note = async (where) => {
    const found = await unnamed(page);
    if (found.length) missing[where] = found;
  };
  await note('start page');
  await loadExample(page);
  for (const hash of PAGES) {
    await show(page, hash);
    await note(hash);
  }
  for (const id of ['CA-001', 'CI-003']) {
    await show(page, `#/item/${id}`);
    const steps = await page.$$eval(`${byId('stepper')} button`, (buttons) => buttons.length);
    assert.equal(steps, 8, 'eight steps from Identify to Closed');
    for (let n = 1; n <= steps; n++) {
      await page.click(`${byId('stepper')} li:nth-child(${n}) button`);
      await page.waitForSelector(`${byId('stepper')} li:nth-child(${n}) button[aria-pressed="true"]`);
      await note(`${id} step ${n}`);
    }
    for (const tab of ['Evidence', 'History', 'Record']) {
      await page.click(`[role="tab"]:has-text("${tab}")`);
      await page.waitForSelector(`[role="tab"][aria-selected="true"]:has-text("${tab}")`);
      await note(`${id} ${tab}`);
    }
  }
  await show(page, '#/data');
  await page.setInputFiles(byId('import-file'), {
    name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from('Nr;Onderwerp;Bron\n;Logretentie verlengen;Interne audit\n'),
  });
  await page.waitForSelector(byId('csv-mapping'));
  await note('CSV column mapping');
  await show(page, '#/workspaces');
  await page.click('button:has-text("Rename")');
  await page.waitForSelector(byId('rename-form'));
  await note('rename form');

  await page.selectOption(byId('language'), 'nl');
  for (const hash of [...PAGES, '#/item/CA-001']) {
    await show(page, hash);
    await note(`nl ${hash}`);
  }
  assert.deepEqual(missing, {});
  assert.deepEqual(page.problems, []);
});
