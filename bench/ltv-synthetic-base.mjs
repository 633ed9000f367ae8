// A synthetic customer base drawn from the models themselves: purchase rates gamma(r, alpha),
// drop-out after each purchase with a probability beta(a, b), purchase values gamma(p, nu) with
// nu gamma(q, gamma) per customer (Gamma-Gamma). Seeded, so every run draws the same base.
const TRUTH = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, gamma: 15.44 };
const START = Date.UTC(2024, 0, 1);
const WEEK_MS = 7 * 86_400_000;
const ACQUISITION_WEEKS = 12;
const OBSERVED_WEEKS = 78;

/** mulberry32: a small seeded generator, enough for a benchmark. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next) {
  const u = 1 - next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Gamma(shape, rate) by Marsaglia and Tsang, boosted for shape < 1. */
function gamma(next, shape, rate) {
  if (shape < 1) return gamma(next, shape + 1, rate) * next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(next);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function simulateBase(customers, seed = 20_050_101) {
  const next = random(seed);
  const rows = [];
  const end = ACQUISITION_WEEKS + OBSERVED_WEEKS;
  for (let c = 0; c < customers; c += 1) {
    const rate = gamma(next, TRUTH.r, TRUTH.alpha);
    const x = gamma(next, TRUTH.a, 1);
    const dropOut = x / (x + gamma(next, TRUTH.b, 1));
    const nu = gamma(next, TRUTH.q, TRUTH.gamma);
    let week = next() * ACQUISITION_WEEKS;
    for (let k = 0; week <= end; k += 1) {
      const dollars = Math.max(0.01, gamma(next, TRUTH.p, nu));
      const at = new Date(START + Math.floor(week * 7) * 86_400_000).toISOString();
      rows.push([`s-${c}-${k}`, `s-${c}`, at, dollars.toFixed(2), 'USD']);
      // BG/NBD: a customer may drop out after a repeat purchase, not after the first one.
      if (k > 0 && next() < dropOut) break;
      week += -Math.log(1 - next()) / rate;
    }
  }
  return { rows, asOf: new Date(START + end * WEEK_MS).toISOString(), truth: TRUTH };
}
