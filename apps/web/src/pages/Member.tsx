import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { Empty, ErrorMessage, Loading, PageTitle } from '../components/ui';
import { FollowControl } from '../components/FollowControl';
import { useAuth } from '../lib/auth';
import { formatDate, plural } from '../lib/format';
import { MEMBER_STATUSES, POSITIONS, REGIONS, ROLES, THEMES } from '../lib/labels';

const MEMBER = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      id handle displayName position jobTitle bioHtml expertise role status joinedAt threadCount postCount email
      administration { id name region country }
    }
  }
`);

const MEMBER_THREADS = graphql(`
  query MemberThreads($authorId: ID!) {
    threads(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10) {
      nodes { id title createdAt }
      totalCount
    }
  }
`);

export default function Member() {
  const { id = '' } = useParams();
  const { viewer } = useAuth();
  const { data, loading, error } = useQuery(MEMBER, { variables: { id } });
  const threads = useQuery(MEMBER_THREADS, { variables: { authorId: id } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const m = data?.member;
  if (!m) return <Empty>Membro non trovato.</Empty>;
  return (
    <>
      <PageTitle title={m.displayName}>{m.displayName}</PageTitle>
      <p className="text-secondary">
        @{m.handle} · {POSITIONS[m.position]}
        {m.jobTitle ? `, ${m.jobTitle}` : ''} · {ROLES[m.role]}
        {m.status === 'SUSPENDED' && <span className="badge bg-danger ms-2">{MEMBER_STATUSES[m.status]}</span>}
      </p>
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          <dl className="row hub-dl">
            {m.administration && (
              <>
                <dt className="col-sm-4">Amministrazione</dt>
                <dd className="col-sm-8">
                  {m.administration.name}
                  {m.administration.region ? ` (${REGIONS[m.administration.region]})` : ''}
                </dd>
              </>
            )}
            <dt className="col-sm-4">Competenze</dt>
            <dd className="col-sm-8">{m.expertise.length ? m.expertise.map((t) => THEMES[t]).join('; ') : 'Non indicate'}</dd>
            <dt className="col-sm-4">Membro dal</dt>
            <dd className="col-sm-8">{formatDate(m.joinedAt)}</dd>
            <dt className="col-sm-4">Partecipazione</dt>
            <dd className="col-sm-8">
              {plural(m.threadCount, 'discussione aperta', 'discussioni aperte')}, {plural(m.postCount, 'messaggio', 'messaggi')}
            </dd>
            {m.email && (
              <>
                <dt className="col-sm-4">E-mail</dt>
                <dd className="col-sm-8">
                  <a href={`mailto:${m.email}`}>{m.email}</a>
                </dd>
              </>
            )}
          </dl>
          {m.bioHtml && (
            <>
              <h2 className="h5">Presentazione</h2>
              {/* Sanitised by the server, like the posts' bodyHtml. */}
              <div className="hub-post-body mb-3" data-testid="member-bio" dangerouslySetInnerHTML={{ __html: m.bioHtml }} />
            </>
          )}
          <h2 className="h5">Discussioni aperte</h2>
          {threads.data?.threads.nodes.length === 0 && <Empty>Nessuna discussione.</Empty>}
          <ul>
            {threads.data?.threads.nodes.map((t) => (
              <li key={t.id}>
                <Link to={`/discussioni/${t.id}`}>{t.title}</Link> <span className="small text-secondary">({formatDate(t.createdAt)})</span>
              </li>
            ))}
          </ul>
        </div>
        <aside className="col-12 col-lg-4" aria-label="Azioni">
          {viewer && viewer.id !== m.id && <FollowControl targetType="MEMBER" targetId={m.id} allowFirstPost />}
          {viewer?.id === m.id && (
            <Link to="/profilo" className="btn btn-outline-primary">
              Modifica il tuo profilo
            </Link>
          )}
        </aside>
      </div>
    </>
  );
}
