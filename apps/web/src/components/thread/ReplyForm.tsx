import type { FormEvent, Ref } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { PostFieldsFragment } from '../../gql/graphql';
import { MarkdownEditor } from '../MarkdownEditor';
import { ErrorMessage } from '../ui';
import { useAuth } from '../../lib/auth';
import { useDraft } from '../../lib/drafts';
import { toUiError } from '../../lib/errors';
import { addPostToThread } from './threadPosts';

const REPLY = graphql(`
  mutation Reply($input: ReplyInput!) {
    replyToThread(input: $input) { ...PostFields }
  }
`);

/**
 * The reply to a thread (or to one of its posts). The text is a draft kept per thread and viewer
 * until it is published; the published post joins the thread in the cache, with no reload.
 */
export function ReplyForm({
  threadId,
  replyTo,
  onCancelReplyTo,
  onPublished,
  ref,
}: {
  threadId: string;
  replyTo: PostFieldsFragment | null;
  onCancelReplyTo: () => void;
  onPublished: () => void;
  ref?: Ref<HTMLFormElement>;
}) {
  const { viewer } = useAuth();
  const [draft, setDraft, clearDraft] = useDraft(viewer ? `${viewer.id}.reply.${threadId}` : null, { body: '' });
  const body = draft.body;
  const [reply, r] = useMutation(REPLY, {
    update(cache, { data }) {
      if (data) addPostToThread(cache, threadId, data.replyToThread);
    },
  });
  const ui = toUiError(r.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await reply({ variables: { input: { threadId, body, replyToPostId: replyTo?.id ?? null } } });
      clearDraft();
      onPublished();
    } catch {
      /* shown in the form */
    }
  };

  return (
    <form ref={ref} onSubmit={submit} className="hub-reply mt-4" aria-labelledby="reply-title">
      <h2 id="reply-title" className="h5">
        Rispondi
      </h2>
      {replyTo && (
        <p className="small">
          In risposta a <strong>{replyTo.author.displayName}</strong>{' '}
          <button type="button" className="btn btn-link btn-sm p-0" onClick={onCancelReplyTo}>
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
  );
}
