import type { TwinningStatus } from '../gql/graphql';
import { TWINNING_STATUS_BADGES, TWINNING_STATUSES } from '../lib/labels';

/** A twinning's status: its own colour and its Italian label. */
export function TwinningStatusBadge({ status, className = '' }: { status: TwinningStatus; className?: string }) {
  return (
    <span className={`badge ${TWINNING_STATUS_BADGES[status]} ${className}`.trim()} data-testid="twinning-status">
      {TWINNING_STATUSES[status]}
    </span>
  );
}
