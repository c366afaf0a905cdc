import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { TwinningStatus } from '../gql/graphql';
import { Empty, ErrorMessage, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { TwinningStatusBadge } from '../components/TwinningStatusBadge';
import { formatDate } from '../lib/format';
import { TWINNING_STATUSES } from '../lib/labels';

const TWINNINGS = graphql(`
  query Twinnings($filter: TwinningFilter, $first: Int, $after: String) {
    twinnings(filter: $filter, first: $first, after: $after) {
      nodes {
        id status createdAt budgetEuro
        practice { id slug title }
        offering { id name }
        receiving { id name }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export default function Twinnings() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('stato') as TwinningStatus) || '';
  const { data, loading, error, fetchMore } = useQuery(TWINNINGS, { variables: { filter: { status: status || null }, first: 20 } });
  const more = () => fetchMore({ variables: { after: data?.twinnings.pageInfo.endCursor } });
  return (
    <>
      <PageTitle title="Gemellaggi">Gemellaggi</PageTitle>
      <p>Trasferimenti di buone pratiche da amministrazioni offerenti ad amministrazioni riceventi delle regioni Convergenza.</p>
      <div className="col-12 col-md-4">
        <SelectField label="Stato" value={status} anyLabel="Tutti" options={TWINNING_STATUSES} onChange={(value) => setParams(value ? { stato: value } : {}, { replace: true })} />
      </div>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.twinnings.nodes.length === 0 && <Empty>Nessun gemellaggio.</Empty>}
      {data && data.twinnings.nodes.length > 0 && (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">Elenco dei gemellaggi</caption>
            <thead>
              <tr>
                <th scope="col">Buona pratica</th>
                <th scope="col">Offerente</th>
                <th scope="col">Riceventi</th>
                <th scope="col">Stato</th>
                <th scope="col">Proposto il</th>
              </tr>
            </thead>
            <tbody>
              {data.twinnings.nodes.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link to={`/gemellaggi/${t.id}`}>{t.practice.title}</Link>
                  </td>
                  <td>{t.offering.name}</td>
                  <td>{t.receiving.map((r) => r.name).join(', ')}</td>
                  <td>
                    <TwinningStatusBadge status={t.status} />
                  </td>
                  <td>{formatDate(t.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <LoadMore hasNextPage={data.twinnings.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.twinnings.nodes.length} total={data.twinnings.totalCount} />}
    </>
  );
}
