import { expect } from '@jest/globals';
import { MemberStatus, Role } from '@app/core';
import { FollowLevel, FollowTargetType } from '@app/notifications';
import { SeededMember, SocketClient, TestApp } from '@app/testing';

/** The kinds of viewer every rule test asks the same questions for. */
export const VIEWER_KINDS = ['anonymous', 'member', 'suspended', 'moderator', 'demoted'] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

/**
 * One viewer of each kind: an anonymous caller, a member, a SUSPENDED member (whose token still
 * works), an ACTIVE moderator, and a moderator demoted to member by an admin (`demote`, once the
 * test has set up what the demoted one received while still a moderator).
 */
export interface Viewers {
  admin: SeededMember;
  anonymous: null;
  member: SeededMember;
  suspended: SeededMember;
  moderator: SeededMember;
  demoted: SeededMember;
}

export async function seedViewers(t: TestApp, options: { suspendedRole?: Role } = {}): Promise<Viewers> {
  return {
    admin: await t.seed.admin(),
    anonymous: null,
    member: await t.seed.member(),
    suspended: await t.seed.member({ status: MemberStatus.SUSPENDED, role: options.suspendedRole ?? Role.MEMBER }),
    moderator: await t.seed.moderator(),
    demoted: await t.seed.moderator(),
  };
}

const SET_ROLE = `mutation ($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { role } }`;

export async function demote(t: TestApp, viewers: Viewers): Promise<void> {
  const res = await t.gql(viewers.admin, SET_ROLE, { id: viewers.demoted.id });
  expect(res.data?.setMemberRole).toEqual({ role: 'MEMBER' });
}

/** The viewers that hold an inbox, a digest and sockets (the others are refused those). */
export const SIGNED_IN_KINDS = ['member', 'moderator', 'demoted'] as const;

/** The error code of the first error, if any. */
export function codeOf(res: { errors?: Array<{ extensions?: { code?: string } }> }): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** What a private read (inbox, digest) answers a viewer who has none: anonymous and suspended. */
export const PRIVATE_REFUSAL: Partial<Record<ViewerKind, string>> = { anonymous: 'UNAUTHENTICATED', suspended: 'FORBIDDEN' };

/** Follows a target on a member's behalf (for targets the member may not see, the API would refuse). */
export function follows(t: TestApp, memberIds: string[], type: FollowTargetType, targetId: string): Promise<unknown> {
  return Promise.all(memberIds.map((id) => t.seed.follow(id, type, targetId, FollowLevel.WATCHING)));
}

export const INBOX = `{
  unreadNotificationCount
  notifications(unreadOnly: true, first: 100) { totalCount nodes { id type thread { id } post { id } practice { id } } }
}`;

export interface Inbox {
  count: number;
  total: number;
  nodes: Array<{ id: string; type: string; thread: { id: string } | null; post: { id: string } | null; practice: { id: string } | null }>;
}

/** The viewer's unread inbox and count, or the error code of a viewer without one. */
export async function inboxOf(t: TestApp, actor: SeededMember | null): Promise<Inbox | string> {
  const res = await t.gql(actor, INBOX);
  if (res.errors) return codeOf(res)!;
  const { unreadNotificationCount, notifications } = res.data;
  return { count: unreadNotificationCount, total: notifications.totalCount, nodes: notifications.nodes };
}

/**
 * The `unread` count the socket receives after the member marks one of its notifications read,
 * which the gateway computes over the member's row: it must equal the GraphQL count.
 */
export async function pushedUnread(t: TestApp, actor: SeededMember, socket: SocketClient, notificationId: string): Promise<number> {
  const seen = socket.received.unread.length;
  const res = await t.gql(actor, `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [notificationId] });
  expect(res.data?.markNotificationsRead).toBe(1);
  await socket.waitFor('unread', () => socket.received.unread.length > seen);
  return socket.received.unread[socket.received.unread.length - 1].count;
}
