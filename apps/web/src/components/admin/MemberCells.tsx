import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MemberStatus } from '../../gql/graphql';
import { AdministrationPicker, type PickedAdministration } from '../AdministrationPicker';
import { ErrorMessage } from '../ui';
import { MEMBER_STATUSES } from '../../lib/labels';

const SET_ADMINISTRATION = graphql(`
  mutation SetMemberAdministration($memberId: ID!, $administrationId: ID) {
    setMemberAdministration(memberId: $memberId, administrationId: $administrationId) { id administration { id name } }
  }
`);

/** The administration a member speaks for: members declare it once, admins change it here. */
export function AdministrationCell({ member }: { member: { id: string; displayName: string; administration?: PickedAdministration | null } }) {
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
export function StatusCell({
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
