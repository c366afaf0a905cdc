import { describe, expect, it } from '@jest/globals';
import { romeMidnight } from './milestone-reminders.js';

describe('romeMidnight', () => {
  it('gives the midnight of Italian days, in winter (UTC+1) and summer (UTC+2) time', () => {
    expect(romeMidnight(new Date('2026-12-02T10:00:00Z'), 1).toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(romeMidnight(new Date('2026-07-10T23:30:00Z'), 0).toISOString()).toBe('2026-07-10T22:00:00.000Z');
    // 28 March 2027 is the day summer time starts.
    expect(romeMidnight(new Date('2027-03-27T12:00:00Z'), 1).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(romeMidnight(new Date('2027-03-27T12:00:00Z'), 2).toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });
});
