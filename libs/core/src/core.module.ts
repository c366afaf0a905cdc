import { DynamicModule, Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { MemoryRateLimitStore, RateLimitStore, RedisRateLimitStore } from './rate-limit/rate-limit.store.js';
import { AppConfig } from './config/app-config.js';
import { TokenService } from './auth/token.service.js';
import { TransactionRunner } from './database/transaction-runner.js';
import { DomainEventBus } from './events/domain-event-bus.js';
import { JobQueue } from './jobs/job-queue.js';
import { RequestLoad } from './jobs/request-load.js';
import { WriteLimits } from './rate-limit/write-limits.js';

/** Configuration, tokens, transactions and domain events, available to every lib. */
@Global()
@Module({})
export class CoreModule implements OnModuleDestroy {
  constructor(@Inject(RateLimitStore) private readonly rateLimits: RateLimitStore) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        {
          provide: RateLimitStore,
          useFactory: () => (config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new MemoryRateLimitStore()),
        },
        TokenService,
        TransactionRunner,
        DomainEventBus,
        JobQueue,
        RequestLoad,
        WriteLimits,
      ],
      exports: [AppConfig, RateLimitStore, TokenService, TransactionRunner, DomainEventBus, JobQueue, RequestLoad, WriteLimits],
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.rateLimits.close();
  }
}
