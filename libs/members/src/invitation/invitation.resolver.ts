import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { CreateInvitationInput } from './dto/create-invitation.input.js';
import { Invitation, toInvitation } from './invitation.model.js';
import { InvitationService } from './invitation.service.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly service: InvitationService) {}

  @Mutation(() => Invitation, { description: 'solo amministratori' })
  async createInvitation(@Viewer() viewer: ViewerContext, @Args('input') input: CreateInvitationInput): Promise<Invitation> {
    return toInvitation(await this.service.create(viewer, input));
  }

  @Query(() => [Invitation], { description: 'solo amministratori' })
  async invitations(@Viewer() viewer: ViewerContext): Promise<Invitation[]> {
    return (await this.service.list(viewer)).map(toInvitation);
  }
}
