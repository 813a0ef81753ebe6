import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { IsNull, LessThan, MoreThan, Not, Repository } from 'typeorm';
import { ZipFile } from 'yazl';
import type { Viewer } from '../../../core/auth/viewer';
import { RateLimitedError } from '../../../core/errors/app-errors';
import { JobQueue, Scheduler } from '../../../core/jobs/job-queue';
import { MediaStorage, PRIVATE_KEY_PREFIX } from '../../../core/storage/media-storage';
import { NotificationKind } from '../../notifications/notification-kind.enum';
import { NotificationsService } from '../../notifications/notifications.service';
import { DataExportEntity, DataExportStatus } from './data-export.entity';
import { collectUserData, photosOf } from './user-data';

const BUILD_JOB = 'accounts.data-export';
const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;
const ONE_PER_MS = 24 * 3600 * 1000;
const CLEANUP_EVERY_MS = 10 * 60 * 1000;
/** Where the web app's link points; the token follows. */
export const DATA_EXPORT_PATH = '/exports/data/';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * requestDataExport: a ZIP of everything held about the user (data.json: user-data.ts) and their
 * photos at the largest size kept, re-encoded without metadata, built in the job queue and put
 * in private storage. The person is told (inbox and mail) with a link that works once, for 7
 * days; its file is deleted once downloaded or expired. One export a day.
 */
@Injectable()
export class DataExportService implements OnModuleInit {
  private readonly logger = new Logger(DataExportService.name);

  constructor(
    @InjectRepository(DataExportEntity) private readonly exports: Repository<DataExportEntity>,
    private readonly jobs: JobQueue,
    private readonly storage: MediaStorage,
    private readonly notifications: NotificationsService,
    private readonly scheduler: Scheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ exportId: string; token: string }>(BUILD_JOB, (job) => this.build(job.exportId, job.token));
    this.scheduler.every('accounts:data-export-cleanup', CLEANUP_EVERY_MS, () => this.deleteExpired().then(() => undefined));
  }

  async request(viewer: Viewer): Promise<true> {
    const last = await this.exports.findOne({ where: { userId: viewer.id, createdAt: MoreThan(new Date(Date.now() - ONE_PER_MS)) }, order: { createdAt: 'DESC' } });
    if (last) throw new RateLimitedError(Math.max(1, Math.ceil((last.createdAt.getTime() + ONE_PER_MS - Date.now()) / 1000)));
    const token = randomBytes(32).toString('base64url');
    const saved = await this.exports.save(this.exports.create({ userId: viewer.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + EXPORT_LIFETIME_MS) }));
    await this.jobs.enqueue(BUILD_JOB, { exportId: saved.id, token }, { jobId: `data-export:${saved.id}`, attempts: 3 });
    return true;
  }

  /** The job: builds and stores the ZIP, then tells the person where to get it. */
  async build(exportId: string, token: string): Promise<void> {
    const row = await this.exports.findOneBy({ id: exportId, status: DataExportStatus.PENDING });
    if (!row) return;
    const manager = this.exports.manager;
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(await collectUserData(manager, row.userId), null, 2)), 'data.json');
    for (const photo of await photosOf(manager, row.userId)) {
      const bytes = await this.storage.read(photo.key).catch(() => null);
      if (!bytes) continue; // gone meanwhile (its story deleted)
      // sharp keeps no metadata unless asked: no EXIF, GPS or camera serial leaves in the export.
      zip.addBuffer(await sharp(bytes).rotate().jpeg({ quality: 92 }).toBuffer(), `photos/${photo.story_id}/${photo.id}.jpg`);
    }
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const key = `${PRIVATE_KEY_PREFIX}data-exports/${exportId}.zip`;
    await this.storage.write(key, Buffer.concat(chunks), 'application/zip');
    await manager.transaction(async (tx) => {
      await tx.update(DataExportEntity, { id: exportId }, { status: DataExportStatus.READY, storageKey: key, readyAt: new Date() });
      await this.notifications.tell(tx, [
        {
          recipientId: row.userId,
          kind: NotificationKind.DATA_EXPORT_READY,
          params: { expiresAt: row.expiresAt.toISOString() },
          link: `${DATA_EXPORT_PATH}${token}`,
          dedupeKey: `data-export:${exportId}`,
        },
      ]);
    });
    this.logger.log(`data export ${exportId} ready`);
  }

  /** The ZIP for a download token, once: null when unknown, used, expired or not ready. */
  async download(token: string): Promise<Buffer | null> {
    const row = await this.exports.findOneBy({ tokenHash: sha256(token), status: DataExportStatus.READY, downloadedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!row?.storageKey) return null;
    const spent = await this.exports.update({ id: row.id, downloadedAt: IsNull() }, { downloadedAt: new Date() });
    if (!spent.affected) return null;
    const zip = await this.storage.read(row.storageKey);
    // The link works once: the file has no reason to stay.
    await this.forget(row.id, row.storageKey);
    return zip;
  }

  /** Deletes the files of exports whose link has expired; returns how many. The rows stay (one export a day is counted from them). */
  async deleteExpired(now = new Date()): Promise<number> {
    const expired = await this.exports.find({ where: { storageKey: Not(IsNull()), expiresAt: LessThan(now) }, take: 100 });
    for (const row of expired) await this.forget(row.id, row.storageKey!);
    return expired.length;
  }

  private async forget(exportId: string, key: string): Promise<void> {
    await this.storage.delete([key]);
    await this.exports.update({ id: exportId }, { storageKey: null });
  }
}
