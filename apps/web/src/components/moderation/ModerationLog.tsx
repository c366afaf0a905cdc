import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Empty, ErrorMessage, LoadMore, Loading } from '../ui';
import { formatDateTime } from '../../lib/format';
import { MODERATION_ACTIONS } from '../../lib/labels';
import { LogFilters, NO_FILTER, type LogFilter } from './LogFilters';
import { LogTarget } from './LogTarget';

const LOG = graphql(`
  query ModerationLog($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
    moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {
      nodes {
        id action targetType targetId reason createdAt
        moderator { id displayName }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

/** The whole local day: from its first to its last millisecond. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);

/** The moderation log, filtered by action, moderator and period. */
export function ModerationLog() {
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const periodError = filter.from && filter.to && filter.from > filter.to ? 'La data finale non può precedere quella iniziale.' : undefined;
  const filtered = Boolean(filter.action || filter.moderator || filter.from || filter.to);
  const { data, loading, error, fetchMore } = useQuery(LOG, {
    variables: {
      first: 30,
      action: filter.action || null,
      moderatorId: filter.moderator?.id ?? null,
      since: dayStart(filter.from),
      until: dayEnd(filter.to),
    },
    skip: Boolean(periodError),
  });
  return (
    <>
      <LogFilters value={filter} onChange={setFilter} periodError={periodError} />
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data?.moderationLog.nodes.length === 0 && <Empty>{filtered ? 'Nessuna azione corrisponde ai filtri.' : 'Il registro è vuoto.'}</Empty>}
      {data && data.moderationLog.nodes.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">Registro della moderazione</caption>
            <thead>
              <tr>
                <th scope="col">Data</th>
                <th scope="col">Moderatore</th>
                <th scope="col">Azione</th>
                <th scope="col">Oggetto</th>
                <th scope="col">Motivo</th>
              </tr>
            </thead>
            <tbody>
              {data.moderationLog.nodes.map((a) => (
                <tr key={a.id} data-testid="log-entry">
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>{a.moderator.displayName}</td>
                  <td>{MODERATION_ACTIONS[a.action] ?? a.action}</td>
                  <td>
                    <LogTarget type={a.targetType} id={a.targetId} />
                  </td>
                  <td>{a.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <LoadMore
          hasNextPage={data.moderationLog.pageInfo.hasNextPage}
          loading={loading}
          shown={data.moderationLog.nodes.length}
          total={data.moderationLog.totalCount}
          onMore={() => fetchMore({ variables: { after: data.moderationLog.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}
