import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { conflictFromUniqueViolation } from '../errors/unique-violation.js';
import { DomainEvent, DomainEventBus, UnitOfWork } from '../events/domain-event-bus.js';
import { rootLogger } from '../logging/logger.js';

/**
 * Opens transactions; the only place that does, so connections are never leaked. A unique
 * index hit by a concurrent write comes out as a CONFLICT naming what collided.
 */
@Injectable()
export class TransactionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: DomainEventBus,
  ) {}

  async run<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const afterCommit: Array<() => void | Promise<void>> = [];
    const result = await this.dataSource
      .transaction(async (em: EntityManager) => {
        const uow: UnitOfWork = {
          em,
          publish: (event: DomainEvent) => this.bus.dispatch(uow, event),
          afterCommit: (callback) => {
            afterCommit.push(callback);
          },
        };
        return work(uow);
      })
      .catch((err: unknown) => {
        throw conflictFromUniqueViolation(err) ?? err;
      });
    for (const callback of afterCommit) {
      try {
        await callback();
      } catch (err) {
        rootLogger.error({ err }, 'after-commit callback failed');
      }
    }
    return result;
  }
}
