import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { SearchKind, SearchOrder } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle } from '../components/ui';
import { plural } from '../lib/format';

const SEARCH = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $orderBy: SearchOrder, $first: Int, $after: String) {
    search(query: $query, kinds: $kinds, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        score
        snippet
        hit {
          __typename
          ... on Thread { id title }
          ... on Post { id thread { id title } author { id displayName } }
          ... on Practice { id slug title }
          ... on Member { id displayName handle }
          ... on Document { id title fileName url }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
      totalCountEstimated
      suggestion
    }
  }
`);

/** How many results the same query finds in every kind, offered when the chosen kinds find nothing. */
const SEARCH_ALL_KINDS = graphql(`
  query SearchAllKinds($query: String!) {
    search(query: $query, first: 1) { totalCount }
  }
`);

const KINDS: [SearchKind, string][] = [
  ['THREAD', 'Discussioni'],
  ['POST', 'Messaggi'],
  ['PRACTICE', 'Buone pratiche'],
  ['MEMBER', 'Membri'],
  ['DOCUMENT', 'Documenti'],
];

const ORDERS: [SearchOrder, string][] = [
  ['RELEVANCE', 'Rilevanza'],
  ['NEWEST', 'Più recenti'],
];

/** The snippet is HTML-escaped text with <mark> around matches: anything else is shown as plain text. */
function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  if (parts.some((p) => p !== '<mark>' && p !== '</mark>' && p.includes('<'))) return <p className="mb-0">{html}</p>;
  return <p className="mb-0 hub-snippet" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function Search() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kinds = (params.get('tipi')?.split(',').filter(Boolean) as SearchKind[]) ?? [];
  const orderBy: SearchOrder = params.get('ordine') === 'recenti' ? 'NEWEST' : 'RELEVANCE';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, loading, error, fetchMore } = useQuery(SEARCH, {
    variables: { query: q, kinds: kinds.length ? kinds : null, orderBy, first: 20 },
    skip: !q,
  });
  const noneInKinds = !!data && data.search.totalCount === 0 && kinds.length > 0;
  const allKinds = useQuery(SEARCH_ALL_KINDS, { variables: { query: q }, skip: !noneInKinds });
  const withParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    return next;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(withParam('q', text.trim()));
  };
  const toggle = (k: SearchKind, on: boolean) => {
    const set = new Set(kinds);
    if (on) set.add(k);
    else set.delete(k);
    setParams(withParam('tipi', [...set].join(',')), { replace: true });
  };
  const more = () => fetchMore({ variables: { after: data?.search.pageInfo.endCursor } });
  const total = data ? `${data.search.totalCountEstimated ? 'più di ' : ''}${plural(data.search.totalCount, 'risultato', 'risultati')}` : '';
  // By relevance a common word is ranked among its most recent matches: say so, and how to see all.
  const bounded = data?.search.totalCountEstimated && orderBy === 'RELEVANCE';
  const suggestion = data?.search.suggestion;

  return (
    <>
      <PageTitle title="Ricerca">Ricerca</PageTitle>
      <form onSubmit={submit} role="search" className="mb-3">
        <label htmlFor="search-q" className="form-label fw-semibold">
          Cerca in discussioni, messaggi, buone pratiche, membri e documenti
        </label>
        <div className="d-flex gap-2">
          <input id="search-q" type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />
          <Button color="primary" type="submit" disabled={!text.trim()}>
            Cerca
          </Button>
        </div>
        <div className="d-flex flex-wrap align-items-end gap-4 mt-2">
          <fieldset>
            <legend className="small fw-semibold">Limita a</legend>
            <div className="d-flex flex-wrap gap-3 hub-inline-checks">
              {KINDS.map(([k, label]) => (
                <div key={k} className="form-check">
                  <input id={`kind-${k}`} type="checkbox" className="form-check-input" checked={kinds.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
                  <label htmlFor={`kind-${k}`} className="form-check-label">
                    {label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <Field label="Ordina per">
            {(p) => (
              <select
                {...p}
                className="form-select"
                value={orderBy}
                onChange={(e) => setParams(withParam('ordine', e.target.value === 'NEWEST' ? 'recenti' : null), { replace: true })}
              >
                {ORDERS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </form>
      {loading && !data && <Loading label="Ricerca in corso…" />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <p role="status">
            {data.search.totalCount === 0 ? `Nessun risultato per “${q}”.` : `${total} per “${q}”.`}
            {bounded && ' Parola molto comune: per pertinenza sono ordinati i risultati più recenti; scegli “Più recenti” per scorrerli tutti.'}
          </p>
          {suggestion && (
            <p data-testid="search-suggestion">
              Forse cercavi: <Link to={`/ricerca?${withParam('q', suggestion).toString()}`} className="fw-semibold">{suggestion}</Link>
            </p>
          )}
          {noneInKinds && allKinds.data && allKinds.data.search.totalCount > 0 && (
            <p>
              <Link to={`/ricerca?${withParam('tipi', null).toString()}`}>Cerca in tutti i tipi</Link>: {plural(allKinds.data.search.totalCount, 'risultato', 'risultati')}.
            </p>
          )}
          <ol className="list-unstyled hub-results">
            {data.search.nodes.map((r, i) => {
              const h = r.hit;
              let link = '/';
              let title = '';
              let kind = '';
              if (h.__typename === 'Thread') [link, title, kind] = [`/discussioni/${h.id}`, h.title, 'Discussione'];
              else if (h.__typename === 'Post') [link, title, kind] = [`/discussioni/${h.thread.id}#messaggio-${h.id}`, `${h.thread.title} — ${h.author.displayName}`, 'Messaggio'];
              else if (h.__typename === 'Practice') [link, title, kind] = [`/pratiche/${h.slug}`, h.title, 'Buona pratica'];
              else if (h.__typename === 'Member') [link, title, kind] = [`/membri/${h.id}`, `${h.displayName} (@${h.handle})`, 'Membro'];
              else if (h.__typename === 'Document') [link, title, kind] = [h.url, `${h.title} (${h.fileName})`, 'Documento'];
              return (
                <li key={`${h.__typename}-${i}`} className="mb-3" data-testid="search-result">
                  <span className="badge bg-light text-dark border me-2">{kind}</span>
                  {h.__typename === 'Document' ? (
                    // A document's link downloads the file (an address of the API, not a screen of the client).
                    <a href={link} className="fw-semibold" download>
                      {title}
                    </a>
                  ) : (
                    <Link to={link} className="fw-semibold">
                      {title}
                    </Link>
                  )}
                  <Snippet html={r.snippet} />
                </li>
              );
            })}
          </ol>
          <LoadMore hasNextPage={data.search.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.search.nodes.length} total={data.search.totalCount} />
        </>
      )}
      {!q && <Empty>Scrivi una o più parole e premi Cerca.</Empty>}
    </>
  );
}
