import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { NeedStatus, Region, Theme } from '../gql/graphql';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { useAuth } from '../lib/auth';
import { formatDate } from '../lib/format';
import { NEED_STATUSES, REGIONS, THEMES } from '../lib/labels';

const NEEDS = graphql(`
  query Needs($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      nodes {
        id title themes status createdAt
        administration { id name region }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const ADMINISTRATION_NAME = graphql(`
  query AdministrationName($id: ID!) {
    administration(id: $id) { id name }
  }
`);

/** Fabbisogni: what administrations need, filtered by region, theme, administration and status. */
export default function Needs() {
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const region = (params.get('regione') as Region) || '';
  const theme = (params.get('tema') as Theme) || '';
  const status = (params.get('stato') as NeedStatus) || '';
  const administrationId = params.get('amministrazione') || '';
  const [picked, setPicked] = useState<PickedAdministration | null>(null);
  const named = useQuery(ADMINISTRATION_NAME, { variables: { id: administrationId }, skip: !administrationId || picked?.id === administrationId });
  const chosen = picked?.id === administrationId ? picked : named.data?.administration ? { id: named.data.administration.id, name: named.data.administration.name } : null;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter = { region: region || null, themes: theme ? [theme] : null, status: status || null, administrationId: administrationId || null };
  const { data, loading, error, fetchMore } = useQuery(NEEDS, { variables: { filter, first: 20 } });
  const more = () => fetchMore({ variables: { after: data?.needs.pageInfo.endCursor } });

  return (
    <>
      <PageTitle title="Fabbisogni">Fabbisogni</PageTitle>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <p className="mb-0">Che cosa cercano le amministrazioni: per ogni fabbisogno le buone pratiche del catalogo che gli rispondono meglio.</p>
        {viewer?.administration && (
          <Link to="/fabbisogni/nuovo" className="btn btn-primary btn-sm">
            Pubblica un fabbisogno
          </Link>
        )}
      </div>
      <form className="row" aria-label="Filtri dei fabbisogni" onSubmit={(e) => e.preventDefault()}>
        <div className="col-12 col-md-3">
          <SelectField label="Regione" value={region} anyLabel="Tutte" options={REGIONS} onChange={(v) => set('regione', v)} />
        </div>
        <div className="col-12 col-md-3">
          <SelectField label="Tema" value={theme} anyLabel="Tutti" options={THEMES} onChange={(v) => set('tema', v)} />
        </div>
        <div className="col-12 col-md-3">
          <Field label="Amministrazione">
            {(p) => (
              <AdministrationPicker
                id={p.id}
                label="amministrazione"
                value={chosen}
                onChange={(a) => {
                  setPicked(a);
                  set('amministrazione', a?.id ?? '');
                }}
              />
            )}
          </Field>
        </div>
        <div className="col-12 col-md-3">
          <SelectField label="Stato" value={status} anyLabel="Tutti" options={NEED_STATUSES} onChange={(v) => set('stato', v)} />
        </div>
      </form>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.needs.nodes.length === 0 && <Empty>Nessun fabbisogno con questi filtri.</Empty>}
      {data && data.needs.nodes.length > 0 && (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">Elenco dei fabbisogni</caption>
            <thead>
              <tr>
                <th scope="col">Fabbisogno</th>
                <th scope="col">Amministrazione</th>
                <th scope="col">Temi</th>
                <th scope="col">Stato</th>
                <th scope="col">Pubblicato il</th>
              </tr>
            </thead>
            <tbody>
              {data.needs.nodes.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link to={`/fabbisogni/${n.id}`}>{n.title}</Link>
                  </td>
                  <td>
                    {n.administration.name}
                    {n.administration.region ? ` (${REGIONS[n.administration.region]})` : ''}
                  </td>
                  <td>{n.themes.map((t) => THEMES[t]).join('; ')}</td>
                  <td>
                    <span className={`badge ${n.status === 'OPEN' ? 'bg-success' : 'bg-secondary'}`}>{NEED_STATUSES[n.status]}</span>
                  </td>
                  <td>{formatDate(n.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <LoadMore hasNextPage={data.needs.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.needs.nodes.length} total={data.needs.totalCount} />}
    </>
  );
}
