// s3s-fs (a real S3 server: SigV4, presigned URLs, POST policies) on 127.0.0.1 for the browser
// tests. The binary is the one tests/live installs into the shared cache
// (${UPLOAD_DOCTOR_CACHE:-~/.cache/upload-doctor}/emulators/s3s-fs, stamp `.ok`); when it is
// missing it is installed the same way (`cargo install`, ~3 min, once per machine).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { ROOT, removeDir, tempDir } from './helpers.mjs';

/** AWS's documented example key pair (s3s-fs accepts any pair it is started with). */
export const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
export const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const BUCKET = 'uploads';

function s3sVersion() {
  const versions = join(ROOT, 'tests', 'live', 'versions.sh');
  const m = existsSync(versions) && readFileSync(versions, 'utf8').match(/^S3S_FS_VERSION=(\S+)/m);
  return m ? m[1] : '0.14.1'; // the last version that builds with rustc 1.95 (shared/emulators.md)
}

/**
 * The s3s-fs binary, installed into the shared cache when missing: by `tests/live/install.sh one
 * s3s` (which writes the `.ok` stamp the live suite checks), or the same `cargo install` when
 * that script is not there.
 */
export function s3sFsBinary() {
  const emu = join(process.env.UPLOAD_DOCTOR_CACHE || join(homedir(), '.cache', 'upload-doctor'), 'emulators');
  const dir = join(emu, 's3s-fs');
  const bin = join(dir, 'bin', 's3s-fs');
  const version = s3sVersion();
  const ok = join(dir, '.ok');
  if (existsSync(bin) && existsSync(ok) && readFileSync(ok, 'utf8').startsWith(`s3s-fs ${version} `)) return bin;
  process.stderr.write(`browser tests: installing s3s-fs ${version} into ${dir} (once per machine; ~3 min)\n`);
  const live = join(ROOT, 'tests', 'live', 'install.sh');
  const opts = { stdio: ['ignore', 'inherit', 'inherit'] };
  if (existsSync(live)) {
    execFileSync('sh', [live, 'one', 's3s'], opts);
  } else {
    mkdirSync(emu, { recursive: true });
    execFileSync('cargo', ['install', `s3s-fs@${version}`, '--locked', '--features', 'binary', '--root', dir],
      { ...opts, env: { ...process.env, CARGO_TARGET_DIR: join(emu, 's3s-fs-build') } });
    removeDir(join(emu, 's3s-fs-build'));
    writeFileSync(ok, `s3s-fs ${version} --locked --features binary\n`);
  }
  if (!existsSync(bin)) throw new Error(`installing s3s-fs did not produce ${bin}`);
  return bin;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts s3s-fs on a free port of 127.0.0.1 with an empty bucket `uploads` in a temporary
 * directory. Returns `{ endpoint, bucket, accessKey, secretKey, dataDir, stop() }`.
 */
export async function startS3sFs() {
  const bin = s3sFsBinary();
  const dataDir = tempDir('ud-s3s-');
  mkdirSync(join(dataDir, BUCKET));
  const port = await freePort();
  const child = spawn(bin, ['--host', '127.0.0.1', '--port', String(port), '--access-key', ACCESS_KEY, '--secret-key', SECRET_KEY, dataDir],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (c) => {
    log = (log + c).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    removeDir(dataDir);
  };
  const deadline = Date.now() + 15000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`s3s-fs exited (${child.exitCode}): ${log}`);
    try {
      await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`s3s-fs did not answer on ${endpoint} within 15 s: ${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { endpoint, bucket: BUCKET, accessKey: ACCESS_KEY, secretKey: SECRET_KEY, dataDir, stop };
}
