import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { Empty, ErrorMessage, LoadMore, Loading, PageTitle } from '../components/ui';
import { Breadcrumb } from '../components/Breadcrumb';
import { FollowControl } from '../components/FollowControl';
import { ThreadList } from '../components/ThreadList';
import { TwinningStatusBadge } from '../components/TwinningStatusBadge';
import { DocumentList } from '../components/documents/DocumentList';
import { PracticeAdoptions } from '../components/practice/PracticeAdoptions';
import { PracticeCalls } from '../components/workspace/PracticeCalls';
import { PracticeChangelog } from '../components/practice/PracticeChangelog';
import { PracticeUpdateForm } from '../components/practice/PracticeUpdateForm';
import { ProposeTwinningForm } from '../components/practice/ProposeTwinningForm';
import { useAuth } from '../lib/auth';
import { formatDate, formatEuro, plural } from '../lib/format';
import { PRACTICE_STATUSES, REGIONS, THEMES } from '../lib/labels';

const PRACTICE = graphql(`
  query PracticePage($slug: String!, $first: Int, $after: String) {
    practice(slug: $slug) {
      id slug title summary description descriptionHtml themes year replicability results costEuro
      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing repositoryUrl licence
      offeringAdministration { id name region country }
      contacts { id displayName jobTitle }
      ...PracticeChangelog
      ...PracticeAdoptions
      documents { ...DocumentItem }
      twinnings { id status objectives createdAt receiving { id name } }
      threads(first: $first, after: $after) {
        nodes { ...ThreadListItem }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export default function Practice() {
  const { slug = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error, fetchMore, refetch } = useQuery(PRACTICE, { variables: { slug, first: 10 } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const p = data?.practice;
  if (!p) return <Empty>Buona pratica non trovata.</Empty>;
  const canUpdate = viewer && (isModerator || p.contacts.some((c) => c.id === viewer.id));
  const more = () => fetchMore({ variables: { after: p.threads.pageInfo.endCursor } });

  return (
    <>
      <Breadcrumb links={[['/pratiche', 'Catalogo']]} current="Scheda" />
      <PageTitle title={p.title}>{p.title}</PageTitle>
      <p className="lead">{p.summary}</p>
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          <dl className="row hub-dl">
            <dt className="col-sm-4">Amministrazione offerente</dt>
            <dd className="col-sm-8">
              {p.offeringAdministration.name}
              {p.offeringAdministration.region ? ` (${REGIONS[p.offeringAdministration.region]})` : ` (${p.offeringAdministration.country})`}
            </dd>
            <dt className="col-sm-4">Temi</dt>
            <dd className="col-sm-8">{p.themes.map((t) => THEMES[t]).join('; ')}</dd>
            {p.year && (
              <>
                <dt className="col-sm-4">Anno</dt>
                <dd className="col-sm-8">{p.year}</dd>
              </>
            )}
            {p.costEuro != null && (
              <>
                <dt className="col-sm-4">Costo</dt>
                <dd className="col-sm-8">{formatEuro(p.costEuro)}</dd>
              </>
            )}
            {p.technologies.length > 0 && (
              <>
                <dt className="col-sm-4">Tecnologie</dt>
                <dd className="col-sm-8">{p.technologies.join(', ')}</dd>
              </>
            )}
            {p.repositoryUrl && (
              <>
                <dt className="col-sm-4">Codice sorgente</dt>
                <dd className="col-sm-8">
                  <a href={p.repositoryUrl} rel="noopener noreferrer" target="_blank">
                    {p.repositoryUrl}
                  </a>
                  {p.licence ? ` · licenza ${p.licence}` : ''}
                  {p.status === 'PUBLISHED' && (
                    <>
                      {' · '}
                      <a href={`/pratiche/${p.slug}/publiccode.yml`} download="publiccode.yml">
                        publiccode.yml
                      </a>
                    </>
                  )}
                </dd>
              </>
            )}
            <dt className="col-sm-4">Stato</dt>
            <dd className="col-sm-8">
              {PRACTICE_STATUSES[p.status]} · aggiornata il {formatDate(p.updatedAt)}
            </dd>
            {p.contacts.length > 0 && (
              <>
                <dt className="col-sm-4">Referenti</dt>
                <dd className="col-sm-8">
                  {p.contacts.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Link to={`/membri/${c.id}`}>{c.displayName}</Link>
                      {c.jobTitle ? ` (${c.jobTitle})` : ''}
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <h2 className="h4">Descrizione</h2>
          <div className="hub-post-body mb-3" dangerouslySetInnerHTML={{ __html: p.descriptionHtml }} />
          {p.results && (
            <>
              <h2 className="h5">Risultati</h2>
              <p>{p.results}</p>
            </>
          )}
          {p.replicability && (
            <>
              <h2 className="h5">Condizioni per il riuso</h2>
              <p>{p.replicability}</p>
            </>
          )}
          <DocumentList documents={p.documents} owner={{ __typename: 'Practice', id: p.id }} canManage={Boolean(canUpdate)} />
          <section aria-labelledby="threads-title" className="mt-4">
            <div className="d-flex justify-content-between flex-wrap gap-2 align-items-center">
              <h2 id="threads-title" className="h4 mb-0">
                Discussioni collegate
              </h2>
              {viewer && (
                <Link to={`/discussioni/nuova?pratica=${p.id}`} className="btn btn-outline-primary btn-sm">
                  Apri una discussione su questa pratica
                </Link>
              )}
            </div>
            <ThreadList threads={p.threads.nodes} />
            <LoadMore hasNextPage={p.threads.pageInfo.hasNextPage} loading={loading} onMore={more} shown={p.threads.nodes.length} total={p.threads.totalCount} />
          </section>
          <PracticeChangelog practice={p} />
        </div>
        <aside className="col-12 col-lg-4" aria-label="Azioni e gemellaggi">
          <p className="small">{plural(p.followerCount, 'persona segue', 'persone seguono')} questa pratica</p>
          {viewer && <FollowControl targetType="PRACTICE" targetId={p.id} onChange={() => void refetch()} />}
          {viewer && <ProposeTwinningForm practiceId={p.id} />}
          {canUpdate && <PracticeUpdateForm practice={p} />}
          <PracticeAdoptions practice={p} onChanged={() => void refetch()} />
          <PracticeCalls practiceId={p.id} />
          <section aria-labelledby="twinnings-title">
            <h2 id="twinnings-title" className="h5">
              Gemellaggi
            </h2>
            {p.twinnings.length === 0 && <Empty>Nessun gemellaggio avviato.</Empty>}
            <ul className="list-unstyled">
              {p.twinnings.map((t) => (
                <li key={t.id} className="mb-2">
                  <Link to={`/gemellaggi/${t.id}`}>{t.receiving.map((r) => r.name).join(', ')}</Link>{' '}
                  <TwinningStatusBadge status={t.status} />
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}
