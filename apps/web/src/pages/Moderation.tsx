import { useDeferredValue, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { FlagResolution } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useLive } from '../lib/live';
import { formatDateTime } from '../lib/format';
import { FLAG_STATUSES, MODERATION_ACTIONS, ROLES } from '../lib/labels';

const QUEUE = graphql(`
  query ModerationQueue($first: Int, $after: String) {
    moderationQueue(first: $first, after: $after) {
      nodes {
        id reason status createdAt
        reporter { id displayName }
        post { id body hidden author { id displayName } thread { id title } }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const LOG = graphql(`
  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {
      nodes {
        id action targetType targetId reason createdAt
        moderator { id displayName }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const RESOLVE = graphql(`
  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {
    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }
  }
`);

const POST_TARGET = graphql(`
  query ModerationLogPost($id: ID!) {
    post(id: $id) { id thread { id title } }
  }
`);

const THREAD_TARGET = graphql(`
  query ModerationLogThread($id: ID!) {
    thread(id: $id) { id title }
  }
`);

const MEMBER_TARGET = graphql(`
  query ModerationLogMember($id: ID!) {
    member(id: $id) { id displayName }
  }
`);

const MODERATOR_CANDIDATES = graphql(`
  query ModeratorCandidates($query: String!) {
    members(filter: { query: $query }, first: 8) {
      nodes { id displayName role }
    }
  }
`);

function Queue() {
  const { data, loading, error, fetchMore, refetch } = useQuery(QUEUE, { variables: { first: 20 } });
  // Flags raised or resolved elsewhere (the badge's live count) reload the queue.
  const { openFlags } = useLive();
  const shownTotal = data?.moderationQueue.totalCount;
  useEffect(() => {
    if (openFlags !== null && shownTotal !== undefined && openFlags !== shownTotal) void refetch();
  }, [openFlags]); // eslint-disable-line react-hooks/exhaustive-deps
  const [resolve, r] = useMutation(RESOLVE);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [hiding, setHiding] = useState<{ flagId: string; author: string } | null>(null);
  const act = async (flagId: string, resolution: FlagResolution, note = notes[flagId]?.trim() || null) => {
    try {
      await resolve({ variables: { flagId, resolution, note } });
      await refetch();
    } catch {
      /* shown below */
    }
  };
  if (loading && !data) return <Loading />;
  return (
    <>
      <ErrorMessage error={error ?? r.error} />
      {data?.moderationQueue.nodes.length === 0 && <Empty>Nessuna segnalazione da esaminare.</Empty>}
      <ul className="list-unstyled">
        {data?.moderationQueue.nodes.map((f) => (
          <li key={f.id} className="border rounded p-3 mb-3" data-testid="flag">
            <p className="mb-1">
              <strong>{f.reporter.displayName}</strong> ha segnalato un messaggio di <strong>{f.post.author.displayName}</strong> in{' '}
              <Link to={`/discussioni/${f.post.thread.id}#messaggio-${f.post.id}`}>{f.post.thread.title}</Link>
            </p>
            <p className="small text-secondary mb-1">
              {formatDateTime(f.createdAt)} · {FLAG_STATUSES[f.status]}
            </p>
            <p className="mb-1">Motivo: {f.reason}</p>
            <blockquote className="small border-start ps-2">{f.post.body.slice(0, 400)}</blockquote>
            {f.status === 'OPEN' && (
              <div className="d-flex flex-wrap gap-2 align-items-end">
                <div className="flex-grow-1" style={{ minWidth: '14rem', maxWidth: '28rem' }}>
                  <label htmlFor={`note-${f.id}`} className="form-label small">
                    Nota (facoltativa)
                  </label>
                  <input type="text" id={`note-${f.id}`} className="form-control form-control-sm" value={notes[f.id] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [f.id]: e.target.value }))} />
                </div>
                <Button size="sm" color="danger" disabled={r.loading} onClick={() => setHiding({ flagId: f.id, author: f.post.author.displayName })}>
                  Nascondi il messaggio
                </Button>
                <Button size="sm" color="secondary" outline disabled={r.loading} onClick={() => act(f.id, 'DISMISS')}>
                  Respingi la segnalazione
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={hiding !== null}
        title="Nascondere il messaggio segnalato?"
        confirmLabel="Nascondi il messaggio"
        reasonLabel="Nota (facoltativa, resta nel registro della moderazione)"
        initialReason={hiding ? (notes[hiding.flagId] ?? '') : ''}
        busy={r.loading}
        onCancel={() => setHiding(null)}
        onConfirm={(note) => {
          const target = hiding;
          setHiding(null);
          if (target) void act(target.flagId, 'HIDE_POST', note);
        }}
      >
        <p className="mb-0">
          Il messaggio di {hiding?.author} non sarà più visibile ai membri e la segnalazione sarà accolta. I moderatori potranno ripristinarlo dalla
          discussione.
        </p>
      </ConfirmDialog>
      {data && (
        <LoadMore
          hasNextPage={data.moderationQueue.pageInfo.hasNextPage}
          loading={loading}
          shown={data.moderationQueue.nodes.length}
          total={data.moderationQueue.totalCount}
          onMore={() => fetchMore({ variables: { after: data.moderationQueue.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}

/** A link to what a log entry is about: the post in its thread, the thread, the member. */
function Target({ type, id }: { type: string; id: string }) {
  if (type === 'POST') return <PostTarget id={id} />;
  if (type === 'THREAD') return <ThreadTarget id={id} />;
  if (type === 'MEMBER') return <MemberTarget id={id} />;
  return <>{type === 'FLAG' ? 'Segnalazione' : type}</>;
}

function PostTarget({ id }: { id: string }) {
  const { data, loading } = useQuery(POST_TARGET, { variables: { id }, fetchPolicy: 'cache-first' });
  const post = data?.post;
  if (!post) return <>{loading ? 'Messaggio' : 'Messaggio non più disponibile'}</>;
  return <Link to={`/discussioni/${post.thread.id}#messaggio-${post.id}`}>Messaggio in «{post.thread.title}»</Link>;
}

function ThreadTarget({ id }: { id: string }) {
  const { data } = useQuery(THREAD_TARGET, { variables: { id }, fetchPolicy: 'cache-first' });
  return <Link to={`/discussioni/${id}`}>{data?.thread ? `Discussione «${data.thread.title}»` : 'Discussione'}</Link>;
}

function MemberTarget({ id }: { id: string }) {
  const { data } = useQuery(MEMBER_TARGET, { variables: { id }, fetchPolicy: 'cache-first' });
  return <Link to={`/membri/${id}`}>{data?.member ? `Membro: ${data.member.displayName}` : 'Membro'}</Link>;
}

interface PickedModerator {
  id: string;
  displayName: string;
}

/** Any member can be chosen: whoever moderated then may be a member now. */
function ModeratorPicker({ value, onChange }: { value: PickedModerator | null; onChange: (m: PickedModerator | null) => void }) {
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const { data, loading } = useQuery(MODERATOR_CANDIDATES, { variables: { query }, skip: query.length < 2 });
  return (
    <Field label="Moderatore" hint={value ? undefined : 'Scrivi almeno 2 lettere del nome'}>
      {(p) =>
        value ? (
          <>
            <input {...p} type="text" className="form-control" value={value.displayName} readOnly />
            <button type="button" className="btn btn-sm btn-link px-0" onClick={() => onChange(null)}>
              Tutti i moderatori
            </button>
          </>
        ) : (
          <>
            <input {...p} type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />
            {query.length >= 2 && (
              <ul className="list-unstyled hub-suggestions" aria-label="Membri trovati">
                {loading && !data && <li className="text-secondary small">Ricerca…</li>}
                {data?.members.nodes.length === 0 && <li className="text-secondary small">Nessun membro trovato</li>}
                {data?.members.nodes.map((m) => (
                  <li key={m.id}>
                    <button
                      type="button"
                      className="btn btn-link btn-sm text-start p-1"
                      onClick={() => {
                        onChange({ id: m.id, displayName: m.displayName });
                        setText('');
                      }}
                    >
                      {m.displayName} ({ROLES[m.role]})
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      }
    </Field>
  );
}

interface LogFilter {
  action: string;
  moderator: PickedModerator | null;
  /** Days as the date inputs give them (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

const NO_FILTER: LogFilter = { action: '', moderator: null, from: '', to: '' };

function LogFilters({ value, onChange, periodError }: { value: LogFilter; onChange: (f: LogFilter) => void; periodError?: string }) {
  const active = value.action || value.moderator || value.from || value.to;
  return (
    <form className="hub-log-filters mb-3" aria-label="Filtri del registro" onSubmit={(e) => e.preventDefault()}>
      <div className="row g-3 align-items-start">
        <div className="col-md-6 col-lg-3">
          <SelectField label="Azione" anyLabel="Tutte le azioni" options={MODERATION_ACTIONS} value={value.action} onChange={(action) => onChange({ ...value, action })} />
        </div>
        <div className="col-md-6 col-lg-3">
          <ModeratorPicker value={value.moderator} onChange={(moderator) => onChange({ ...value, moderator })} />
        </div>
        <div className="col-6 col-lg-2">
          <Field label="Dal">
            {(p) => <input {...p} type="date" className="form-control" value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })} />}
          </Field>
        </div>
        <div className="col-6 col-lg-2">
          <Field label="Al" error={periodError}>
            {(p) => <input {...p} type="date" className="form-control" value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })} />}
          </Field>
        </div>
        {active && (
          <div className="col-lg-2 pt-lg-4">
            <Button color="primary" outline size="sm" onClick={() => onChange(NO_FILTER)}>
              Azzera i filtri
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}

/** The whole local day: from its first to its last millisecond. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

function Log() {
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const periodError = filter.from && filter.to && filter.from > filter.to ? 'La data finale non può precedere quella iniziale.' : undefined;
  const filtered = Boolean(filter.action || filter.moderator || filter.from || filter.to);
  const { data, loading, error, fetchMore } = useQuery(LOG, {
    variables: {
      first: 30,
      action: filter.action || null,
      moderatorId: filter.moderator?.id ?? null,
      since: dayStart(filter.from),
      until: dayEnd(filter.to),
    },
    skip: Boolean(periodError),
  });
  return (
    <>
      <LogFilters value={filter} onChange={setFilter} periodError={periodError} />
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data?.moderationLog.nodes.length === 0 && <Empty>{filtered ? 'Nessuna azione corrisponde ai filtri.' : 'Il registro è vuoto.'}</Empty>}
      {data && data.moderationLog.nodes.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">Registro della moderazione</caption>
            <thead>
              <tr>
                <th scope="col">Data</th>
                <th scope="col">Moderatore</th>
                <th scope="col">Azione</th>
                <th scope="col">Oggetto</th>
                <th scope="col">Motivo</th>
              </tr>
            </thead>
            <tbody>
              {data.moderationLog.nodes.map((a) => (
                <tr key={a.id} data-testid="log-entry">
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>{a.moderator.displayName}</td>
                  <td>{MODERATION_ACTIONS[a.action] ?? a.action}</td>
                  <td>
                    <Target type={a.targetType} id={a.targetId} />
                  </td>
                  <td>{a.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <LoadMore
          hasNextPage={data.moderationLog.pageInfo.hasNextPage}
          loading={loading}
          shown={data.moderationLog.nodes.length}
          total={data.moderationLog.totalCount}
          onMore={() => fetchMore({ variables: { after: data.moderationLog.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}

export function Tabs<T extends string>({ tabs, value, onChange, label }: { tabs: [T, string][]; value: T; onChange: (t: T) => void; label: string }) {
  return (
    <ul className="nav nav-tabs mb-3" role="tablist" aria-label={label}>
      {tabs.map(([k, v]) => (
        <li key={k} className="nav-item" role="presentation">
          <button
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={value === k}
            aria-controls={`panel-${k}`}
            className={`nav-link ${value === k ? 'active' : ''}`}
            onClick={() => onChange(k)}
            onKeyDown={(e) => {
              const i = tabs.findIndex(([x]) => x === value);
              if (e.key === 'ArrowRight') onChange(tabs[(i + 1) % tabs.length][0]);
              if (e.key === 'ArrowLeft') onChange(tabs[(i - 1 + tabs.length) % tabs.length][0]);
            }}
          >
            {v}
          </button>
        </li>
      ))}
    </ul>
  );
}

export default function Moderation() {
  const [tab, setTab] = useState<'queue' | 'log'>('queue');
  return (
    <>
      <PageTitle title="Moderazione">Moderazione</PageTitle>
      <Tabs
        label="Sezioni della moderazione"
        value={tab}
        onChange={setTab}
        tabs={[
          ['queue', 'Segnalazioni'],
          ['log', 'Registro'],
        ]}
      />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'queue' ? <Queue /> : <Log />}
      </div>
    </>
  );
}
