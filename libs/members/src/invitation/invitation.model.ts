import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/core';
import { type InvitationEntity, InvitationStatus, invitationStatus } from './invitation.entity.js';

registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class Invitation {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field({ description: "mostrato all'amministratore che l'ha creato; monouso" }) code!: string;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => Date, { nullable: true, description: "ultimo invio (o rinnovo) dell'invito" }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  /** Read by the `invitedBy` field resolver. */
  @HideField() createdById!: string | null;
}

export function toInvitation(entity: InvitationEntity): Invitation {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    code: entity.code,
    expiresAt: entity.expiresAt,
    acceptedAt: entity.acceptedAt,
    status: invitationStatus(entity),
    sentAt: entity.sentAt,
    revokedAt: entity.revokedAt,
    createdById: entity.createdById,
  };
}
