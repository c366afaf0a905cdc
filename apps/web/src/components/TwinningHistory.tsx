import { graphql } from '../gql';
import type { TwinningHistoryFragment } from '../gql/graphql';
import { formatDateTime } from '../lib/format';
import { TWINNING_STATUSES } from '../lib/labels';

export const TWINNING_HISTORY = graphql(`
  fragment TwinningHistory on Twinning {
    id status
    history { from to note at by { id displayName } }
  }
`);

/** The statuses a twinning went through, oldest first, with who moved it and why. */
export function TwinningHistory({ twinning }: { twinning: TwinningHistoryFragment }) {
  return (
    <>
      <h2 className="h5">Storico degli stati</h2>
      <ol className="hub-timeline">
        {twinning.history.map((h, i) => (
          <li key={i}>
            <strong>{TWINNING_STATUSES[h.to]}</strong>
            {h.from && <span className="text-secondary"> (da {TWINNING_STATUSES[h.from]})</span>}
            <div className="small">
              {formatDateTime(h.at)} · {h.by.displayName}
            </div>
            {h.note && <div className="small fst-italic">{h.note}</div>}
          </li>
        ))}
      </ol>
    </>
  );
}
