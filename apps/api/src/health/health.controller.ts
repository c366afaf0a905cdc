import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** 200 `{"status":"ok"}` when the database answers, 503 otherwise. */
  @Get()
  async check(): Promise<{ status: string }> {
    try {
      await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 })]);
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'error', message: 'Database non raggiungibile' });
    }
  }
}
