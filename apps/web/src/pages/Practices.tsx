import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Region, Theme } from '../gql/graphql';
import { appendConnection, Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { REGIONS, THEMES } from '../lib/labels';

const PRACTICES = graphql(`
  query Practices($filter: PracticeFilter, $first: Int, $after: String) {
    practices(filter: $filter, first: $first, after: $after) {
      nodes {
        id slug title summary themes year followerCount
        offeringAdministration { id name region convergence }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export default function Practices() {
  const [params, setParams] = useSearchParams();
  const theme = (params.get('tema') as Theme) || '';
  const region = (params.get('regione') as Region) || '';
  const convergenceOnly = params.get('convergenza') === '1';
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const filter = { query: query || null, themes: theme ? [theme] : null, region: region || null, convergenceOnly: convergenceOnly || null };
  const { data, loading, error, fetchMore } = useQuery(PRACTICES, { variables: { filter, first: 20 } });
  const update = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update('q', text.trim());
  };
  const more = () =>
    fetchMore({
      variables: { after: data?.practices.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ practices: appendConnection(prev.practices!, fetchMoreResult.practices) }),
    });

  return (
    <>
      <PageTitle title="Catalogo delle buone pratiche">Catalogo delle buone pratiche</PageTitle>
      <p>Esperienze delle pubbliche amministrazioni da cui trarre idee e da cui partire per un gemellaggio.</p>
      <form onSubmit={submit} className="row g-2 align-items-end mb-3" aria-label="Filtri del catalogo">
        <div className="col-12 col-md-6 col-lg-3">
          <Field label="Testo">
            {(p) => <input {...p} type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField label="Tema" value={theme} anyLabel="Tutti i temi" options={THEMES} onChange={(value) => update('tema', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <SelectField label="Regione" value={region} anyLabel="Tutte" options={REGIONS} onChange={(value) => update('regione', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <div className="form-check mb-3">
            <input id="convergence-only" className="form-check-input" type="checkbox" checked={convergenceOnly} onChange={(e) => update('convergenza', e.target.checked ? '1' : '')} />
            <label htmlFor="convergence-only" className="form-check-label">
              Solo regioni Convergenza
            </label>
          </div>
        </div>
        <div className="col-12 col-lg-2">
          <Button color="primary" type="submit" className="mb-3">
            Cerca
          </Button>
        </div>
      </form>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.practices.nodes.length === 0 && <Empty>Nessuna buona pratica corrisponde ai filtri.</Empty>}
      <div className="row g-3">
        {data?.practices.nodes.map((p) => (
          <div key={p.id} className="col-12 col-md-6 col-lg-4">
            <article className="card card-bg h-100 hub-card" data-testid="practice-card">
              <div className="card-body">
                <p className="small text-secondary mb-1">{p.themes.map((t) => THEMES[t]).join(' · ')}</p>
                <h2 className="h5 card-title">
                  <Link to={`/pratiche/${p.slug}`}>{p.title}</Link>
                </h2>
                <p className="card-text">{p.summary}</p>
                <p className="small mb-0">
                  {p.offeringAdministration.name}
                  {p.offeringAdministration.region ? ` · ${REGIONS[p.offeringAdministration.region]}` : ''}
                  {p.year ? ` · ${p.year}` : ''}
                </p>
              </div>
            </article>
          </div>
        ))}
      </div>
      {data && <LoadMore hasNextPage={data.practices.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.practices.nodes.length} total={data.practices.totalCount} />}
    </>
  );
}
