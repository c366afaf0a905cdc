import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { ErrorMessage } from '../ui';

const FLAG = graphql(`
  mutation FlagPost($postId: ID!, $reason: String!) {
    flagPost(postId: $postId, reason: $reason) { id status }
  }
`);

/** The reason of a flag, sent to the moderators. */
export function PostFlagForm({ postId, onSent }: { postId: string; onSent: () => void }) {
  const [reason, setReason] = useState('');
  const [flag, f] = useMutation(FLAG);
  return (
    <>
      <ErrorMessage error={f.error} />
      <form
        className="mt-2"
        onSubmit={async (ev) => {
          ev.preventDefault();
          try {
            await flag({ variables: { postId, reason } });
            onSent();
          } catch {
            /* shown above */
          }
        }}
      >
        <label htmlFor={`flag-${postId}`} className="form-label">
          Motivo della segnalazione
        </label>
        <input id={`flag-${postId}`} type="text" className="form-control mb-2" required value={reason} onChange={(ev) => setReason(ev.target.value)} />
        <Button color="primary" size="sm" type="submit" disabled={!reason.trim() || f.loading}>
          Invia segnalazione
        </Button>
      </form>
    </>
  );
}
