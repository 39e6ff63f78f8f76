// Promotes live captures into tests/fixtures: node tests/live/promote.mjs SERVER/FAULT...
// (after `make test-live`). Writes tests/fixtures/<provider>/live-<server>-<fault>.txt with the
// full expect line (provider, code, status from the current diagnosis; the injected cause as
// top=, or has= where faults.mjs calls the answer ambiguous), the signatures made with the
// emulators' well-known development credentials shortened to six characters, and a note saying so.
// Then run `cargo test --test fixtures expectations` and
// `INSTA_UPDATE=always cargo test --test fixtures snapshots`, and read the new snapshots.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const live = join(root, "target", "live");
const results = JSON.parse(readFileSync(join(live, "results.json"), "utf8"));

const short = (v) => (v.length > 6 ? `${v.slice(0, 6)}…` : v);

/** Shortens signatures in a URL / header / form value / body. */
export function redact(text) {
  return text
    .replace(/(X-Amz-Signature=)([0-9a-fA-F]{16,})/g, (_, k, v) => k + short(v))
    .replace(/(Signature=)([0-9a-fA-F]{16,})/g, (_, k, v) => k + short(v))
    .replace(/([?&]sig=)([^&"\s]+)/g, (_, k, v) => k + short(v))
    .replace(/(<SignatureProvided>)([^<]+)(<\/SignatureProvided>)/g, (_, a, v, b) => a + short(v) + b);
}

function quote(v) {
  return /\s/.test(v) ? `"${v}"` : v;
}

for (const id of process.argv.slice(2)) {
  const [server, fault] = id.split("/");
  const row = results.find((r) => r.server === server && r.fault === fault);
  if (!row || !row.result.startsWith("PASS")) {
    console.error(`${id}: not a passing row of the last run (${row ? row.result : "missing"}); not promoted`);
    process.exitCode = 1;
    continue;
  }
  const text = readFileSync(join(live, "captures", server, `${fault}.txt`), "utf8");
  const [head, ...rest] = text.split("\n---\n");
  const body = rest.join("\n---\n");
  const lines = head.split("\n");
  const req = lines.find((l) => l.startsWith("request: "));
  const ctx = JSON.parse(req.slice("request: ".length));
  if (ctx.url) ctx.url = redact(ctx.url);
  for (const f of ctx.formFields || []) if (f.value && /signature/i.test(f.name)) f.value = short(f.value);
  for (const k of Object.keys(ctx.headers || {})) ctx.headers[k] = redact(ctx.headers[k]);
  const tok = row.result === "PASS" ? "top" : "has";
  const expect = [
    `provider=${row.provider}`,
    `code=${row.code === null || row.code === undefined ? "null" : quote(row.code)}`,
    `status=${row.diagStatus ?? "null"}`,
    `${tok}=${row.expected}`,
  ].join(" ");
  const out = [
    lines.find((l) => l.startsWith("source: ")),
    `request: ${JSON.stringify(ctx)}`,
    `expect: ${expect}`,
    ...lines.filter((l) => l.startsWith("note: ")),
    "note: made by tests/live (make test-live); signatures (made with the emulator's well-known development credentials: LocalStack test/test, s3s-fs started with AWS's documented example key pair, Azurite's devstoreaccount1 key) shortened to six characters",
    "---",
    redact(body),
  ].join("\n");
  const dir = join(root, "tests", "fixtures", row.provider);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `live-${server}-${fault}.txt`);
  writeFileSync(file, out.endsWith("\n") ? out : `${out}\n`);
  console.log(`${id} -> ${file.slice(root.length + 1)} (${expect})`);
}
