import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { ErrorMessage, Field } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';
import { FilePicker } from './FilePicker';
import { useUpload } from './useUpload';
import { forgetChangelog, type DocumentOwner } from './DocumentAttachForm';

const REPLACE = graphql(`
  mutation ReplaceDocument($input: ReplaceDocumentInput!) {
    replaceDocument(input: $input) { ...DocumentItem }
  }
`);

/** A new version of a document, with what changed: the answer updates the document in the cache. */
export function DocumentReplaceForm({ documentId, owner, onDone }: { documentId: string; owner: DocumentOwner; onDone: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [changeSummary, setChangeSummary] = useState('');
  const { upload, progress, error: uploadError } = useUpload();
  const [replace, { loading, error }] = useMutation(REPLACE, { update: (cache) => forgetChangelog(cache, owner) });
  const ui = toUiError(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const uploaded = await upload(file);
    if (!uploaded) return;
    try {
      await replace({ variables: { input: { documentId, fileId: uploaded.id, changeSummary } } });
      onDone();
    } catch {
      /* shown below */
    }
  };
  return (
    <form onSubmit={submit} className="border rounded p-3 my-2" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="h6">
        Carica una nuova versione
      </h4>
      <ErrorMessage ui={uploadError ?? ui} />
      <FilePicker label="File della nuova versione" file={file} onFile={setFile} progress={progress} error={fieldError(ui, 'fileId')} />
      <Field label="Cosa cambia" hint="Compare nell’elenco delle versioni e nello storico" error={fieldError(ui, 'changeSummary')}>
        {(p) => <input type="text" {...p} className="form-control" required minLength={3} maxLength={1000} value={changeSummary} onChange={(e) => setChangeSummary(e.target.value)} />}
      </Field>
      <Button color="primary" size="sm" type="submit" disabled={loading || progress !== null || !file || changeSummary.trim().length < 3}>
        {progress !== null ? 'Caricamento…' : 'Carica la nuova versione'}
      </Button>
    </form>
  );
}
