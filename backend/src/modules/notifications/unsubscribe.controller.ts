import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { asLanguage, Language } from './notification-texts';
import { NotificationsService } from './notifications.service';
import { UnsubscribeLinks } from './unsubscribe-links';

const PAGE = {
  en: { ask: 'Stop these e-mails?', button: 'Unsubscribe', done: 'Done: you will not get these e-mails any more. Your inbox on the site still has everything.', bad: 'This link is not valid.' },
  'zh-CN': { ask: '不再接收此类邮件？', button: '退订', done: '已退订：你将不再收到此类邮件。网站上的消息中心仍会保留所有通知。', bad: '这个链接无效。' },
};

const page = (language: Language, body: string) =>
  `<!doctype html><html lang="${language}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<title>${PAGE[language].ask}</title><body style="font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;

/**
 * The unsubscribe link of every mail. GET shows one button (mail scanners follow links, and a
 * GET that unsubscribed would let them do it); POST, which that button and mail clients'
 * own one-click button (RFC 8058, List-Unsubscribe-Post) send, does it.
 */
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  async ask(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const link = this.links.verify(query);
    const language = await this.languageOf(link?.userId);
    if (!link) return void res.status(400).type('html').send(page(language, `<p>${PAGE[language].bad}</p>`));
    const action = `?${new URLSearchParams(query as Record<string, string>)}`;
    res.type('html').send(page(language, `<h1>${PAGE[language].ask}</h1><form method="post" action="${escapeAttribute(action)}"><button type="submit">${PAGE[language].button}</button></form>`));
  }

  @Post()
  @HttpCode(200)
  async unsubscribe(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const link = this.links.verify(query);
    const language = await this.languageOf(link?.userId);
    if (!link) return void res.status(400).type('html').send(page(language, `<p>${PAGE[language].bad}</p>`));
    await this.notifications.mute(link.userId, link.scope);
    res.type('html').send(page(language, `<p>${PAGE[language].done}</p>`));
  }

  private async languageOf(userId: string | undefined): Promise<Language> {
    if (!userId) return 'zh-CN';
    return asLanguage((await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId }, select: { language: true } }))?.language);
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
