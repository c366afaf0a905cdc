import { Controller, Get, Res } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** 200 `{"status":"ok"}` when the database answers, 503 `{"status":"error", "message"}` otherwise. */
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: string; message?: string }> {
    try {
      await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 })]);
      return { status: 'ok' };
    } catch {
      res.status(503);
      return { status: 'error', message: 'Database non raggiungibile' };
    }
  }
}
