import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { TwinningStatus } from '../gql/graphql';
import { Empty, ErrorMessage, Loading, Notice, PageTitle } from '../components/ui';
import { Breadcrumb } from '../components/Breadcrumb';
import { DocumentList } from '../components/documents/DocumentList';
import { FollowControl } from '../components/FollowControl';
import { TwinningStatusBadge } from '../components/TwinningStatusBadge';
import { EventItem, NewEventForm } from '../components/workspace/EventItem';
import { Budget, Participants, Timeline } from '../components/workspace/TwinningPlan';
import { useAuth } from '../lib/auth';
import { formatDate, formatEuro } from '../lib/format';
import { TWINNING_STATUSES } from '../lib/labels';

const TWINNING = graphql(`
  query TwinningPage($id: ID!) {
    twinning(id: $id) {
      id status objectives budgetEuro startDate endDate createdAt followerCount
      practice { id slug title contacts { id } }
      offering { id name region }
      receiving { id name region }
      call { id title }
      thread { id title postCount }
      ...TwinningHistory
      ...TwinningPlan
      events { ...EventItem }
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

/** The twinning as a workspace: participants and roles, timeline, budget, discussion, documents and meetings. */
export default function Twinning() {
  const { id = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error, refetch } = useQuery(TWINNING, { variables: { id } });
  const [note, setNote] = useState('');
  const [showEventForm, setShowEventForm] = useState(false);
  const [setStatus, s] = useMutation(SET_STATUS);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const t = data?.twinning;
  if (!t) return <Empty>Gemellaggio non trovato.</Empty>;
  // What the server allows, mirrored to show the right controls: members of the participant administrations and
  // moderators plan (milestones, budget, meetings, documents); contacts of the practice and moderators set participants.
  const administrationId = viewer?.administration?.id ?? null;
  const canPlan = Boolean(viewer) && (isModerator || (!!administrationId && t.participants.some((p) => p.administration.id === administrationId)));
  const canManage = Boolean(viewer) && (isModerator || t.practice.contacts.some((c) => c.id === viewer?.id));
  return (
    <>
      <Breadcrumb links={[['/gemellaggi', 'Gemellaggi']]} current="Dettaglio" />
      <PageTitle title={`Gemellaggio: ${t.practice.title}`}>Gemellaggio: {t.practice.title}</PageTitle>
      <p>
        <TwinningStatusBadge status={t.status} className="fs-6" /> <span className="small ms-2">{t.followerCount} lo seguono</span>
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
            {t.call && (
              <>
                <dt className="col-sm-4">Avviso</dt>
                <dd className="col-sm-8">
                  <Link to={`/avvisi/${t.call.id}`}>{t.call.title}</Link>
                </dd>
              </>
            )}
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
          <Participants twinning={t} canManage={canManage} viewerAdministrationId={administrationId} />
          <Budget twinning={t} canPlan={canPlan} />
          <section aria-labelledby="discussion-title" className="mb-4">
            <h2 id="discussion-title" className="h5">
              Discussione di lavoro
            </h2>
            {t.thread ? (
              <p>
                <Link to={`/discussioni/${t.thread.id}`}>{t.thread.title}</Link> <span className="small text-secondary">({t.thread.postCount} messaggi)</span>
              </p>
            ) : (
              <p className="small">Nessuna discussione.</p>
            )}
          </section>
          {viewer ? (
            <DocumentList documents={t.documents} owner={{ __typename: 'Twinning', id: t.id }} canManage={canPlan} />
          ) : (
            <p className="mt-4 small text-secondary">I documenti e gli incontri del gemellaggio sono visibili ai membri che hanno effettuato l’accesso.</p>
          )}
          {viewer && (
            <section aria-labelledby="meetings-title" className="mt-4">
              <h2 id="meetings-title" className="h5">
                Incontri
              </h2>
              {t.events.length === 0 && <p className="small">Nessun incontro in programma.</p>}
              {t.events.map((e) => (
                <EventItem key={e.id} event={e} />
              ))}
              {canPlan && (
                <>
                  <Button size="sm" color="primary" outline className="mb-2" onClick={() => setShowEventForm(!showEventForm)} aria-expanded={showEventForm}>
                    Nuovo incontro del gemellaggio
                  </Button>
                  {showEventForm && <NewEventForm twinningId={t.id} onCreated={() => refetch()} />}
                </>
              )}
            </section>
          )}
        </div>
        <div className="col-12 col-lg-5">
          {viewer && <FollowControl targetType="TWINNING" targetId={t.id} onChange={() => refetch()} />}
          <Timeline twinning={t} canPlan={canPlan} />
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
