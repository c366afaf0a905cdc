import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { AdministrationKind, MemberStatus, Region, Role } from '../gql/graphql';
import { ErrorMessage, Field, LoadMore, Loading, Notice, PageTitle } from '../components/ui';
import { AdminInvitations } from '../components/AdminInvitations';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { Tabs } from './Moderation';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { ADMINISTRATION_KINDS, entries, MEMBER_STATUSES, REGIONS, ROLES } from '../lib/labels';

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

const ADMIN_MEMBERS = graphql(`
  query AdminMembers($query: String, $first: Int, $after: String) {
    members(filter: { query: $query }, first: $first, after: $after) {
      nodes { id handle displayName role status email administration { id name } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const SET_ROLE = graphql(`
  mutation SetMemberRole($memberId: ID!, $role: Role!) {
    setMemberRole(memberId: $memberId, role: $role) { id role }
  }
`);

const SET_STATUS = graphql(`
  mutation SetMemberStatus($memberId: ID!, $status: MemberStatus!, $reason: String) {
    setMemberStatus(memberId: $memberId, status: $status, reason: $reason) { id status }
  }
`);

function Administrations() {
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
            <Field label="Tipologia">
              {(p) => (
                <select {...p} className="form-select" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as AdministrationKind })}>
                  {entries(ADMINISTRATION_KINDS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field label="Codice IPA (facoltativo)" error={fieldError(ui, 'ipaCode')}>
              {(p) => <input type="text" {...p} className="form-control" value={form.ipaCode} onChange={(e) => setForm({ ...form, ipaCode: e.target.value })} />}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field label="Regione">
              {(p) => (
                <select {...p} className="form-select" value={form.region} onChange={(e) => setForm({ ...form, region: e.target.value as Region | '' })}>
                  <option value="">Nessuna (estera)</option>
                  {entries(REGIONS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              )}
            </Field>
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

const SET_ADMINISTRATION = graphql(`
  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {
    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }
  }
`);

/** The administration a member speaks for: members declare it once, admins change it here. */
function AdministrationCell({ member }: { member: { id: string; displayName: string; administration?: PickedAdministration | null } }) {
  const [changing, setChanging] = useState(false);
  const [save, { error }] = useMutation(SET_ADMINISTRATION);
  if (!changing)
    return (
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span>{member.administration?.name ?? 'nessuna'}</span>
        <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setChanging(true)}>
          Cambia<span className="visually-hidden"> l’amministrazione di {member.displayName}</span>
        </button>
      </div>
    );
  return (
    <div>
      <ErrorMessage error={error} />
      <AdministrationPicker
        id={`administration-${member.id}`}
        label={`amministrazione di ${member.displayName}`}
        value={null}
        onChange={(picked) =>
          picked &&
          save({ variables: { memberId: member.id, administrationId: picked.id } })
            .then(() => setChanging(false))
            .catch(() => undefined)
        }
      />
      <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setChanging(false)}>
        Annulla
      </button>
    </div>
  );
}

/** Suspending asks for a reason (kept in the moderation log); reactivating is one click. */
function StatusCell({
  member,
  onChange,
}: {
  member: { id: string; displayName: string; status: MemberStatus };
  onChange: (status: MemberStatus, reason: string | null) => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const act = (status: MemberStatus, why: string | null) =>
    onChange(status, why)
      .then(() => {
        setAsking(false);
        setReason('');
      })
      .catch(() => undefined);
  if (member.status === 'SUSPENDED')
    return (
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span className="badge bg-danger">{MEMBER_STATUSES.SUSPENDED}</span>
        <button type="button" className="btn btn-link btn-sm p-0" onClick={() => act('ACTIVE', null)}>
          Riattiva<span className="visually-hidden"> {member.displayName}</span>
        </button>
      </div>
    );
  if (!asking)
    return (
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span>{MEMBER_STATUSES.ACTIVE}</span>
        <button type="button" className="btn btn-link btn-sm p-0 text-danger" onClick={() => setAsking(true)}>
          Sospendi<span className="visually-hidden"> {member.displayName}</span>
        </button>
      </div>
    );
  return (
    <form
      className="d-flex flex-wrap align-items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void act('SUSPENDED', reason.trim() || null);
      }}
    >
      <div>
        <label htmlFor={`reason-${member.id}`} className="form-label small mb-0">
          Motivo della sospensione di {member.displayName}
        </label>
        <input type="text" id={`reason-${member.id}`} className="form-control form-control-sm" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </div>
      <button type="submit" className="btn btn-danger btn-sm">
        Conferma
      </button>
      <button type="button" className="btn btn-link btn-sm" onClick={() => setAsking(false)}>
        Annulla
      </button>
    </form>
  );
}

function MembersAdmin() {
  const { viewer } = useAuth();
  const [query, setQuery] = useState('');
  const { data, loading, error, fetchMore } = useQuery(ADMIN_MEMBERS, { variables: { query: query || null, first: 20 } });
  const [setRole, r] = useMutation(SET_ROLE);
  const [setStatus, s] = useMutation(SET_STATUS);
  return (
    <>
      <Field label="Cerca un membro">
        {(p) => <input {...p} type="search" className="form-control" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      <ErrorMessage error={error ?? r.error ?? s.error} />
      {loading && !data && <Loading />}
      {data && (
        <div className="table-responsive">
          <table className="table table-sm align-middle">
            <caption className="visually-hidden">Ruoli e sospensioni dei membri</caption>
            <thead>
              <tr>
                <th scope="col">Membro</th>
                <th scope="col">E-mail</th>
                <th scope="col">Amministrazione</th>
                <th scope="col">Ruolo</th>
                <th scope="col">Stato</th>
              </tr>
            </thead>
            <tbody>
              {data.members.nodes.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/membri/${m.id}`}>{m.displayName}</Link> <span className="small text-secondary">@{m.handle}</span>
                  </td>
                  <td>{m.email}</td>
                  <td>
                    <AdministrationCell member={m} />
                  </td>
                  <td>
                    <label htmlFor={`role-${m.id}`} className="visually-hidden">
                      Ruolo di {m.displayName}
                    </label>
                    <select id={`role-${m.id}`} className="form-select form-select-sm" value={m.role} onChange={(e) => setRole({ variables: { memberId: m.id, role: e.target.value as Role } }).catch(() => undefined)}>
                      {entries(ROLES).map(([k, v]) => (
                        <option key={k} value={k}>
                          {v}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {m.id === viewer?.id ? (
                      MEMBER_STATUSES[m.status]
                    ) : (
                    <StatusCell
                      member={m}
                      onChange={(status, reason) => setStatus({ variables: { memberId: m.id, status, reason } }).then(() => undefined)}
                    />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <LoadMore
            hasNextPage={data.members.pageInfo.hasNextPage}
            loading={loading}
            shown={data.members.nodes.length}
            total={data.members.totalCount}
            onMore={() => fetchMore({ variables: { after: data.members.pageInfo.endCursor } })}
          />
        </div>
      )}
    </>
  );
}

export default function Admin() {
  const [tab, setTab] = useState<'invitations' | 'administrations' | 'members'>('invitations');
  return (
    <>
      <PageTitle title="Gestione">Gestione della comunità</PageTitle>
      <Tabs
        label="Sezioni della gestione"
        value={tab}
        onChange={setTab}
        tabs={[
          ['invitations', 'Inviti'],
          ['administrations', 'Amministrazioni'],
          ['members', 'Ruoli e sospensioni'],
        ]}
      />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'invitations' ? <AdminInvitations /> : tab === 'administrations' ? <Administrations /> : <MembersAdmin />}
      </div>
    </>
  );
}
