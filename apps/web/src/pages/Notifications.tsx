import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { NotificationsQuery } from '../gql/graphql';
import { Empty, ErrorMessage, LoadMore, Loading, PageTitle } from '../components/ui';
import { useLive } from '../lib/live';
import { formatDateTime, formatNumber } from '../lib/format';
import { NOTIFICATION_TYPES } from '../lib/labels';

const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      nodes {
        id type text createdAt readAt
        actor { id displayName }
        thread { id title }
        post { id }
        practice { id slug title }
        twinning { id }
        need { id }
        event { id }
        call { id }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

type Item = NotificationsQuery['notifications']['nodes'][number];

function target(n: Item): string | null {
  if (n.post && n.thread) return `/discussioni/${n.thread.id}#messaggio-${n.post.id}`;
  if (n.thread) return `/discussioni/${n.thread.id}`;
  if (n.need) return `/fabbisogni/${n.need.id}`;
  if (n.call) return `/avvisi/${n.call.id}`;
  if (n.event && !n.twinning) return `/incontri#incontro-${n.event.id}`;
  if (n.twinning) return `/gemellaggi/${n.twinning.id}`;
  if (n.practice) return `/pratiche/${n.practice.slug}`;
  if (n.actor) return `/membri/${n.actor.id}`;
  return null;
}

export default function Notifications() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { latest, unread } = useLive();
  const { data, loading, error, fetchMore, refetch } = useQuery(NOTIFICATIONS, { variables: { unreadOnly, first: 20 } });
  const [markRead, m] = useMutation(MARK_READ);

  // A pushed notification: re-read the first page so the inbox shows it without reloading.
  useEffect(() => {
    if (latest) void refetch();
  }, [latest, refetch]);

  const read = async (ids: string[] | null) => {
    try {
      await markRead({ variables: { ids } });
      await refetch();
    } catch {
      /* shown below */
    }
  };
  const more = () => fetchMore({ variables: { after: data?.notifications.pageInfo.endCursor } });

  return (
    <>
      <PageTitle title="Notifiche">Notifiche</PageTitle>
      <div className="d-flex flex-wrap gap-3 align-items-center mb-3">
        <div className="form-check mb-0">
          <input id="unread-only" type="checkbox" className="form-check-input" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          <label htmlFor="unread-only" className="form-check-label">
            Solo da leggere
          </label>
        </div>
        <span role="status">{unread === 0 ? 'Nessuna notifica da leggere' : `${formatNumber(unread)} da leggere`}</span>
        <Button color="primary" outline size="sm" disabled={m.loading || unread === 0} onClick={() => read(null)}>
          Segna tutte come lette
        </Button>
      </div>
      {loading && !data && <Loading />}
      <ErrorMessage error={error ?? m.error} />
      {data && data.notifications.nodes.length === 0 && <Empty>Nessuna notifica.</Empty>}
      <ul className="list-unstyled hub-notifications">
        {data?.notifications.nodes.map((n) => {
          const to = target(n);
          return (
            <li key={n.id} className={`hub-notification ${n.readAt ? '' : 'unread'}`} data-testid="notification">
              <div className="d-flex justify-content-between flex-wrap gap-2">
                <div>
                  {!n.readAt && <span className="visually-hidden">Da leggere: </span>}
                  <span className="badge bg-light text-dark border me-2">{NOTIFICATION_TYPES[n.type]}</span>
                  {to ? (
                    <Link to={to} onClick={() => !n.readAt && void read([n.id])}>
                      {n.text}
                    </Link>
                  ) : (
                    n.text
                  )}
                </div>
                <div className="small text-secondary d-flex gap-2 align-items-center">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  {!n.readAt && (
                    <button type="button" className="btn btn-link btn-sm p-0" onClick={() => read([n.id])}>
                      Segna come letta
                    </button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {data && <LoadMore hasNextPage={data.notifications.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.notifications.nodes.length} total={data.notifications.totalCount} />}
    </>
  );
}
