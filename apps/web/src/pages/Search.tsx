import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { SearchKind } from '../gql/graphql';
import { appendConnection, Empty, ErrorMessage, LoadMore, Loading, PageTitle } from '../components/ui';
import { formatNumber } from '../lib/format';

const SEARCH = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      nodes {
        score
        snippet
        hit {
          __typename
          ... on Thread { id title }
          ... on Post { id thread { id title } author { id displayName } }
          ... on Practice { id slug title }
          ... on Member { id displayName handle }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const KINDS: [SearchKind, string][] = [
  ['THREAD', 'Discussioni'],
  ['POST', 'Messaggi'],
  ['PRACTICE', 'Buone pratiche'],
  ['MEMBER', 'Membri'],
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
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, loading, error, fetchMore } = useQuery(SEARCH, {
    variables: { query: q, kinds: kinds.length ? kinds : null, first: 20 },
    skip: !q,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    next.set('q', text.trim());
    setParams(next);
  };
  const toggle = (k: SearchKind, on: boolean) => {
    const set = new Set(kinds);
    if (on) set.add(k);
    else set.delete(k);
    const next = new URLSearchParams(params);
    if (set.size) next.set('tipi', [...set].join(','));
    else next.delete('tipi');
    setParams(next, { replace: true });
  };
  const more = () =>
    fetchMore({
      variables: { after: data?.search.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ search: appendConnection(prev.search!, fetchMoreResult.search) }),
    });

  return (
    <>
      <PageTitle title="Ricerca">Ricerca</PageTitle>
      <form onSubmit={submit} role="search" className="mb-3">
        <label htmlFor="search-q" className="form-label fw-semibold">
          Cerca in discussioni, messaggi, buone pratiche e membri
        </label>
        <div className="d-flex gap-2">
          <input id="search-q" type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />
          <Button color="primary" type="submit" disabled={!text.trim()}>
            Cerca
          </Button>
        </div>
        <fieldset className="mt-2">
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
      </form>
      {loading && !data && <Loading label="Ricerca in corso…" />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <p role="status">{data.search.totalCount === 0 ? `Nessun risultato per “${q}”.` : `${formatNumber(data.search.totalCount)} risultati per “${q}”.`}</p>
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
              return (
                <li key={`${h.__typename}-${i}`} className="mb-3" data-testid="search-result">
                  <span className="badge bg-light text-dark border me-2">{kind}</span>
                  <Link to={link} className="fw-semibold">
                    {title}
                  </Link>
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
