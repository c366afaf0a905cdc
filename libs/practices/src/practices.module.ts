import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@app/files';
import { MembersModule } from '@app/members';
import './enums.js';
import { DocumentDownloadController } from './document/document-download.controller.js';
import { DocumentTextWorker } from './document/document-text.worker.js';
import { DocumentUrls } from './document/document-urls.js';
import { DocumentEntity, DocumentVersionEntity } from './document/document.entity.js';
import { DocumentResolver, DocumentVersionResolver, PracticeDocumentsResolver, TwinningDocumentsResolver } from './document/document.resolver.js';
import { DocumentService } from './document/document.service.js';
import { OpenDataController } from './open-data/open-data.controller.js';
import { OpenDataService } from './open-data/open-data.service.js';
import { PublicCodeController } from './publiccode/publiccode.controller.js';
import { PublicCodeResolver } from './publiccode/publiccode.resolver.js';
import { PublicCodeService } from './publiccode/publiccode.service.js';
import { AdministrationPracticesResolver } from './practice/administration-practices.resolver.js';
import { PracticeContactEntity } from './practice/practice-contact.entity.js';
import { PracticeEntity } from './practice/practice.entity.js';
import { PracticeResolver } from './practice/practice.resolver.js';
import { PracticeService } from './practice/practice.service.js';
import { TextSearchService } from './practice/text-search.service.js';
import { PracticeUpdateEntity } from './practice-update/practice-update.entity.js';
import { PracticeUpdateResolver } from './practice-update/practice-update.resolver.js';
import { PracticesLoadersFactory } from './practices.loaders.js';
import { TwinningReceivingAdministrationEntity } from './twinning/twinning-receiving-administration.entity.js';
import { TwinningStatusChangeEntity } from './twinning/twinning-status-change.entity.js';
import { TwinningEntity } from './twinning/twinning.entity.js';
import { TwinningResolver, TwinningStatusChangeResolver } from './twinning/twinning.resolver.js';
import { TwinningService } from './twinning/twinning.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PracticeEntity,
      PracticeContactEntity,
      PracticeUpdateEntity,
      TwinningEntity,
      TwinningReceivingAdministrationEntity,
      TwinningStatusChangeEntity,
      DocumentEntity,
      DocumentVersionEntity,
    ]),
    MembersModule,
    FilesModule,
  ],
  controllers: [DocumentDownloadController, OpenDataController, PublicCodeController],
  providers: [
    PracticeService,
    TextSearchService,
    PracticesLoadersFactory,
    PracticeResolver,
    PracticeUpdateResolver,
    AdministrationPracticesResolver,
    TwinningService,
    TwinningResolver,
    TwinningStatusChangeResolver,
    DocumentService,
    DocumentTextWorker,
    DocumentUrls,
    DocumentResolver,
    DocumentVersionResolver,
    PracticeDocumentsResolver,
    TwinningDocumentsResolver,
    OpenDataService,
    PublicCodeService,
    PublicCodeResolver,
  ],
  exports: [PracticeService, TextSearchService, PracticesLoadersFactory, TwinningService, DocumentService, DocumentUrls],
})
export class PracticesModule {}
