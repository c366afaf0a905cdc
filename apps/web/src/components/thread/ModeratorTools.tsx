import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { ModeratedThreadFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ui';
import { CATEGORIES } from '../../lib/categories';

export const MODERATED_THREAD = graphql(`
  fragment ModeratedThread on Thread {
    id title pinned hidden status
    category { id }
  }
`);

const PINNED = graphql(`
  mutation SetPinned($threadId: ID!, $pinned: Boolean!, $reason: String) {
    setThreadPinned(threadId: $threadId, pinned: $pinned, reason: $reason) { id pinned }
  }
`);
const LOCKED = graphql(`
  mutation SetLocked($threadId: ID!, $locked: Boolean!, $reason: String) {
    setThreadLocked(threadId: $threadId, locked: $locked, reason: $reason) { id status }
  }
`);
const THREAD_HIDDEN = graphql(`
  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!, $reason: String) {
    setThreadHidden(threadId: $threadId, hidden: $hidden, reason: $reason) { id hidden }
  }
`);
const MOVE = graphql(`
  mutation MoveThread($threadId: ID!, $categoryId: ID!, $reason: String) {
    moveThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) { id category { id slug name } }
  }
`);
const MERGE = graphql(`
  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {
    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) { id }
  }
`);

/** Pin, lock, hide, move and merge a thread; each action may carry a reason for the moderation log. */
export function ModeratorTools({ thread }: { thread: ModeratedThreadFragment }) {
  const navigate = useNavigate();
  const categories = useQuery(CATEGORIES);
  const [reason, setReason] = useState('');
  const [categoryId, setCategoryId] = useState(thread.category.id);
  const [target, setTarget] = useState('');
  const [confirmHide, setConfirmHide] = useState(false);
  const [done, setDone] = useState('');
  const [pin, p] = useMutation(PINNED);
  const [lock, l] = useMutation(LOCKED);
  const [hide, h] = useMutation(THREAD_HIDDEN);
  const [move, m] = useMutation(MOVE);
  const [merge, g] = useMutation(MERGE);
  const why = reason.trim() || null;
  const run = (fn: () => Promise<unknown>, message: string) =>
    void fn()
      .then(() => {
        setReason('');
        setDone(message);
      })
      .catch(() => setDone(''));

  return (
    <section className="hub-mod-tools border rounded p-3 mb-3" aria-labelledby="mod-tools">
      <h2 id="mod-tools" className="h6">
        Strumenti di moderazione
      </h2>
      <div className="mb-3">
        <label htmlFor="mod-reason" className="form-label small">
          Motivo dell’intervento (facoltativo)
        </label>
        <input id="mod-reason" type="text" className="form-control form-control-sm" aria-describedby="mod-reason-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
        <small id="mod-reason-hint" className="form-text d-block">
          Resta nel registro della moderazione con l’azione che scegli qui sotto.
        </small>
      </div>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <Button
          size="sm"
          color="primary"
          outline
          disabled={p.loading}
          onClick={() => run(() => pin({ variables: { threadId: thread.id, pinned: !thread.pinned, reason: why } }), thread.pinned ? 'Discussione tolta dall’evidenza.' : 'Discussione messa in evidenza.')}
        >
          {thread.pinned ? 'Togli dall’evidenza' : 'Metti in evidenza'}
        </Button>
        <Button
          size="sm"
          color="primary"
          outline
          disabled={l.loading}
          onClick={() => run(() => lock({ variables: { threadId: thread.id, locked: thread.status === 'OPEN', reason: why } }), thread.status === 'OPEN' ? 'Discussione chiusa.' : 'Discussione riaperta.')}
        >
          {thread.status === 'OPEN' ? 'Chiudi discussione' : 'Riapri discussione'}
        </Button>
        <Button
          size="sm"
          color="danger"
          outline
          disabled={h.loading}
          onClick={() => (thread.hidden ? run(() => hide({ variables: { threadId: thread.id, hidden: false, reason: why } }), 'Discussione ripristinata.') : setConfirmHide(true))}
        >
          {thread.hidden ? 'Ripristina discussione' : 'Nascondi discussione'}
        </Button>
      </div>
      <div className="row g-2">
        <form
          className="col-12 col-md-6 d-flex gap-2 align-items-end"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => move({ variables: { threadId: thread.id, categoryId, reason: why } }), 'Discussione spostata.');
          }}
        >
          <div className="flex-grow-1">
            <label htmlFor="move-category" className="form-label small">
              Sposta nella categoria
            </label>
            <select id="move-category" className="form-select form-select-sm" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              {categories.data?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <Button size="sm" color="primary" type="submit" disabled={categoryId === thread.category.id || m.loading}>
            Sposta
          </Button>
        </form>
        <form
          className="col-12 col-md-6 d-flex gap-2 align-items-end"
          onSubmit={(e) => {
            e.preventDefault();
            void (async () => {
              try {
                const id = target.trim().replace(/[/#?]+$/, '').split('/').pop() ?? '';
                const res = await merge({ variables: { sourceThreadId: thread.id, targetThreadId: id, reason: why } });
                if (res.data) navigate(`/discussioni/${res.data.mergeThreads.id}`);
              } catch {
                /* shown below */
              }
            })();
          }}
        >
          <div className="flex-grow-1">
            <label htmlFor="merge-target" className="form-label small">
              Unisci in un’altra discussione (indirizzo o identificativo)
            </label>
            <input id="merge-target" type="text" className="form-control form-control-sm" value={target} onChange={(e) => setTarget(e.target.value)} />
          </div>
          <Button size="sm" color="primary" type="submit" disabled={!target.trim() || g.loading}>
            Unisci
          </Button>
        </form>
      </div>
      <p className="small text-success mb-0 mt-2" role="status">
        {done}
      </p>
      <ErrorMessage error={p.error ?? l.error ?? h.error ?? m.error ?? g.error} />
      <ConfirmDialog
        open={confirmHide}
        title="Nascondere la discussione?"
        confirmLabel="Nascondi la discussione"
        initialReason={reason}
        busy={h.loading}
        onCancel={() => setConfirmHide(false)}
        onConfirm={(r) => {
          setConfirmHide(false);
          run(() => hide({ variables: { threadId: thread.id, hidden: true, reason: r } }), 'Discussione nascosta ai membri.');
        }}
      >
        <p className="mb-0">
          “{thread.title}” non sarà più visibile ai membri; i moderatori continueranno a vederla e potranno ripristinarla.
        </p>
      </ConfirmDialog>
    </section>
  );
}
