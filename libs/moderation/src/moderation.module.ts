import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '@app/members';
import { ModerationActionEntity } from './moderation-action/moderation-action.entity.js';
import { ModerationActionResolver } from './moderation-action/moderation-action.resolver.js';
import { ModerationActionService } from './moderation-action/moderation-action.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ModerationActionEntity]), MembersModule],
  providers: [ModerationActionService, ModerationActionResolver],
  exports: [ModerationActionService],
})
export class ModerationModule {}
