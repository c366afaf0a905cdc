import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { ThreadPracticeLinksFragment } from '../../gql/graphql';
import { PracticePicker, type PickedPractice } from '../PracticePicker';
import { Empty, ErrorMessage } from '../ui';
import { useAuth } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import { canUnlinkPractice } from '../../lib/permissions';

export const THREAD_PRACTICE_LINKS = graphql(`
  fragment ThreadPracticeLinks on Thread {
    id
    author { id }
    practices { note linkedAt practice { id slug title } linkedBy { id displayName } }
  }
`);

const LINK = graphql(`
  mutation LinkPractice($input: LinkPracticeInput!) {
    linkPractice(input: $input) { ...ThreadPracticeLinks }
  }
`);

const UNLINK = graphql(`
  mutation UnlinkPractice($threadId: ID!, $practiceId: ID!) {
    unlinkPractice(threadId: $threadId, practiceId: $practiceId) { ...ThreadPracticeLinks }
  }
`);

/** The practices linked to a thread; `canLink` offers the picker to link more. */
export function LinkedPractices({ thread, canLink }: { thread: ThreadPracticeLinksFragment; canLink: boolean }) {
  const [picked, setPicked] = useState<PickedPractice[]>([]);
  const [link, l] = useMutation(LINK);
  const [unlink, u] = useMutation(UNLINK);
  const { viewer } = useAuth();
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
            {canUnlinkPractice(viewer, thread, l) && (
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
