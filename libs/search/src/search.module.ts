import { Module } from '@nestjs/common';
import { PracticesModule } from '@app/practices';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({ imports: [PracticesModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}
