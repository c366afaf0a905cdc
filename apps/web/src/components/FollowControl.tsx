import { useId } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { FollowLevel, FollowTargetType } from '../gql/graphql';
import { FOLLOW_LEVELS } from '../lib/labels';
import { ErrorMessage } from './ui';

export const FOLLOW_FIELDS = graphql(`
  fragment FollowFields on Follow {
    id targetType targetId level createdAt
  }
`);

export const MY_FOLLOWS = graphql(`
  query MyFollows {
    myFollows { ...FollowFields }
  }
`);

const FOLLOW = graphql(`
  mutation Follow($targetType: FollowTargetType!, $targetId: String!, $level: FollowLevel) {
    follow(targetType: $targetType, targetId: $targetId, level: $level) { ...FollowFields }
  }
`);

const UNFOLLOW = graphql(`
  mutation Unfollow($targetType: FollowTargetType!, $targetId: String!) {
    unfollow(targetType: $targetType, targetId: $targetId)
  }
`);

const TARGETS: Record<FollowTargetType, string> = {
  THREAD: 'questa discussione',
  PRACTICE: 'questa buona pratica',
  CATEGORY: 'questa categoria',
  MEMBER: 'questo membro',
  TAG: 'questa etichetta',
  TWINNING: 'questo gemellaggio',
};

/** Follow level of one target: not followed, every activity, new threads only, or muted. */
export function FollowControl({
  targetType,
  targetId,
  allowFirstPost = false,
  onChange,
}: {
  targetType: FollowTargetType;
  targetId: string;
  allowFirstPost?: boolean;
  onChange?: () => void;
}) {
  const id = useId();
  const { data } = useQuery(MY_FOLLOWS);
  const refetchQueries = [MY_FOLLOWS];
  const [follow, f] = useMutation(FOLLOW, { refetchQueries });
  const [unfollow, u] = useMutation(UNFOLLOW, { refetchQueries });
  const current = data?.myFollows.find((x) => x.targetType === targetType && x.targetId === targetId)?.level ?? '';
  const levels = (Object.keys(FOLLOW_LEVELS) as FollowLevel[]).filter((l) => allowFirstPost || l !== 'WATCHING_FIRST_POST');
  const change = async (value: string) => {
    try {
      if (value === '') await unfollow({ variables: { targetType, targetId } });
      else await follow({ variables: { targetType, targetId, level: value as FollowLevel } });
      onChange?.();
    } catch {
      /* shown below */
    }
  };
  return (
    <div className="mb-3 hub-follow">
      <label htmlFor={id} className="form-label fw-semibold">
        Notifiche per {TARGETS[targetType]}
      </label>
      <select id={id} className="form-select" value={current} disabled={f.loading || u.loading} onChange={(e) => change(e.target.value)} data-testid="follow-level">
        <option value="">Non seguire</option>
        {levels.map((l) => (
          <option key={l} value={l}>
            {FOLLOW_LEVELS[l]}
          </option>
        ))}
      </select>
      <span className="visually-hidden" aria-live="polite">
        {current ? `Stato: ${FOLLOW_LEVELS[current as FollowLevel]}` : 'Stato: non segui'}
      </span>
      <ErrorMessage error={f.error ?? u.error} />
    </div>
  );
}
