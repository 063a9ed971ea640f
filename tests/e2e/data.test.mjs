// Data safety: export and import round trips, every kind of bad file refused with its own
// message and the stored data byte-for-byte unchanged, CSV both ways, backups, storage faults
// (full, unreadable, blocked) and two tabs editing the same workspace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { day, start, loadExample, waitSaved } from '../harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const byId = (id) => `[data-testid="${id}"]`;
const snapshot = (page) => page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

async function withExample(page) {
  await app.open(page);
  await loadExample(page);
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(byId(testid))]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Loads the example, records its management review as held (by the Board, nothing to change)
 *  and exports the workspace with that record: the file as downloaded. */
async function exportWithHeldReview(page) {
  await withExample(page);
  await page.goto(app.server.url + '#/review');
  for (const [field, text] of [['held-attendees', 'Board'], ['held-decisions', 'No changes needed']]) {
    await page.fill(byId(field), text);
    await page.press(byId(field), 'Tab');
  }
  await page.click(byId('record-held'));
  await page.waitForSelector(byId('held-title'));
  // The record reaches storage a quarter of a second later: the export must come after.
  await waitSaved(page);
  await page.goto(app.server.url + '#/data');
  return download(page, 'export-json');
}

async function upload(page, name, buffer, mimeType = 'application/octet-stream') {
  await page.setInputFiles(byId('import-file'), { name, mimeType, buffer });
}

test('export, then import into a fresh browser, gives the same workspace', async () => {
  const page = await app.page();
  await withExample(page);
  await page.goto(app.server.url + '#/data');
  const json = await download(page, 'export-json');
  assert.match(json.name, /^example-northwind-care-finance-\d{4}-\d{2}-\d{2}\.json$/);
  assert.ok(json.text.startsWith('{\n  "format": "isms-improvement-workbench",\n  "version": 1,'));

  // Someone handed the file opens the app and follows the start page's "open a file".
  const fresh = await app.page();
  await app.open(fresh);
  await fresh.click(byId('open-file'));
  await fresh.waitForSelector(byId('import-file'));
  await upload(fresh, json.name, Buffer.from(json.text), 'application/json');
  await fresh.waitForSelector(byId('import-preview'));
  await fresh.click(byId('import-new'));
  await fresh.waitForSelector(byId('import-done'));
  await waitSaved(fresh);
  const again = await download(fresh, 'export-json');
  assert.equal(again.text, json.text, 'the re-exported file is identical');
  assert.deepEqual([...page.problems, ...fresh.problems], []);
});

test('the data page says when the workspace was last exported from this browser and whether it changed since, and why it matters', async () => {
  const page = await app.page();
  await withExample(page);
  await page.goto(app.server.url + '#/data');
  const line = () => page.textContent(byId('last-export'));
  assert.equal(await line(), 'This workspace has not been exported from this browser yet.');
  assert.match(await page.textContent('[data-testid="data-page"] .hint'), /Safari after seven days of use without a visit/);
  const before = await download(page, 'export-json');
  const stamp = /^Last exported from this browser: \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d\.$/;
  await page.waitForFunction((sel) => /^Last exported/.test(document.querySelector(sel).textContent), byId('last-export'));
  assert.match(await line(), stamp);

  // A change after the export, then a reload: the line keeps the time and says so.
  await page.goto(app.server.url + '#/workspaces');
  await page.click(`${byId('workspace-list')} button:has-text("Rename")`);
  await page.fill(`${byId('workspace-list')} input`, 'Northwind, renamed after the export');
  await page.press(`${byId('workspace-list')} input`, 'Enter');
  await waitSaved(page);
  await page.reload();
  await page.goto(app.server.url + '#/data');
  await page.waitForSelector(byId('last-export'));
  assert.match(await line(), /^Last exported from this browser: .+\. It has changed since\.$/);
  // Exporting everything counts too; the file is unchanged by the note of it.
  const all = await download(page, 'export-all');
  assert.ok(all.text.includes('Northwind, renamed after the export'));
  await page.waitForFunction((sel) => !/changed since/.test(document.querySelector(sel).textContent), byId('last-export'));
  assert.match(await line(), stamp);
  assert.ok(!before.text.includes('exported'), 'the export time is not part of the file');
  await page.selectOption(byId('language'), 'nl');
  await page.waitForFunction((sel) => /^Laatst geëxporteerd vanuit deze browser: \d{1,2} [a-z]{3} \d{4} \d\d:\d\d\.$/.test(document.querySelector(sel).textContent), byId('last-export'));
  assert.deepEqual(page.problems, []);
});

test('a file with dates still to come where it records what happened is taken as it is, and its preview names each of them', async () => {
  const page = await app.page();
  await withExample(page);
  await page.goto(app.server.url + '#/data');
  const file = JSON.parse((await download(page, 'export-json')).text);
  const ci004 = file.workspace.items.find((i) => i.id === 'CI-004');
  ci004.identified_on = day(2);
  file.workspace.held_reviews[0].held_on = day(3);
  const dueBefore = ci004.plan.due;
  await upload(page, 'ahead.json', Buffer.from(JSON.stringify(file)), 'application/json');
  await page.waitForSelector(byId('import-to-come'));
  const said = await page.innerText(byId('import-to-come'));
  assert.match(said, /^2 dates in this file that record what happened lie after today: .+ They are taken as they are; check them after the import\./);
  const lines = await page.locator(`${byId('import-to-come')} li`).allInnerTexts();
  assert.deepEqual(lines.map((l) => l.replace(/: .*$/, '')), ['CI-004 — Identified on', 'MR-001 — Held on']);
  assert.ok(!said.includes(dueBefore), 'a due date to come is no such date');
  await page.click(byId('import-new'));
  await page.waitForSelector(byId('import-done'));
  await page.goto(app.server.url + '#/item/CI-004?step=Identified');
  const identified = 'label:has-text("Identified on") input';
  await page.waitForSelector(identified);
  assert.equal(await page.inputValue(identified), day(2), 'taken as it is');
  // A file without such dates shows no such note.
  await page.goto(app.server.url + '#/data');
  const clean = (await download(page, 'export-json')).text;
  await upload(page, 'clean.json', Buffer.from(clean.replace(day(2), day(-2)).replace(`"held_on": "${day(3)}"`, `"held_on": "${day(-3)}"`)), 'application/json');
  await page.waitForSelector(byId('import-preview'));
  assert.equal(await page.locator(byId('import-to-come')).count(), 0);
  assert.deepEqual(page.problems, []);
});

test('bad files are refused with their own message and change nothing', async () => {
  const page = await app.page();
  await withExample(page);
  await page.goto(app.server.url + '#/data');
  const good = JSON.parse((await download(page, 'export-json')).text);
  const variant = (f) => { const copy = structuredClone(good); f(copy); return Buffer.from(JSON.stringify(copy)); };
  // The gap assessment links items by id: without it, one renamed item is exactly one problem.
  const duplicate = (f) => { delete f.workspace.gap; f.workspace.items[1].id = f.workspace.items[0].id; };
  const cases = [
    ['not-json.json', Buffer.from('{"format": "isms-improvement-workbench", '), /not valid JSON.*line 1/],
    ['other.json', Buffer.from('{"format": "someone-elses-tool", "version": 3}'), /not a workbench file \(format “someone-elses-tool”\)/],
    ['newer.json', variant((f) => { f.version = 9; }), /newer version of the workbench \(file version 9/],
    ['duplicates.json', variant(duplicate), /The file has 1 problem\./],
    ['broken-refs.json', variant((f) => { f.workspace.items[0].plan = { owner: 'P-077' }; f.workspace.items[2].links.controls = ['A.9.1']; }), /The file has 2 problems\./],
    ['huge.json', Buffer.alloc(20 * 1024 * 1024, 0x20), /too large \(20\.0 MB; the limit is 16 MB\)/],
    ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]), /not a text file/],
    ['empty.json', Buffer.alloc(0), /The file is empty/],
    ['empty.csv', Buffer.from('  \n'), /The file is empty/],
    ['no-title.csv', Buffer.from('a;b\n1;2\n'), /no column for the title/],
  ];
  const before = await snapshot(page);
  for (const [name, buffer, expected] of cases) {
    await upload(page, name, buffer);
    await page.waitForSelector(`${byId('import-error')}:has-text("${name}")`);
    const text = await page.textContent(byId('import-error'));
    assert.match(text, expected, `${name}: ${text}`);
    assert.match(text, /Nothing was changed/);
    assert.equal(await snapshot(page), before, `${name} left the stored data unchanged`);
  }
  await upload(page, 'duplicates.json', variant(duplicate));
  await page.waitForSelector(byId('import-problems'));
  assert.match(await page.textContent(byId('import-problems')), /workspace\.items\[1\]\.id — The id CI-001 is used more than once/);
  // A refusal follows a language switch, its problems too.
  await page.selectOption(byId('language'), 'nl');
  await page.waitForFunction(() => /workspace\.items\[1\]\.id — Het id CI-001 komt vaker voor\./.test(document.querySelector('[data-testid="import-problems"]')?.textContent));
  assert.match(await page.textContent(byId('import-error')), /Er is niets gewijzigd\./);
  assert.match(await page.textContent(byId('import-error')), /^duplicates\.json: Het bestand bevat 1 probleem\./);
  assert.doesNotMatch(await page.textContent(byId('import-error')), /The file|Nothing was changed/);
  // What the file's reader could not read is said in Dutch too, the file's own names kept.
  await upload(page, 'no-kind.json', variant((f) => { delete f.workspace.items[0].kind; }));
  await page.waitForSelector(`${byId('import-error')}:has-text("no-kind.json")`);
  assert.match(await page.textContent(byId('import-problems')), /workspace\.items\[0\] — Onverwachte waarde: het veld ontbreekt: `kind`/);
  await page.selectOption(byId('language'), 'en');
  await page.waitForFunction(() => /Unexpected value: missing field `kind`/.test(document.querySelector('[data-testid="import-problems"]')?.textContent));
  assert.deepEqual(page.problems, []);
});

test('the file to import is chosen with a button in the page\'s language, named by the drop zone and reached by Tab', async () => {
  const page = await app.page();
  await app.open(page);
  await loadExample(page);
  await page.goto(app.server.url + '#/data');
  await page.selectOption(byId('language'), 'nl');
  await page.waitForSelector(byId('data-page'));
  // The browser's own "Choose File" speaks the browser's language: it is not shown.
  const zone = await page.locator('label.dropzone').innerText();
  assert.match(zone, /Kies een bestand…/);
  const box = await page.locator(byId('import-file')).boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, `the browser's file button is ${box.width} × ${box.height} px`);
  // Screen readers hear the drop zone's words as the field's name.
  assert.equal(await page.getByLabel(/^Sleep hier een werkbankbestand/).getAttribute('data-testid'), 'import-file');
  // Tab reaches it, and the focus shows on the page's button.
  await page.focus(byId('export-csv'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'import-file');
  assert.equal(await page.$eval('label.dropzone .button', (b) => getComputedStyle(b).outlineStyle), 'solid');
  // A click on the page's button opens the browser's file chooser, whose file is imported.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('label.dropzone .button')]);
  await chooser.setFiles({ name: 'picked.csv', mimeType: 'text/csv', buffer: Buffer.from('Title;Status\nPicked item;Identified\n') });
  await page.waitForSelector(byId('csv-preview'));
  // Chosen by the pointer, the button shows no keyboard focus ring.
  assert.equal(await page.$eval('label.dropzone .button', (b) => getComputedStyle(b).outlineStyle), 'none');
  assert.deepEqual(page.problems, []);
});

test('a file dropped on the data page is read like a picked one', async () => {
  const page = await app.page();
  await app.open(page, '#/data');
  await page.waitForSelector(byId('data-page'));
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Title;Status\nDropped item;Identified\n'], 'dropped.csv', { type: 'text/csv' }));
    const zone = document.querySelector('[data-testid="data-page"]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector(byId('csv-preview'));
  assert.match(await page.textContent(byId('csv-count')), /^1 item will be imported\.$/);
  await page.click(byId('csv-new'));
  await page.waitForSelector(byId('import-done'));
  await page.goto(app.server.url + '#/register');
  await page.waitForSelector(`${byId('register')} tbody tr`);
  assert.match(await page.textContent(byId('register')), /Dropped item/);
  assert.match(await page.textContent(byId('current-workspace')), /^dropped$/);
  assert.deepEqual(page.problems, []);
});

test('replace keeps a backup that restores; merge by id keeps both sides', async () => {
  const page = await app.page();
  await withExample(page);
  await page.goto(app.server.url + '#/data');
  await page.waitForSelector(byId('no-backups'));
  const file = JSON.parse((await download(page, 'export-json')).text);
  file.workspace.items = file.workspace.items.slice(0, 3);
  delete file.workspace.gap; // its links to the items left out would make the file invalid
  file.workspace.items[0].title = 'Changed in the file';
  const before = await snapshot(page);
  await upload(page, 'three.json', Buffer.from(JSON.stringify(file)));
  await page.waitForSelector(byId('import-diff'));
  const diff = await page.textContent(byId('import-diff'));
  assert.match(diff, /0 new/);
  assert.match(diff, /1 changed/);
  assert.match(diff, /8 only in the workspace/);
  assert.equal(await snapshot(page), before, 'a preview changes nothing');

  await page.click(byId('import-merge'));
  await page.waitForSelector(byId('import-done'));
  await page.goto(app.server.url + '#/');
  await page.waitForSelector('[data-testid="fig-items"] .value:has-text("11")');

  await page.goto(app.server.url + '#/data');
  await upload(page, 'three.json', Buffer.from(JSON.stringify(file)));
  await page.click(byId('import-replace'));
  await page.waitForSelector(byId('import-done'));
  await page.waitForSelector(`${byId('backups')} tbody tr:nth-child(2)`);
  await page.goto(app.server.url + '#/');
  await page.waitForSelector('[data-testid="fig-items"] .value:has-text("3")');

  await page.goto(app.server.url + '#/data');
  await page.click(`${byId('backups')} tbody tr:first-child ${byId('backup-restore')}`);
  await page.goto(app.server.url + '#/workspaces');
  await page.waitForSelector(`${byId('workspace-list')} tbody tr:nth-child(2)`);
  assert.match(await page.textContent(byId('workspace-list')), /\(imported\)\s*11/);

  // A backup downloads as a workbench file, and goes only after a confirmation.
  await page.goto(app.server.url + '#/data');
  const backup = await download(page, 'backup-download');
  assert.match(backup.name, /-backup\.json$/);
  assert.equal(JSON.parse(backup.text).workspace.items.length, 11);
  const rows = () => page.locator(`${byId('backups')} tbody tr`).count();
  page.once('dialog', (d) => d.dismiss());
  await page.click(byId('backup-delete'));
  assert.equal(await rows(), 2, 'a dismissed confirmation deletes nothing');
  let question = '';
  page.once('dialog', (d) => { question = d.message(); d.accept(); });
  await page.click(byId('backup-delete'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="backups"] tbody tr').length === 1);
  assert.match(question, /Northwind/);
  assert.deepEqual(page.problems, []);
});

test('an import preview names the held-review records a file adds and those a replace would remove; a merge keeps both', async () => {
  const page = await app.page();
  // A record made here, and a file from elsewhere without it but with one of its own.
  const file = JSON.parse((await exportWithHeldReview(page)).text);
  const [example, ours] = file.workspace.held_reviews;
  assert.deepEqual([example.id, ours.id], ['MR-001', 'MR-002'], "the example's own record, then the one made here");
  const theirs = { ...ours, attendees: 'Directie', recorded: '2026-01-15T09:00:00Z' };
  file.workspace.held_reviews = [example, theirs];
  const before = await snapshot(page);
  await upload(page, 'elsewhere.json', Buffer.from(JSON.stringify(file)));
  await page.waitForSelector(byId('import-diff'));
  const diff = await page.textContent(byId('import-diff'));
  assert.match(diff, /1 management review record new MR-002/);
  assert.match(diff, /1 management review record only in the workspace \(kept by a merge, removed by a replace\) MR-002/);
  assert.equal(await snapshot(page), before, 'a preview changes nothing');
  await page.click(byId('import-merge'));
  await page.waitForSelector(byId('import-done'));
  await page.goto(app.server.url + '#/review');
  await page.waitForSelector(byId('held-reviews-table'));
  const listed = await page.locator(`${byId('held-reviews-table')} tbody tr`).allInnerTexts();
  // Newest first: the same day, the later number; the example's own, 80 days ago, last.
  assert.deepEqual(listed.map((row) => row.split('\t')[0] + ' ' + row.split('\t').at(-1)).slice(0, 2), ['MR-003 Directie', 'MR-002 Board']);
  assert.equal(listed.length, 3);
  assert.match(listed[2], /^MR-001\t/);
  assert.deepEqual(page.problems, []);
});

test('a file whose copy of a held review has its minutes corrected further says so in the preview, and a merge takes the corrections', async () => {
  // The consultant records a review and hands over the file; the client opens it.
  const page = await app.page();
  const handed = await exportWithHeldReview(page);
  const client = await app.page();
  await app.open(client);
  await client.click(byId('open-file'));
  await client.waitForSelector(byId('import-file'));
  await upload(client, handed.name, Buffer.from(handed.text), 'application/json');
  await client.waitForSelector(byId('import-preview'));
  await client.click(byId('import-new'));
  await client.waitForSelector(byId('import-done'));

  // The consultant then corrects who took part and sends the file again.
  await page.goto(app.server.url + '#/review/MR-002');
  await page.click(byId('correct-held'));
  await page.fill(byId('correct-attendees'), 'Board, CISO');
  await page.click(byId('correct-held-save'));
  await page.waitForSelector(byId('held-corrections'));
  await waitSaved(page);
  await page.goto(app.server.url + '#/data');
  const corrected = await download(page, 'export-json');
  await client.goto(app.server.url + '#/data');
  const before = await snapshot(client);
  await upload(client, corrected.name, Buffer.from(corrected.text), 'application/json');
  await client.waitForSelector(byId('import-diff'));
  const diff = await client.textContent(byId('import-diff'));
  assert.match(diff, /1 management review record whose minutes the file corrects further \(a merge takes the corrections\) MR-002/);
  assert.doesNotMatch(diff, /review records? (new|only in the workspace)/, 'the same record, not a new one');
  assert.equal(await snapshot(client), before, 'a preview changes nothing');
  await client.selectOption(byId('language'), 'nl');
  await client.waitForFunction(() => /1 verslag van een directiebeoordeling waarvan het bestand de notulen verder corrigeert/.test(document.querySelector('[data-testid="import-diff"]').textContent));
  await client.selectOption(byId('language'), 'en');
  await client.click(byId('import-merge'));
  await client.waitForSelector(byId('import-done'));
  assert.equal(await client.textContent(byId('import-done')), 'Merged; the previous version is in the backups.');
  await client.selectOption(byId('language'), 'nl');
  await client.waitForSelector(`${byId('import-done')}:text-is("Samengevoegd; de vorige versie staat bij de back-ups.")`);
  await client.selectOption(byId('language'), 'en');
  await client.goto(app.server.url + '#/review/MR-002');
  await client.waitForSelector(byId('held-corrections'));
  assert.equal(await client.innerText(byId('held-attendees-text')), 'Board, CISO');
  assert.match(await client.innerText(byId('held-corrections')), /Earlier text of who took part: Board/);
  assert.deepEqual([...page.problems, ...client.problems], []);
});

test('the register goes to CSV with a BOM, and a Dutch Excel CSV comes back in with mapping and preview', async () => {
  const page = await app.page();
  await withExample(page);
  await page.selectOption(byId('language'), 'nl');
  await page.goto(app.server.url + '#/data');
  const csv = await download(page, 'export-csv');
  assert.match(csv.name, /-register-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFFId;Datum geïdentificeerd;Bron;Referentie;Soort;Titel;Beschrijving;Grondoorzaak;Correctie;Actie;Eigenaar;Streefdatum;Fase;Verificatie gepland op;Te verifiëren door;Resultaat verificatie;Geverifieerd op;Geverifieerd door;Afgesloten op'));
  assert.equal(csv.text.trim().split('\n').length, 12);

  const soon = day(5);
  const excel = `Nr;Onderwerp;Bron;Status;Eigenaar;Deadline;Opmerking;Datum geïdentificeerd\n;Logretentie verlengen;Interne audit;Gepland;Joost Bakker;31-01-2027;x;${soon}\n;Sleutelbeheer vastleggen;Onbekend;;Nieuwe Persoon;morgen;y;\n`;
  await upload(page, 'register.csv', Buffer.from(excel, 'utf8'), 'text/csv');
  await page.waitForSelector(byId('csv-preview'));
  assert.equal(await page.inputValue(byId('map-6')), '', 'an unknown header is ignored');
  assert.match(await page.textContent(byId('csv-count')), /2 items/);
  const problems = await page.textContent(byId('csv-problems'));
  assert.match(problems, /Regel 3: Onbekende bron “Onbekend”/);
  assert.match(problems, /“morgen” is geen datum/);
  // A day an item was identified cannot be still to come.
  assert.ok(problems.includes(`Regel 2: “${soon}” (Datum geïdentificeerd) is een dag die nog moet komen: niet overgenomen.`), problems);
  await page.click(byId('csv-merge'));
  await page.waitForSelector(byId('import-done'));
  await page.goto(app.server.url + '#/register?q=sleutelbeheer');
  await page.waitForSelector(`${byId('register')} tbody tr`);
  assert.match(await page.textContent(byId('register')), /CI-012.*Sleutelbeheer vastleggen/s);
  assert.deepEqual(page.problems, []);
});

test('a full storage keeps changes in memory with a banner and a one-click export', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('filled')) {
      sessionStorage.setItem('filled', '1');
      // Fill the origin's storage to within 10,000 characters of its quota (about five million):
      // room for the app's own small keys, not for a workspace.
      let size = 5_300_000;
      while (size > 1000) {
        try { localStorage.setItem('filler', 'x'.repeat(size)); break; } catch { size -= 10_000; }
      }
    }
  });
  const page = await app.page({ context });
  await app.open(page);
  await page.click(byId('load-example'));
  await page.waitForSelector(`${byId('storage-banner')}:has-text("storage is full")`);
  assert.match(await page.textContent(byId('save-state')), /Not saved/);
  await page.goto(app.server.url + '#/register');
  await page.waitForSelector(`${byId('register')} tbody tr`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(byId('banner-export'))]);
  assert.ok((await readFile(await file.path(), 'utf8')).includes('"name": "Example: Northwind Care & Finance"'));
  await context.close();
});

test('stored data that cannot be read gets a recovery screen and is never overwritten', async () => {
  const context = await app.browser.newContext();
  const broken = '{"format":"isms-improvement-workbench","version":1,"workspace":{"name":"Half written","items":[{"id":"CI-001"';
  await context.addInitScript(([text]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('isms-wb.v1.ws.broken', text);
      localStorage.setItem('isms-wb.v1.index', JSON.stringify({ workspaces: ['broken'], current: 'broken' }));
    }
  }, [broken]);
  const page = await app.page({ context });
  await app.open(page);
  await page.waitForSelector(byId('recovery'));
  assert.match(await page.textContent(byId('recovery')), /could not be read/);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(byId('recovery-download'))]);
  assert.equal(await readFile(await file.path(), 'utf8'), broken);
  // Working on a new workspace saves around the unreadable data, never over it.
  await page.fill('form[data-testid="new-workspace"] input', 'Fresh start');
  await page.click('form[data-testid="new-workspace"] button[type="submit"]');
  await waitSaved(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('isms-wb.v1.ws.broken')), broken);
  assert.ok((await page.evaluate(() => localStorage.getItem('isms-wb.v1.index'))).includes('broken'));
  // When the browser refuses to remove it, the data and its banner stay, and the refusal shows.
  await page.evaluate(() => {
    const original = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function refuseOnce() {
      Storage.prototype.removeItem = original;
      throw new DOMException('refused for the test', 'UnknownError');
    };
  });
  page.once('dialog', (d) => d.accept());
  await page.click(byId('recovery-discard'));
  await page.waitForSelector(byId('way-out-failed'));
  assert.equal(await page.textContent(byId('way-out-failed')), 'The browser refused (UnknownError: refused for the test).');
  assert.equal(await page.evaluate(() => localStorage.getItem('isms-wb.v1.ws.broken')), broken);
  assert.equal(await page.locator(byId('recovery')).count(), 1);
  page.once('dialog', (d) => d.accept());
  await page.click(byId('recovery-discard'));
  await page.waitForFunction(() => localStorage.getItem('isms-wb.v1.ws.broken') === null);
  assert.equal(await page.locator(byId('recovery')).count(), 0);
  assert.equal(await page.locator(byId('way-out-failed')).count(), 0);
  await context.close();
});

test('without any storage the app still works in memory, with a warning', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await app.page({ context });
  await app.open(page);
  await page.waitForSelector(`${byId('storage-banner')}:has-text("does not allow storage")`);
  await page.click(byId('load-example'));
  await page.goto(app.server.url + '#/register');
  await page.waitForSelector(`${byId('register')} tbody tr`);
  assert.equal(await page.locator(`${byId('register')} tbody tr`).count(), 11);
  assert.deepEqual(page.problems.filter((p) => !p.includes('SecurityError')), []);
  await context.close();
});

test('two tabs: a change in one appears in the other, and an edit over a changed workspace becomes a choice', async () => {
  const context = await app.browser.newContext();
  const a = await app.page({ context });
  await withExample(a);
  const b = await app.page({ context });
  await app.open(b, '#/workspaces');
  await b.waitForSelector(`${byId('workspace-list')} td:has-text("Example")`);

  // A renames: B shows the new name without a reload.
  await a.goto(app.server.url + '#/workspaces');
  await a.click(`${byId('workspace-list')} button:has-text("Rename")`);
  await a.fill(`${byId('workspace-list')} input`, 'Renamed in tab A');
  await a.press(`${byId('workspace-list')} input`, 'Enter');
  await waitSaved(a);
  await b.waitForSelector(`${byId('current-workspace')}:has-text("Renamed in tab A")`);

  // The stored workspace changes under B (as a tab that missed the event would see it), then B
  // edits: B must not overwrite, it asks.
  await waitSaved(b);
  const stored = await b.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('isms-wb.v1.ws.'));
    const file = JSON.parse(localStorage.getItem(key));
    file.workspace.scope = 'Written by another tab';
    localStorage.setItem(key, JSON.stringify(file));
    return [key, localStorage.getItem(key)];
  });
  await b.goto(app.server.url + '#/');
  await b.click('details.scope summary');
  await b.fill(byId('scope'), 'Written in tab B');
  await b.press(byId('scope'), 'Tab');
  await b.waitForSelector(byId('conflict'));
  assert.equal(await b.evaluate((k) => localStorage.getItem(k), stored[0]), stored[1], 'nothing was overwritten');
  await b.click(byId('conflict-both'));
  await waitSaved(b);
  const names = await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('isms-wb.v1.ws.')).map((k) => JSON.parse(localStorage.getItem(k)).workspace).map((w) => `${w.name} | ${w.scope}`).sort());
  assert.deepEqual(names, ['Renamed in tab A (copy) | Written in tab B', 'Renamed in tab A | Written by another tab']);
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});
