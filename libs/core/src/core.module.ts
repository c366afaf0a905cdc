import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config.js';
import { TokenService } from './auth/token.service.js';
import { TransactionRunner } from './database/transaction-runner.js';
import { DomainEventBus } from './events/domain-event-bus.js';

/** Configuration, tokens, transactions and domain events, available to every lib. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: AppConfig, useValue: config }, TokenService, TransactionRunner, DomainEventBus],
      exports: [AppConfig, TokenService, TransactionRunner, DomainEventBus],
    };
  }
}
