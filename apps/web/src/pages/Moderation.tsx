import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { FlagResolution } from '../gql/graphql';
import { appendConnection, Empty, ErrorMessage, LoadMore, Loading, PageTitle } from '../components/ui';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime } from '../lib/format';
import { FLAG_STATUSES, MODERATION_ACTIONS } from '../lib/labels';

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
  query ModerationLog($first: Int, $after: String) {
    moderationLog(first: $first, after: $after) {
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

const TARGETS: Record<string, string> = { THREAD: 'Discussione', POST: 'Messaggio', FLAG: 'Segnalazione', MEMBER: 'Membro' };

function Queue() {
  const { data, loading, error, fetchMore, refetch } = useQuery(QUEUE, { variables: { first: 20 } });
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
          onMore={() =>
            fetchMore({
              variables: { after: data.moderationQueue.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({ moderationQueue: appendConnection(prev.moderationQueue!, fetchMoreResult.moderationQueue) }),
            })
          }
        />
      )}
    </>
  );
}

function Log() {
  const { data, loading, error, fetchMore } = useQuery(LOG, { variables: { first: 30 } });
  if (loading && !data) return <Loading />;
  return (
    <>
      <ErrorMessage error={error} />
      {data?.moderationLog.nodes.length === 0 && <Empty>Il registro è vuoto.</Empty>}
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
                <tr key={a.id}>
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>{a.moderator.displayName}</td>
                  <td>{MODERATION_ACTIONS[a.action] ?? a.action}</td>
                  <td>
                    {a.targetType === 'THREAD' ? (
                      <Link to={`/discussioni/${a.targetId}`}>{TARGETS[a.targetType]}</Link>
                    ) : a.targetType === 'MEMBER' ? (
                      <Link to={`/membri/${a.targetId}`}>{TARGETS[a.targetType]}</Link>
                    ) : (
                      (TARGETS[a.targetType] ?? a.targetType)
                    )}
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
          onMore={() =>
            fetchMore({
              variables: { after: data.moderationLog.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({ moderationLog: appendConnection(prev.moderationLog!, fetchMoreResult.moderationLog) }),
            })
          }
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
