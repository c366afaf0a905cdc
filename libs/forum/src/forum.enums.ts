import { registerEnumType } from '@nestjs/graphql';

export enum ThreadStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
}

export enum ThreadOrder {
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_USEFUL = 'MOST_USEFUL',
}

registerEnumType(ThreadStatus, { name: 'ThreadStatus' });
registerEnumType(ThreadOrder, { name: 'ThreadOrder' });
