import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { FlagResolution } from '../../gql/graphql';
import { ConfirmDialog } from '../ConfirmDialog';
import { Empty, ErrorMessage, LoadMore, Loading } from '../ui';
import { useLive } from '../../lib/live';
import { formatDateTime } from '../../lib/format';
import { FLAG_STATUSES } from '../../lib/labels';

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

const RESOLVE = graphql(`
  mutation ResolveFlag($flagId: ID!, $resolution: FlagResolution!, $note: String) {
    resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt }
  }
`);

/** The flags to examine: hide the post (after confirming) or dismiss the flag, with an optional note. */
export function FlagQueue() {
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
