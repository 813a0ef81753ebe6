import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../core/graphql/request-context';
import { PhotoByIdLoader } from '../photos/photo-by-id.loader';
import { UserByIdLoader } from './user-by-id.loader';

/**
 * For a page's prefetch (PagePrefetch) of something that has people on it (stories' authors,
 * comments' authors): the users, and their avatars' photos when the query asks for avatarUrl
 * (User.avatarUrl reads them), held so that those fields resolve at once.
 */
@Injectable()
export class UserPrefetch {
  constructor(
    private readonly users: UserByIdLoader,
    private readonly photos: PhotoByIdLoader,
  ) {}

  async load(context: RequestContext, ids: (string | null)[], selected: Set<string>): Promise<void> {
    const users = await context.loaders.prefetch(this.users, ids.filter((id): id is string => !!id));
    if (!selected.has('avatarUrl')) return;
    const avatars = users.flatMap((user) => (user?.avatarPhotoId ? [user.avatarPhotoId] : []));
    if (avatars.length) await context.loaders.prefetch(this.photos, avatars);
  }
}
