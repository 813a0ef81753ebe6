import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { PageArgs } from '../../../core/pagination/page.args';
import { NotificationKind } from '../notification-kind.enum';
import { LANGUAGES } from '../notification-texts';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @IdField({ list: true, nullable: true, description: 'No ids: all.' })
  @ArrayMaxSize(100)
  ids?: string[] | null;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'zh-CN or en.' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string | null;

  @Field(() => [NotificationKind], { nullable: true, description: 'The mailable kinds to receive by e-mail; the rest are not mailed.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(NotificationKind, { each: true })
  emailKinds?: NotificationKind[] | null;
}
