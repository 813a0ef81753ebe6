import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';

/** The query parameter a shared link names its sharer with (a user id). */
export const REF_PARAM = 'ref';

/**
 * Every absolute address that leaves the product (shared links, link previews, poster QR codes)
 * is built here from PUBLIC_URL, so that they all agree and follow one setting. The paths are the
 * web app's own routes (frontend/src/lib/paths.ts).
 */
@Injectable()
export class ShareLinks {
  constructor(private readonly config: AppConfig) {}

  get origin(): string {
    return this.config.publicOrigin;
  }

  /** The absolute form of a root-relative path; URLs that are already absolute stay as they are. */
  absolute(pathOrUrl: string): string {
    return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${this.origin}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  story(id: string, sharerId?: string | null): string {
    return this.withRef(`/stories/${encodeURIComponent(id)}`, sharerId);
  }

  campaign(slug: string, sharerId?: string | null): string {
    return this.withRef(`/c/${encodeURIComponent(slug)}`, sharerId);
  }

  profile(userId: string): string {
    return this.absolute(`/u/${encodeURIComponent(userId)}`);
  }

  /** The poster of a story or campaign; its QR code holds the same sharer as the link. */
  poster(kind: 'story' | 'campaign', id: string, sharerId?: string | null): string {
    return this.withRef(`/posters/${kind}/${encodeURIComponent(id)}.png`, sharerId);
  }

  private withRef(path: string, sharerId?: string | null): string {
    const url = this.absolute(path);
    return sharerId ? `${url}?${REF_PARAM}=${encodeURIComponent(sharerId)}` : url;
  }
}
