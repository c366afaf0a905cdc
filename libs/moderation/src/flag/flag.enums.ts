import { registerEnumType } from '@nestjs/graphql';

export enum FlagStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}

export enum FlagResolution {
  HIDE_POST = 'HIDE_POST',
  DISMISS = 'DISMISS',
}

registerEnumType(FlagStatus, { name: 'FlagStatus' });
registerEnumType(FlagResolution, { name: 'FlagResolution' });
