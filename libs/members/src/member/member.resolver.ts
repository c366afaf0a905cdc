import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loadNow, mapNow, MemberStatus, RequestContext, Role, selectionWithin, Viewer, ViewerContext } from '@app/core';
import { Administration, toAdministration } from '../administration/administration.model.js';
import { MembersLoadersFactory } from '../members.loaders.js';
import { ADMINISTRATION_CARD, toAdministrationFromCard } from './member-card.js';
import { MembersArgs } from './dto/members.args.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { Member, MemberConnection, toMember } from './member.model.js';
import { MemberService } from './member.service.js';

@Resolver(() => Member)
export class MemberResolver {
  constructor(
    private readonly service: MemberService,
    private readonly loaders: MembersLoadersFactory,
  ) {}

  @Query(() => Member, { nullable: true })
  async me(@Viewer() viewer: ViewerContext): Promise<Member | null> {
    const member = await this.service.me(viewer);
    return member && toMember(member);
  }

  @Query(() => Member, { nullable: true })
  async member(@Args('id', { type: () => ID }) id: string): Promise<Member | null> {
    const member = await this.service.get(id);
    return member && toMember(member);
  }

  @Query(() => MemberConnection)
  async members(@Args() args: MembersArgs) {
    const page = await this.service.list(args);
    return { ...page, nodes: page.nodes.map(toMember) };
  }

  @Mutation(() => Member)
  async updateProfile(@Viewer() viewer: ViewerContext, @Args('input') input: UpdateProfileInput): Promise<Member> {
    return toMember(await this.service.updateProfile(viewer, input));
  }

  @Mutation(() => Member, { description: 'solo amministratori' })
  async setMemberRole(
    @Viewer() viewer: ViewerContext,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Member> {
    return toMember(await this.service.setRole(viewer, memberId, role));
  }

  @Mutation(() => Member, { description: "solo amministratori: l'amministrazione per cui il membro parla (null per nessuna)" })
  async setMemberAdministration(
    @Viewer() viewer: ViewerContext,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('administrationId', { type: () => ID, nullable: true }) administrationId: string | null,
  ): Promise<Member> {
    return toMember(await this.service.setAdministration(viewer, memberId, administrationId ?? null));
  }

  @Mutation(() => Member, { description: 'solo amministratori; un membro sospeso non può accedere né scrivere' })
  async setMemberStatus(
    @Viewer() viewer: ViewerContext,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('status', { type: () => MemberStatus }) status: MemberStatus,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Member> {
    return toMember(await this.service.setStatus(viewer, memberId, status, reason));
  }

  @ResolveField(() => Administration, { nullable: true })
  administration(member: Member, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo): Administration | null | Promise<Administration | null> {
    if (!member.administrationId) return null;
    if (member.administrationCard && selectionWithin(info, ADMINISTRATION_CARD)) return toAdministrationFromCard(member.administrationCard);
    return mapNow(loadNow(this.loaders.for(ctx).administrationById, member.administrationId), (found) => found && toAdministration(found));
  }

  @ResolveField(() => String, { nullable: true, description: 'visibile solo al membro stesso e agli amministratori' })
  email(member: Member, _: unknown, ctx: RequestContext): string | null {
    return this.service.visibleEmail(ctx.viewer, member.id, member.privateEmail);
  }
}
