import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AppConfig, CoreModule, dataSourceOptions } from '@app/core';
import { MembersModule, ViewerService } from '@app/members';
import { ForumModule } from '@app/forum';
import { ModerationModule } from '@app/moderation';
import { FilesModule } from '@app/files';
import { PracticesModule } from '@app/practices';
import { NotificationsModule } from '@app/notifications';
import { SearchModule } from '@app/search';
import { ReuseModule } from '@app/reuse';
import { TwinningWorkspaceModule } from '@app/twinning-workspace';
import { graphqlOptions } from './graphql/graphql.options.js';
import { createValidationPipe } from './graphql/validation.pipe.js';
import { RejectNulPipe } from './graphql/reject-nul.pipe.js';
import { HealthController } from './health/health.controller.js';
import { GraphqlPassthroughFilter } from './graphql/passthrough.filter.js';
import { WriteThrottlerGuard } from './graphql/write-throttler.guard.js';
import { SearchThrottlerGuard } from './graphql/search-throttler.guard.js';

@Module({})
export class AppModule {
  /** The whole server for a validated configuration whose databaseUrl is known. */
  static forRoot(config: AppConfig, options: { typeormLogger?: TypeOrmLogger } = {}): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule.forRoot: databaseUrl is required');
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          autoLoadEntities: true,
          migrationsRun: true,
          ...(options.typeormLogger ? { logger: options.typeormLogger, logging: ['query'] as const } : {}),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [MembersModule],
          inject: [AppConfig, ViewerService],
          useFactory: graphqlOptions,
        }),
        TerminusModule,
        MembersModule,
        FilesModule,
        PracticesModule,
        ForumModule,
        ModerationModule,
        NotificationsModule,
        ReuseModule,
        TwinningWorkspaceModule,
        SearchModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: RejectNulPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlPassthroughFilter },
        { provide: APP_GUARD, useClass: WriteThrottlerGuard },
        { provide: APP_GUARD, useClass: SearchThrottlerGuard },
      ],
    };
  }
}
