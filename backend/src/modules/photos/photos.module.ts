import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../../core/storage/storage.module';
import { PhotoByIdLoader } from './photo-by-id.loader';
import { PhotoProcessor } from './photo-processor';
import { PhotoEntity } from './photo.entity';
import { PhotosByStoryIdLoader } from './photos-by-story-id.loader';
import { PhotosResolver } from './photos.resolver';
import { PhotosService } from './photos.service';

/** Imports the (global) StorageModule, which makes `MediaStorage` injectable app-wide. */
@Module({
  imports: [TypeOrmModule.forFeature([PhotoEntity]), StorageModule],
  providers: [PhotosService, PhotoProcessor, PhotosResolver, PhotosByStoryIdLoader, PhotoByIdLoader],
  exports: [PhotosService, PhotosByStoryIdLoader, PhotoByIdLoader],
})
export class PhotosModule {}
