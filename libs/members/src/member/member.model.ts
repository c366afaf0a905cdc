import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, MemberStatus, renderMarkdown, Role } from '@app/core';
import { Position, Theme } from '../enums.js';
import type { MemberEntity } from './member.entity.js';
import type { AdministrationCard } from './member-card.js';

@ObjectType('Member')
export class Member {
  @Field(() => ID) id!: string;
  @Field({ description: 'unico, 3..30 caratteri tra [a-z0-9._-]; usato per le @menzioni' }) handle!: string;
  @Field() displayName!: string;
  @Field(() => Position) position!: Position;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true, description: 'la presentazione in HTML sanificato; null senza presentazione' }) bioHtml!: string | null;
  @Field(() => [Theme]) expertise!: Theme[];
  @Field(() => Role) role!: Role;
  @Field(() => MemberStatus) status!: MemberStatus;
  @Field() joinedAt!: Date;
  @HideField() administrationId!: string | null;
  /** Read only by the `email` field resolver, through MemberService.visibleEmail (the privacy rule). */
  @HideField() privateEmail!: string;
  /** A member answered from its card (toMemberFromCard) carries its administration's card. */
  @HideField() administrationCard?: AdministrationCard | null;
}

@ObjectType('MemberConnection')
export class MemberConnection extends ConnectionType(Member) {}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() token!: string;
  @Field(() => Member) member!: Member;
}

export function toMember(entity: MemberEntity): Member {
  return {
    id: entity.id,
    handle: entity.handle,
    displayName: entity.displayName,
    position: entity.position,
    jobTitle: entity.jobTitle,
    bio: entity.bio,
    // Rows written without going through updateProfile (fixtures) are rendered on the fly.
    bioHtml: entity.bio ? (entity.bioHtml ?? renderMarkdown(entity.bio)) : null,
    expertise: entity.expertise ?? [],
    role: entity.role,
    status: entity.status,
    joinedAt: entity.joinedAt,
    administrationId: entity.administrationId,
    privateEmail: entity.email,
  };
}
