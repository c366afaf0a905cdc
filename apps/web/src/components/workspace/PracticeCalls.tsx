import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { CallStatusBadge } from './CallStatusBadge';

const PRACTICE_CALLS = graphql(`
  query PracticeCalls($practiceId: ID!) {
    twinningCalls(practiceId: $practiceId, first: 10) {
      nodes { id title status deadline }
    }
  }
`);

/** The calls opened for a practice, on its page. */
export function PracticeCalls({ practiceId }: { practiceId: string }) {
  const { data } = useQuery(PRACTICE_CALLS, { variables: { practiceId } });
  const calls = data?.twinningCalls.nodes ?? [];
  return (
    <section aria-labelledby="practice-calls-title" className="mb-3">
      <h2 id="practice-calls-title" className="h5">
        Avvisi
      </h2>
      {calls.length === 0 ? (
        <p className="small">Nessun avviso per questa pratica.</p>
      ) : (
        <ul className="list-unstyled">
          {calls.map((c) => (
            <li key={c.id} className="mb-2">
              <Link to={`/avvisi/${c.id}`}>{c.title}</Link> <CallStatusBadge status={c.status} />
              <div className="small">scadenza {formatDate(c.deadline)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
