import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { EventItem, NewEventForm } from '../components/workspace/EventItem';
import { Empty, ErrorMessage, Loading, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';

const EVENTS = graphql(`
  query EventsMonth($from: DateTime, $first: Int) {
    events(from: $from, first: $first) {
      nodes { ...EventItem }
      totalCount
    }
    me { id calendarFeedUrl }
  }
`);

const monthName = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric' });
const WEEKDAYS = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'];
const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;

/** "Incontri": the month's meetings in a calendar grid and as a list, with the calendar subscription links. */
export default function Events() {
  const { viewer, isModerator } = useAuth();
  const [month, setMonth] = useState(() => {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), 1);
  });
  const [showForm, setShowForm] = useState(false);
  const next = useMemo(() => new Date(month.getFullYear(), month.getMonth() + 1, 1), [month]);
  const { data, loading, error, refetch } = useQuery(EVENTS, { variables: { from: month.toISOString(), first: 100 } });
  const events = useMemo(() => (data?.events.nodes ?? []).filter((e) => new Date(e.startsAt) < next), [data, next]);
  const byDay = useMemo(() => {
    const map = new Map<string, typeof events>();
    for (const e of events) {
      const k = dayKey(new Date(e.startsAt));
      map.set(k, [...(map.get(k) ?? []), e]);
    }
    return map;
  }, [events]);
  // Weeks start on Monday; blank cells before the first day.
  const lead = (month.getDay() + 6) % 7;
  const days = new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
  const cells = [...Array(lead).fill(null), ...Array.from({ length: days }, (_v, i) => new Date(month.getFullYear(), month.getMonth(), i + 1))];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_v, w) => cells.slice(w * 7, w * 7 + 7));
  const title = monthName.format(month);
  const publicFeed = `${window.location.origin}/calendario.ics`;
  return (
    <>
      <PageTitle title="Incontri">Incontri</PageTitle>
      <p>Incontri della comunità e dei gemellaggi: webinar, visite di studio, affiancamenti.</p>
      <section aria-labelledby="subscribe-title" className="border rounded p-3 mb-4">
        <h2 id="subscribe-title" className="h6">
          Iscriviti al calendario
        </h2>
        <p className="small mb-1">
          Aggiungi questo indirizzo a Outlook, Thunderbird o al calendario del telefono per ricevere gli incontri della comunità:{' '}
          <a href={publicFeed} data-testid="public-feed">
            {publicFeed}
          </a>
        </p>
        {data?.me?.calendarFeedUrl && (
          <p className="small mb-0">
            Il tuo calendario personale, con anche gli incontri dei gemellaggi (indirizzo riservato, non condividerlo):{' '}
            <a href={data.me.calendarFeedUrl} data-testid="personal-feed">
              calendario personale (.ics)
            </a>
          </p>
        )}
      </section>
      {isModerator && (
        <>
          <Button color="primary" outline className="mb-3" onClick={() => setShowForm(!showForm)} aria-expanded={showForm}>
            Nuovo incontro della comunità
          </Button>
          {showForm && <NewEventForm onCreated={() => refetch()} />}
        </>
      )}
      <div className="d-flex align-items-center gap-3 mb-2">
        <Button size="sm" color="primary" outline onClick={() => setMonth(new Date(month.getFullYear(), month.getMonth() - 1, 1))}>
          <span aria-hidden="true">‹</span> Mese precedente
        </Button>
        <h2 className="h5 mb-0 text-capitalize" aria-live="polite" data-testid="month-title">
          {title}
        </h2>
        <Button size="sm" color="primary" outline onClick={() => setMonth(next)}>
          Mese successivo <span aria-hidden="true">›</span>
        </Button>
      </div>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      <div className="table-responsive">
        <table className="table table-bordered hub-month" data-testid="month">
          <caption className="visually-hidden">Incontri di {title}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" className="text-center small">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, k) => (
                  <td key={k} className="align-top small" style={{ width: '14.28%', height: '4.5rem' }}>
                    {day && (
                      <>
                        <div className="fw-semibold">{day.getDate()}</div>
                        {(byDay.get(dayKey(day)) ?? []).map((e) => (
                          <a key={e.id} href={`#incontro-${e.id}`} className={`d-block text-truncate ${e.cancelled ? 'text-decoration-line-through' : ''}`} title={e.title}>
                            {e.title}
                          </a>
                        ))}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="h5">Incontri di {title}</h2>
      {data && events.length === 0 && <Empty>Nessun incontro in questo mese.</Empty>}
      {events.map((e) => (
        <div key={e.id} id={`incontro-${e.id}`}>
          <EventItem event={e} />
        </div>
      ))}
      {!viewer && <p className="small">Accedi per confermare la partecipazione e vedere gli incontri dei gemellaggi.</p>}
    </>
  );
}
