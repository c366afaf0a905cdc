import { expect } from '@jest/globals';
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  sequence: number;
  status: string | null;
  location: string | null;
  startIsUtc: boolean;
}

/** The VEVENTs of an iCalendar text, parsed by ical.js (RFC 5545), with times as ISO strings. */
export function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      location: event.location ?? null,
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
    };
  });
}
