import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumModule } from '@app/forum';
import { MembersModule } from '@app/members';
import { ContentModerationResolver } from './content-moderation/content-moderation.resolver.js';
import { ContentModerationService } from './content-moderation/content-moderation.service.js';
import { FlagEntity } from './flag/flag.entity.js';
import { FlagResolver } from './flag/flag.resolver.js';
import { FlagService } from './flag/flag.service.js';
import { ModerationActionEntity } from './moderation-action/moderation-action.entity.js';
import { ModerationActionResolver } from './moderation-action/moderation-action.resolver.js';
import { ModerationActionService } from './moderation-action/moderation-action.service.js';
import { ModerationLog } from './moderation-log.js';

@Module({
  imports: [TypeOrmModule.forFeature([ModerationActionEntity, FlagEntity]), MembersModule, ForumModule],
  providers: [
    ModerationActionService,
    ModerationActionResolver,
    ModerationLog,
    FlagService,
    FlagResolver,
    ContentModerationService,
    ContentModerationResolver,
  ],
  exports: [ModerationActionService, FlagService, ContentModerationService],
})
export class ModerationModule {}
