// Shared by the browser tests (not a test file: node --test runs only *.test.mjs here).
// Chromium from Debian (/usr/bin/chromium) driven by playwright-core from www/node_modules;
// servers only on 127.0.0.1, each test file closes what it opened.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'www', 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const require = createRequire(join(ROOT, 'www', 'package.json'));
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium with a fresh temporary profile. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`make tools\` (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1 (a free port). `routes` maps a path to `(req, res, body) => void`
 * and wins over files. Returns `{ origin, close() }`.
 */
export async function serve(root, routes = {}) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const route = routes[url.pathname];
      if (route) {
        route(req, res, Buffer.concat(chunks));
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(path));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/** An S3 403 as S3 sends it. */
export const S3_403 = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
  + '<Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId>'
  + '<HostId>OypZmMEaA6LfId/yVAxdudlx2ocyxMAZ2eMMQQZjXdX5jyPz1N30GVLyiSht9j7cobv8Xpz3B/4=</HostId></Error>';

/** A route answering 403 with the S3 XML body (and the CORS headers a browser upload needs). */
export function s3Forbidden(req, res) {
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, PUT, POST',
    'access-control-allow-headers': '*',
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end();
    return;
  }
  res.writeHead(403, {
    ...cors,
    'content-type': 'application/xml',
    server: 'AmazonS3',
    'x-amz-request-id': '4442587FB7D0A2F9',
  });
  res.end(S3_403);
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/**
 * The page's uncaught errors and console errors, as they happen; console errors matching
 * `expected` are left out (Chromium logs every failed resource load, and the failing uploads are
 * what these tests make).
 */
export function pageErrors(page, expected = /status of 403/) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** Fails early with a clear message when the build this test needs is missing. */
export function needs(path, how) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${how}\` first`);
}
