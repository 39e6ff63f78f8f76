// Loads the optimized wasm builds (nodejs target via require, web target via initSync) and
// checks that they answer. Usage: node .ci/wasm-smoke.mjs NODE_PKG_JS WEB_PKG_JS
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [nodeJs, webJs] = process.argv.slice(2);
const body = '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>';

function check(label, mod) {
  const d = mod.explain(body, { status: 404 });
  if (typeof mod.version() !== 'string' || d.code !== 'NoSuchBucket' || typeof d.provider !== 'string') {
    throw new Error(`${label}: unexpected answer ${JSON.stringify(d)}`);
  }
  console.log(`${label}: loads, version ${mod.version()}, provider ${d.provider}, code ${d.code}`);
}

const require = createRequire(import.meta.url);
check('nodejs target', require(resolve(nodeJs)));

const web = await import(pathToFileURL(resolve(webJs)).href);
web.initSync({ module: readFileSync(resolve(webJs).replace(/\.js$/, '_bg.wasm')) });
check('web target', web);
