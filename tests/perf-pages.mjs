// Measures the pages other than the register's search with a large workspace in headless
// Chromium (not a test: it prints figures for docs/performance.md). Run through `./x perf pages`
// after a release build.
//   - opening each page by its address: navigation start → two frames after the page's heading;
//   - the impact/effort matrix: a held point moved by the pointer (each move to the next frame),
//     and dropped in another cell (the release to the frame that shows the point there);
//   - the Prioritise page: one step of a weight slider by the keyboard, to the next frame.
// As tests/perf.mjs: PERF_ITEMS, PERF_RUNS, and PERF_COMPARE=<another dist/> to interleave the
// runs of two builds; PERF_PAGES=matrix,prioritise measures only those pages.
import { start, contextWithWorkspace, generatedWorkspace, median, watchShown } from './harness.mjs';

const N = Number(process.env.PERF_ITEMS ?? 5000);
const RUNS = Number(process.env.PERF_RUNS ?? 3);
const root = new URL('..', import.meta.url).pathname;
const PAGES = (process.env.PERF_PAGES ?? 'dashboard,prioritise,matrix,people,review,objectives,records,gap-results')
  .split(',').filter(Boolean);

const big = generatedWorkspace(N);

const builds = [process.env.DIST ?? `${root}dist`, process.env.PERF_COMPARE].filter(Boolean);
const apps = [];
for (const dist of builds) apps.push(await start({ dist }));

/** Opens `hash` in a fresh context holding the large workspace; returns the page and the time
 *  from navigation start to two frames after the page's heading appeared. */
async function open(app, hash) {
  for (;;) {
    const context = await contextWithWorkspace(app, big);
    await context.addInitScript(watchShown, { shown: 'main h1, section.page h1', start: '[data-testid="load-example"]', frames: 2 });
    const page = await app.page({ context });
    await page.goto(app.server.url + hash);
    const ms = await page.waitForFunction(() => window.__shown, null, { timeout: 120_000 })
      .then((h) => h.jsonValue());
    // Now and then Chromium opens the page before the seeded storage is visible (see perf.mjs).
    if (ms < 0) { await context.close(); continue; }
    return { page, context, ms };
  }
}

/** Where the middle of the cell (effort, impact) is on the screen. */
async function cellCentre(page, effort, impact) {
  const grid = await page.$$eval('[data-testid="matrix"] rect.q', (areas) => {
    const boxes = areas.map((a) => a.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    return { left, top, w: (Math.max(...boxes.map((b) => b.right)) - left) / 5, h: (Math.max(...boxes.map((b) => b.bottom)) - top) / 5 };
  });
  return [grid.left + (effort - 0.5) * grid.w, grid.top + (5 - impact + 0.5) * grid.h];
}

/** Runs `act` (an action from this script) and returns the time to the next frame after it. */
async function timed(page, act) {
  await page.evaluate(() => { window.__t0 = performance.now(); });
  await act();
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - window.__t0;
  });
}

async function matrixDrag(page) {
  // The whole chart in view, so that every point can be hit.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.locator('[data-testid="matrix"]').scrollIntoViewIfNeeded();
  // A point the pointer can take at its centre (in a crowded cell points overlap), not already
  // in the target cell (impact 4, effort 1), and far enough inside the chart for the five moves
  // up and left not to leave it (which ends a drag).
  const id = await page.$$eval('[data-testid="matrix"] g.point', (points) => points.find((g) => {
    const r = g.querySelector('circle, rect').getBoundingClientRect();
    const chart = g.ownerSVGElement.getBoundingClientRect();
    return !g.getAttribute('aria-label').includes('impact 4, effort 1')
      && r.x - chart.left > 150 && r.y - chart.top > 150
      && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('g.point') === g;
  })?.dataset.id);
  const point = `[data-testid="matrix"] g.point[data-id="${id}"]`;
  const box = await page.locator(`${point} :is(circle, rect)`).boundingBox();
  let [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const moves = [];
  for (let i = 0; i < 5; i++) {
    x -= 20; y -= 20;
    moves.push(await timed(page, () => page.mouse.move(x, y)));
  }
  const [tx, ty] = await cellCentre(page, 1, 4);
  await page.mouse.move(tx, ty);
  const drop = await timed(page, async () => {
    await page.mouse.up();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-label').includes('impact 4, effort 1'), point, { polling: 'raf' });
  });
  return { moves, drop };
}

async function sliderStep(page) {
  const slider = 'input[type="range"]';
  await page.focus(slider);
  return timed(page, () => page.keyboard.press('ArrowRight'));
}

try {
  const results = apps.map(() => ({ open: {}, moves: [], drop: [], slider: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [b, app] of apps.entries()) {
      const result = results[b];
      for (const name of PAGES) {
        const { page, context, ms } = await open(app, `#/${name}`);
        (result.open[name] ??= []).push(ms);
        if (name === 'matrix') {
          const { moves, drop } = await matrixDrag(page);
          result.moves.push(...moves);
          result.drop.push(drop);
        }
        if (name === 'prioritise') result.slider.push(await sliderStep(page));
        if (page.problems.length) console.log('problems:', name, page.problems);
        await context.close();
      }
    }
  }
  console.log(`items: ${N + 11}, runs: ${RUNS}`);
  for (const [b, result] of results.entries()) {
    if (builds.length > 1) console.log(`build: ${builds[b]}`);
    for (const [name, times] of Object.entries(result.open)) {
      console.log(`open ${name}: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
    }
    if (result.moves.length) console.log(`matrix, a held point moved: median ${median(result.moves).toFixed(1)} ms, max ${Math.max(...result.moves).toFixed(1)} ms over ${result.moves.length} moves`);
    if (result.drop.length) console.log(`matrix, a point dropped in another cell: median ${median(result.drop).toFixed(0)} ms (${result.drop.map((t) => t.toFixed(0)).join(', ')})`);
    if (result.slider.length) console.log(`prioritise, one weight-slider step: median ${median(result.slider).toFixed(0)} ms (${result.slider.map((t) => t.toFixed(0)).join(', ')})`);
  }
} finally {
  for (const app of apps) await app.close();
}
