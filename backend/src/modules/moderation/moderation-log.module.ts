import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationActionEntity } from './moderation-action.entity';
import { LoggedDomainEvents } from './logged-domain-events';
import { ModerationLogService } from './moderation-log.service';

/** The audit log writer: every domain that acts on others' content imports this and records here; what it records is also said as domain events. */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationActionEntity])],
  providers: [ModerationLogService, LoggedDomainEvents],
  exports: [ModerationLogService],
})
export class ModerationLogModule {}
