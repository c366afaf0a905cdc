import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoadersFactory, RequestContext } from '@app/core';
import type { AdministrationEntity } from './administration/administration.entity.js';
import { MemberLoaderBuilder } from './member/member.loader.js';
import type { MemberEntity } from './member/member.entity.js';
import type { MemberCard } from './member/member-card.js';

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
