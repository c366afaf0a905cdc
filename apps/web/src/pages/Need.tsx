import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { Breadcrumb } from '../components/Breadcrumb';
import { NeedMatches } from '../components/needs/NeedMatches';
import { Empty, ErrorMessage, Loading, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { formatDate } from '../lib/format';
import { NEED_STATUSES, REGIONS, THEMES } from '../lib/labels';

const NEED = graphql(`
  query NeedPage($id: ID!) {
    need(id: $id) {
      id title descriptionHtml themes status createdAt
      administration { id name region }
      author { id displayName }
      ...NeedMatches
    }
  }
`);

const CLOSE_NEED = graphql(`
  mutation CloseNeed($id: ID!) {
    closeNeed(id: $id) { id status }
  }
`);

export default function Need() {
  const { id = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error } = useQuery(NEED, { variables: { id } });
  const [close, closing] = useMutation(CLOSE_NEED);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const need = data?.need;
  if (!need) return <Empty>Fabbisogno non trovato.</Empty>;
  const canClose = need.status === 'OPEN' && viewer && (isModerator || viewer.id === need.author.id || viewer.administration?.id === need.administration.id);
  return (
    <>
      <Breadcrumb links={[['/fabbisogni', 'Fabbisogni']]} current="Fabbisogno" />
      <PageTitle title={need.title}>{need.title}</PageTitle>
      <dl className="row hub-dl">
        <dt className="col-sm-3">Amministrazione</dt>
        <dd className="col-sm-9">
          {need.administration.name}
          {need.administration.region ? ` (${REGIONS[need.administration.region]})` : ''}
        </dd>
        <dt className="col-sm-3">Temi</dt>
        <dd className="col-sm-9">{need.themes.map((t) => THEMES[t]).join('; ')}</dd>
        <dt className="col-sm-3">Stato</dt>
        <dd className="col-sm-9">
          {NEED_STATUSES[need.status]} · pubblicato il {formatDate(need.createdAt)} da {need.author.displayName}
        </dd>
      </dl>
      <div className="hub-post-body mb-3" dangerouslySetInnerHTML={{ __html: need.descriptionHtml }} />
      <ErrorMessage error={closing.error} />
      {canClose && (
        <Button color="secondary" outline size="sm" disabled={closing.loading} onClick={() => void close({ variables: { id: need.id } }).catch(() => undefined)}>
          Chiudi il fabbisogno
        </Button>
      )}
      <NeedMatches need={need} />
    </>
  );
}
