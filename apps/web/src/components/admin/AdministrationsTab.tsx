import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { AdministrationKind, Region } from '../../gql/graphql';
import { ErrorMessage, Field, LoadMore, Loading, Notice, SelectField } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';
import { ADMINISTRATION_KINDS, REGIONS } from '../../lib/labels';

const ADMINISTRATIONS = graphql(`
  query AdminAdministrations($query: String, $first: Int, $after: String) {
    administrations(query: $query, first: $first, after: $after) {
      nodes { id name ipaCode kind region country convergence }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const CREATE_ADMINISTRATION = graphql(`
  mutation CreateAdministration($input: CreateAdministrationInput!) {
    createAdministration(input: $input) { id name }
  }
`);

/** The administrations: create one, search the list. */
export function AdministrationsTab() {
  const [query, setQuery] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(ADMINISTRATIONS, { variables: { query: query || null, first: 20 } });
  const [form, setForm] = useState({ name: '', kind: 'MUNICIPALITY' as AdministrationKind, ipaCode: '', region: '' as Region | '', country: 'IT' });
  const [create, c] = useMutation(CREATE_ADMINISTRATION);
  const ui = toUiError(c.error);
  return (
    <>
      <form
        className="border rounded p-3 mb-3"
        aria-labelledby="new-admin"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await create({ variables: { input: { name: form.name.trim(), kind: form.kind, ipaCode: form.ipaCode.trim() || null, region: form.region || null, country: form.country } } });
            setForm((f) => ({ ...f, name: '', ipaCode: '' }));
            await refetch();
          } catch {
            /* shown below */
          }
        }}
      >
        <h2 id="new-admin" className="h5">
          Nuova amministrazione
        </h2>
        <ErrorMessage ui={ui} />
        {c.data && <Notice>Amministrazione “{c.data.createAdministration.name}” creata.</Notice>}
        <div className="row g-2">
          <div className="col-12 col-md-6">
            <Field label="Denominazione" error={fieldError(ui, 'name')}>
              {(p) => <input type="text" {...p} className="form-control" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}
            </Field>
          </div>
          <div className="col-12 col-md-6">
            <SelectField label="Tipologia" options={ADMINISTRATION_KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
          </div>
          <div className="col-12 col-md-4">
            <Field label="Codice IPA (facoltativo)" error={fieldError(ui, 'ipaCode')}>
              {(p) => <input type="text" {...p} className="form-control" value={form.ipaCode} onChange={(e) => setForm({ ...form, ipaCode: e.target.value })} />}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <SelectField label="Regione" anyLabel="Nessuna (estera)" options={REGIONS} value={form.region} onChange={(region) => setForm({ ...form, region })} />
          </div>
          <div className="col-12 col-md-4">
            <Field label="Paese (codice ISO)" error={fieldError(ui, 'country')}>
              {(p) => <input type="text" {...p} className="form-control" maxLength={2} value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value.toUpperCase() })} />}
            </Field>
          </div>
        </div>
        <Button color="primary" type="submit" disabled={c.loading || !form.name.trim()}>
          Crea amministrazione
        </Button>
      </form>
      <Field label="Cerca un’amministrazione">
        {(p) => <input {...p} type="search" className="form-control" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">Amministrazioni</caption>
            <thead>
              <tr>
                <th scope="col">Denominazione</th>
                <th scope="col">Codice IPA</th>
                <th scope="col">Tipologia</th>
                <th scope="col">Regione</th>
              </tr>
            </thead>
            <tbody>
              {data.administrations.nodes.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>{a.ipaCode ?? '—'}</td>
                  <td>{ADMINISTRATION_KINDS[a.kind]}</td>
                  <td>
                    {a.region ? REGIONS[a.region] : a.country}
                    {a.convergence ? ' (Convergenza)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <LoadMore
            hasNextPage={data.administrations.pageInfo.hasNextPage}
            loading={loading}
            shown={data.administrations.nodes.length}
            total={data.administrations.totalCount}
            onMore={() => fetchMore({ variables: { after: data.administrations.pageInfo.endCursor } })}
          />
        </div>
      )}
    </>
  );
}
