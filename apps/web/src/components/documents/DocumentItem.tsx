import { useState } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { DocumentItemFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ui';
import { formatBytes, formatDate } from '../../lib/format';
import { forgetChangelog, type DocumentOwner } from './DocumentAttachForm';
import { DocumentReplaceForm } from './DocumentReplaceForm';

export const DOCUMENT_ITEM = graphql(`
  fragment DocumentItem on Document {
    id title kind licence fileName contentType sizeBytes version createdAt updatedAt url
    uploadedBy { id displayName }
    versions { version fileName sizeBytes changeSummary createdAt url uploadedBy { id displayName } }
  }
`);

const REMOVE = graphql(`
  mutation RemoveDocument($documentId: ID!) {
    removeDocument(documentId: $documentId)
  }
`);

/** One document: a download link with licence, size, version and date, its older versions, and for those who may, replace and remove. */
export function DocumentItem({ document: d, owner, canManage }: { document: DocumentItemFragment; owner: DocumentOwner; canManage: boolean }) {
  const [replacing, setReplacing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [remove, removal] = useMutation(REMOVE, {
    update(cache) {
      cache.modify({
        id: cache.identify(owner),
        fields: { documents: (existing, { readField }) => (Array.isArray(existing) ? existing.filter((ref: Reference) => readField('id', ref) !== d.id) : existing) },
      });
      cache.evict({ id: cache.identify({ __typename: 'Document', id: d.id }) });
      forgetChangelog(cache, owner);
      cache.gc();
    },
  });
  const older = d.versions.filter((v) => v.version !== d.version);
  return (
    <li className="mb-3" data-testid="document">
      <a href={d.url} className="fw-semibold" download>
        {d.title}
      </a>
      <div className="small text-secondary">
        {d.fileName} · {formatBytes(d.sizeBytes)} · versione {d.version} del {formatDate(d.updatedAt)} ({d.uploadedBy.displayName})
        {d.licence && <> · licenza {d.licence}</>}
      </div>
      {older.length > 0 && (
        <details className="small mt-1">
          <summary>Versioni precedenti ({older.length})</summary>
          <ol className="list-unstyled ms-3 mb-0">
            {older.map((v) => (
              <li key={v.version}>
                <a href={v.url} download>
                  Versione {v.version}
                </a>{' '}
                · {v.fileName} · {formatBytes(v.sizeBytes)} · {formatDate(v.createdAt)} ({v.uploadedBy.displayName})
                {v.changeSummary && <> — {v.changeSummary}</>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {d.versions[0]?.changeSummary && <div className="small fst-italic">Ultima modifica: {d.versions[0].changeSummary}</div>}
      {canManage && (
        <div className="d-flex gap-2 mt-1">
          <Button color="primary" outline size="xs" onClick={() => setReplacing((r) => !r)} aria-expanded={replacing}>
            Nuova versione
          </Button>
          <Button color="danger" outline size="xs" onClick={() => setConfirming(true)}>
            Rimuovi
          </Button>
        </div>
      )}
      {replacing && <DocumentReplaceForm documentId={d.id} owner={owner} onDone={() => setReplacing(false)} />}
      <ErrorMessage error={removal.error} />
      <ConfirmDialog
        open={confirming}
        title="Rimuovere il documento?"
        confirmLabel="Rimuovi"
        reasonLabel={null}
        busy={removal.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          void remove({ variables: { documentId: d.id } })
            .catch(() => undefined)
            .finally(() => setConfirming(false))
        }
      >
        «{d.title}» e tutte le sue versioni non saranno più scaricabili. La rimozione resta nello storico degli aggiornamenti.
      </ConfirmDialog>
    </li>
  );
}
