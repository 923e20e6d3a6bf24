/**
 * The one seeded random generator (mulberry32): the explorer, the simulator,
 * the tools and the tests all draw from it, so a seed repeats a run exactly.
 * Also the one text hash (FNV-1a), for seeds made from words and for fingerprints.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash. */
export function fnv(text: string | Uint8Array): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= typeof text === 'string' ? text.charCodeAt(i) : text[i]!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * `items` in an order drawn from `key` (Fisher–Yates on a generator seeded by its hash): the same key
 * always gives the same order, so everyone who plays the same quarter code sees the same order, and a
 * replay shows what the player saw.
 */
export function shuffledBy<T>(items: readonly T[], key: string): T[] {
  const out = [...items];
  const random = seededRandom(fnv(key));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
