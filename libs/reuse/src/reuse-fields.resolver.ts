import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Administration } from '@app/members';
import { Notification } from '@app/notifications';
import { Adoption, toAdoption } from './adoption/adoption.model.js';
import { Need, toNeed } from './need/need.model.js';
import { ReuseLoadersFactory } from './reuse.loaders.js';

/** Administration.needs (its OPEN needs) and Administration.adoptions. */
@Resolver(() => Administration)
export class AdministrationReuseResolver {
  constructor(private readonly loaders: ReuseLoadersFactory) {}

  @ResolveField(() => [Need], { description: 'i suoi fabbisogni aperti' })
  async needs(@Parent() administration: Administration, @Ctx() ctx: RequestContext): Promise<Need[]> {
    return (await this.loaders.for(ctx).openNeedsByAdministration.load(administration.id)).map(toNeed);
  }

  @ResolveField(() => [Adoption], { description: 'le buone pratiche che adotta o valuta' })
  async adoptions(@Parent() administration: Administration, @Ctx() ctx: RequestContext): Promise<Adoption[]> {
    return (await this.loaders.for(ctx).adoptionsByAdministration.load(administration.id)).map(toAdoption);
  }
}

/** Notification.need and Notification.adoption. */
@Resolver(() => Notification)
export class NotificationReuseResolver {
  constructor(private readonly loaders: ReuseLoadersFactory) {}

  @ResolveField(() => Need, { nullable: true })
  async need(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Need | null> {
    if (!notification.needId) return null;
    const need = await this.loaders.for(ctx).needById.load(notification.needId);
    return need && toNeed(need);
  }

  @ResolveField(() => Adoption, { nullable: true })
  async adoption(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Adoption | null> {
    if (!notification.adoptionId) return null;
    const adoption = await this.loaders.for(ctx).adoptionById.load(notification.adoptionId);
    return adoption && toAdoption(adoption);
  }
}
