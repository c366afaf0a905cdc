import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { PostFieldsFragment } from '../gql/graphql';
import { ConfirmDialog } from './ConfirmDialog';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorMessage } from './ui';
import { useAuth } from '../lib/auth';
import { errorCode } from '../lib/errors';
import { formatDateTime, formatNumber, plural } from '../lib/format';

export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful
    author { id handle displayName }
    replyTo { id author { id displayName } }
  }
`);

const EDIT = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) { ...PostFields }
  }
`);

const USEFUL = graphql(`
  mutation MarkUseful($postId: ID!, $useful: Boolean!) {
    markPostUseful(postId: $postId, useful: $useful) { id usefulCount viewerFoundUseful }
  }
`);

const SOLUTION = graphql(`
  mutation MarkSolution($threadId: ID!, $postId: ID) {
    markSolution(threadId: $threadId, postId: $postId) { id solution { id } }
  }
`);

const FLAG = graphql(`
  mutation FlagPost($postId: ID!, $reason: String!) {
    flagPost(postId: $postId, reason: $reason) { id status }
  }
`);

const POST_HIDDEN = graphql(`
  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {
    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }
  }
`);

export interface PostThread {
  id: string;
  status: string;
  author: { id: string };
  solution: { id: string } | null;
}

/** One post of a thread with the actions its reader may take on it. */
export function PostItem({
  post,
  thread,
  onReply,
  refetch,
}: {
  post: PostFieldsFragment;
  thread: PostThread;
  onReply: (p: PostFieldsFragment) => void;
  refetch: () => void;
}) {
  const { viewer, isModerator } = useAuth();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [flagging, setFlagging] = useState(false);
  const [reason, setReason] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [confirmHide, setConfirmHide] = useState(false);
  const [edit, e] = useMutation(EDIT);
  const [useful, u] = useMutation(USEFUL);
  const [solution, s] = useMutation(SOLUTION);
  const [flag, f] = useMutation(FLAG);
  const [hide, h] = useMutation(POST_HIDDEN);
  const isSolution = thread.solution?.id === post.id;
  const own = viewer?.id === post.author.id;
  const canEdit = viewer && (own || isModerator);
  const canSolve = viewer && (viewer.id === thread.author.id || isModerator);
  const conflict = errorCode(e.error) === 'CONFLICT';

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await edit({ variables: { input: { postId: post.id, body: draft, version: post.version } } });
      setEditing(false);
    } catch {
      /* shown below */
    }
  };

  return (
    <li id={`messaggio-${post.id}`} className={`hub-post ${isSolution ? 'hub-solution' : ''} ${post.hidden ? 'hub-hidden' : ''}`} data-testid="post">
      <article aria-labelledby={`post-h-${post.id}`}>
        <header className="d-flex flex-wrap justify-content-between gap-2 mb-2">
          <div id={`post-h-${post.id}`}>
            <Link to={`/membri/${post.author.id}`} className="fw-semibold">
              {post.author.displayName}
            </Link>{' '}
            <span className="text-secondary small">@{post.author.handle}</span>
            {post.replyTo && (
              <span className="small text-secondary">
                {' '}
                in risposta a <a href={`#messaggio-${post.replyTo.id}`}>{post.replyTo.author.displayName}</a>
              </span>
            )}
          </div>
          <div className="small text-secondary">
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
            {post.editedAt && <span> · modificato il {formatDateTime(post.editedAt)}</span>}
          </div>
        </header>
        {isSolution && <span className="badge bg-success mb-2">Soluzione</span>}
        {post.hidden && <span className="badge bg-danger mb-2">Nascosto ai membri</span>}
        {editing ? (
          <form onSubmit={save}>
            {conflict && (
              <div className="alert alert-warning" role="alert">
                Il messaggio è stato modificato da qualcun altro mentre lo stavi modificando. Copia il tuo testo, ricarica la versione attuale e
                riprova.
                <div className="mt-2">
                  <Button
                    color="primary"
                    size="sm"
                    type="button"
                    onClick={() => {
                      e.reset();
                      refetch();
                      setEditing(false);
                    }}
                  >
                    Ricarica la versione attuale
                  </Button>
                </div>
              </div>
            )}
            {!conflict && <ErrorMessage error={e.error} />}
            <MarkdownEditor label="Modifica il messaggio" value={draft} onChange={setDraft} autoFocus />
            <div className="d-flex gap-2">
              <Button color="primary" size="sm" type="submit" disabled={e.loading || !draft.trim()}>
                Salva le modifiche
              </Button>
              <Button color="secondary" outline size="sm" type="button" onClick={() => setEditing(false)}>
                Annulla
              </Button>
            </div>
          </form>
        ) : (
          <div className="hub-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        )}
        <footer className="d-flex flex-wrap gap-2 align-items-center mt-2">
          {viewer && !own ? (
            <button
              type="button"
              className={`btn btn-sm ${post.viewerFoundUseful ? 'btn-success' : 'btn-outline-success'}`}
              aria-pressed={post.viewerFoundUseful}
              disabled={u.loading}
              onClick={() => useful({ variables: { postId: post.id, useful: !post.viewerFoundUseful } }).catch(() => undefined)}
            >
              Utile ({formatNumber(post.usefulCount)})
            </button>
          ) : (
            <span className="small text-secondary" data-testid="useful-count">
              {plural(post.usefulCount, 'persona lo trova utile', 'persone lo trovano utile')}
            </span>
          )}
          {viewer && thread.status === 'OPEN' && (
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => onReply(post)}>
              Rispondi<span className="visually-hidden"> a {post.author.displayName}</span>
            </button>
          )}
          {canSolve && (
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              disabled={s.loading}
              onClick={() => solution({ variables: { threadId: thread.id, postId: isSolution ? null : post.id } }).catch(() => undefined)}
            >
              {isSolution ? 'Togli soluzione' : 'Segna come soluzione'}
            </button>
          )}
          {canEdit && !editing && (
            <button
              type="button"
              className="btn btn-sm btn-outline-secondary"
              onClick={() => {
                setDraft(post.body);
                e.reset();
                setEditing(true);
              }}
            >
              Modifica
            </button>
          )}
          {viewer && !own && !flagged && (
            <button type="button" className="btn btn-sm btn-outline-secondary" aria-expanded={flagging} onClick={() => setFlagging((v) => !v)}>
              Segnala
            </button>
          )}
          {isModerator && (
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              disabled={h.loading}
              onClick={() => (post.hidden ? hide({ variables: { postId: post.id, hidden: false } }).catch(() => undefined) : setConfirmHide(true))}
            >
              {post.hidden ? 'Ripristina messaggio' : 'Nascondi messaggio'}
            </button>
          )}
          {flagged && <span className="small text-success">Segnalazione inviata ai moderatori.</span>}
        </footer>
        <ErrorMessage error={u.error ?? s.error ?? h.error ?? f.error} />
        {flagging && (
          <form
            className="mt-2"
            onSubmit={async (ev) => {
              ev.preventDefault();
              try {
                await flag({ variables: { postId: post.id, reason } });
                setFlagging(false);
                setFlagged(true);
              } catch {
                /* shown above */
              }
            }}
          >
            <label htmlFor={`flag-${post.id}`} className="form-label">
              Motivo della segnalazione
            </label>
            <input id={`flag-${post.id}`} type="text" className="form-control mb-2" required value={reason} onChange={(ev) => setReason(ev.target.value)} />
            <Button color="primary" size="sm" type="submit" disabled={!reason.trim() || f.loading}>
              Invia segnalazione
            </Button>
          </form>
        )}
        {isModerator && (
          <ConfirmDialog
            open={confirmHide}
            title="Nascondere il messaggio?"
            confirmLabel="Nascondi il messaggio"
            busy={h.loading}
            onCancel={() => setConfirmHide(false)}
            onConfirm={(why) => {
              setConfirmHide(false);
              hide({ variables: { postId: post.id, hidden: true, reason: why } }).catch(() => undefined);
            }}
          >
            <p className="mb-0">
              Il messaggio di {post.author.displayName} non sarà più visibile ai membri; resterà visibile ai moderatori, che potranno ripristinarlo.
            </p>
          </ConfirmDialog>
        )}
      </article>
    </li>
  );
}
