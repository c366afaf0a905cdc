import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PostFieldsFragment, PostThreadFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ui';
import { useAuth } from '../../lib/auth';
import { formatDateTime, formatNumber, plural } from '../../lib/format';
import { PostEditForm } from './PostEditForm';
import { PostFlagForm } from './PostFlagForm';

export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful
    author { id handle displayName }
    replyTo { id author { id displayName } }
  }
`);

/** What a post's actions need to know of its thread. */
export const POST_THREAD = graphql(`
  fragment PostThread on Thread {
    id status
    author { id }
    solution { id }
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

const POST_HIDDEN = graphql(`
  mutation SetPostHidden($postId: ID!, $hidden: Boolean!, $reason: String) {
    setPostHidden(postId: $postId, hidden: $hidden, reason: $reason) { id hidden }
  }
`);

/** One post of a thread with the actions its reader may take on it. */
export function PostItem({ post, thread, onReply }: { post: PostFieldsFragment; thread: PostThreadFragment; onReply: (p: PostFieldsFragment) => void }) {
  const { viewer, isModerator } = useAuth();
  const [editing, setEditing] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const [flagged, setFlagged] = useState(false);
  const [confirmHide, setConfirmHide] = useState(false);
  const [useful, u] = useMutation(USEFUL);
  const [solution, s] = useMutation(SOLUTION);
  const [hide, h] = useMutation(POST_HIDDEN);
  const isSolution = thread.solution?.id === post.id;
  const own = viewer?.id === post.author.id;
  const canEdit = viewer && (own || isModerator);
  const canSolve = viewer && (viewer.id === thread.author.id || isModerator);

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
        {editing ? <PostEditForm post={post} onClose={() => setEditing(false)} /> : <div className="hub-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />}
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
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setEditing(true)}>
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
        <ErrorMessage error={u.error ?? s.error ?? h.error} />
        {flagging && (
          <PostFlagForm
            postId={post.id}
            onSent={() => {
              setFlagging(false);
              setFlagged(true);
            }}
          />
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
