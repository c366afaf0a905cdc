import { useId, useState, type FormEvent } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { DocumentKind } from '../../gql/graphql';
import { ErrorMessage, Field, Notice, SelectField } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';
import { COMMON_LICENCES, DOCUMENT_KINDS } from '../../lib/labels';
import { FilePicker } from './FilePicker';
import { useUpload } from './useUpload';

const ATTACH = graphql(`
  mutation AttachDocument($input: AttachDocumentInput!) {
    attachDocument(input: $input) { ...DocumentItem }
  }
`);

/** Where documents are attached: a practice or a twinning (its __typename and id in the cache). */
export type DocumentOwner = {
  __typename: 'Practice' | 'Twinning';
  id: string;
};

/** A title from a file name: without the extension, separators as spaces. */
const titleOf = (name: string) => name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();

/** Uploads a file (with progress) and attaches it to the practice or twinning, adding it to the list in the cache. */
/** The practice's changelog records every change to its documents: drop it from the cache so the page reads it again. */
export function forgetChangelog(cache: ApolloCache, owner: DocumentOwner): void {
  if (owner.__typename === 'Practice') cache.evict({ id: cache.identify(owner), fieldName: 'updates' });
}

export function DocumentAttachForm({ owner }: { owner: DocumentOwner }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('REUSE_KIT');
  const [licence, setLicence] = useState('');
  const [done, setDone] = useState(false);
  const { upload, progress, error: uploadError } = useUpload();
  const [attach, { loading, error }] = useMutation(ATTACH, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify(owner),
        fields: {
          documents: (existing, { toReference }) => (Array.isArray(existing) ? [toReference({ __typename: 'Document', id: data.attachDocument.id }), ...existing] : existing),
        },
      });
      forgetChangelog(cache, owner);
    },
  });
  const ui = toUiError(error);
  const busy = loading || progress !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const uploaded = await upload(file);
    if (!uploaded) return;
    const owned = owner.__typename === 'Practice' ? { practiceId: owner.id } : { twinningId: owner.id };
    try {
      await attach({ variables: { input: { ...owned, fileId: uploaded.id, title, kind, licence: licence.trim() || null } } });
      setFile(null);
      setTitle('');
      setLicence('');
      setDone(true);
      setOpen(false);
    } catch {
      /* shown below */
    }
  };

  if (!open)
    return (
      <>
        {done && <Notice>Documento aggiunto: chi segue riceverà una notifica.</Notice>}
        <Button color="primary" outline size="sm" className="mb-3" onClick={() => setOpen(true)}>
          Aggiungi un documento
        </Button>
      </>
    );
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-3" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="h6">
        Aggiungi un documento
      </h3>
      <ErrorMessage ui={uploadError ?? ui} />
      <FilePicker
        label="File"
        file={file}
        progress={progress}
        error={fieldError(ui, 'fileId')}
        onFile={(f) => {
          setFile(f);
          if (f && !title) setTitle(titleOf(f.name));
        }}
      />
      <Field label="Titolo" error={fieldError(ui, 'title')}>
        {(p) => <input type="text" {...p} className="form-control" required minLength={3} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <SelectField label="Tipo" value={kind} options={DOCUMENT_KINDS} onChange={setKind} required />
      <Field label="Licenza (identificativo SPDX, facoltativo)" hint="Ad esempio EUPL-1.2 per il software, CC-BY-4.0 per i documenti" error={fieldError(ui, 'licence')}>
        {(p) => (
          <>
            <input type="text" {...p} className="form-control" list={`${id}-licences`} value={licence} onChange={(e) => setLicence(e.target.value)} />
            <datalist id={`${id}-licences`}>
              {COMMON_LICENCES.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <div className="d-flex gap-2">
        <Button color="primary" size="sm" type="submit" disabled={busy || !file || title.trim().length < 3}>
          {progress !== null ? 'Caricamento…' : 'Carica e aggiungi'}
        </Button>
        <Button color="secondary" outline size="sm" type="button" disabled={busy} onClick={() => setOpen(false)}>
          Annulla
        </Button>
      </div>
    </form>
  );
}
