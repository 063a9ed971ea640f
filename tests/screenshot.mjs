// Takes screenshots of the built app for a human to look at:
//   node screenshot.mjs <out-dir> [hash ...]      (DIST defaults to ../dist)
// Each hash is opened in a fresh page at 1280×800; `setup:<js>` runs code in the page first.
import { start } from './harness.mjs';
import { mkdir } from 'node:fs/promises';

const [out = 'artifacts', ...hashes] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const app = await start({ dist: process.env.DIST ?? new URL('../dist', import.meta.url).pathname });
try {
  const page = await app.page();
  await page.setViewportSize({ width: 1280, height: 800 });
  let n = 0;
  for (const step of hashes.length ? hashes : ['#/']) {
    if (step.startsWith('setup:')) {
      await page.evaluate(step.slice(6));
      continue;
    }
    if (step.startsWith('click:')) {
      await page.click(step.slice(6));
      await page.waitForTimeout(300);
      continue;
    }
    await app.open(page, step);
    await page.waitForTimeout(400);
    const file = `${out}/${String(++n).padStart(2, '0')}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, step);
  }
  if (page.problems.length) console.log('problems:', page.problems);
} finally {
  await app.close();
}
