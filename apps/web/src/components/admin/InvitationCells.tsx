import { useState } from 'react';
import type { InvitationFieldsFragment as Invitation } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { INVITATION_STATUS_BADGES, INVITATION_STATUSES } from '../../lib/labels';

/** The address to send to the invited person: the registration page with the code filled in. */
export function invitationLink(code: string): string {
  return `${window.location.origin}/registrazione?codice=${encodeURIComponent(code)}`;
}

/** Copies the invitation link; where the clipboard is not available, shows it selected for a manual copy. */
export function CopyLink({ invitation }: { invitation: Pick<Invitation, 'id' | 'code' | 'email'> }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const link = invitationLink(invitation.code);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-2">
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={copy} data-testid="copy-link">
        Copia link<span className="visually-hidden"> dell’invito per {invitation.email}</span>
      </button>
      <span className="small text-success" role="status">
        {state === 'copied' ? 'Link copiato' : ''}
      </span>
      {state === 'manual' && (
        <span>
          <label htmlFor={`link-${invitation.id}`} className="visually-hidden">
            Link dell’invito per {invitation.email}
          </label>
          <input
            id={`link-${invitation.id}`}
            type="text"
            className="form-control form-control-sm"
            readOnly
            value={link}
            ref={(el) => el?.select()}
          />
        </span>
      )}
    </span>
  );
}

/** The status of an invitation with its date: when it expires, expired, was accepted or revoked. */
export function InvitationStatus({ invitation: i }: { invitation: Invitation }) {
  const detail =
    i.status === 'PENDING'
      ? `scade il ${formatDate(i.expiresAt)}`
      : i.status === 'EXPIRED'
        ? `scaduto il ${formatDate(i.expiresAt)}`
        : i.status === 'ACCEPTED'
          ? `il ${formatDate(i.acceptedAt)}`
          : `il ${formatDate(i.revokedAt)}`;
  return (
    <>
      <span className={`badge ${INVITATION_STATUS_BADGES[i.status]}`} data-testid="invitation-status">
        {INVITATION_STATUSES[i.status]}
      </span>{' '}
      <span className="small">{detail}</span>
    </>
  );
}
