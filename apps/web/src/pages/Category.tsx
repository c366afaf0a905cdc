import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ThreadOrder } from '../gql/graphql';
import { Empty, ErrorMessage, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { Breadcrumb } from '../components/Breadcrumb';
import { ThreadList } from '../components/ThreadList';
import { FollowControl } from '../components/FollowControl';
import { useAuth } from '../lib/auth';
import { THEMES, THREAD_ORDERS } from '../lib/labels';

const CATEGORY = graphql(`
  query Category($slug: String!, $orderBy: ThreadOrder, $first: Int, $after: String) {
    category(slug: $slug) {
      id slug name description theme threadCount
      threads(orderBy: $orderBy, first: $first, after: $after) {
        nodes { ...ThreadListItem }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export default function Category() {
  const { slug = '' } = useParams();
  const { viewer } = useAuth();
  const [orderBy, setOrderBy] = useState<ThreadOrder>('LAST_ACTIVITY');
  const { data, loading, error, fetchMore } = useQuery(CATEGORY, { variables: { slug, orderBy, first: 20 } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const c = data?.category;
  if (!c) return <Empty>Categoria non trovata.</Empty>;
  const more = () => fetchMore({ variables: { after: c.threads.pageInfo.endCursor } });
  return (
    <>
      <Breadcrumb links={[['/discussioni', 'Forum']]} current={c.name} />
      <PageTitle title={c.name}>{c.name}</PageTitle>
      {c.description && <p>{c.description}</p>}
      {c.theme && <p className="small text-secondary">Tema: {THEMES[c.theme]}</p>}
      <div className="d-flex flex-wrap gap-3 align-items-end mb-3">
        <div>
          <SelectField label="Ordina per" options={THREAD_ORDERS} value={orderBy} onChange={setOrderBy} />
        </div>
        {viewer && <FollowControl targetType="CATEGORY" targetId={c.id} allowFirstPost />}
        {viewer && (
          <Link to={`/discussioni/nuova?categoria=${c.id}`} className="btn btn-primary mb-3">
            Nuova discussione
          </Link>
        )}
      </div>
      <ThreadList threads={c.threads.nodes} showCategory={false} />
      <LoadMore hasNextPage={c.threads.pageInfo.hasNextPage} loading={loading} onMore={more} shown={c.threads.nodes.length} total={c.threads.totalCount} />
    </>
  );
}
