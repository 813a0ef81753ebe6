import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { ACCEPTED_CONTENT_TYPES, AcceptedContentType, MAX_UPLOAD_BYTES } from '../photo-rules';

/** Only the name itself is kept (no folders a device put in front), without control characters. */
const baseName = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim() : value;

@InputType()
export class PhotoUploadInput {
  @Field()
  @Transform(baseName)
  @IsString()
  @Length(1, 255, { message: 'The file name must be 1 to 255 characters.' })
  filename: string;

  @Field(() => String)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsIn(ACCEPTED_CONTENT_TYPES, { message: 'Photos must be JPEG, PNG or WebP.' })
  contentType: AcceptedContentType;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'The photo is empty.' })
  @Max(MAX_UPLOAD_BYTES, { message: 'A photo may be at most 15 MB.' })
  byteSize: number;
}
