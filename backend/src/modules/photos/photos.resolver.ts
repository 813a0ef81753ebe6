import { OnModuleInit } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DirectField } from '../../core/graphql/direct-field';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { MediaStorage } from '../../core/storage/media-storage';
import { PhotoUploadInput } from './dto/photo-upload.input';
import { isWithheldKey } from './photo-keys';
import { PhotoUpload } from './models/photo-upload.model';
import { Photo } from './models/photo.model';
import { PhotosService } from './photos.service';

/** How long a moderator's link to a withheld photo works. */
const WITHHELD_LINK_SECONDS = 10 * 60;

@Resolver(() => Photo)
export class PhotosResolver implements OnModuleInit {
  constructor(
    private readonly photos: PhotosService,
    private readonly storage: MediaStorage,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // A photo shown at all is shown alike (which photos a story shows is the story's to say).
    this.shared.same('Photo', ['id', 'status', 'url', 'thumbnailUrl', 'width', 'height']);
  }

  @Mutation(() => PhotoUpload, {
    description: 'Signed-in users: JPEG, PNG or WebP up to 15 MB. PUT the bytes to uploadUrl within 15 minutes, then list the photo in submitStory.',
  })
  @Authorize({ writes: true })
  async requestPhotoUpload(@Viewer() viewer: Viewer, @Args('input') input: PhotoUploadInput): Promise<PhotoUpload> {
    const { photo, upload, expiresAt } = await this.photos.requestUpload(viewer, input);
    return { photo: Photo.from(photo), uploadUrl: upload.url, uploadHeaders: upload.headers, expiresAt };
  }

  @DirectField(() => String, { nullable: true, description: 'Display-size derivative with all metadata (EXIF, GPS) removed; null until READY.' })
  url(photo: Photo): string | null | Promise<string> {
    return this.urlOf(photo.displayKey);
  }

  @DirectField(() => String, { nullable: true, description: 'At most 480 pixels on its longest side; null until READY.' })
  thumbnailUrl(photo: Photo): string | null | Promise<string> {
    return this.urlOf(photo.thumbnailKey);
  }

  /**
   * Public files by their public address; a withheld photo (its story removed) only reaches
   * those who may still see the story, moderators, and only through a link valid a few minutes.
   */
  private urlOf(key: string | null): string | null | Promise<string> {
    if (!key) return null;
    return isWithheldKey(key) ? this.storage.privateUrl(key, WITHHELD_LINK_SECONDS) : this.storage.publicUrl(key);
  }
}
