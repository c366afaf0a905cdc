import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { Member } from '@app/members';
import { NotificationSettings, NotificationSettingsInput } from './notification-settings.model.js';
import { NotificationSettingsService } from './notification-settings.service.js';

@Resolver(() => Member)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @ResolveField(() => NotificationSettings, { nullable: true, description: 'null tranne che per il membro stesso' })
  async notificationSettings(@Parent() member: Member, @Viewer() viewer: ViewerContext): Promise<NotificationSettings | null> {
    if (!viewer.activeMemberId || viewer.activeMemberId !== member.id) return null;
    return this.settings.get(member.id);
  }

  @Mutation(() => NotificationSettings)
  updateNotificationSettings(
    @Viewer() viewer: ViewerContext,
    @Args('input') input: NotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return this.settings.update(viewer, input);
  }
}
