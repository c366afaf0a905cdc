import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { PracticesModule } from '@app/practices';
import './reuse.enums.js';
import { AdoptionEntity, AdoptionStageChangeEntity } from './adoption/adoption.entity.js';
import { AdoptionResolver, AdoptionStageChangeResolver, PracticeAdoptionsResolver } from './adoption/adoption.resolver.js';
import { AdoptionService } from './adoption/adoption.service.js';
import { CoverageResolver } from './coverage/coverage.resolver.js';
import { CoverageService } from './coverage/coverage.service.js';
import { MatchService } from './match/match.service.js';
import { NeedEntity } from './need/need.entity.js';
import { NeedResolver, PracticeMatchResolver } from './need/need.resolver.js';
import { NeedService } from './need/need.service.js';
import { AdministrationReuseResolver, NotificationReuseResolver } from './reuse-fields.resolver.js';
import { ReuseListener } from './reuse.listener.js';
import { ReuseLoadersFactory } from './reuse.loaders.js';

/** Needs, their matching with the catalogue, the adoption ledger and the coverage map. */
@Module({
  imports: [TypeOrmModule.forFeature([NeedEntity, AdoptionEntity, AdoptionStageChangeEntity]), MembersModule, PracticesModule, NotificationsModule],
  providers: [
    ReuseLoadersFactory,
    MatchService,
    NeedService,
    NeedResolver,
    PracticeMatchResolver,
    AdoptionService,
    AdoptionResolver,
    AdoptionStageChangeResolver,
    PracticeAdoptionsResolver,
    AdministrationReuseResolver,
    NotificationReuseResolver,
    CoverageService,
    CoverageResolver,
    ReuseListener,
  ],
  exports: [NeedService, AdoptionService, MatchService],
})
export class ReuseModule {}
