import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailOutboxEntity } from './email-outbox.entity.js';
import { MailTransport } from './mail-transport.js';
import { MailWorker } from './mail-worker.js';
import { Outbox } from './outbox.js';
import { OutboxRetention } from './outbox-retention.js';

/** The durable outbox and the worker that sends it (one per application, whichever libs import it). */
@Module({
  imports: [TypeOrmModule.forFeature([EmailOutboxEntity])],
  providers: [MailTransport, MailWorker, Outbox, OutboxRetention],
  exports: [Outbox, MailWorker, OutboxRetention],
})
export class MailModule {}
