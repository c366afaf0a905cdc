import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { TwinningStatus } from '../gql/graphql';
import { Empty, ErrorMessage, Loading, Notice, PageTitle } from '../components/ui';
import { Breadcrumb } from '../components/Breadcrumb';
import { DocumentList } from '../components/documents/DocumentList';
import { TwinningHistory } from '../components/TwinningHistory';
import { TwinningStatusBadge } from '../components/TwinningStatusBadge';
import { useAuth } from '../lib/auth';
import { formatDate, formatEuro } from '../lib/format';
import { TWINNING_STATUSES } from '../lib/labels';

const TWINNING = graphql(`
  query TwinningPage($id: ID!) {
    twinning(id: $id) {
      id status objectives budgetEuro startDate endDate createdAt
      practice { id slug title }
      offering { id name region }
      receiving { id name region }
      ...TwinningHistory
      documents { ...DocumentItem }
    }
  }
`);

const SET_STATUS = graphql(`
  mutation SetTwinningStatus($id: ID!, $status: TwinningStatus!, $note: String) {
    setTwinningStatus(id: $id, status: $status, note: $note) { ...TwinningHistory }
  }
`);

const NEXT: Record<TwinningStatus, TwinningStatus[]> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export default function Twinning() {
  const { id = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error } = useQuery(TWINNING, { variables: { id } });
  const [note, setNote] = useState('');
  const [setStatus, s] = useMutation(SET_STATUS);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const t = data?.twinning;
  if (!t) return <Empty>Gemellaggio non trovato.</Empty>;
  // Members of the offering and receiving administrations, and moderators, manage its documents (as the server decides).
  const administrationId = viewer?.administration?.id;
  const canManageDocuments = Boolean(viewer) && (isModerator || (!!administrationId && [t.offering.id, ...t.receiving.map((r) => r.id)].includes(administrationId)));
  return (
    <>
      <Breadcrumb links={[['/gemellaggi', 'Gemellaggi']]} current="Dettaglio" />
      <PageTitle title={`Gemellaggio: ${t.practice.title}`}>Gemellaggio: {t.practice.title}</PageTitle>
      <p>
        <TwinningStatusBadge status={t.status} className="fs-6" />
      </p>
      {t.status === 'COMPLETED' && administrationId && t.receiving.some((r) => r.id === administrationId) && (
        <Notice color="info">
          Il gemellaggio è concluso: <Link to={`/pratiche/${t.practice.slug}#adoptions-title`}>registra a che punto è l’adozione della buona pratica</Link> nella tua
          amministrazione.
        </Notice>
      )}
      <div className="row g-4">
        <div className="col-12 col-lg-7">
          <dl className="row hub-dl">
            <dt className="col-sm-4">Buona pratica</dt>
            <dd className="col-sm-8">
              <Link to={`/pratiche/${t.practice.slug}`}>{t.practice.title}</Link>
            </dd>
            <dt className="col-sm-4">Amministrazione offerente</dt>
            <dd className="col-sm-8">{t.offering.name}</dd>
            <dt className="col-sm-4">Amministrazioni riceventi</dt>
            <dd className="col-sm-8">{t.receiving.map((r) => r.name).join(', ')}</dd>
            {t.budgetEuro != null && (
              <>
                <dt className="col-sm-4">Budget</dt>
                <dd className="col-sm-8">{formatEuro(t.budgetEuro)}</dd>
              </>
            )}
            <dt className="col-sm-4">Periodo</dt>
            <dd className="col-sm-8">{t.startDate ? `dal ${formatDate(t.startDate)}${t.endDate ? ` al ${formatDate(t.endDate)}` : ''}` : 'da definire'}</dd>
            <dt className="col-sm-4">Proposto il</dt>
            <dd className="col-sm-8">{formatDate(t.createdAt)}</dd>
          </dl>
          <h2 className="h5">Obiettivi</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{t.objectives}</p>
          {viewer ? (
            <DocumentList documents={t.documents} owner={{ __typename: 'Twinning', id: t.id }} canManage={canManageDocuments} />
          ) : (
            <p className="mt-4 small text-secondary">I documenti del gemellaggio sono visibili ai membri che hanno effettuato l’accesso.</p>
          )}
        </div>
        <div className="col-12 col-lg-5">
          <TwinningHistory twinning={t} />
          {isModerator && NEXT[t.status].length > 0 && (
            <div className="border rounded p-3">
              <h2 className="h6">Cambia stato</h2>
              <label htmlFor="status-note" className="form-label small">
                Nota (facoltativa)
              </label>
              <input type="text" id="status-note" className="form-control mb-2" value={note} onChange={(e) => setNote(e.target.value)} />
              <div className="d-flex gap-2 flex-wrap">
                {NEXT[t.status].map((next) => (
                  <Button
                    key={next}
                    size="sm"
                    color={next === 'CANCELLED' ? 'danger' : 'primary'}
                    disabled={s.loading}
                    onClick={() => setStatus({ variables: { id: t.id, status: next, note: note || null } }).then(() => setNote('')).catch(() => undefined)}
                  >
                    {next === 'CANCELLED' ? 'Annulla il gemellaggio' : `Porta a: ${TWINNING_STATUSES[next]}`}
                  </Button>
                ))}
              </div>
              <ErrorMessage error={s.error} />
            </div>
          )}
        </div>
      </div>
    </>
  );
}
