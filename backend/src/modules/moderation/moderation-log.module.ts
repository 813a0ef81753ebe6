import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';

/** The audit log writer: every domain that acts on others' content imports this and records here. */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationActionEntity])],
  providers: [ModerationLogService],
  exports: [ModerationLogService],
})
export class ModerationLogModule {}
