import { Field, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { CharacterLength } from '../../../core/validation/character-length.validator';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { ACCEPTED_CONTENT_TYPES, AcceptedContentType, MAX_UPLOAD_BYTES } from '../photo-rules';

/** Only the name itself is kept (no folders a device put in front), without control characters. */
const baseName = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim() : value;

@InputType()
export class PhotoUploadInput {
  @Field()
  @Transform(baseName)
  @IsString()
  @CharacterLength(1, LIMITS.photoFilename, { message: `The file name must be 1 to ${LIMITS.photoFilename} characters.` })
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
