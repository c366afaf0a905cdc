import { createHash } from 'node:crypto';

/** A stable uuid for a demo row, so every run of the seed writes the same data (idempotent upserts). */
export function demoId(kind: string, key: string | number): string {
  const hex = createHash('sha1').update(`demo:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Deterministic pseudo-random numbers (mulberry32) for spreading demo data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Demo accounts share this documented password (README); they exist only after `npm run seed:demo`. */
export const DEMO_PASSWORD = 'comunita-demo-2011';
