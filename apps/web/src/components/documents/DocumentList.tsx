import type { DocumentItemFragment } from '../../gql/graphql';
import { Empty } from '../ui';
import { DOCUMENT_KINDS } from '../../lib/labels';
import { DocumentAttachForm, type DocumentOwner } from './DocumentAttachForm';
import { DocumentItem } from './DocumentItem';

/** "Documenti": grouped by kind (the reuse kit first), each newest first; those who may manage them add, replace and remove. */
export function DocumentList({ documents, owner, canManage }: { documents: DocumentItemFragment[]; owner: DocumentOwner; canManage: boolean }) {
  const groups = (Object.keys(DOCUMENT_KINDS) as Array<keyof typeof DOCUMENT_KINDS>)
    .map((kind) => ({ kind, items: documents.filter((d) => d.kind === kind) }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="documents-title" className="mt-4">
      <h2 id="documents-title" className="h4">
        Documenti
      </h2>
      {canManage && <DocumentAttachForm owner={owner} />}
      {groups.length === 0 && <Empty>Nessun documento allegato.</Empty>}
      {groups.map((g) => (
        <div key={g.kind}>
          <h3 className="h6 mt-3">{DOCUMENT_KINDS[g.kind]}</h3>
          <ul className="list-unstyled">
            {g.items.map((d) => (
              <DocumentItem key={d.id} document={d} owner={owner} canManage={canManage} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
