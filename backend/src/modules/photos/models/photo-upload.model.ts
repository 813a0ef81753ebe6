import { Field, ObjectType } from '@nestjs/graphql';
import { Photo } from './photo.model';

@ObjectType('HttpHeader')
export class HttpHeader {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('PhotoUpload')
export class PhotoUpload {
  @Field(() => Photo)
  photo: Photo;

  @Field({ description: 'Send the bytes with HTTP PUT to this URL, with exactly these headers.' })
  uploadUrl: string;

  @Field(() => [HttpHeader])
  uploadHeaders: HttpHeader[];

  @Field()
  expiresAt: Date;
}
