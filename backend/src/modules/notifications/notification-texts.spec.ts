import { NotificationKind } from './notification-kind.enum';
import { notificationText } from './notification-texts';

describe('notification texts', () => {
  it('end a reason with one full stop, whether or not the moderator typed one', () => {
    for (const reason of ['Off theme', 'Off theme.']) {
      expect(notificationText(NotificationKind.STORY_REJECTED, { storyTitle: 'Lamp', reason }, 'en').body).toBe('“Lamp”: Off theme. You can edit it and send it again.');
    }
    for (const reason of ['与主题无关', '与主题无关。']) {
      expect(notificationText(NotificationKind.STORY_REJECTED, { storyTitle: '台灯', reason }, 'zh-CN').body).toBe('《台灯》：与主题无关。修改后可以重新提交。');
    }
  });

  it('name the zone of every time they give, and say when a suspension has no end', () => {
    const at = notificationText(NotificationKind.PRIZE_WON, { prizeName: 'Cup', storyTitle: 'Lamp', claimDeadline: '2026-12-09T04:00:00Z' }, 'en').body!;
    expect(at).toMatch(/Dec 9, 2026.*12:00.*GMT\+8/);
    expect(notificationText(NotificationKind.ACCOUNT_SUSPENDED, { until: null, reason: 'spam' }, 'en').body).toBe('Until further notice. Reason: spam.');
  });
});
