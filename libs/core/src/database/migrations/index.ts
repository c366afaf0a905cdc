import { Foundation1764100000000 } from './1764100000000-foundation.js';

/** Every migration, in order. Listed by hand: a glob is fragile under ESM and bundling. */
export const migrations = [Foundation1764100000000];
