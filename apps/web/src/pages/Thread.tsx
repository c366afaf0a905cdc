import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PostFieldsFragment } from '../gql/graphql';
import { ErrorMessage, Empty, LoadMore, Loading, Notice } from '../components/ui';
import { FollowControl } from '../components/FollowControl';
import { LinkedPractices } from '../components/thread/LinkedPractices';
import { ModeratorTools } from '../components/thread/ModeratorTools';
import { PostItem } from '../components/thread/PostItem';
import { ReplyForm } from '../components/thread/ReplyForm';
import { ThreadHeader } from '../components/thread/ThreadHeader';
import { useNewPosts } from '../components/thread/useNewPosts';
import { useAuth } from '../lib/auth';

const THREAD = graphql(`
  query ThreadPage($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      ...ThreadHeader
      ...PostThread
      ...ModeratedThread
      ...ThreadPracticeLinks
      posts(first: $first, after: $after) {
        nodes { ...PostFields }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export default function Thread() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error, fetchMore } = useQuery(THREAD, { variables: { id, first: 20 } });
  const [replyTo, setReplyTo] = useState<PostFieldsFragment | null>(null);
  const [announce, setAnnounce] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const thread = data?.thread;
  const pageInfo = thread?.posts.pageInfo;
  const [pending, clearPending] = useNewPosts(thread?.id, Boolean(pageInfo?.hasNextPage), () => setAnnounce('È arrivato un nuovo messaggio'));

  // A link to one post (#messaggio-<id>) scrolls to it once the posts are on the page.
  const hash = location.hash;
  const postsShown = thread?.posts.nodes.length ?? 0;
  useEffect(() => {
    if (hash.startsWith('#messaggio-') && postsShown > 0) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash, postsShown]);

  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!thread) return <Empty>Discussione non trovata o non più disponibile.</Empty>;

  return (
    <>
      <ThreadHeader thread={thread} />
      <div className="visually-hidden" aria-live="polite" data-testid="live-announce">
        {announce}
      </div>
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          {isModerator && <ModeratorTools key={thread.id} thread={thread} />}
          <ol className="list-unstyled hub-posts" aria-label="Messaggi">
            {thread.posts.nodes.map((p) => (
              <PostItem
                key={p.id}
                post={p}
                thread={thread}
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
              clearPending();
              void fetchMore({ variables: { after: pageInfo?.endCursor ?? null } });
            }}
            shown={thread.posts.nodes.length}
            total={thread.posts.totalCount}
          />
          {viewer && thread.status === 'OPEN' && (
            <ReplyForm
              ref={formRef}
              threadId={thread.id}
              replyTo={replyTo}
              onCancelReplyTo={() => setReplyTo(null)}
              onPublished={() => {
                setReplyTo(null);
                setAnnounce('Risposta pubblicata');
              }}
            />
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
