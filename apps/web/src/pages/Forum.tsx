import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ThreadOrder } from '../gql/graphql';
import { ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { ThreadList } from '../components/ThreadList';
import { useAuth } from '../lib/auth';
import { CATEGORIES, categoryOptions } from '../lib/categories';
import { THREAD_ORDERS } from '../lib/labels';

const THREADS = graphql(`
  query Threads($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {
    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes { ...ThreadListItem }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export default function Forum() {
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('categoria') || null;
  const tag = params.get('etichetta') || null;
  const orderBy = (params.get('ordine') as ThreadOrder) || 'LAST_ACTIVITY';
  const categories = useQuery(CATEGORIES);
  const { data, loading, error, fetchMore } = useQuery(THREADS, { variables: { filter: { categoryId, tag }, orderBy, first: 20 } });
  const update = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const more = () => fetchMore({ variables: { after: data?.threads.pageInfo.endCursor } });

  return (
    <>
      <div className="d-flex justify-content-between align-items-center flex-wrap gap-2">
        <PageTitle title="Forum">Forum</PageTitle>
        {viewer && (
          <Link to="/discussioni/nuova" className="btn btn-primary">
            Nuova discussione
          </Link>
        )}
      </div>
      <form className="row g-2 mb-3" onSubmit={(e) => e.preventDefault()} aria-label="Filtri delle discussioni">
        <div className="col-12 col-md-4">
          <SelectField label="Categoria" value={categoryId ?? ''} anyLabel="Tutte le categorie" options={categoryOptions(categories.data?.categories)} onChange={(value) => update('categoria', value)} />
        </div>
        <div className="col-12 col-md-4">
          <Field label="Etichetta">
            {(p) => <input type="text" {...p} className="form-control" value={tag ?? ''} onChange={(e) => update('etichetta', e.target.value.toLowerCase())} />}
          </Field>
        </div>
        <div className="col-12 col-md-4">
          <SelectField label="Ordina per" options={THREAD_ORDERS} value={orderBy} onChange={(order) => update('ordine', order)} />
        </div>
      </form>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <ThreadList threads={data.threads.nodes} />
          <LoadMore hasNextPage={data.threads.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.threads.nodes.length} total={data.threads.totalCount} />
        </>
      )}
    </>
  );
}
