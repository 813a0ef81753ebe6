import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhotoStatus } from '../photo-status.enum';
import type { PhotoEntity } from '../photo.entity';

@ObjectType('Photo')
export class Photo {
  @Field(() => ID)
  id: string;

  @Field(() => PhotoStatus)
  status: PhotoStatus;

  @Field(() => String, { nullable: true })
  contentType: string | null;

  @Field(() => Int, { nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  height: number | null;

  /** Not fields: url and thumbnailUrl are resolved from these storage keys (null until READY). */
  displayKey: string | null;
  thumbnailKey: string | null;

  static from(entity: PhotoEntity): Photo {
    return Object.assign(new Photo(), {
      id: entity.id,
      status: entity.status,
      contentType: entity.contentType,
      width: entity.width,
      height: entity.height,
      displayKey: entity.status === PhotoStatus.READY ? entity.displayKey : null,
      thumbnailKey: entity.status === PhotoStatus.READY ? entity.thumbnailKey : null,
    });
  }
}
