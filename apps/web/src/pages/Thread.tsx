import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { ThreadPageQuery } from '../gql/graphql';
import { ErrorMessage, Empty, LoadMore, Loading, Notice, PageTitle } from '../components/ui';
import { MarkdownEditor } from '../components/MarkdownEditor';
import { FollowControl } from '../components/FollowControl';
import { PracticePicker, type PickedPractice } from '../components/PracticePicker';
import { PostItem } from '../components/PostItem';
import { ThreadModeratorTools } from '../components/ThreadModeratorTools';
import { useAuth } from '../lib/auth';
import { useDraft } from '../lib/drafts';
import { useLive } from '../lib/live';
import { toUiError } from '../lib/errors';
import { formatDate, plural } from '../lib/format';

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
  // The reply being written survives navigation and reloads: one draft per thread and viewer.
  const [draft, setDraft, clearDraft] = useDraft(viewer ? `${viewer.id}.reply.${id}` : null, { body: '' });
  const body = draft.body;
  const [replyTo, setReplyTo] = useState<PostData | null>(null);
  const [pending, setPending] = useState(0);
  const [announce, setAnnounce] = useState('');
  const [reply, r] = useMutation(REPLY);
  const formRef = useRef<HTMLFormElement>(null);
  const thread = data?.thread;
  const pageInfo = thread?.posts.pageInfo;

  const loadNext = useCallback(() => fetchMore({ variables: { after: pageInfo?.endCursor ?? null } }), [fetchMore, pageInfo?.endCursor]);

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
      clearDraft();
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
          {isModerator && <ThreadModeratorTools key={thread.id} thread={thread} />}
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
              <MarkdownEditor label="Il tuo messaggio" value={body} onChange={(text) => setDraft({ body: text })} required />
              {body.trim() && (
                <p className="small text-secondary" data-testid="draft-note">
                  Bozza salvata su questo dispositivo: la ritrovi anche se lasci la pagina.
                </p>
              )}
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
