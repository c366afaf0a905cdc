import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, Region } from '@app/members';
import { FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeEntity, TwinningEntity } from '@app/practices';
import { SeededMember, SocketClient, startTestApp, TestApp } from '@app/testing';
import { EventEntity } from '@app/twinning-workspace';
import { parseCalendar } from './ics.js';

const EVENT_FIELDS = `id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl
  twinning { id } organiser { id }`;
const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CreateEventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelEvent(id: $id) { ${EVENT_FIELDS} } }`;
const RSVP = `mutation ($id: ID!, $attending: Boolean!) { rsvpEvent(eventId: $id, attending: $attending) { ${EVENT_FIELDS} } }`;
const EVENT = `query ($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const EVENTS = `query ($from: DateTime, $twinningId: ID, $first: Int, $after: String) {
  events(from: $from, twinningId: $twinningId, first: $first, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } totalCount } }`;

const HOUR = 3600 * 1000;
const at = (ms: number) => new Date(Math.floor((Date.now() + ms) / 1000) * 1000).toISOString();

describe('meetings and calendars', () => {
  let t: TestApp;
  let offering: AdministrationEntity;
  let cosenza: AdministrationEntity;
  let practice: PracticeEntity;
  let twinning: TwinningEntity;
  let moderator: SeededMember;
  let participant: SeededMember;
  let member: SeededMember;
  let attendee: SeededMember;
  let colleague: SeededMember;
  let twinningFollower: SeededMember;
  let launchId: string;

  beforeAll(async () => {
    t = await startTestApp();
    offering = await t.seed.administration({ name: 'Comune di Trento', region: Region.TRENTINO_ALTO_ADIGE });
    cosenza = await t.seed.administration({ name: 'Comune di Cosenza', region: Region.CALABRIA });
    moderator = await t.seed.moderator();
    participant = await t.seed.member({ administrationId: cosenza.id });
    member = await t.seed.member();
    attendee = await t.seed.member();
    colleague = await t.seed.member({ administrationId: cosenza.id });
    twinningFollower = await t.seed.member();
    practice = await t.seed.practice({ offeringAdministrationId: offering.id, title: 'Albo pretorio online' });
    twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: moderator.id, receivingAdministrationIds: [cosenza.id] });
    await t.seed.follow(twinningFollower.id, FollowTargetType.TWINNING, twinning.id);
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    title: 'Presentazione della banca dati',
    description: 'Ruoli delle amministrazioni, criteri di selezione e risorse disponibili.',
    startsAt: at(10 * 24 * HOUR),
    endsAt: at(10 * 24 * HOUR + 3 * HOUR),
    place: 'Lamezia Terme, Sala convegni',
    ...overrides,
  });
  const ics = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { headers });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  describe('createEvent', () => {
    it('lets a moderator schedule a community event, public to anonymous callers, notifying the community once', async () => {
      const res = await t.gql(moderator, CREATE, { input: input() });
      expect(res.errors).toBeUndefined();
      launchId = res.data.createEvent.id;
      expect(res.data.createEvent).toMatchObject({ title: 'Presentazione della banca dati', twinning: null, organiser: { id: moderator.id }, attendeeCount: 0, cancelled: false });
      expect((await t.gql(null, EVENT, { id: launchId })).data.event.id).toBe(launchId);
      const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: launchId, type: 'EVENT' as never });
      const recipients = rows.map((r) => r.recipientId);
      expect(recipients).toEqual(expect.arrayContaining([participant.id, member.id, attendee.id]));
      expect(recipients).not.toContain(moderator.id);
      expect(new Set(recipients).size).toBe(recipients.length);
    });

    it('refuses a community event from a member with FORBIDDEN and an end before the start with BAD_USER_INPUT, writing nothing', async () => {
      const before = await t.count(EventEntity);
      expect((await t.gql(member, CREATE, { input: input() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const backwards = await t.gql(moderator, CREATE, { input: input({ endsAt: at(HOUR) }) });
      expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(moderator, CREATE, { input: input({ onlineUrl: 'javascript:alert(1)' }) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.count(EventEntity)).toBe(before);
    });

    it('lets members of a participant administration schedule a twinning event, visible only to signed-in members, notifying its participants', async () => {
      const res = await t.gql(participant, CREATE, { input: input({ title: 'Visita di studio a Trento', twinningId: twinning.id, place: null, onlineUrl: 'https://meet.example.it/gemellaggio' }) });
      expect(res.errors).toBeUndefined();
      const id = res.data.createEvent.id;
      expect(res.data.createEvent.icsUrl).toMatch(new RegExp(`/eventi/${id}\\.ics\\?key=`));
      expect((await t.gql(null, EVENT, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(member, EVENT, { id })).data.event.twinning).toEqual({ id: twinning.id });
      const twinningEvents = await t.gql(member, `query ($id: ID!) { twinning(id: $id) { events { id } } }`, { id: twinning.id });
      expect(twinningEvents.data.twinning.events).toEqual([{ id }]);
      expect((await t.gql(null, `query ($id: ID!) { twinning(id: $id) { events { id } } }`, { id: twinning.id })).data.twinning.events).toEqual([]);
      const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: id, type: 'EVENT' as never });
      expect(rows.map((r) => r.recipientId).sort()).toEqual([colleague.id, twinningFollower.id].sort());
      expect(rows[0].twinningId).toBe(twinning.id);
    });

    it('refuses a twinning event from a member of another administration with FORBIDDEN', async () => {
      expect((await t.gql(member, CREATE, { input: input({ twinningId: twinning.id }) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('rsvp and lists', () => {
    it('counts attendees and tells the viewer whether it attends; a second RSVP changes nothing', async () => {
      await t.gql(attendee, RSVP, { id: launchId, attending: true });
      const res = await t.gql(attendee, RSVP, { id: launchId, attending: true });
      expect(res.data.rsvpEvent).toMatchObject({ attendeeCount: 1, viewerAttending: true });
      await t.gql(member, RSVP, { id: launchId, attending: true });
      const off = await t.gql(member, RSVP, { id: launchId, attending: false });
      expect(off.data.rsvpEvent).toMatchObject({ attendeeCount: 1, viewerAttending: false });
      expect((await t.gql(null, RSVP, { id: launchId, attending: true })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('lists events from now on, soonest first, paginated, leaving out past ones and twinning events for anonymous callers', async () => {
      const soon = (await t.gql(moderator, CREATE, { input: input({ title: 'Webinar sulla PEC', startsAt: at(2 * 24 * HOUR), endsAt: at(2 * 24 * HOUR + HOUR) }) })).data.createEvent.id;
      const past = (await t.gql(moderator, CREATE, { input: input({ title: 'Incontro passato', startsAt: at(-48 * HOUR), endsAt: at(-47 * HOUR) }) })).data.createEvent.id;
      const anonymous = await t.gql(null, EVENTS, { first: 1 });
      expect(anonymous.data.events.nodes).toEqual([{ id: soon, title: 'Webinar sulla PEC' }]);
      expect(anonymous.data.events.totalCount).toBe(2);
      const next = await t.gql(null, EVENTS, { first: 1, after: anonymous.data.events.pageInfo.endCursor });
      expect(next.data.events.nodes.map((n: { id: string }) => n.id)).toEqual([launchId]);
      const signedIn = await t.gql(member, EVENTS, {});
      expect(signedIn.data.events.totalCount).toBe(3);
      const fromPast = await t.gql(null, EVENTS, { from: at(-72 * HOUR) });
      expect(fromPast.data.events.nodes[0].id).toBe(past);
    });
  });

  describe('iCalendar', () => {
    it('serves a community event as RFC 5545 text/calendar with a stable UID and UTC times', async () => {
      const event = (await t.gql(null, EVENT, { id: launchId })).data.event;
      expect(event.icsUrl).toBe(`${t.config.publicUrl}/eventi/${launchId}.ics`);
      const res = await ics(event.icsUrl.replace(t.config.publicUrl, t.baseUrl));
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^text\/calendar/);
      const [parsed] = parseCalendar(res.text);
      expect(parsed).toMatchObject({ summary: 'Presentazione della banca dati', start: event.startsAt, end: event.endsAt, sequence: 0, status: 'CONFIRMED', startIsUtc: true });
      expect(parsed.uid).toContain(launchId);
      const again = parseCalendar((await ics(`${t.baseUrl}/eventi/${launchId}.ics`)).text)[0];
      expect(again.uid).toBe(parsed.uid);
    });

    it('bumps SEQUENCE on an update, keeping the UID, and tells the attendees', async () => {
      const before = parseCalendar((await ics(`${t.baseUrl}/eventi/${launchId}.ics`)).text)[0];
      const socket = await SocketClient.connect(t.baseUrl, attendee);
      const moved = input({ startsAt: at(11 * 24 * HOUR), endsAt: at(11 * 24 * HOUR + 2 * HOUR) });
      const res = await t.gql(moderator, UPDATE, { id: launchId, input: moved });
      expect(res.errors).toBeUndefined();
      const after = parseCalendar((await ics(`${t.baseUrl}/eventi/${launchId}.ics`)).text)[0];
      expect(after).toMatchObject({ uid: before.uid, sequence: before.sequence + 1, start: moved.startsAt, end: moved.endsAt });
      const told = await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: launchId, recipientId: attendee.id });
      expect(told.map((n) => n.text)).toContainEqual(expect.stringContaining('è cambiato'));
      // Pushed after commit with the event it is about.
      const pushed = await socket.waitFor('notification', (n) => n.type === 'EVENT' && n.text.includes('è cambiato'));
      socket.close();
      expect(pushed).toMatchObject({ eventId: launchId, callId: null, twinningId: null });
      expect((await t.gql(member, UPDATE, { id: launchId, input: moved })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps a twinning event out of anonymous reach (401) but serves it through the signed icsUrl and to a bearer token', async () => {
      const created = await t.gql(participant, CREATE, { input: input({ title: 'Affiancamento a Cosenza', twinningId: twinning.id }) });
      const event = created.data.createEvent;
      expect((await ics(`${t.baseUrl}/eventi/${event.id}.ics`)).status).toBe(401);
      const signed = await ics(event.icsUrl.replace(t.config.publicUrl, t.baseUrl));
      expect(signed.status).toBe(200);
      expect(parseCalendar(signed.text)[0].summary).toBe('Affiancamento a Cosenza');
      const bearer = await ics(`${t.baseUrl}/eventi/${event.id}.ics`, { authorization: `Bearer ${member.token}` });
      expect(bearer.status).toBe(200);
      expect((await ics(`${t.baseUrl}/eventi/${event.id}.ics?key=1.forged`)).status).toBe(401);
      expect((await ics(`${t.baseUrl}/eventi/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    });

    it('lists the upcoming community events in /calendario.ics and every visible event in the member’s secret feed', async () => {
      const publicFeed = parseCalendar((await ics(`${t.baseUrl}/calendario.ics`)).text);
      const titles = publicFeed.map((e) => e.summary);
      expect(titles).toEqual(expect.arrayContaining(['Webinar sulla PEC', 'Presentazione della banca dati']));
      expect(titles).not.toContain('Incontro passato');
      expect(titles).not.toContain('Affiancamento a Cosenza');
      const me = await t.gql(member, `{ me { id calendarFeedUrl } }`);
      const feedUrl: string = me.data.me.calendarFeedUrl;
      expect(feedUrl).toMatch(/\/calendario\.ics\?membro=.+&chiave=.+/);
      const other = await t.gql(attendee, `query ($id: ID!) { member(id: $id) { calendarFeedUrl } }`, { id: member.id });
      expect(other.data.member.calendarFeedUrl).toBeNull();
      const personal = parseCalendar((await ics(feedUrl.replace(t.config.publicUrl, t.baseUrl))).text).map((e) => e.summary);
      expect(personal).toEqual(expect.arrayContaining(['Affiancamento a Cosenza', 'Visita di studio a Trento', 'Presentazione della banca dati']));
      expect((await ics(`${t.baseUrl}/calendario.ics?membro=${member.id}&chiave=sbagliata`)).status).toBe(401);
    });

    it('keeps a cancelled event in the feeds as STATUS:CANCELLED with a higher SEQUENCE, telling the attendees once', async () => {
      const before = parseCalendar((await ics(`${t.baseUrl}/eventi/${launchId}.ics`)).text)[0];
      const res = await t.gql(moderator, CANCEL, { id: launchId });
      expect(res.data.cancelEvent.cancelled).toBe(true);
      await t.gql(moderator, CANCEL, { id: launchId });
      const feed = parseCalendar((await ics(`${t.baseUrl}/calendario.ics`)).text);
      expect(feed.find((e) => e.uid === before.uid)).toMatchObject({ status: 'CANCELLED', sequence: before.sequence + 1 });
      const told = await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: launchId, recipientId: attendee.id });
      expect(told.filter((n) => n.text.includes('annullato'))).toHaveLength(1);
      expect((await t.gql(attendee, RSVP, { id: launchId, attending: true })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('reminds those attending the day before, once', async () => {
    // Starts a day and a few seconds from now: the reminder is due within seconds.
    const created = await t.gql(moderator, CREATE, { input: input({ title: 'Webinar di domani', startsAt: at(24 * HOUR + 4000), endsAt: at(25 * HOUR) }) });
    const id = created.data.createEvent.id;
    await t.gql(attendee, RSVP, { id, attending: true });
    const deadline = Date.now() + 30_000;
    let reminders: NotificationEntity[] = [];
    while (Date.now() < deadline) {
      reminders = (await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: id, recipientId: attendee.id })).filter((n) => n.text.startsWith('Promemoria'));
      if (reminders.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain('«Webinar di domani»');
    const others = await t.dataSource.getRepository(NotificationEntity).findBy({ eventId: id, recipientId: member.id });
    expect(others.filter((n) => n.text.startsWith('Promemoria'))).toHaveLength(0);
  });
});
