import { Global, Module } from '@nestjs/common';
import { ModerationLogService } from './moderation-log.service';

/** The audit log writer, global because every domain that acts on others' content records here. */
@Global()
@Module({ providers: [ModerationLogService], exports: [ModerationLogService] })
export class ModerationLogModule {}
