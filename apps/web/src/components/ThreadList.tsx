import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ThreadListItemFragment } from '../gql/graphql';
import { formatRelative, plural } from '../lib/format';
import { Empty } from './ui';

/** What a row of a thread list shows: spread it into every query whose threads go to ThreadList. */
export const THREAD_LIST_ITEM = graphql(`
  fragment ThreadListItem on Thread {
    id title pinned status hidden postCount lastActivityAt tags
    author { id displayName }
    category { id slug name }
  }
`);

export function ThreadList({ threads, showCategory = true }: { threads: readonly ThreadListItemFragment[]; showCategory?: boolean }) {
  if (threads.length === 0) return <Empty>Nessuna discussione.</Empty>;
  return (
    <ul className="list-unstyled hub-thread-list">
      {threads.map((t) => (
        <li key={t.id} className="hub-thread-row" data-testid="thread-row">
          <div className="d-flex flex-wrap gap-2 align-items-center">
            {t.pinned && <span className="badge bg-primary">In evidenza</span>}
            {t.status === 'LOCKED' && <span className="badge bg-secondary">Chiusa</span>}
            {t.hidden && <span className="badge bg-danger">Nascosta</span>}
            <Link to={`/discussioni/${t.id}`} className="fw-semibold hub-thread-title">
              {t.title}
            </Link>
          </div>
          <div className="small text-secondary d-flex flex-wrap gap-2">
            <span>di {t.author.displayName}</span>
            {showCategory && (
              <span>
                in <Link to={`/categorie/${t.category.slug}`}>{t.category.name}</Link>
              </span>
            )}
            <span>· {plural(t.postCount, 'messaggio', 'messaggi')}</span>
            <span>· ultima attività {formatRelative(t.lastActivityAt)}</span>
            {t.tags.map((tag) => (
              <span key={tag} className="badge rounded-pill bg-light text-dark border">
                #{tag}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
