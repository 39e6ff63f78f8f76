// Installs and builds the example app www/examples/react-upload the way a user would: `npm ci`
// from its lock file, then upload-doctor from the packed tarball (target/npm/*.tgz, `make npm`)
// in place of the file: link, then `vite build`. Shared by example.test.mjs (not a test file).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './helpers.mjs';

export const EXAMPLE = join(ROOT, 'www', 'examples', 'react-upload');
const TARBALLS = join(ROOT, 'target', 'npm');

/** The tarball `make npm` packed. */
export function tarball() {
  const tgz = existsSync(TARBALLS) ? readdirSync(TARBALLS).filter((f) => /^upload-doctor-.*\.tgz$/.test(f)) : [];
  if (tgz.length !== 1) throw new Error(`expected one target/npm/upload-doctor-*.tgz, found ${tgz.length}: run \`make npm\``);
  return join(TARBALLS, tgz[0]);
}

function npm(args, cwd) {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/**
 * `npm ci` in `dir` when its lock file changed since the last install (stamp: npm's own
 * node_modules/.package-lock.json), then `node_modules/upload-doctor` replaced by the unpacked
 * tarball (what `npm install upload-doctor-X.tgz` puts there: the package has no dependencies).
 * Returns the seconds spent.
 */
export function installWithTarball(dir) {
  const t0 = Date.now();
  const stamp = join(dir, 'node_modules', '.package-lock.json');
  const lock = join(dir, 'package-lock.json');
  if (!existsSync(stamp) || statSync(lock).mtimeMs > statSync(stamp).mtimeMs
      || statSync(join(dir, 'package.json')).mtimeMs > statSync(stamp).mtimeMs) {
    npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  const target = join(dir, 'node_modules', 'upload-doctor');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball(), '-C', target, '--strip-components=1']);
  const version = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')).version;
  if (!existsSync(join(target, 'dist', 'upload_doctor_bg.wasm'))) throw new Error('the tarball holds no dist/upload_doctor_bg.wasm');
  return { seconds: (Date.now() - t0) / 1000, version };
}

/** `vite build` of the example into `outDir`; returns the seconds spent. */
export function viteBuild(outDir) {
  const t0 = Date.now();
  execFileSync(process.execPath, [join(EXAMPLE, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: EXAMPLE, stdio: ['ignore', 'pipe', 'pipe'] });
  return (Date.now() - t0) / 1000;
}
