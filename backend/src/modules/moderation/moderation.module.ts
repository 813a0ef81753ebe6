import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationTermEntity } from './moderation-term.entity';
import { ReportEntity } from './report.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity, ModerationActionEntity, ModerationTermEntity])],
  providers: [],
})
export class ModerationModule {}
