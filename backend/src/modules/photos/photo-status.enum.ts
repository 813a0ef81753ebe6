import { registerEnumType } from '@nestjs/graphql';

export enum PhotoStatus {
  AWAITING_UPLOAD = 'AWAITING_UPLOAD',
  PROCESSING = 'PROCESSING',
  READY = 'READY',
  FAILED = 'FAILED',
}

registerEnumType(PhotoStatus, { name: 'PhotoStatus' });
