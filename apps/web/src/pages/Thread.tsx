import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { ThreadPageQuery } from '../gql/graphql';
import { ErrorMessage, Empty, LoadMore, Loading, Notice, PageTitle } from '../components/ui';
import { MarkdownEditor } from '../components/MarkdownEditor';
import { FollowControl } from '../components/FollowControl';
import { PracticePicker, type PickedPractice } from '../components/PracticePicker';
import { CATEGORIES } from './Home';
import { useAuth } from '../lib/auth';
import { useLive } from '../lib/live';
import { errorCode, toUiError } from '../lib/errors';
import { formatDate, formatDateTime, plural } from '../lib/format';

export const POST_FIELDS = graphql(`
  fragment PostFields on Post {
    id body bodyHtml createdAt editedAt version hidden usefulCount viewerFoundUseful
    author { id handle displayName }
    replyTo { id author { id displayName } }
  }
`);

const THREAD = graphql(`
  query ThreadPage($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      id title status pinned hidden tags createdAt lastActivityAt postCount viewerIsFollowing
      category { id slug name }
      author { id displayName }
      solution { id }
      practices { note linkedAt practice { id slug title } linkedBy { id displayName } }
      posts(first: $first, after: $after) {
        nodes { ...PostFields }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const REPLY = graphql(`
  mutation Reply($input: ReplyInput!) {
    replyToThread(input: $input) { ...PostFields }
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

const PINNED = graphql(`
  mutation SetPinned($threadId: ID!, $pinned: Boolean!) {
    setThreadPinned(threadId: $threadId, pinned: $pinned) { id pinned }
  }
`);
const LOCKED = graphql(`
  mutation SetLocked($threadId: ID!, $locked: Boolean!) {
    setThreadLocked(threadId: $threadId, locked: $locked) { id status }
  }
`);
const THREAD_HIDDEN = graphql(`
  mutation SetThreadHidden($threadId: ID!, $hidden: Boolean!) {
    setThreadHidden(threadId: $threadId, hidden: $hidden) { id hidden }
  }
`);
const MOVE = graphql(`
  mutation MoveThread($threadId: ID!, $categoryId: ID!) {
    moveThread(threadId: $threadId, categoryId: $categoryId) { id category { id slug name } }
  }
`);
const MERGE = graphql(`
  mutation MergeThreads($sourceThreadId: ID!, $targetThreadId: ID!) {
    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId) { id }
  }
`);
const LINK = graphql(`
  mutation LinkPractice($input: LinkPracticeInput!) {
    linkPractice(input: $input) { id practices { note linkedAt practice { id slug title } linkedBy { id displayName } } }
  }
`);
const UNLINK = graphql(`
  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {
    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { id practices { note linkedAt practice { id slug title } linkedBy { id displayName } } }
  }
`);

type ThreadData = NonNullable<ThreadPageQuery['thread']>;
type PostData = ThreadData['posts']['nodes'][number];

function PostItem({
  post,
  thread,
  onReply,
  refetch,
}: {
  post: PostData;
  thread: ThreadData;
  onReply: (p: PostData) => void;
  refetch: () => void;
}) {
  const { viewer, isModerator } = useAuth();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [flagging, setFlagging] = useState(false);
  const [reason, setReason] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [edit, e] = useMutation(EDIT);
  const [useful, u] = useMutation(USEFUL);
  const [solution, s] = useMutation(SOLUTION);
  const [flag, f] = useMutation(FLAG);
  const [hide, h] = useMutation(POST_HIDDEN);
  const isSolution = thread.solution?.id === post.id;
  const canEdit = viewer && (viewer.id === post.author.id || isModerator);
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
          {viewer ? (
            <button
              type="button"
              className={`btn btn-sm ${post.viewerFoundUseful ? 'btn-success' : 'btn-outline-success'}`}
              aria-pressed={post.viewerFoundUseful}
              disabled={u.loading}
              onClick={() => useful({ variables: { postId: post.id, useful: !post.viewerFoundUseful } }).catch(() => undefined)}
            >
              Utile ({post.usefulCount})
            </button>
          ) : (
            <span className="small text-secondary">{plural(post.usefulCount, 'persona lo trova utile', 'persone lo trovano utile')}</span>
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
          {viewer && viewer.id !== post.author.id && !flagged && (
            <button type="button" className="btn btn-sm btn-outline-secondary" aria-expanded={flagging} onClick={() => setFlagging((v) => !v)}>
              Segnala
            </button>
          )}
          {isModerator && (
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              disabled={h.loading}
              onClick={() => hide({ variables: { postId: post.id, hidden: !post.hidden } }).catch(() => undefined)}
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
            <input id={`flag-${post.id}`} className="form-control mb-2" required value={reason} onChange={(ev) => setReason(ev.target.value)} />
            <Button color="primary" size="sm" type="submit" disabled={!reason.trim() || f.loading}>
              Invia segnalazione
            </Button>
          </form>
        )}
      </article>
    </li>
  );
}

function ModeratorTools({ thread }: { thread: ThreadData }) {
  const navigate = useNavigate();
  const categories = useQuery(CATEGORIES);
  const [categoryId, setCategoryId] = useState(thread.category.id);
  const [target, setTarget] = useState('');
  const [pin, p] = useMutation(PINNED);
  const [lock, l] = useMutation(LOCKED);
  const [hide, h] = useMutation(THREAD_HIDDEN);
  const [move, m] = useMutation(MOVE);
  const [merge, g] = useMutation(MERGE);
  const run = (fn: () => Promise<unknown>) => void fn().catch(() => undefined);
  return (
    <section className="hub-mod-tools border rounded p-3 mb-3" aria-labelledby="mod-tools">
      <h2 id="mod-tools" className="h6">
        Strumenti di moderazione
      </h2>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <Button size="sm" color="primary" outline onClick={() => run(() => pin({ variables: { threadId: thread.id, pinned: !thread.pinned } }))}>
          {thread.pinned ? 'Togli dall’evidenza' : 'Metti in evidenza'}
        </Button>
        <Button size="sm" color="primary" outline onClick={() => run(() => lock({ variables: { threadId: thread.id, locked: thread.status === 'OPEN' } }))}>
          {thread.status === 'OPEN' ? 'Chiudi discussione' : 'Riapri discussione'}
        </Button>
        <Button size="sm" color="danger" outline onClick={() => run(() => hide({ variables: { threadId: thread.id, hidden: !thread.hidden } }))}>
          {thread.hidden ? 'Ripristina discussione' : 'Nascondi discussione'}
        </Button>
      </div>
      <div className="row g-2">
        <form
          className="col-12 col-md-6 d-flex gap-2 align-items-end"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => move({ variables: { threadId: thread.id, categoryId } }));
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
          <Button size="sm" color="primary" type="submit" disabled={categoryId === thread.category.id}>
            Sposta
          </Button>
        </form>
        <form
          className="col-12 col-md-6 d-flex gap-2 align-items-end"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              const id = target.trim().split('/').pop() ?? '';
              const res = await merge({ variables: { sourceThreadId: thread.id, targetThreadId: id } });
              if (res.data) navigate(`/discussioni/${res.data.mergeThreads.id}`);
            });
          }}
        >
          <div className="flex-grow-1">
            <label htmlFor="merge-target" className="form-label small">
              Unisci in un’altra discussione (indirizzo o identificativo)
            </label>
            <input id="merge-target" className="form-control form-control-sm" value={target} onChange={(e) => setTarget(e.target.value)} />
          </div>
          <Button size="sm" color="primary" type="submit" disabled={!target.trim()}>
            Unisci
          </Button>
        </form>
      </div>
      <ErrorMessage error={p.error ?? l.error ?? h.error ?? m.error ?? g.error} />
    </section>
  );
}

function LinkedPractices({ thread, canLink }: { thread: ThreadData; canLink: boolean }) {
  const [picked, setPicked] = useState<PickedPractice[]>([]);
  const [link, l] = useMutation(LINK);
  const [unlink, u] = useMutation(UNLINK);
  const { isModerator } = useAuth();
  return (
    <section aria-labelledby="linked-practices" className="mb-4">
      <h2 id="linked-practices" className="h5">
        Buone pratiche collegate
      </h2>
      {thread.practices.length === 0 && <Empty>Nessuna buona pratica collegata.</Empty>}
      <ul>
        {thread.practices.map((l) => (
          <li key={l.practice.id}>
            <Link to={`/pratiche/${l.practice.slug}`}>{l.practice.title}</Link>
            {l.note && <span> — {l.note}</span>}
            <span className="small text-secondary"> (collegata da {l.linkedBy.displayName} il {formatDate(l.linkedAt)})</span>
            {isModerator && (
              <button type="button" className="btn btn-link btn-sm" onClick={() => unlink({ variables: { threadId: thread.id, practiceId: l.practice.id } }).catch(() => undefined)}>
                Scollega<span className="visually-hidden"> {l.practice.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canLink && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              for (const p of picked) await link({ variables: { input: { threadId: thread.id, practiceId: p.id } } });
              setPicked([]);
            } catch {
              /* shown below */
            }
          }}
        >
          <PracticePicker label="Collega una buona pratica" value={picked} onChange={setPicked} />
          {picked.length > 0 && (
            <Button size="sm" color="primary" type="submit" disabled={l.loading}>
              Collega
            </Button>
          )}
        </form>
      )}
      <ErrorMessage error={l.error ?? u.error} />
    </section>
  );
}

export default function Thread() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { viewer, isModerator } = useAuth();
  const { watchThread } = useLive();
  const { data, loading, error, fetchMore, refetch } = useQuery(THREAD, { variables: { id, first: 20 } });
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<PostData | null>(null);
  const [pending, setPending] = useState(0);
  const [announce, setAnnounce] = useState('');
  const [reply, r] = useMutation(REPLY);
  const formRef = useRef<HTMLFormElement>(null);
  const thread = data?.thread;
  const pageInfo = thread?.posts.pageInfo;

  const loadNext = useCallback(
    () =>
      fetchMore({
        variables: { after: pageInfo?.endCursor ?? null },
        updateQuery: (prev, { fetchMoreResult }) => {
          if (!prev.thread || !fetchMoreResult.thread) return prev;
          const seen = new Set(prev.thread.posts.nodes.map((p) => p.id));
          const fresh = fetchMoreResult.thread.posts.nodes.filter((p) => !seen.has(p.id));
          return {
            thread: {
              ...fetchMoreResult.thread,
              posts: { ...fetchMoreResult.thread.posts, nodes: [...prev.thread.posts.nodes, ...fresh] },
            },
          };
        },
      }),
    [fetchMore, pageInfo?.endCursor],
  );

  // New posts from other people appear while reading: fetch the page after the last post shown.
  const latestRef = useRef({ hasNext: true, loadNext });
  latestRef.current = { hasNext: Boolean(pageInfo?.hasNextPage), loadNext };
  useEffect(() => {
    if (!viewer || !thread?.id) return;
    return watchThread(thread.id, (e) => {
      if (e.authorId === viewer.id) return;
      if (latestRef.current.hasNext) setPending((n) => n + 1);
      else
        void latestRef.current.loadNext().then(() => {
          setAnnounce('È arrivato un nuovo messaggio');
        });
    });
  }, [viewer, thread?.id, watchThread]);

  // A link to one post (#messaggio-<id>) scrolls to it once the posts are on the page.
  const hash = location.hash;
  const postsShown = thread?.posts.nodes.length ?? 0;
  useEffect(() => {
    if (hash.startsWith('#messaggio-') && postsShown > 0) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash, postsShown]);

  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!thread) return <Empty>Discussione non trovata o non più disponibile.</Empty>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await reply({ variables: { input: { threadId: thread.id, body, replyToPostId: replyTo?.id ?? null } } });
      setBody('');
      setReplyTo(null);
      if (!pageInfo?.hasNextPage) await loadNext();
      setAnnounce('Risposta pubblicata');
    } catch {
      /* shown in the form */
    }
  };
  const ui = toUiError(r.error);

  return (
    <>
      <nav aria-label="Percorso" className="breadcrumb-container">
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to="/discussioni">Forum</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item">
            <Link to={`/categorie/${thread.category.slug}`}>{thread.category.name}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            Discussione
          </li>
        </ol>
      </nav>
      <PageTitle title={thread.title}>{thread.title}</PageTitle>
      <div className="d-flex flex-wrap gap-2 mb-3 small">
        {thread.pinned && <span className="badge bg-primary">In evidenza</span>}
        {thread.status === 'LOCKED' && <span className="badge bg-secondary">Chiusa</span>}
        {thread.hidden && <span className="badge bg-danger">Nascosta</span>}
        <span>
          Aperta da {thread.author.displayName} il {formatDate(thread.createdAt)}
        </span>
        <span>· {plural(thread.postCount, 'messaggio', 'messaggi')}</span>
        {thread.tags.map((t) => (
          <Link key={t} to={`/discussioni?etichetta=${encodeURIComponent(t)}`} className="badge rounded-pill bg-light text-dark border">
            #{t}
          </Link>
        ))}
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="live-announce">
        {announce}
      </div>
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          {isModerator && <ModeratorTools thread={thread} />}
          <ol className="list-unstyled hub-posts" aria-label="Messaggi">
            {thread.posts.nodes.map((p) => (
              <PostItem
                key={p.id}
                post={p}
                thread={thread}
                refetch={() => void refetch()}
                onReply={(post) => {
                  setReplyTo(post);
                  formRef.current?.querySelector('textarea')?.focus();
                }}
              />
            ))}
          </ol>
          {pending > 0 && pageInfo?.hasNextPage && <Notice color="info">Ci sono nuovi messaggi: usa “Carica altri” per leggerli.</Notice>}
          <LoadMore
            hasNextPage={pageInfo?.hasNextPage}
            loading={loading}
            onMore={() => {
              setPending(0);
              void loadNext();
            }}
            shown={thread.posts.nodes.length}
            total={thread.posts.totalCount}
          />
          {viewer && thread.status === 'OPEN' && (
            <form ref={formRef} onSubmit={submit} className="hub-reply mt-4" aria-labelledby="reply-title">
              <h2 id="reply-title" className="h5">
                Rispondi
              </h2>
              {replyTo && (
                <p className="small">
                  In risposta a <strong>{replyTo.author.displayName}</strong>{' '}
                  <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setReplyTo(null)}>
                    (annulla)
                  </button>
                </p>
              )}
              <ErrorMessage ui={ui} />
              <MarkdownEditor label="Il tuo messaggio" value={body} onChange={setBody} required />
              <Button color="primary" type="submit" disabled={r.loading || !body.trim()}>
                {r.loading ? 'Invio…' : 'Pubblica la risposta'}
              </Button>
            </form>
          )}
          {thread.status === 'LOCKED' && <Notice color="warning">La discussione è chiusa: non si accettano nuove risposte.</Notice>}
          {!viewer && (
            <p className="mt-3">
              <Link to={`/accesso?da=/discussioni/${thread.id}`}>Accedi</Link> per rispondere.
            </p>
          )}
        </div>
        <aside className="col-12 col-lg-4" aria-label="Dettagli della discussione">
          {viewer && <FollowControl targetType="THREAD" targetId={thread.id} />}
          <LinkedPractices thread={thread} canLink={Boolean(viewer && (viewer.id === thread.author.id || isModerator))} />
        </aside>
      </div>
    </>
  );
}
