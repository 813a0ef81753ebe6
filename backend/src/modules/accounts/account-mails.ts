/**
 * The mails the accounts domain sends about the account itself, in the owner's language. They
 * are not notifications (no inbox entry, no unsubscribe): each answers something just done
 * with the address.
 */
type Language = 'en' | 'zh-CN';
const asLanguage = (value: string | null | undefined): Language => (value === 'en' ? 'en' : 'zh-CN');

export interface AccountMail {
  subject: string;
  text: string;
}

export function passwordResetMail(language: string | null | undefined, link: string): AccountMail {
  return asLanguage(language) === 'en'
    ? {
        subject: 'Reset your password',
        text: `Someone (we hope you) asked to reset the password of your account.\n\nChoose a new password here (the link works once, for 30 minutes):\n${link}\n\nIf it was not you, ignore this e-mail: your password stays as it is.`,
      }
    : {
        subject: '重置你的密码',
        text: `有人（希望是你）申请重置你账号的密码。\n\n请在这里设置新密码（链接只能使用一次，30 分钟内有效）：\n${link}\n\n如果不是你本人操作，请忽略这封邮件，你的密码不会改变。`,
      };
}

export function signUpAttemptMail(language: string | null | undefined, loginLink: string, resetLink: string): AccountMail {
  return asLanguage(language) === 'en'
    ? {
        subject: 'Someone tried to sign up with your address',
        text: `Someone tried to create an account with this e-mail address, but you already have one.\n\nIf it was you, sign in: ${loginLink}\nForgot your password? ${resetLink}\n\nIf it was not you, nothing has changed and you need not do anything.`,
      }
    : {
        subject: '有人尝试用你的邮箱注册',
        text: `有人尝试用这个邮箱地址注册新账号，但你已经有账号了。\n\n如果是你本人，请直接登录：${loginLink}\n忘记密码？${resetLink}\n\n如果不是你本人，你的账号没有任何变化，无需处理。`,
      };
}
