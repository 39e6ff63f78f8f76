// The fixture format (tests/fixtures/README.md) read in JavaScript exactly as tests/common/mod.rs
// reads it in Rust. Shared by tests/wasm (the fixtures through the wasm build) and bench/.
import { readFileSync } from 'node:fs';

/**
 * Parses one fixture file exactly like `common::parse` (tests/common/mod.rs): the header ends at
 * the first line that is exactly `---`, the body is the rest with one final `\n` dropped, and a
 * file ending in `\n---` has an empty body.
 */
export function parseFixture(path) {
  // Like String::from_utf8_lossy: invalid UTF-8 becomes U+FFFD, a BOM is kept.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(readFileSync(path));
  let head;
  let body;
  const sep = text.indexOf('\n---\n');
  if (sep >= 0) {
    head = text.slice(0, sep);
    body = text.slice(sep + '\n---\n'.length);
  } else if (text.endsWith('\n---')) {
    head = text.slice(0, -'\n---'.length);
    body = '';
  } else {
    throw new Error(`${path}: no \`---\` line`);
  }
  if (body.endsWith('\n')) body = body.slice(0, -1);

  const f = { path, sources: [], status: undefined, headers: [], request: undefined, expect: [], body };
  // str::lines: split on \n, drop one trailing \r per line.
  for (const rawLine of head.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${path}: header line without \`:\`: ${line}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    switch (key) {
      case 'source':
        f.sources.push(value);
        break;
      case 'status':
        // u16::from_str: optional '+', digits, at most 65535.
        if (!/^\+?[0-9]+$/.test(value) || Number(value) > 65535) {
          throw new Error(`${path}: bad status ${value}`);
        }
        f.status = Number(value);
        break;
      case 'header': {
        const c = value.indexOf(':');
        if (c < 0) throw new Error(`${path}: header: needs Name: value`);
        f.headers.push([value.slice(0, c).trim(), value.slice(c + 1).trim()]);
        break;
      }
      case 'request':
        try {
          f.request = JSON.parse(value);
        } catch (e) {
          throw new Error(`${path}: bad request JSON: ${e.message}`);
        }
        break;
      case 'expect':
        f.expect.push(value);
        break;
      case 'note':
        break;
      default:
        throw new Error(`${path}: unknown header \`${key}\``);
    }
  }
  if (f.sources.length === 0) throw new Error(`${path}: no source:`);
  if (f.expect.length === 0) throw new Error(`${path}: no expect:`);
  return f;
}
