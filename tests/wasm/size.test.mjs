// The size budget of the shipped core entry (wasm + glue, gzip -9). Deterministic, so it is a
// test; speed is measured by `make bench`, never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));

test('wasm + JS glue stay within the size budget (gzip -9)', () => {
  const wasm = readFileSync(`${root}www/dist/pkg/upload_doctor_bg.wasm`);
  const glue = readFileSync(`${root}www/dist/pkg/upload_doctor.js`);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const total = gz(wasm) + gz(glue);
  console.log(
    `size: wasm ${wasm.length} B (${gz(wasm)} B gzip) + glue ${glue.length} B (${gz(glue)} B gzip) = ${total} B gzip; ` +
      `budget ${budget.budget} B; issue #6 target ${budget.target} B (${(total / budget.target).toFixed(2)}x)`,
  );
  assert.ok(total <= budget.budget, `core entry is ${total} B gzip, over the budget of ${budget.budget} B`);
});
