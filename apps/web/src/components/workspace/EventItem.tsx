import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { EventItemFragment } from '../../gql/graphql';
import { useAuth } from '../../lib/auth';
import { formatDateTime, plural } from '../../lib/format';
import { ErrorMessage, Field } from '../ui';

export const EVENT_ITEM = graphql(`
  fragment EventItem on Event {
    id title description startsAt endsAt place onlineUrl cancelled attendeeCount viewerAttending icsUrl
    organiser { id displayName }
    twinning { id practice { id title } }
  }
`);

const RSVP = graphql(`
  mutation RsvpEvent($eventId: ID!, $attending: Boolean!) {
    rsvpEvent(eventId: $eventId, attending: $attending) { ...EventItem }
  }
`);

const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) { ...EventItem }
  }
`);

/** A meeting with its time, place or link, attendees and the "Partecipo" toggle. */
export function EventItem({ event, headingLevel = 3 }: { event: EventItemFragment; headingLevel?: 2 | 3 }) {
  const { viewer } = useAuth();
  const [rsvp, r] = useMutation(RSVP);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const past = new Date(event.endsAt).getTime() < Date.now();
  return (
    <article className="border rounded p-3 mb-3" data-testid="event">
      <Heading className="h6 mb-1">
        {event.cancelled && <span className="badge bg-danger me-2">Annullato</span>}
        {event.title}
      </Heading>
      <p className="small mb-1">
        {formatDateTime(event.startsAt)} – {formatDateTime(event.endsAt)}
        {event.place && <> · {event.place}</>}
        {event.onlineUrl && (
          <>
            {' '}
            · <a href={event.onlineUrl}>collegamento online</a>
          </>
        )}
      </p>
      {event.twinning && (
        <p className="small mb-1">
          Gemellaggio: <Link to={`/gemellaggi/${event.twinning.id}`}>{event.twinning.practice.title}</Link>
        </p>
      )}
      {event.description && <p className="small mb-1">{event.description}</p>}
      <p className="small mb-2" data-testid="attendees">
        {plural(event.attendeeCount, 'partecipante', 'partecipanti')} · organizza {event.organiser.displayName} ·{' '}
        <a href={event.icsUrl}>aggiungi al calendario (.ics)</a>
      </p>
      {viewer && !event.cancelled && !past && (
        <Button
          size="sm"
          color="primary"
          outline={!event.viewerAttending}
          aria-pressed={event.viewerAttending}
          disabled={r.loading}
          onClick={() => rsvp({ variables: { eventId: event.id, attending: !event.viewerAttending } }).catch(() => undefined)}
        >
          Partecipo
        </Button>
      )}
      <ErrorMessage error={r.error} />
    </article>
  );
}

/** Moderators schedule community meetings; members of a twinning's administrations its meetings (the server decides). */
export function NewEventForm({ twinningId, onCreated }: { twinningId?: string; onCreated?: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [create, c] = useMutation(CREATE_EVENT);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await create({
        variables: {
          input: {
            title,
            description: description || null,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(endsAt).toISOString(),
            place: place || null,
            onlineUrl: onlineUrl || null,
            twinningId: twinningId ?? null,
          },
        },
      });
      setTitle('');
      setDescription('');
      onCreated?.();
    } catch {
      /* shown below */
    }
  };
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-3" aria-label="Nuovo incontro">
      <Field label="Titolo dell’incontro">{(p) => <input {...p} type="text" className="form-control" value={title} onChange={(e) => setTitle(e.target.value)} required />}</Field>
      <div className="row">
        <div className="col-12 col-md-6">
          <Field label="Inizio">{(p) => <input {...p} type="datetime-local" className="form-control" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />}</Field>
        </div>
        <div className="col-12 col-md-6">
          <Field label="Fine">{(p) => <input {...p} type="datetime-local" className="form-control" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} required />}</Field>
        </div>
      </div>
      <Field label="Luogo (facoltativo)">{(p) => <input {...p} type="text" className="form-control" value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      <Field label="Collegamento online (facoltativo)">
        {(p) => <input {...p} type="url" className="form-control" value={onlineUrl} onChange={(e) => setOnlineUrl(e.target.value)} />}
      </Field>
      <Field label="Descrizione (facoltativa)">{(p) => <textarea {...p} className="form-control" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
      <ErrorMessage error={c.error} />
      <Button type="submit" color="primary" disabled={c.loading}>
        Programma l’incontro
      </Button>
    </form>
  );
}
