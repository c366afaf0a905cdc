import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

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

/** A link to what a log entry is about: the post in its thread, the thread, the member. */
export function LogTarget({ type, id }: { type: string; id: string }) {
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
