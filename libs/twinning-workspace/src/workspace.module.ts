import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@app/files';
import { ForumModule } from '@app/forum';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { PracticesModule } from '@app/practices';
import './workspace.enums.js';
import { CriterionScoreEntity, SelectionCriterionEntity, TwinningApplicationEntity, TwinningCallEntity } from './call/call.entity.js';
import { CriterionScoreResolver, TwinningApplicationResolver, TwinningCallResolver } from './call/call.resolver.js';
import { TwinningCallService } from './call/call.service.js';
import { CalendarService } from './event/calendar.js';
import { CalendarController } from './event/calendar.controller.js';
import { EventAttendeeEntity, EventEntity } from './event/event.entity.js';
import { EventResolver } from './event/event.resolver.js';
import { EventService } from './event/event.service.js';
import { BudgetLineEntity, MilestoneEntity, TwinningParticipantEntity, TwinningThreadEntity } from './plan/plan.entity.js';
import { TwinningParticipantResolver, TwinningWorkspaceResolver } from './plan/plan.resolver.js';
import { MilestoneReminders } from './plan/milestone-reminders.js';
import { TwinningPlanService } from './plan/plan.service.js';
import { WorkspaceAccess } from './workspace-access.js';
import { MemberCalendarResolver, NotificationWorkspaceFieldsResolver } from './workspace-fields.resolver.js';
import { WorkspaceLoadersFactory } from './workspace.loaders.js';
import { WorkspaceNotificationListener } from './workspace-notification.listener.js';

/** The twinning workspace: calls, participants and plan, meetings and their calendars. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TwinningCallEntity,
      SelectionCriterionEntity,
      TwinningApplicationEntity,
      CriterionScoreEntity,
      TwinningParticipantEntity,
      TwinningThreadEntity,
      MilestoneEntity,
      BudgetLineEntity,
      EventEntity,
      EventAttendeeEntity,
    ]),
    MembersModule,
    FilesModule,
    PracticesModule,
    ForumModule,
    NotificationsModule,
  ],
  controllers: [CalendarController],
  providers: [
    WorkspaceAccess,
    WorkspaceLoadersFactory,
    TwinningCallService,
    TwinningCallResolver,
    TwinningApplicationResolver,
    CriterionScoreResolver,
    TwinningPlanService,
    MilestoneReminders,
    TwinningWorkspaceResolver,
    TwinningParticipantResolver,
    EventService,
    EventResolver,
    CalendarService,
    MemberCalendarResolver,
    NotificationWorkspaceFieldsResolver,
    WorkspaceNotificationListener,
  ],
  exports: [TwinningCallService, TwinningPlanService, EventService, CalendarService],
})
export class TwinningWorkspaceModule {}
