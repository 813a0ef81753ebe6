import { Global, Module } from '@nestjs/common';
import { ModerationLogService } from './moderation-log.service';
import { WordFilter } from './word-filter.service';

/**
 * The audit log writer and the word filter, global because every domain that acts on others'
 * content records here, and every domain that takes text (stories, comments) checks it here.
 */
@Global()
@Module({ providers: [ModerationLogService, WordFilter], exports: [ModerationLogService, WordFilter] })
export class ModerationLogModule {}
