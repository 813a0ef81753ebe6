import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { AccountsService, SignInClient } from '../accounts/accounts.service';
import { SessionsService } from '../accounts/sessions/sessions.service';
import { CommentsService } from '../engagement/comments.service';
import { LikesService } from '../engagement/likes.service';
import { FinaleService } from '../finale/finale.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PhotosService } from '../photos/photos.service';
import { PointsLedger } from '../points/points-ledger';
import { StoriesService } from '../stories/stories.service';

/**
 * deleteMyAccount: the owner erases their account, at once and for good. Each domain removes
 * what it holds, in one transaction: stories leave every list, photos' rows go (and after the
 * commit every stored copy), likes go with their counts, comments become "[deleted]", prize
 * claims are erased, the inbox and the points ledger go, and the account keeps only a pseudonym (the moderation log
 * and frozen results keep their shape). Every session ends, on every instance, sockets included.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly stories: StoriesService,
    private readonly photos: PhotosService,
    private readonly likes: LikesService,
    private readonly comments: CommentsService,
    private readonly finale: FinaleService,
    private readonly notifications: NotificationsService,
    private readonly points: PointsLedger,
  ) {}

  async deleteAccount(viewer: Viewer, password: string, from: SignInClient): Promise<true> {
    await this.accounts.confirmPassword(viewer, password, from, 'password');
    const userId = viewer.id;
    const { storyIds, keys } = await this.dataSource.transaction(async (manager) => {
      const storyIds = await this.stories.removeAllOfAuthor(manager, userId);
      const photoKeys = await this.photos.deleteAllOf(manager, userId, storyIds);
      await this.likes.removeAllOf(manager, userId);
      await this.comments.deleteAllOf(manager, userId);
      await this.finale.eraseClaimsOf(manager, userId);
      await this.notifications.deleteAllOf(manager, userId);
      await this.points.deleteAllOf(manager, userId);
      const exportKeys = await this.accounts.erase(manager, userId);
      return { storyIds, keys: [...photoKeys, ...exportKeys] };
    });
    await this.sessions.announce(userId);
    await this.photos.deleteMedia(keys);
    await this.stories.announceRemoved(storyIds);
    return true;
  }
}
