import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { LocalDiskStorage } from './local-disk-storage';
import { LocalMediaController } from './local-media.controller';
import { MediaStorage } from './media-storage';
import { UploadTokenSigner } from './upload-token';

/** Inject `MediaStorage`: S3 when S3_BUCKET is set, local disk under DATA_DIR otherwise. */
@Global()
@Module({
  controllers: [LocalMediaController],
  providers: [
    UploadTokenSigner,
    {
      provide: MediaStorage,
      inject: [AppConfig, UploadTokenSigner],
      useFactory: (config: AppConfig, signer: UploadTokenSigner): MediaStorage =>
        config.s3Enabled ? new (s3().S3Storage)(config) : new LocalDiskStorage(config, signer),
    },
  ],
  exports: [MediaStorage],
})
export class StorageModule {}

/** Loaded only when S3_BUCKET is set: the AWS SDK is large, and local disk needs none of it. */
/* eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as said above */
const s3 = () => require('./s3-storage') as typeof import('./s3-storage');
