import { NotificationKind } from './notification-kind.enum';

/** The facts a notification is written from; each kind uses some of them. */
export interface NotificationParams {
  storyTitle?: string;
  reason?: string | null;
  /** LIKE_MILESTONE: the count reached. */
  milestone?: number;
  /** REPORT_RESOLVED: whether the report led to action. The moderator is never named. */
  outcome?: 'ACTION_TAKEN' | 'NO_ACTION';
  prizeName?: string;
  /** ISO timestamps. */
  claimDeadline?: string | null;
  until?: string | null;
  expiresAt?: string;
  /** STORY_COMMENTED / COMMENT_REPLIED: who wrote, and the first words. */
  authorName?: string;
  excerpt?: string;
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const asLanguage = (value: string | null | undefined): Language => (value === 'en' ? 'en' : 'zh-CN');

export interface NotificationText {
  title: string;
  body: string | null;
}

type Writer = (p: NotificationParams, when: (iso: string | null | undefined) => string) => NotificationText;

/** A reason as a sentence: its own closing mark if it has one, else the language's full stop. */
const sentence = (text: string | null | undefined, stop: string) => {
  const trimmed = (text ?? '').trim();
  return /[.!?。！？…]$/.test(trimmed) ? trimmed : `${trimmed}${stop}`;
};

/** Quoted the way each language quotes a title. */
const quoted = { en: (t?: string) => `“${t ?? ''}”`, 'zh-CN': (t?: string) => `《${t ?? ''}》` };

const TEXTS: Record<Language, Record<NotificationKind, Writer>> = {
  en: {
    STORY_APPROVED: (p) => ({ title: 'Your story is live', body: `${quoted.en(p.storyTitle)} was approved and is now in the campaign.` }),
    STORY_REJECTED: (p) => ({ title: 'Your story was not approved', body: `${quoted.en(p.storyTitle)}: ${sentence(p.reason, '.')} You can edit it and send it again.` }),
    STORY_REMOVED: (p) => ({ title: 'Your story was removed', body: `${quoted.en(p.storyTitle)}: ${p.reason ?? ''}` }),
    STORY_FEATURED: (p) => ({ title: 'Your story is featured!', body: `The brand picked ${quoted.en(p.storyTitle)} as a favourite.` }),
    STORY_COMMENTED: (p) => ({ title: `${p.authorName ?? 'Someone'} commented on your story`, body: p.excerpt ?? null }),
    COMMENT_REPLIED: (p) => ({ title: `${p.authorName ?? 'Someone'} replied to your comment`, body: p.excerpt ?? null }),
    LIKE_MILESTONE: (p) => ({ title: `${p.milestone} likes!`, body: `${quoted.en(p.storyTitle)} has reached ${p.milestone} likes.` }),
    REPORT_RESOLVED: (p) => ({
      title: 'Thanks for your report',
      body: p.outcome === 'ACTION_TAKEN'
        ? 'A moderator reviewed it and took action.'
        : 'A moderator reviewed it and found it within the rules.',
    }),
    PRIZE_WON: (p, when) => ({ title: `You won: ${p.prizeName ?? 'a prize'}`, body: `For ${quoted.en(p.storyTitle)}. Claim it by ${when(p.claimDeadline)}.` }),
    ACCOUNT_SUSPENDED: (p, when) => ({ title: 'Your account is suspended', body: `${p.until ? `Until ${when(p.until)}` : 'Until further notice'}. Reason: ${sentence(p.reason, '.')}` }),
    DATA_EXPORT_READY: (p, when) => ({ title: 'Your data export is ready', body: `Download it before ${when(p.expiresAt)}.` }),
  },
  'zh-CN': {
    STORY_APPROVED: (p) => ({ title: '你的故事已上线', body: `${quoted['zh-CN'](p.storyTitle)} 已通过审核，现在大家都能看到了。` }),
    STORY_REJECTED: (p) => ({ title: '你的故事未通过审核', body: `${quoted['zh-CN'](p.storyTitle)}：${sentence(p.reason, '。')}修改后可以重新提交。` }),
    STORY_REMOVED: (p) => ({ title: '你的故事已被移除', body: `${quoted['zh-CN'](p.storyTitle)}：${p.reason ?? ''}` }),
    STORY_FEATURED: (p) => ({ title: '你的故事被精选了！', body: `品牌方把 ${quoted['zh-CN'](p.storyTitle)} 选为精选。` }),
    STORY_COMMENTED: (p) => ({ title: `${p.authorName ?? '有人'} 评论了你的故事`, body: p.excerpt ?? null }),
    COMMENT_REPLIED: (p) => ({ title: `${p.authorName ?? '有人'} 回复了你的评论`, body: p.excerpt ?? null }),
    LIKE_MILESTONE: (p) => ({ title: `获得 ${p.milestone} 个赞！`, body: `${quoted['zh-CN'](p.storyTitle)} 已获得 ${p.milestone} 个赞。` }),
    REPORT_RESOLVED: (p) => ({
      title: '感谢你的举报',
      body: p.outcome === 'ACTION_TAKEN' ? '版主已审核并作出处理。' : '版主已审核，该内容未违反规则。',
    }),
    PRIZE_WON: (p, when) => ({ title: `你获奖了：${p.prizeName ?? '奖品'}`, body: `获奖作品 ${quoted['zh-CN'](p.storyTitle)}。请在 ${when(p.claimDeadline)} 前领取。` }),
    ACCOUNT_SUSPENDED: (p, when) => ({ title: '你的账号已被暂停', body: `${p.until ? `暂停至 ${when(p.until)}` : '暂停期限待定'}。原因：${sentence(p.reason, '。')}` }),
    DATA_EXPORT_READY: (p, when) => ({ title: '你的数据导出已准备好', body: `请在 ${when(p.expiresAt)} 前下载。` }),
  },
};

/**
 * Times are written in China Standard Time, with the zone named: the brand's customers are
 * there, and a named zone cannot be misread by anyone who is not.
 */
const dateWriter = (language: Language) => {
  const format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai', timeZoneName: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');
};

const WHEN = { en: dateWriter('en'), 'zh-CN': dateWriter('zh-CN') };

export function notificationText(kind: NotificationKind, params: NotificationParams, language: Language): NotificationText {
  return TEXTS[language][kind](params, WHEN[language]);
}

/** The first words of a comment, for a notification's body. */
export function excerpt(text: string, max = 80): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
