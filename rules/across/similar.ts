// Near-copies of sentences across many drafts, in linear time: each sentence becomes a MinHash
// signature (bloom-filters' MinHash) of the set of its words, and locality-sensitive
// hashing puts signatures that agree on one band of rows in one bucket. A sentence is compared
// only with the first sentence of each of its buckets, never with every other sentence.
import { MinHash } from 'bloom-filters/dist/sketch/min-hash.js';

/** Hash functions per signature: BANDS bands of ROWS rows. */
export const HASHES = 48;
const BANDS = 12;
const ROWS = HASHES / BANDS;
/** Share of signature positions two sentences must agree on (an estimate of the Jaccard
 *  similarity of their word sets) to count as copies. A name changed in a sentence of a dozen
 *  words stays above it; sentences sharing only a frame ("We met at ... in ...") do not. */
export const SIMILARITY = 0.7;

/** FNV-1a, 32 bits. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// MinHash's hash functions are (a·x + b) mod c. c is the largest prime whose square is below
// 2^31, so a·x + b stays a small integer and the engine computes it in integer arithmetic (twice
// as fast as with doubles, measured); every value then fits 16 bits. The coefficients are
// fixed (hashes of their names): the same drafts always give the same findings (the package's
// factory draws them from Math.random).
const PRIME = 46_337;
const FAMILY = Array.from({ length: HASHES }, (_, i) => ({ a: 1 + (fnv(`a${i}`) % (PRIME - 1)), b: fnv(`b${i}`) % PRIME, c: PRIME }));

/** A word as MinHash's input number: FNV-1a over its UTF-16 units, reduced below PRIME. */
const featureOf = (word: string) => fnv(word) % PRIME;

let sketch: MinHash | undefined;

/** The signature of the set of a sentence's normalized words, written into `out` at `at`. */
export function writeSignature(words: readonly string[], out: Uint16Array, at: number): void {
  sketch ??= new MinHash(HASHES, FAMILY);
  sketch._signature.fill(Infinity);
  for (const word of words) sketch.add(featureOf(word));
  for (let i = 0; i < HASHES; i++) out[at + i] = sketch._signature[i];
}

/** Estimated similarity of signatures `a` and `b` (indexes into `signatures`, HASHES each). */
export function similarity(signatures: Uint16Array, a: number, b: number): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (signatures[a * HASHES + i] === signatures[b * HASHES + i]) same++;
  return same / HASHES;
}

/**
 * Groups signatures that are copies of each other (directly or through a chain of copies).
 * Returns each signature's group as the smallest index in it. Time and memory are linear in
 * the count: one bucket map at a time, at most BANDS comparisons per signature.
 */
export function groupSimilar(signatures: Uint16Array): Int32Array {
  const count = signatures.length / HASHES;
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const buckets = new Map<number, number>();
  for (let band = 0; band < BANDS; band++) {
    buckets.clear();
    for (let i = 0; i < count; i++) {
      const at = i * HASHES + band * ROWS;
      // Four rows of under 16 bits make the key; 53 bits of it are kept exactly. A collision
      // only adds a comparison, since every candidate is checked against SIMILARITY.
      const key = ((signatures[at] << 16) | signatures[at + 1]) >>> 0;
      const low = (((signatures[at + 2] << 16) | signatures[at + 3]) >>> 0) & 0x1fffff;
      const bucket = key * 0x200000 + low;
      const first = buckets.get(bucket);
      if (first === undefined) {
        buckets.set(bucket, i);
        continue;
      }
      const [x, y] = [find(first), find(i)];
      if (x !== y && similarity(signatures, first, i) >= SIMILARITY) parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  for (let i = 0; i < count; i++) parent[i] = find(i);
  return parent;
}
