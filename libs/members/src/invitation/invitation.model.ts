import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/core';
import type { InvitationEntity } from './invitation.entity.js';

@ObjectType('Invitation')
export class Invitation {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field({ description: "mostrato all'amministratore che l'ha creato; monouso" }) code!: string;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
}

export function toInvitation(entity: InvitationEntity): Invitation {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    code: entity.code,
    expiresAt: entity.expiresAt,
    acceptedAt: entity.acceptedAt,
  };
}
