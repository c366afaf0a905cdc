import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Region, Theme } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { POSITIONS, REGIONS, ROLES, THEMES } from '../lib/labels';

const MEMBERS = graphql(`
  query Members($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      nodes {
        id handle displayName position jobTitle role status expertise
        administration { id name region }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export default function Members() {
  const [params, setParams] = useSearchParams();
  const region = (params.get('regione') as Region) || '';
  const expertise = (params.get('competenza') as Theme) || '';
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const [administration, setAdministration] = useState<PickedAdministration | null>(null);
  const filter = { query: query || null, region: region || null, expertise: expertise || null, administrationId: administration?.id ?? null };
  const { data, loading, error, fetchMore } = useQuery(MEMBERS, { variables: { filter, first: 24 } });
  const update = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const more = () => fetchMore({ variables: { after: data?.members.pageInfo.endCursor } });
  return (
    <>
      <PageTitle title="Membri">Membri della comunità</PageTitle>
      <form
        className="row g-2 align-items-end mb-3"
        aria-label="Filtri dei membri"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          update('q', text.trim());
        }}
      >
        <div className="col-12 col-md-6 col-lg-3">
          <Field label="Nome, incarico o presentazione">
            {(p) => <input {...p} type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <SelectField label="Regione" value={region} anyLabel="Tutte" options={REGIONS} onChange={(value) => update('regione', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField label="Competenza" value={expertise} anyLabel="Tutte" options={THEMES} onChange={(value) => update('competenza', value)} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <Field label="Amministrazione">
            {(p) => <AdministrationPicker id={p.id} label="amministrazione" value={administration} onChange={setAdministration} />}
          </Field>
        </div>
        <div className="col-12 col-lg-1">
          <Button color="primary" type="submit" className="mb-3">
            Cerca
          </Button>
        </div>
      </form>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.members.nodes.length === 0 && <Empty>Nessun membro corrisponde ai filtri.</Empty>}
      <div className="row g-3">
        {data?.members.nodes.map((m) => (
          <div key={m.id} className="col-12 col-md-6 col-lg-4">
            <article className="card card-bg h-100 hub-card">
              <div className="card-body">
                <h2 className="h6 card-title mb-1">
                  <Link to={`/membri/${m.id}`}>{m.displayName}</Link>
                </h2>
                <p className="small text-secondary mb-1">
                  @{m.handle} · {POSITIONS[m.position]}
                  {m.jobTitle ? `, ${m.jobTitle}` : ''}
                  {m.role !== 'MEMBER' ? ` · ${ROLES[m.role]}` : ''}
                </p>
                {m.administration && (
                  <p className="small mb-1">
                    {m.administration.name}
                    {m.administration.region ? ` (${REGIONS[m.administration.region]})` : ''}
                  </p>
                )}
                {m.expertise.length > 0 && <p className="small mb-0">Competenze: {m.expertise.map((t) => THEMES[t]).join('; ')}</p>}
              </div>
            </article>
          </div>
        ))}
      </div>
      {data && <LoadMore hasNextPage={data.members.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.members.nodes.length} total={data.members.totalCount} />}
    </>
  );
}
