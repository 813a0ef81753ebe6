import { registerEnumType } from '@nestjs/graphql';

export enum StoryStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  REMOVED = 'REMOVED',
}

registerEnumType(StoryStatus, { name: 'StoryStatus' });
