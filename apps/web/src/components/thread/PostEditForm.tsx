import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { PostFieldsFragment } from '../../gql/graphql';
import { MarkdownEditor } from '../MarkdownEditor';
import { ErrorMessage } from '../ui';
import { errorCode } from '../../lib/errors';
import { POST_BY_ID } from './threadPosts';

const EDIT = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) { ...PostFields }
  }
`);

/**
 * Edits a post against the version on screen; when someone changed it meanwhile (CONFLICT), offers
 * to load the current version (that post alone) and close the form.
 */
export function PostEditForm({ post, onClose }: { post: PostFieldsFragment; onClose: () => void }) {
  const client = useApolloClient();
  const [draft, setDraft] = useState(post.body);
  const [edit, e] = useMutation(EDIT);
  const conflict = errorCode(e.error) === 'CONFLICT';

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await edit({ variables: { input: { postId: post.id, body: draft, version: post.version } } });
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <form onSubmit={save}>
      {conflict && (
        <div className="alert alert-warning" role="alert">
          Il messaggio è stato modificato da qualcun altro mentre lo stavi modificando. Copia il tuo testo, ricarica la versione attuale e riprova.
          <div className="mt-2">
            <Button
              color="primary"
              size="sm"
              type="button"
              onClick={() => {
                e.reset();
                void client.query({ query: POST_BY_ID, variables: { id: post.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
                onClose();
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
        <Button color="secondary" outline size="sm" type="button" onClick={onClose}>
          Annulla
        </Button>
      </div>
    </form>
  );
}
