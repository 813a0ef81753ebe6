import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/connection';
import type { NotificationEntity } from '../notification.entity';
import { NotificationKind } from '../notification-kind.enum';
import { Language, notificationText } from '../notification-texts';

@ObjectType('Notification')
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: "In the recipient's language." })
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  /** Not fields: the ids behind `story` and `comment`. */
  storyId: string | null;
  commentId: string | null;

  @Field(() => String, { nullable: true, description: 'Where the web app takes the reader (a path such as /stories/<id>).' })
  link: string | null;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;

  static from(entity: NotificationEntity, language: Language): Notification {
    const text = notificationText(entity.kind, entity.params, language);
    return Object.assign(new Notification(), {
      id: entity.id, kind: entity.kind, title: text.title, body: text.body, storyId: entity.storyId, commentId: entity.commentId,
      link: entity.link, read: entity.readAt !== null, createdAt: entity.createdAt,
    });
  }
}

/** A Connection with the unread count beside it (the badge), so the header needs one query. */
@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [Notification])
  nodes: Notification[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Not a field: whose inbox, for unreadCount. */
  recipientId: string;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsModel {
  @Field({ description: 'zh-CN or en: notifications and mails are written in it.' })
  language: string;

  @Field(() => [NotificationKind], { description: 'The kinds that are also sent by e-mail (the others are never mailed).' })
  emailKinds: NotificationKind[];

  @Field(() => [NotificationKind], { description: 'Every kind that can be mailed, for the settings page.' })
  mailableKinds: NotificationKind[];
}
