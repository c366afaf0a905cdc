import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ThreadHeaderFragment } from '../../gql/graphql';
import { Breadcrumb } from '../Breadcrumb';
import { PageTitle } from '../ui';
import { formatDate, plural } from '../../lib/format';

export const THREAD_HEADER = graphql(`
  fragment ThreadHeader on Thread {
    id title status pinned hidden tags createdAt postCount
    category { id slug name }
    author { id displayName }
  }
`);

/** The path to the thread, its title, and what it is: badges, author, size, tags. */
export function ThreadHeader({ thread }: { thread: ThreadHeaderFragment }) {
  return (
    <>
      <Breadcrumb
        links={[
          ['/discussioni', 'Forum'],
          [`/categorie/${thread.category.slug}`, thread.category.name],
        ]}
        current="Discussione"
      />
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
    </>
  );
}
