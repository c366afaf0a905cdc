import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, toMember } from '../member/member.model.js';
import { MembersLoadersFactory } from '../members.loaders.js';
import { CreateInvitationInput } from './dto/create-invitation.input.js';
import { Invitation, toInvitation } from './invitation.model.js';
import { InvitationService } from './invitation.service.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly service: InvitationService,
    private readonly loaders: MembersLoadersFactory,
  ) {}

  @Mutation(() => Invitation, { description: "solo amministratori; un invito ancora aperto per lo stesso indirizzo viene rinnovato" })
  async createInvitation(@Viewer() viewer: ViewerContext, @Args('input') input: CreateInvitationInput): Promise<Invitation> {
    return toInvitation(await this.service.create(viewer, input));
  }

  @Mutation(() => Invitation, { description: 'solo amministratori; PENDING o EXPIRED: nuova scadenza' })
  async resendInvitation(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return toInvitation(await this.service.resend(viewer, id));
  }

  @Mutation(() => Invitation, { description: 'solo amministratori; il codice smette di funzionare' })
  async revokeInvitation(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return toInvitation(await this.service.revoke(viewer, id));
  }

  @Query(() => [Invitation], { description: 'solo amministratori' })
  async invitations(@Viewer() viewer: ViewerContext): Promise<Invitation[]> {
    return (await this.service.list(viewer)).map(toInvitation);
  }

  @ResolveField(() => Member, { nullable: true })
  async invitedBy(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<Member | null> {
    if (!invitation.createdById) return null;
    const member = await this.loaders.for(ctx).memberById.load(invitation.createdById);
    return member && toMember(member);
  }
}
