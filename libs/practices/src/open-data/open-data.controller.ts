import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OpenDataService } from './open-data.service.js';
import type { CatalogueParams } from './open-data.service.js';
import { csvHeader, csvLine } from './open-data.rows.js';
import type { OpenDataRow } from './open-data.rows.js';

/** Open data anybody may read (and any site fetch): CORS open, cached for a few minutes. */
function openHeaders(res: Response, contentType: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'public, max-age=300');
}

/**
 * `GET /opendata/pratiche.csv` and `.json`: every published practice (the catalogue page's
 * parameters `q`, `tema`, `regione`, `convergenza`, `ordine` select and order them as the page
 * does); `GET /opendata/catalogo.jsonld`: the DCAT-AP_IT catalogue describing that dataset.
 */
@Controller('opendata')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('pratiche.csv')
  async csv(@Query() params: CatalogueParams, @Res() res: Response): Promise<void> {
    const rows = this.openData.rows(params);
    // The first page is read before any byte is sent, so that a bad parameter is still a 400.
    const first = await rows.next();
    openHeaders(res, 'text/csv; charset=utf-8; header=present');
    res.setHeader('Content-Disposition', 'attachment; filename="pratiche.csv"');
    res.write(csvHeader());
    if (!first.done) res.write(csvLine(first.value));
    for await (const row of rows) res.write(csvLine(row));
    res.end();
  }

  @Get('pratiche.json')
  async json(@Query() params: CatalogueParams, @Res() res: Response): Promise<void> {
    const rows: OpenDataRow[] = [];
    for await (const row of this.openData.rows(params)) rows.push(row);
    openHeaders(res, 'application/json; charset=utf-8');
    res.send(JSON.stringify(rows));
  }

  @Get('catalogo.jsonld')
  async catalogue(@Res() res: Response): Promise<void> {
    const document = await this.openData.catalogue();
    openHeaders(res, 'application/ld+json; charset=utf-8');
    res.send(JSON.stringify(document, null, 2));
  }
}
