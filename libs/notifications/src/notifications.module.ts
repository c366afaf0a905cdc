import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@app/mail';
import { MembersModule } from '@app/members';
import { ForumModule } from '@app/forum';
import { ModerationModule } from '@app/moderation';
import { PracticesModule } from '@app/practices';
import './notifications.enums.js';
import { NotificationsLoadersFactory } from './notifications.loaders.js';
import { DigestResolver } from './digest/digest.resolver.js';
import { DigestService } from './digest/digest.service.js';
import { FollowEntity } from './follow/follow.entity.js';
import { PracticeFollowFieldsResolver, ThreadFollowFieldsResolver, TwinningFollowFieldsResolver } from './follow/follow-fields.resolver.js';
import { NotificationSink } from './notification/notification-sink.js';
import { FollowResolver } from './follow/follow.resolver.js';
import { FollowService } from './follow/follow.service.js';
import { FollowTargets } from './follow/follow-targets.js';
import { NotificationEntity } from './notification/notification.entity.js';
import { NotificationListener } from './notification/notification.listener.js';
import { NotificationWriter } from './notification/notification-writer.queries.js';
import { NotificationPublisher } from './notification/notification-publisher.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { NotificationService } from './notification/notification.service.js';
import { RealtimeGateway } from './realtime/realtime.gateway.js';
import { RealtimeService } from './realtime/realtime.service.js';
import { ReplyTokens } from './email/reply-tokens.js';
import { NotificationMailService } from './email/notification-mail.service.js';
import { DigestMailService } from './email/digest-mail.service.js';
import { NotificationSettingsResolver } from './email/notification-settings.resolver.js';
import { NotificationSettingsService } from './email/notification-settings.service.js';
import { UnsubscribeController, UnsubscribeLinks } from './email/unsubscribe.js';
import { EmailReplyService } from './email-reply/email-reply.service.js';
import { InboundSmtpServer } from './email-reply/inbound-smtp.server.js';

@Module({
  imports: [TypeOrmModule.forFeature([FollowEntity, NotificationEntity]), MailModule, MembersModule, PracticesModule, ForumModule, ModerationModule],
  providers: [
    NotificationsLoadersFactory,
    FollowTargets,
    FollowService,
    FollowResolver,
    PracticeFollowFieldsResolver,
    ThreadFollowFieldsResolver,
    TwinningFollowFieldsResolver,
    NotificationSink,
    NotificationService,
    NotificationResolver,
    NotificationWriter,
    NotificationPublisher,
    NotificationListener,
    RealtimeService,
    RealtimeGateway,
    DigestService,
    DigestResolver,
    ReplyTokens,
    NotificationSettingsService,
    NotificationSettingsResolver,
    UnsubscribeLinks,
    NotificationMailService,
    DigestMailService,
    EmailReplyService,
    InboundSmtpServer,
  ],
  controllers: [UnsubscribeController],
  exports: [FollowService, NotificationService, NotificationPublisher, NotificationSink, NotificationsLoadersFactory, RealtimeService, ReplyTokens, NotificationSettingsService, DigestMailService, InboundSmtpServer],
})
export class NotificationsModule {}
