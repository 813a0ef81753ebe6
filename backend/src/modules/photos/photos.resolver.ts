import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { MediaStorage } from '../../core/storage/media-storage';
import type { UserEntity } from '../accounts/user.entity';
import { PhotoUploadInput } from './dto/photo-upload.input';
import { PhotoUpload } from './models/photo-upload.model';
import { Photo } from './models/photo.model';
import { PhotosService } from './photos.service';

@Resolver(() => Photo)
export class PhotosResolver {
  constructor(
    private readonly photos: PhotosService,
    private readonly storage: MediaStorage,
  ) {}

  @Mutation(() => PhotoUpload, {
    description: 'Signed-in users: JPEG, PNG or WebP up to 15 MB. PUT the bytes to uploadUrl within 15 minutes, then list the photo in submitStory.',
  })
  @Authorize({ writes: true })
  async requestPhotoUpload(@Viewer() viewer: UserEntity, @Args('input') input: PhotoUploadInput): Promise<PhotoUpload> {
    const { photo, upload, expiresAt } = await this.photos.requestUpload(viewer, input);
    return { photo: Photo.from(photo), uploadUrl: upload.url, uploadHeaders: upload.headers, expiresAt };
  }

  @ResolveField(() => String, { nullable: true, description: 'Display-size derivative with all metadata (EXIF, GPS) removed; null until READY.' })
  url(@Parent() photo: Photo): string | null {
    return photo.displayKey ? this.storage.publicUrl(photo.displayKey) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'At most 480 pixels on its longest side; null until READY.' })
  thumbnailUrl(@Parent() photo: Photo): string | null {
    return photo.thumbnailKey ? this.storage.publicUrl(photo.thumbnailKey) : null;
  }
}
