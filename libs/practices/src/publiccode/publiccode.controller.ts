import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PublicCodeService } from './publiccode.service.js';

/** `GET /pratiche/<slug>/publiccode.yml`: a published practice with a repository as publiccode.yml 0.4; 404 otherwise. */
@Controller('pratiche')
export class PublicCodeController {
  constructor(private readonly publicCode: PublicCodeService) {}

  @Get(':slug/publiccode.yml')
  async publiccode(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const yaml = await this.publicCode.exportPractice(slug);
    res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="publiccode.yml"');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(yaml);
  }
}
