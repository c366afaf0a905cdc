import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ErrorMessage, Field, LoadMore, Loading } from '../ui';
import { AdministrationCell, StatusCell } from './MemberCells';
import { useAuth } from '../../lib/auth';
import { entries, MEMBER_STATUSES, ROLES } from '../../lib/labels';

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

/** Roles, suspensions and administrations of the members. */
export function MembersTab() {
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
                      <StatusCell member={m} onChange={(status, reason) => setStatus({ variables: { memberId: m.id, status, reason } }).then(() => undefined)} />
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
