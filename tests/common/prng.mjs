// A small deterministic PRNG (mulberry32), shared by tests/wasm and bench/: the same seed gives the
// same inputs on every run, so a failure or a figure reproduces.

/** A function returning floats in [0, 1), seeded. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
