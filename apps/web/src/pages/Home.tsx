import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorMessage, Loading, PageTitle, Empty } from '../components/ui';
import { ThreadList } from '../components/ThreadList';
import { useAuth } from '../lib/auth';
import { CATEGORIES } from '../lib/categories';
import { formatDate, formatNumber, plural } from '../lib/format';

const LATEST = graphql(`
  query LatestThreads {
    threads(orderBy: LAST_ACTIVITY, first: 8) {
      nodes { ...ThreadListItem }
    }
  }
`);

const DIGEST = graphql(`
  query Digest {
    digest {
      since
      newThreads { id title }
      activeThreads { id title postCount }
      updatedPractices { id slug title }
      newPractices { id slug title }
      usefulPosts { id usefulCount thread { id title } author { id displayName } }
    }
  }
`);

function DigestBox() {
  const { data, loading, error } = useQuery(DIGEST);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  const d = data.digest;
  const empty = [d.newThreads, d.activeThreads, d.updatedPractices, d.newPractices, d.usefulPosts].every((l) => l.length === 0);
  return (
    <section aria-labelledby="digest-title" className="mb-4">
      <div className="border rounded p-3 bg-light">
        <h2 id="digest-title" className="h4">
          Novità per te
        </h2>
        <p className="small text-secondary">Dal {formatDate(d.since)}</p>
        {empty && <Empty>Nessuna novità da quello che segui. Segui categorie, discussioni e buone pratiche per ricevere aggiornamenti.</Empty>}
        {d.newThreads.length > 0 && (
          <>
            <h3 className="h6">Nuove discussioni</h3>
            <ul>{d.newThreads.map((t) => <li key={t.id}><Link to={`/discussioni/${t.id}`}>{t.title}</Link></li>)}</ul>
          </>
        )}
        {d.activeThreads.length > 0 && (
          <>
            <h3 className="h6">Discussioni seguite con nuovi messaggi</h3>
            <ul>{d.activeThreads.map((t) => <li key={t.id}><Link to={`/discussioni/${t.id}`}>{t.title}</Link></li>)}</ul>
          </>
        )}
        {d.updatedPractices.length > 0 && (
          <>
            <h3 className="h6">Buone pratiche aggiornate</h3>
            <ul>{d.updatedPractices.map((p) => <li key={p.id}><Link to={`/pratiche/${p.slug}`}>{p.title}</Link></li>)}</ul>
          </>
        )}
        {d.newPractices.length > 0 && (
          <>
            <h3 className="h6">Nuove buone pratiche nelle tue competenze</h3>
            <ul>{d.newPractices.map((p) => <li key={p.id}><Link to={`/pratiche/${p.slug}`}>{p.title}</Link></li>)}</ul>
          </>
        )}
        {d.usefulPosts.length > 0 && (
          <>
            <h3 className="h6">Messaggi più utili</h3>
            <ul>
              {d.usefulPosts.map((p) => (
                <li key={p.id}>
                  <Link to={`/discussioni/${p.thread.id}#messaggio-${p.id}`}>{p.thread.title}</Link> — {p.author.displayName} ({plural(p.usefulCount, 'utile', 'utili')})
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

export default function Home() {
  const { viewer } = useAuth();
  const categories = useQuery(CATEGORIES);
  const latest = useQuery(LATEST);
  return (
    <>
      <PageTitle title="Home">{viewer ? `Benvenuto, ${viewer.displayName}` : 'Comunità di pratica delle pubbliche amministrazioni'}</PageTitle>
      {!viewer && (
        <p className="lead">
          Discussioni tra dirigenti e funzionari, il catalogo delle buone pratiche e i gemellaggi tra amministrazioni.{' '}
          <Link to="/accesso">Accedi</Link> per partecipare.
        </p>
      )}
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          <section aria-labelledby="latest-title" className="mb-4">
            <div className="d-flex justify-content-between align-items-center flex-wrap gap-2">
              <h2 id="latest-title" className="h4 mb-0">
                Discussioni attive
              </h2>
              {viewer && (
                <Link to="/discussioni/nuova" className="btn btn-primary btn-sm">
                  Nuova discussione
                </Link>
              )}
            </div>
            {latest.loading && !latest.data && <Loading />}
            <ErrorMessage error={latest.error} />
            {latest.data && <ThreadList threads={latest.data.threads.nodes} />}
            <Link to="/discussioni">Tutte le discussioni</Link>
          </section>
        </div>
        <div className="col-12 col-lg-4">
          {viewer && <DigestBox />}
          <section aria-labelledby="cat-title">
            <h2 id="cat-title" className="h4">
              Categorie
            </h2>
            {categories.loading && !categories.data && <Loading />}
            <ErrorMessage error={categories.error} />
            <ul className="list-group">
              {categories.data?.categories.map((c) => (
                <li key={c.id} className="list-group-item d-flex justify-content-between align-items-center gap-2">
                  <Link to={`/categorie/${c.slug}`}>{c.name}</Link>
                  <span className="badge bg-primary rounded-pill" aria-label={plural(c.threadCount, 'discussione', 'discussioni')}>
                    {formatNumber(c.threadCount)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
