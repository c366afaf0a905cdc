import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Base class of events raised by services inside the transaction that causes them. */
export abstract class DomainEvent {
  readonly occurredAt = new Date();
}

type EventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;

/** What an in-transaction handler gets: the transaction's manager and a way to act after commit. */
export interface UnitOfWork {
  readonly em: EntityManager;
  /** Runs every subscriber of the event inside this transaction (awaited, in registration order). */
  publish(event: DomainEvent): Promise<void>;
  /** Runs after the transaction has committed; never after a rollback. */
  afterCommit(callback: () => void | Promise<void>): void;
}

export type InTransactionHandler<E extends DomainEvent> = (uow: UnitOfWork, event: E) => Promise<void>;

/**
 * Domain events: handlers run inside the transaction of the cause (so their rows
 * commit or roll back with it) and may schedule work for after the commit, such as
 * socket pushes that must only describe committed rows.
 */
@Injectable()
export class DomainEventBus {
  private readonly handlers = new Map<Function, InTransactionHandler<DomainEvent>[]>();

  subscribe<E extends DomainEvent>(type: EventClass<E>, handler: InTransactionHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as InTransactionHandler<DomainEvent>);
    this.handlers.set(type, list);
  }

  async dispatch(uow: UnitOfWork, event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.constructor) ?? []) {
      await handler(uow, event);
    }
  }
}
