import { graphql } from '../../gql';
import type { PracticeChangelogFragment } from '../../gql/graphql';
import { Empty } from '../ui';
import { formatDate } from '../../lib/format';

export const PRACTICE_CHANGELOG = graphql(`
  fragment PracticeChangelog on Practice {
    id
    updates { id summary createdAt author { id displayName } }
  }
`);

/** "Storico degli aggiornamenti": what changed in the practice, newest first. */
export function PracticeChangelog({ practice }: { practice: PracticeChangelogFragment }) {
  return (
    <section aria-labelledby="changelog-title" className="mt-4">
      <h2 id="changelog-title" className="h4">
        Storico degli aggiornamenti
      </h2>
      {practice.updates.length === 0 ? (
        <Empty>Nessun aggiornamento dalla pubblicazione.</Empty>
      ) : (
        <ol className="list-unstyled" data-testid="changelog">
          {practice.updates.map((u) => (
            <li key={u.id} className="mb-2">
              <time dateTime={u.createdAt} className="fw-semibold">
                {formatDate(u.createdAt)}
              </time>{' '}
              — {u.summary} <span className="small text-secondary">({u.author.displayName})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
