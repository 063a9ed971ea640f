// Every control has a name a screen reader can say: the browser's own accessibility tree (the
// names Chromium computes from labels, aria-label and aria-labelledby, button text, titles) is
// read on every page, on each step of an item's workflow and on its tabs, in the CSV mapping,
// the rename form and in Dutch. A control without a name is listed with its markup.
// In the same places every visible text is checked for the contrast WCAG 2.1 AA asks (4.5:1, 3:1
// for large text) against the background it is drawn on, so the app stays readable on a
// washed-out projector; and axe-core (Deque's rules engine) checks the page against its WCAG 2.2
// A/AA and best-practice rules (valid ARIA, a name that holds the visible label, landmarks, …).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, loadExample } from '../harness.mjs';

const AXE = await readFile(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

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

/** Visible texts on the page whose contrast with their background is below WCAG AA, as
 *  "ratio < needed: text (element, colours)". Disabled controls are exempt, as WCAG allows. */
function lowContrast(page) {
  return page.evaluate(() => {
    const parse = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
    };
    const found = [];
    const seen = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || seen.has(el)) continue;
      seen.add(el);
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Hidden, or only for screen readers (clipped to a pixel), or drawn by SVG: not checked.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || el.closest('svg, option, noscript')) continue;
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) found.push(`${ratio.toFixed(2)} < ${needed}: "${n.textContent.trim().slice(0, 40)}" (${el.tagName.toLowerCase()}.${el.className}, ${style.color} on rgb(${[bg.r, bg.g, bg.b].map(Math.round)}))`);
    }
    return found;
  });
}

/** What axe-core finds on the page, as "rule (impact): element, element". */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  })).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  return violations;
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

test('every control on every page, step and form has an accessible name, every text enough contrast, and axe-core finds nothing, in English and Dutch', async () => {
  const page = await app.page();
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(page);
  const missing = {};
  const faint = {};
  const flagged = {};
  const note = async (where) => {
    const found = await unnamed(page);
    if (found.length) missing[where] = found;
    const low = await lowContrast(page);
    if (low.length) faint[where] = low;
    const axe = await axeViolations(page);
    if (axe.length) flagged[where] = axe;
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
  await show(page, '#/review');
  await page.click(byId('record-held'));
  await page.waitForSelector(byId('hold-error'));
  await note('review refused as held');
  for (const [field, text] of [['held-attendees', 'Board'], ['held-decisions', 'No changes needed']]) {
    await page.fill(byId(field), text);
    await page.press(byId(field), 'Tab');
  }
  await page.click(byId('record-held'));
  await page.waitForSelector(byId('held-title'));
  await note('held review record');

  await page.selectOption(byId('language'), 'nl');
  for (const hash of [...PAGES, '#/item/CA-001', '#/review/MR-001']) {
    await show(page, hash);
    await note(`nl ${hash}`);
  }
  assert.deepEqual(missing, {});
  assert.deepEqual(faint, {});
  assert.deepEqual(flagged, {});
  assert.deepEqual(page.problems, []);
});
