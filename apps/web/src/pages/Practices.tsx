import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { PracticeFilter, PracticeOrder, Region, Theme } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { plural } from '../lib/format';
import { REGIONS, THEMES } from '../lib/labels';

const PRACTICES = graphql(`
  query Practices($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {
    practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        id slug title summary themes year followerCount
        offeringAdministration { id name region convergence }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
      suggestion
    }
  }
`);

/** How many practices each filter, dropped alone, lets through: offered when the filters find nothing. */
const RELAXATIONS = graphql(`
  query PracticeRelaxations(
    $withoutQuery: PracticeFilter
    $withoutTheme: PracticeFilter
    $withoutRegion: PracticeFilter
    $withoutConvergence: PracticeFilter
    $query: Boolean!
    $theme: Boolean!
    $region: Boolean!
    $convergence: Boolean!
  ) {
    withoutQuery: practices(filter: $withoutQuery, first: 1) @include(if: $query) { totalCount }
    withoutTheme: practices(filter: $withoutTheme, first: 1) @include(if: $theme) { totalCount }
    withoutRegion: practices(filter: $withoutRegion, first: 1) @include(if: $region) { totalCount }
    withoutConvergence: practices(filter: $withoutConvergence, first: 1) @include(if: $convergence) { totalCount }
  }
`);

/** The URL parameter of each filter of the catalogue. */
type FilterParam = 'q' | 'tema' | 'regione' | 'convergenza';

const ORDERS: Record<string, [PracticeOrder, string]> = {
  '': ['RELEVANCE', 'Rilevanza'],
  recenti: ['NEWEST', 'Più recenti'],
  aggiornate: ['UPDATED', 'Aggiornate di recente'],
  titolo: ['TITLE', 'Titolo'],
};

/** With no result, one button per active filter: the same search without it, and how many it finds. */
function Relaxations({ filter, onDrop }: { filter: PracticeFilter; onDrop: (param: FilterParam) => void }) {
  const without = (key: keyof PracticeFilter) => ({ ...filter, [key]: null });
  const active = { query: !!filter.query, theme: !!filter.themes?.length, region: !!filter.region, convergence: !!filter.convergenceOnly };
  const { data } = useQuery(RELAXATIONS, {
    variables: {
      withoutQuery: without('query'),
      withoutTheme: without('themes'),
      withoutRegion: without('region'),
      withoutConvergence: without('convergenceOnly'),
      ...active,
    },
    skip: !Object.values(active).some(Boolean),
  });
  if (!data) return null;
  const options: [FilterParam, string, number | undefined][] = [
    ['q', `senza il testo “${filter.query ?? ''}”`, data.withoutQuery?.totalCount],
    ['tema', `in tutti i temi, non solo “${filter.themes?.length ? THEMES[filter.themes[0]] : ''}”`, data.withoutTheme?.totalCount],
    ['regione', `in tutte le regioni, non solo ${filter.region ? REGIONS[filter.region] : ''}`, data.withoutRegion?.totalCount],
    ['convergenza', 'anche fuori dalle regioni Convergenza', data.withoutConvergence?.totalCount],
  ];
  const offered = options.filter(([, , count]) => count !== undefined);
  if (!offered.length) return null;
  return (
    <div data-testid="practice-relaxations">
      <p className="mb-2">Prova ad allargare la ricerca:</p>
      <ul className="list-unstyled d-flex flex-wrap gap-2">
        {offered.map(([param, label, count]) => (
          <li key={param}>
            <Button color="primary" outline size="sm" type="button" disabled={!count} onClick={() => onDrop(param)}>
              Cerca {label}: {plural(count ?? 0, 'buona pratica', 'buone pratiche')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function withQuery(params: URLSearchParams, query: string): string {
  const next = new URLSearchParams(params);
  next.set('q', query);
  return next.toString();
}

export default function Practices() {
  const [params, setParams] = useSearchParams();
  const theme = (params.get('tema') as Theme) || '';
  const region = (params.get('regione') as Region) || '';
  const convergenceOnly = params.get('convergenza') === '1';
  const query = params.get('q') ?? '';
  const orderKey = params.get('ordine') ?? '';
  const [orderBy] = ORDERS[orderKey] ?? ORDERS[''];
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const filter: PracticeFilter = { query: query || null, themes: theme ? [theme] : null, region: region || null, convergenceOnly: convergenceOnly || null };
  const { data, loading, error, fetchMore } = useQuery(PRACTICES, { variables: { filter, orderBy, first: 20 } });
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
  const more = () => fetchMore({ variables: { after: data?.practices.pageInfo.endCursor } });

  return (
    <>
      <PageTitle title="Catalogo delle buone pratiche">Catalogo delle buone pratiche</PageTitle>
      <p>Esperienze delle pubbliche amministrazioni da cui trarre idee e da cui partire per un gemellaggio.</p>
      <p className="d-flex flex-wrap gap-3 small" data-testid="open-data-links">
        {/* The same parameters as this page: the file lists what the filters select, in the same order. */}
        <a href={`/opendata/pratiche.csv${params.toString() ? `?${params.toString()}` : ''}`} download="pratiche.csv">
          Scarica l’elenco (CSV)
        </a>
        <a href="/opendata/catalogo.jsonld" title="Catalogo DCAT-AP_IT: tutte le buone pratiche pubblicate in CSV e JSON, licenza CC BY 4.0">
          Dati aperti
        </a>
      </p>
      <form onSubmit={submit} className="row g-2 align-items-end mb-3" aria-label="Filtri del catalogo">
        <div className="col-12 col-md-6 col-lg-3">
          <Field label="Testo">
            {(p) => <input {...p} type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <SelectField label="Tema" value={theme} anyLabel="Tutti i temi" options={THEMES} onChange={(value) => update('tema', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <SelectField label="Regione" value={region} anyLabel="Tutte" options={REGIONS} onChange={(value) => update('regione', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <Field label="Ordina per">
            {(p) => (
              <select {...p} className="form-select" value={ORDERS[orderKey] ? orderKey : ''} onChange={(e) => update('ordine', e.target.value)}>
                {Object.entries(ORDERS).map(([key, [, label]]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <div className="form-check mb-3">
            <input id="convergence-only" className="form-check-input" type="checkbox" checked={convergenceOnly} onChange={(e) => update('convergenza', e.target.checked ? '1' : '')} />
            <label htmlFor="convergence-only" className="form-check-label">
              Solo regioni Convergenza
            </label>
          </div>
        </div>
        <div className="col-12 col-lg-1">
          <Button color="primary" type="submit" className="mb-3">
            Cerca
          </Button>
        </div>
      </form>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data?.practices.suggestion && (
        <p data-testid="practice-suggestion">
          Forse cercavi:{' '}
          <Link to={`/pratiche?${withQuery(params, data.practices.suggestion)}`} className="fw-semibold">
            {data.practices.suggestion}
          </Link>
        </p>
      )}
      {data && data.practices.nodes.length === 0 && (
        <>
          <Empty>Nessuna buona pratica corrisponde ai filtri.</Empty>
          <Relaxations filter={filter} onDrop={(param) => update(param, '')} />
        </>
      )}
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
