import {
  CopyObjectCommand, DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import {
  assertSafeKey, SERVED_CACHE_CONTROL, joinPublicUrl, MediaObjectMissingError, MediaStorage, UploadTarget,
} from './media-storage';

/** DeleteObjects takes at most this many keys per request. */
const DELETE_BATCH = 1000;

/**
 * S3 or any S3-protocol store, when S3_BUCKET is set. Clients PUT straight to the bucket with a
 * presigned URL whose signature covers Content-Type and Content-Length, so S3 refuses any other
 * body. Served objects carry the bounded cache header as object metadata.
 */
export class S3Storage extends MediaStorage implements OnApplicationShutdown {
  readonly client: S3Client;
  private readonly bucket: string;

  constructor(private readonly config: AppConfig) {
    super();
    this.bucket = config.S3_BUCKET!;
    this.client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? false,
      credentials: { accessKeyId: config.S3_ACCESS_KEY_ID!, secretAccessKey: config.S3_SECRET_ACCESS_KEY! },
      // Otherwise PUTs are sent aws-chunked, and some S3-compatible stores keep the chunk framing.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async createUploadTarget(key: string, contentType: string, byteSize: number, expiresAt: Date): Promise<UploadTarget> {
    assertSafeKey(key);
    const expiresIn = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / 1000));
    const url = await getSignedUrl(
      this.client,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: byteSize }),
      { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
    );
    return { url, headers: [{ name: 'Content-Type', value: contentType }] };
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async readHead(key: string, bytes: number): Promise<Buffer> {
    return this.get(key, `bytes=0-${bytes - 1}`);
  }

  async read(key: string): Promise<Buffer> {
    return this.get(key);
  }

  async write(key: string, body: Buffer, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      ContentLength: body.length,
      CacheControl: SERVED_CACHE_CONTROL,
    }));
  }

  async move(from: string, to: string): Promise<void> {
    assertSafeKey(from);
    assertSafeKey(to);
    try {
      await this.client.send(new CopyObjectCommand({
        Bucket: this.bucket,
        Key: to,
        CopySource: `${this.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
        MetadataDirective: 'COPY',
      }));
    } catch (error) {
      throw isNotFound(error) ? new MediaObjectMissingError(from) : error;
    }
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: from }));
  }

  privateUrl(key: string, expiresInSeconds: number): Promise<string> {
    assertSafeKey(key);
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds });
  }

  async delete(keys: string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const batch = keys.slice(start, start + DELETE_BATCH);
      const result = await this.client.send(new DeleteObjectsCommand({
        Bucket: this.bucket,
        Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
      }));
      const failed = (result.Errors ?? []).filter((error) => error.Code !== 'NoSuchKey');
      if (failed.length) throw new Error(`could not delete ${failed.length} object(s), e.g. ${failed[0].Key}: ${failed[0].Code}`);
    }
  }

  publicUrl(key: string): string {
    assertSafeKey(key);
    if (this.config.MEDIA_PUBLIC_URL) return joinPublicUrl(this.config.MEDIA_PUBLIC_URL, key);
    if (this.config.S3_ENDPOINT) {
      const endpoint = new URL(this.config.S3_ENDPOINT);
      if (this.config.S3_FORCE_PATH_STYLE) return joinPublicUrl(endpoint.origin + endpoint.pathname, `${this.bucket}/${key}`);
      endpoint.hostname = `${this.bucket}.${endpoint.hostname}`;
      return joinPublicUrl(endpoint.origin + endpoint.pathname, key);
    }
    return `https://${this.bucket}.s3.${this.config.S3_REGION}.amazonaws.com/${key}`;
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }

  private async get(key: string, range?: string): Promise<Buffer> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range }));
      if (!object.Body) return Buffer.alloc(0);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      throw isNotFound(error) ? new MediaObjectMissingError(key) : error;
    }
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound');
}
