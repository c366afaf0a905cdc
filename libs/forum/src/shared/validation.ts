import { Transform } from 'class-transformer';

/** Trims a string input before validation (titles, names; bodies stay as written). */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const BODY_MAX = 50_000;
