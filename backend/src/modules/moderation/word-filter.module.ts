import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationTermEntity } from './moderation-term.entity';
import { WordFilter } from './word-filter.service';

/** The word list's check, for every domain that takes text (stories, comments). */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationTermEntity])],
  providers: [WordFilter],
  exports: [WordFilter],
})
export class WordFilterModule {}
