import type { CallStatus } from '../../gql/graphql';
import { CALL_STATUS_BADGES, CALL_STATUSES } from '../../lib/labels';

/** The status of a call as a coloured badge with its Italian name. */
export function CallStatusBadge({ status }: { status: CallStatus }) {
  return <span className={`badge ${CALL_STATUS_BADGES[status]} ${status === 'CLOSED' ? 'text-dark' : ''}`}>{CALL_STATUSES[status]}</span>;
}
