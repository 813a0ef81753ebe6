import { OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig } from '../config/app-config';
import { assertSafeKey, joinPublicUrl, MediaObjectMissingError, MediaStorage, UploadTarget } from './media-storage';
import { UploadTokenSigner } from './upload-token';

/** Why an upload to the local endpoint was refused, with the HTTP status to answer. */
export class UploadRejectedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = UploadRejectedError.name;
  }
}

/** Where uploads are written while they arrive: keys never start with a dot, so never here. */
const PARTIAL_DIR = '.partial';
/** Longer than any upload can take (its URL lasts 15 minutes): older partial files are leftovers of a crash. */
const PARTIAL_MAX_AGE_MS = 3600 * 1000;

/**
 * The default store: files under DATA_DIR/media. Clients PUT to the backend's own `/uploads/<token>`
 * (see LocalMediaController), and the backend serves the results at `/media/<key>`.
 */
export class LocalDiskStorage extends MediaStorage implements OnApplicationBootstrap {
  readonly root: string;

  constructor(
    private readonly config: AppConfig,
    private readonly signer: UploadTokenSigner,
  ) {
    super();
    this.root = join(config.dataDir, 'media');
  }

  /** A crash mid-upload leaves a partial file (metadata and all): remove those on start. */
  async onApplicationBootstrap(): Promise<void> {
    const dir = join(this.root, PARTIAL_DIR);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > PARTIAL_MAX_AGE_MS) await rm(join(dir, name), { force: true });
    }
  }

  async createUploadTarget(key: string, contentType: string, byteSize: number, expiresAt: Date): Promise<UploadTarget> {
    assertSafeKey(key);
    const token = this.signer.sign({ key, contentType, byteSize, expiresAt });
    // Root-relative: the web app is served by this backend, so it is same-origin.
    return { url: `/uploads/${token}`, headers: [{ name: 'Content-Type', value: contentType }] };
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async readHead(key: string, bytes: number): Promise<Buffer> {
    let file;
    try {
      file = await open(this.pathOf(key), 'r');
    } catch (error) {
      throw isMissing(error) ? new MediaObjectMissingError(key) : error;
    }
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  async read(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      throw isMissing(error) ? new MediaObjectMissingError(key) : error;
    }
  }

  /** Written beside and renamed into place, so a reader never sees half a file. */
  async write(key: string, body: Buffer, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    const partial = await this.partialPath();
    try {
      await writeFile(partial, body, { mode: 0o600 });
      await mkdir(dirname(target), { recursive: true });
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      const path = this.pathOf(key);
      await rm(path, { force: true });
      // Photos keep one folder each: drop it once empty (it is fine if it is not).
      await rmdir(dirname(path)).catch(() => undefined);
    }
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(this.pathOf(from), target);
    } catch (error) {
      throw isMissing(error) ? new MediaObjectMissingError(from) : error;
    }
    await rmdir(dirname(this.pathOf(from))).catch(() => undefined);
  }

  async privateUrl(key: string, expiresInSeconds: number): Promise<string> {
    assertSafeKey(key);
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    return `/media/${key}?expires=${expires}&signature=${this.signer.signRead(key, expires)}`;
  }

  publicUrl(key: string): string {
    assertSafeKey(key);
    return this.config.MEDIA_PUBLIC_URL ? joinPublicUrl(this.config.MEDIA_PUBLIC_URL, key) : `/media/${key}`;
  }

  /**
   * Streams an upload to disk: exactly `byteSize` bytes or nothing. Bytes arrive in a partial
   * file that is linked into place only when complete (a link refuses to replace an existing
   * object, so a granted key is written once), and removed whatever happens.
   */
  async receiveUpload(key: string, body: Readable, byteSize: number): Promise<void> {
    const target = this.pathOf(key);
    if (await this.stat(key)) throw new UploadRejectedError(409, 'This photo has already been uploaded.');
    const partial = await this.partialPath();
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > byteSize) callback(new UploadRejectedError(413, `The body is longer than the declared ${byteSize} bytes.`));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      if (received !== byteSize) {
        throw new UploadRejectedError(400, `The body has ${received} bytes; ${byteSize} were declared.`);
      }
      await mkdir(dirname(target), { recursive: true });
      await link(partial, target).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new UploadRejectedError(409, 'This photo has already been uploaded.') : error;
      });
    } finally {
      await rm(partial, { force: true });
    }
  }

  /** The file of a key, or an error for any key that could leave the media folder. */
  pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the media folder: ${key}`);
    return path;
  }

  private async partialPath(): Promise<string> {
    const dir = join(this.root, PARTIAL_DIR);
    await mkdir(dir, { recursive: true });
    return join(dir, randomBytes(16).toString('hex'));
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
