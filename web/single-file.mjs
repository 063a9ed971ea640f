// Writes the workbench as one self-contained HTML file, `isms-workbench.html`, next to the
// build's index.html: the stylesheet, the icon, the JavaScript glue and the WebAssembly (as
// base64) all inside it. Browsers refuse to load a page's scripts and WebAssembly from disk
// (file://), so the normal build shows a blank page when opened from a USB stick or an e-mail
// attachment; this file opens there, with no web server and no request of any kind.
//
// Run by Trunk after each build (Trunk.toml [[hooks]], stage post_build) on its staging folder;
// by hand: `node web/single-file.mjs <dist folder>`.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node web/single-file.mjs <dist folder> (or run from a Trunk hook)');
  process.exit(2);
}
const files = readdirSync(dir);
const one = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${found.length}`);
  return join(dir, found[0]);
};
const wasm = readFileSync(one(/_bg\.wasm$/, 'WebAssembly file'));
const glue = readFileSync(one(/^isms-web-.*\.js$|^isms-web\.js$/, 'JavaScript glue'), 'utf8');
const css = readFileSync(one(/\.css$/, 'stylesheet'), 'utf8');
const icon = readFileSync(one(/\.svg$/, 'icon'));
let html = readFileSync(join(dir, 'index.html'), 'utf8');

// Inside an inline <script>, only "</script" could end it early; the glue has none today, but
// escaping keeps that true whatever wasm-bindgen writes.
const inline = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1');
const start = `
${inline(glue)}
// The WebAssembly, carried in this file: base64 decoded into bytes, then compiled.
const base64 = "${wasm.toString('base64')}";
const text = atob(base64);
const bytes = new Uint8Array(text.length);
for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
await __wbg_init({ module_or_path: bytes });
`;

const replaced = (pattern, by, what) => {
  if (!pattern.test(html)) throw new Error(`index.html has no ${what}`);
  html = html.replace(pattern, () => by);
};
// Only the app's own start-up script stays: `trunk serve` adds a live-reload script that
// connects to the development server, and index.html's message for a page opened from disk is
// for the separate files, not for this one.
html = html.replace(/\s*<script(?! type="module")[^>]*>[\s\S]*?<\/script>/g, '');
replaced(/<script type="module">[\s\S]*?<\/script>/, `<script type="module">${start}</script>`, 'start-up script');
replaced(/<link rel="stylesheet"[^>]*>/, `<style>${inline(css)}</style>`, 'stylesheet link');
replaced(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">`, 'icon link');
// Preloads would fetch the separate files, which this page does not use.
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<base [^>]*>/, '');
// Marks the page, so the app can tell it runs from the one-file copy.
replaced(/<html lang="en">/, '<html lang="en" data-single-file>', '<html lang="en"> tag');

writeFileSync(join(dir, 'isms-workbench.html'), html);
console.log(`single-file: ${join(dir, 'isms-workbench.html')} (${html.length} bytes)`);
