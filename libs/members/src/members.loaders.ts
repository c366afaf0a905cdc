import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { loadFoundNow, LoadersFactory, loadNow, mapNow, RequestContext, selectionWithin } from '@app/core';
import type { AdministrationEntity } from './administration/administration.entity.js';
import { MemberLoaderBuilder } from './member/member.loader.js';
import type { MemberEntity } from './member/member.entity.js';
import { MEMBER_CARD, MemberCard, toMemberFromCard } from './member/member-card.js';
import { Member, toMember } from './member/member.model.js';

/** The members lib's loaders of one request. */
export interface MembersLoaders {
  readonly memberById: DataLoader<string, MemberEntity | null>;
  /** Members' cards (MemberCard), for selections within MEMBER_CARD; lists of posts prime it from their own statement. */
  readonly memberCardById: DataLoader<string, MemberCard | null>;
  readonly administrationById: DataLoader<string, AdministrationEntity | null>;
  /** The members of each administration, by display name. */
  readonly membersByAdministration: DataLoader<string, MemberEntity[]>;
}

/** `for(ctx)`: the members lib's loaders of the request, created on first use. */
@Injectable()
export class MembersLoadersFactory extends LoadersFactory<MembersLoaders> {
  private readonly build: MemberLoaderBuilder;

  constructor(dataSource: DataSource) {
    super();
    this.build = new MemberLoaderBuilder(dataSource);
  }

  protected create(ctx: RequestContext): MembersLoaders {
    return {
      memberById: this.build.memberById(ctx),
      memberCardById: this.build.memberCardById(),
      administrationById: this.build.administrationById(ctx),
      membersByAdministration: this.build.membersByAdministration(ctx),
    };
  }
}

/**
 * The member a field resolves to: from its card when the field's selection (`info`) stays within
 * MEMBER_CARD, else the whole member. The member must exist (a foreign key).
 */
export function memberFor(loaders: MembersLoaders, id: string, info: GraphQLResolveInfo): Member | Promise<Member> {
  if (selectionWithin(info, MEMBER_CARD)) return mapNow(loadNow(loaders.memberCardById, id), (card) => toMemberFromCard(card!));
  return mapNow(loadNow(loaders.memberById, id), (member) => toMember(member!));
}

/** The members a list field resolves to, in the order of `ids` (those that exist), as `memberFor` decides. */
export function membersFor(loaders: MembersLoaders, ids: readonly string[], info: GraphQLResolveInfo): Member[] | Promise<Member[]> {
  if (selectionWithin(info, MEMBER_CARD)) return mapNow(loadFoundNow(loaders.memberCardById, ids), (cards) => cards.map(toMemberFromCard));
  return mapNow(loadFoundNow(loaders.memberById, ids), (members) => members.map(toMember));
}
