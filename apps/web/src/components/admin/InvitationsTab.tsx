import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { InvitationFieldsFragment as Invitation, Role } from '../../gql/graphql';
import { ConfirmDialog } from '../ConfirmDialog';
import { Empty, ErrorMessage, Field, Loading, Notice, SelectField } from '../ui';
import { CopyLink, InvitationStatus } from './InvitationCells';
import { fieldError, toUiError } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { ROLES } from '../../lib/labels';

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id email role code expiresAt acceptedAt status sentAt revokedAt
    invitedBy { id displayName }
  }
`);

const INVITATIONS = graphql(`
  query Invitations {
    invitations { ...InvitationFields }
  }
`);

const CREATE_INVITATION = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) { ...InvitationFields }
  }
`);

const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) { ...InvitationFields }
  }
`);

const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { ...InvitationFields }
  }
`);

/** The admin's invitations: create (or renew), see the status, copy the link, resend and revoke. */
export function InvitationsTab() {
  const { data, loading, error } = useQuery(INVITATIONS);
  const [email, setEmail] = useState('');
  const [fiscalCode, setFiscalCode] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [outcome, setOutcome] = useState<{ invitation: Invitation; renewed: boolean } | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [done, setDone] = useState('');
  const [create, c] = useMutation(CREATE_INVITATION, { refetchQueries: [INVITATIONS] });
  const [resend, rs] = useMutation(RESEND_INVITATION);
  const [revoke, rv] = useMutation(REVOKE_INVITATION);
  const ui = toUiError(c.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    try {
      const known = new Set(data?.invitations.map((i) => i.id));
      const res = await create({ variables: { input: { email: email.trim(), role, fiscalCode: fiscalCode.trim() || null } } });
      if (res.data) setOutcome({ invitation: res.data.createInvitation, renewed: known.has(res.data.createInvitation.id) });
      setEmail('');
      setFiscalCode('');
    } catch {
      setOutcome(null);
    }
  };

  return (
    <>
      <form className="row g-2 align-items-end mb-3" onSubmit={submit} noValidate>
        <div className="col-12 col-md-4">
          <Field label="E-mail della persona da invitare" error={fieldError(ui, 'email')}>
            {(p) => <input {...p} type="email" className="form-control" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
        </div>
        <div className="col-12 col-md-3">
          <Field label="Codice fiscale (facoltativo)" hint="Per registrarsi con SPID / CIE" error={fieldError(ui, 'fiscalCode')}>
            {(p) => (
              <input {...p} type="text" className="form-control text-uppercase" autoComplete="off" spellCheck={false} maxLength={16} value={fiscalCode} onChange={(e) => setFiscalCode(e.target.value)} />
            )}
          </Field>
        </div>
        <div className="col-12 col-md-3">
          <SelectField label="Ruolo" options={ROLES} value={role} onChange={setRole} />
        </div>
        <div className="col-12 col-md-2">
          <Button color="primary" type="submit" className="mb-3" disabled={c.loading || !email.trim()}>
            Crea invito
          </Button>
        </div>
      </form>
      <ErrorMessage ui={ui} />
      {outcome && (
        <Notice>
          <span data-testid="invitation-created">
            {outcome.renewed
              ? `C’era già un invito aperto per ${outcome.invitation.email}: è stato rinnovato (stesso codice, scade il ${formatDate(outcome.invitation.expiresAt)}).`
              : `Invito creato per ${outcome.invitation.email}, valido fino al ${formatDate(outcome.invitation.expiresAt)}.`}
          </span>{' '}
          Manda alla persona il link di registrazione, che contiene il codice <code>{outcome.invitation.code}</code>.
          <div className="mt-2">
            <CopyLink invitation={outcome.invitation} />
          </div>
        </Notice>
      )}
      <p className="small text-secondary" role="status">
        {done}
      </p>
      <ErrorMessage error={rs.error ?? rv.error} />
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data?.invitations.length === 0 && <Empty>Nessun invito.</Empty>}
      {data && data.invitations.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm align-middle">
            <caption className="visually-hidden">Inviti</caption>
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Ruolo</th>
                <th scope="col">Stato</th>
                <th scope="col">Invitato da</th>
                <th scope="col">Ultimo invio</th>
                <th scope="col">Azioni</th>
              </tr>
            </thead>
            <tbody>
              {data.invitations.map((i) => {
                const open = i.status === 'PENDING' || i.status === 'EXPIRED';
                return (
                  <tr key={i.id} data-testid="invitation">
                    <td>{i.email}</td>
                    <td>{ROLES[i.role]}</td>
                    <td>
                      <InvitationStatus invitation={i} />
                    </td>
                    <td>{i.invitedBy?.displayName ?? '—'}</td>
                    <td>{i.sentAt ? formatDateTime(i.sentAt) : '—'}</td>
                    <td>
                      <div className="d-flex flex-wrap align-items-center gap-2">
                        {i.status === 'PENDING' && <CopyLink invitation={i} />}
                        {open && (
                          <button
                            type="button"
                            className="btn btn-outline-primary btn-sm"
                            disabled={rs.loading}
                            onClick={() =>
                              resend({ variables: { id: i.id } })
                                .then((r) => r.data && setDone(`Invito per ${i.email} rinnovato: scade il ${formatDate(r.data.resendInvitation.expiresAt)}.`))
                                .catch(() => undefined)
                            }
                          >
                            Reinvia<span className="visually-hidden"> l’invito per {i.email}</span>
                          </button>
                        )}
                        {open && (
                          <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRevoking(i)}>
                            Revoca<span className="visually-hidden"> l’invito per {i.email}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title="Revocare l’invito?"
        confirmLabel="Revoca l’invito"
        reasonLabel={null}
        busy={rv.loading}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          const target = revoking;
          setRevoking(null);
          if (target)
            revoke({ variables: { id: target.id } })
              .then(() => setDone(`Invito per ${target.email} revocato: il suo codice non funziona più.`))
              .catch(() => undefined);
        }}
      >
        <p className="mb-0">Il codice dell’invito per {revoking?.email} smetterà di funzionare. Per invitare di nuovo questa persona servirà un nuovo invito.</p>
      </ConfirmDialog>
    </>
  );
}
