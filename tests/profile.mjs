// Where the time goes, for docs/performance.md (not a test): CPU profiles of the app in headless
// Chromium, through the DevTools protocol, printed as a call tree averaged over the runs.
//   node tests/profile.mjs load        from navigation to the register drawn, 5,011 items
//   node tests/profile.mjs load-empty  the same with an empty workspace
//   node tests/profile.mjs keystroke   the first keystroke ("p") typed in the register's search
// DIST (default ../dist) should be a build that keeps function names, or the tree shows only
// wasm-function[N]: build one with `trunk build <copy of index.html> --release --offline
// --dist <dir>`, the copy's rust link carrying `data-keep-debug data-wasm-opt-params="-g"`.
// PROFILE_RUNS (default 5), PROFILE_MIN_MS (default 1.5: smaller nodes are left out) and
// PROFILE_DEPTH (default 12) shape the output. The profiler slows the page down: read the
// figures as shares of the whole, not as times to compare with `tests/perf.mjs`.
import { start, contextWithWorkspace, generatedWorkspace } from './harness.mjs';

const mode = process.argv[2] ?? 'load';
if (!['load', 'load-empty', 'keystroke'].includes(mode)) throw new Error(`unknown mode ${mode}`);
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const MIN_MS = Number(process.env.PROFILE_MIN_MS ?? 1.5);
const DEPTH = Number(process.env.PROFILE_DEPTH ?? 12);
const root = new URL('..', import.meta.url).pathname;
const now = new Date().toISOString();
const stored = mode === 'load-empty'
  ? JSON.stringify({ format: 'isms-improvement-workbench', version: 1, workspace: { name: 'Empty', created: now, updated: now } })
  : generatedWorkspace(5000);

/** Adds one profile's samples to `tree` (name → { ms, kids }), by call path from the root. */
function addProfile(tree, profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => (n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`)
    .replace(/::h[0-9a-f]{16}$/, '')
    .replace(/<([^<>]|<[^<>]*>)*>/g, '<..>')
    .slice(0, 110);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const path = [];
    for (let at = id; at !== undefined; at = parent.get(at)) path.push(name(nodes.get(at)));
    let level = tree;
    for (const step of path.reverse()) {
      level[step] ??= { ms: 0, kids: {} };
      level[step].ms += ms;
      level = level[step].kids;
    }
  });
}

function print(level, depth = 0) {
  if (depth > DEPTH) return;
  for (const [name, node] of Object.entries(level).sort((a, b) => b[1].ms - a[1].ms)) {
    const ms = node.ms / RUNS;
    if (ms < MIN_MS || name === '(idle)') continue;
    console.log(`${'  '.repeat(depth)}${ms.toFixed(1)} ms ${name}`);
    print(node.kids, depth + 1);
  }
}

const app = await start({ dist: process.env.DIST ?? `${root}dist` });
try {
  const tree = {};
  for (let run = 0; run < RUNS;) {
    const context = await contextWithWorkspace(app, stored);
    const page = await app.page({ context });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    if (mode !== 'keystroke') await cdp.send('Profiler.start');
    await page.goto(app.server.url + '#/register');
    // As in tests/perf.mjs: a page that opened before the seeded storage was visible is run again.
    const drawn = await page.waitForFunction(
      () => (document.querySelector('[data-testid="register-count"]') && 1)
        || (document.querySelector('[data-testid="load-example"]') && -1),
      null, { timeout: 60_000 },
    ).then((h) => h.jsonValue());
    if (drawn > 0) {
      if (mode === 'keystroke') {
        await page.focus('[data-testid="search"]');
        await cdp.send('Profiler.start');
        await page.keyboard.type('p');
        await page.waitForTimeout(150);
      }
      addProfile(tree, (await cdp.send('Profiler.stop')).profile);
      run += 1;
    }
    await context.close();
  }
  console.log(`${mode}: CPU profile averaged over ${RUNS} runs (nodes under ${MIN_MS} ms left out)`);
  print(tree);
} finally {
  await app.close();
}
