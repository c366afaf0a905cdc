import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig, BadUserInputError, MAX_PAGE_SIZE, ViewerContext } from '@app/core';
import { AdministrationEntity, Region, Theme } from '@app/members';
import { PracticeOrder, PracticeStatus } from '../enums.js';
import type { PracticeFilter } from '../practice/dto/practices.args.js';
import { PracticeService } from '../practice/practice.service.js';
import { dcatCatalogue } from './dcat-catalogue.js';
import { latestPublishedUpdate } from './open-data.queries.js';
import { openDataRow, type OpenDataRow } from './open-data.rows.js';

/** The catalogue page's URL parameters (`/pratiche?q=&tema=&regione=&convergenza=1&ordine=`), which the CSV download repeats. */
export interface CatalogueParams {
  q?: unknown;
  tema?: unknown;
  regione?: unknown;
  convergenza?: unknown;
  ordine?: unknown;
}

const ORDERS: Record<string, PracticeOrder> = {
  '': PracticeOrder.RELEVANCE,
  recenti: PracticeOrder.NEWEST,
  aggiornate: PracticeOrder.UPDATED,
  titolo: PracticeOrder.TITLE,
};

function one(value: unknown, name: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw BadUserInputError.field(name, `il parametro ${name} va indicato una volta sola`);
  return value.trim();
}

/** The catalogue's filter and order from its URL parameters; BAD_USER_INPUT naming a parameter with an unknown value. */
export function catalogueQuery(params: CatalogueParams): { filter: PracticeFilter; orderBy: PracticeOrder } {
  const theme = one(params.tema, 'tema');
  const region = one(params.regione, 'regione');
  const convergence = one(params.convergenza, 'convergenza');
  const order = one(params.ordine, 'ordine');
  if (theme && !(Object.values(Theme) as string[]).includes(theme)) throw BadUserInputError.field('tema', `tema sconosciuto: ${theme}`);
  if (region && !(Object.values(Region) as string[]).includes(region)) throw BadUserInputError.field('regione', `regione sconosciuta: ${region}`);
  if (convergence && convergence !== '1' && convergence !== '0') throw BadUserInputError.field('convergenza', 'convergenza vale 1 o 0');
  if (!(order in ORDERS)) throw BadUserInputError.field('ordine', 'ordine vale recenti, aggiornate o titolo');
  return {
    filter: {
      query: one(params.q, 'q') || null,
      themes: theme ? [theme as Theme] : null,
      region: (region as Region) || null,
      convergenceOnly: convergence === '1' || null,
      status: PracticeStatus.PUBLISHED,
    },
    orderBy: ORDERS[order],
  };
}

/**
 * Open data: every published practice (or those the catalogue's filters select) as rows of the
 * documented columns, read page by page through the catalogue's own query (the same filters,
 * full-text search and order), and the DCAT-AP_IT catalogue describing the dataset.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticeService,
    private readonly config: AppConfig,
  ) {}

  async *rows(params: CatalogueParams): AsyncGenerator<OpenDataRow> {
    const { filter, orderBy } = catalogueQuery(params);
    const viewer = ViewerContext.anonymous();
    let after: string | null = null;
    do {
      const page = await this.practices.list(viewer, { filter, orderBy, first: MAX_PAGE_SIZE, after });
      const ids = [...new Set(page.nodes.map((p) => p.offeringAdministrationId))];
      const administrations = ids.length ? await this.dataSource.getRepository(AdministrationEntity).findBy({ id: In(ids) }) : [];
      const byId = new Map(administrations.map((a) => [a.id, a]));
      for (const practice of page.nodes) yield openDataRow(practice, byId.get(practice.offeringAdministrationId), this.config.publicUrl);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }

  async catalogue(): Promise<Record<string, unknown>> {
    return dcatCatalogue({
      publicUrl: this.config.publicUrl,
      publisherName: this.config.openData.publisherName,
      publisherIpa: this.config.openData.publisherIpa,
      modified: await latestPublishedUpdate(this.dataSource),
    });
  }
}
