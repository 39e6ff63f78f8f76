// Runs every fixture (tests/fixtures/*/*.txt) through the wasm build and asserts that the result
// equals the native insta snapshot (tests/snapshots/<folder>__<stem>.snap). One test per fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { wasm, listFixtures, parseFixture, readSnapshot, optionsFor, SNAPSHOTS } from './pkg.mjs';

const fixtures = listFixtures();

test('there are fixtures', () => {
  assert.ok(fixtures.length > 0, 'no fixtures found in tests/fixtures/*/');
});

for (const { id, name, path } of fixtures) {
  test(id, (t) => {
    const f = parseFixture(path);
    const snap = join(SNAPSHOTS, `${name}.snap`);
    if (!existsSync(snap)) {
      t.skip('no snapshot');
      return;
    }
    const got = wasm.explain(f.body, optionsFor(f));
    assert.deepStrictEqual(got, readSnapshot(snap), `${id}: the wasm diagnosis differs from ${snap}`);
  });
}
