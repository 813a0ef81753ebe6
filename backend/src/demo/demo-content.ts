import type { Illustration } from './demo-illustrations';

/** The demo's campaigns, people and stories: warm, small, believable. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_ACCOUNTS = [
  { email: 'customer@demo.local', displayName: '小林 Lin', role: 'CUSTOMER' },
  { email: 'moderator@demo.local', displayName: 'Mod 阿May', role: 'MODERATOR' },
  { email: 'brand@demo.local', displayName: '品牌小助手 Brand', role: 'BRAND_STAFF' },
  { email: 'admin@demo.local', displayName: 'Admin 管理员', role: 'ADMIN' },
] as const;

/** Authors and likers, who sign in with random passwords nobody knows. */
export const DEMO_PEOPLE = [
  '糖糖', 'Momo', '阿杰', 'Yuki 雪', '周周', 'Chen Wei', '小鹿', 'Ada', '暖暖', 'Leo 狮子', '一颗柚子', 'Nina',
];

export interface DemoStory {
  title: string;
  body: string;
  pictures: Illustration[];
  rights?: boolean;
  /** Left waiting for a moderator. */
  pending?: boolean;
  featured?: string;
  /** The brand's judges score it highest (a JUDGES prize of an ended campaign). */
  judgesPick?: boolean;
  /** SKUs from the campaign's product list the brand tags it with once approved (the product-page gallery selects by them). */
  products?: string[];
}

export interface DemoCampaign {
  slug: string;
  title: string;
  description: string;
  hashtag: string;
  rules: string;
  /** Days from now. */
  startsInDays: number;
  endsInDays: number;
  requiresModeration: boolean;
  cover: Illustration;
  stories: DemoStory[];
  /** Added while it runs; an ended campaign's are drawn, finalised and the first winner claims. */
  prizes?: DemoPrize[];
  /** The campaign's product list, for tagging stories. */
  products?: { sku: string; name: string; url: string | null }[];
  /** What authors are asked to agree to when they grant reuse (shown beside the scopes on the submit form). */
  licenceText?: string;
}

export interface DemoPrize {
  name: string;
  description: string;
  quantity: number;
  method: 'RANK' | 'JUDGES' | 'DRAW';
}

/** What the demo's first winner claims with (a made-up address). */
export const DEMO_CLAIM = { recipientName: '王小明', phone: '+86 138 0000 0000', address: '上海市示例区演示路 1 号 (demo address)' };

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    slug: 'my-little-life-things',
    title: '我的生活小物 · My little life things',
    description: '晒出让你每天都更好一点的小东西。Share the small things that make your days a little better.',
    hashtag: '#我的生活小物',
    rules: '1. 用自己拍的照片，最多 9 张。Your own photos, up to 9.\n2. 讲讲它为什么让你开心。Tell us why it makes you happy.\n3. 点赞最多的故事登上排行榜。The most-liked stories top the leaderboard.',
    startsInDays: -6,
    endsInDays: 24,
    requiresModeration: true,
    cover: 'lamp',
    products: [
      { sku: 'MUG-01', name: '手作陶瓷杯 · Handmade ceramic mug', url: null },
      { sku: 'LAMP-02', name: '暖光台灯 · Warm desk lamp', url: null },
    ],
    licenceText:
      '你保留故事和照片的著作权。你勾选的用途，品牌可以免费、非独占地使用，并署上你的昵称；你随时可以在「我的故事」里撤回，撤回后一分钟内不再出现在新的地方。\nYou keep the copyright of your story and photos. For the uses you tick, the brand may use them free of charge and non-exclusively, credited with your display name; you can withdraw any of them at any time in My stories, and within a minute they stop appearing anywhere new.',
    stories: [
      { title: '把家变温暖的小台灯', body: '搬进新家的第一周，房间总觉得冷冰冰的。换上这盏暖光台灯以后，晚上回家终于有了"家"的感觉。#我的生活小物 #温馨小家', pictures: ['lamp', 'candle', 'books'], rights: true, featured: '暖到心里 · Pure warmth', products: ['LAMP-02'] },
      { title: 'My morning mug', body: 'Every morning starts with this mug. It keeps my coffee warm through two meetings. #我的生活小物 #morning', pictures: ['mug'], rights: true, products: ['MUG-01'] },
      { title: '阳台上的小绿植', body: '每天浇水的五分钟，是我一天里最安静的时刻。它已经长出三片新叶子啦 🌱 #我的生活小物', pictures: ['plant', 'sun'], rights: true },
      { title: '睡前读书角', body: '一摞书、一盏灯、一杯热牛奶。手机放远一点，睡得也好一点。#我的生活小物 #阅读', pictures: ['books', 'lamp'] },
      { title: 'Candle for rainy days', body: 'When it rains I light this candle and the whole room smells like orange peel. #我的生活小物', pictures: ['candle'], rights: true },
      { title: '妈妈送的马克杯', body: '上大学时妈妈寄来的杯子，用了六年还是最喜欢。#我的生活小物 #家的味道', pictures: ['mug', 'plant'] },
      { title: 'Tiny desk jungle', body: 'Three small plants on my work desk. Colleagues now come by just to say hi to them. #我的生活小物 #plants', pictures: ['plant'] },
      { title: '周末的小确幸', body: '周末早上不定闹钟，泡一杯茶，看阳光一点点爬上桌子。#我的生活小物', pictures: ['sun', 'mug'], rights: true, products: ['MUG-01'] },
      { title: 'Lamp that saved my evenings', body: 'Warm light instead of the ceiling light: my eyes thank me every night. #我的生活小物', pictures: ['lamp'] },
      { title: '书架上的旧时光', body: '整理书架时翻到高中的笔记本，原来那时候的烦恼现在看都好可爱。#我的生活小物', pictures: ['books'] },
      { title: '第一次养的多肉', body: '买回来的时候只有一小颗，现在已经爆盆啦！#我的生活小物 #多肉', pictures: ['plant'], pending: true },
      { title: 'Evening tea ritual', body: 'Chamomile, a blanket and no screens after nine. #我的生活小物', pictures: ['mug', 'candle'], pending: true },
      { title: '香薰蜡烛的治愈力', body: '加班回家点上它，整个人都慢下来了。#我的生活小物', pictures: ['candle', 'lamp'], pending: true },
    ],
  },
  {
    slug: 'cool-summer',
    title: '清凉一夏 · Cool summer',
    description: '西瓜、冰淇淋和小风扇：你的夏天清凉秘诀是什么？Watermelon, ice cream and a little fan: how do you keep cool?',
    hashtag: '#清凉一夏',
    rules: '分享你的消暑好物和照片，发布即可展示。Share what keeps you cool: stories go live at once.',
    startsInDays: -3,
    endsInDays: 40,
    requiresModeration: false,
    cover: 'watermelon',
    stories: [
      { title: '冰镇西瓜才是夏天的灵魂', body: '切开的那一声"咔嚓"，就是夏天开始的声音 🍉 #清凉一夏', pictures: ['watermelon', 'sun'], rights: true, featured: 'The sound of summer' },
      { title: 'Desk fan, best 50 yuan ever', body: 'Quiet, small and it clips onto my monitor. #清凉一夏 #officelife', pictures: ['fan'], rights: true },
      { title: '三球冰淇淋挑战', body: '抹茶、草莓、香草，你会先吃哪一个？#清凉一夏', pictures: ['icecream'] },
      { title: 'Balcony sunset with ice tea', body: 'The heat breaks at seven, and that is when the balcony becomes the best room. #清凉一夏', pictures: ['sun', 'mug'], rights: true },
      { title: '办公室续命小风扇', body: '三十八度的下午，全靠它了。#清凉一夏', pictures: ['fan', 'watermelon'] },
      { title: 'Homemade popsicles', body: 'Blended watermelon, a little lime, frozen overnight. Kids love it. #清凉一夏', pictures: ['icecream', 'watermelon'] },
      { title: '夏夜的一盏小灯', body: '开着窗，吹着风，灯下看书，夏夜最舒服的时刻。#清凉一夏', pictures: ['lamp', 'fan'] },
      { title: 'Ice cream after the gym', body: 'I know, I know. But it is summer. #清凉一夏', pictures: ['icecream'] },
      { title: '西瓜的一百种吃法', body: '挖着吃、榨汁、做沙冰……今天试了西瓜冰沙，绝了！#清凉一夏', pictures: ['watermelon'] },
      { title: 'Fan + wet towel hack', body: 'Old trick from my grandmother: a damp towel in front of the fan. Works every time. #清凉一夏', pictures: ['fan'] },
    ],
  },
  {
    slug: 'life-behind-the-brand',
    title: '品牌背后的生活 · The life behind the brand',
    description: '我们和你一起，记录产品走进生活的样子。How our things live in your homes.',
    hashtag: '#品牌背后的生活',
    rules: '已结束，感谢参与！排行榜已定格。Finished — thank you! The leaderboard is final.',
    startsInDays: -30,
    endsInDays: -2,
    requiresModeration: true,
    cover: 'books',
    prizes: [
      { name: '生活家礼盒 · Life box', description: '点赞最多的作品获得。For the most-liked story.', quantity: 1, method: 'RANK' },
      { name: '评委特别奖 · Judges\' pick', description: '品牌评委选出的最佳作品。Chosen by the brand\'s judges.', quantity: 1, method: 'JUDGES' },
      { name: '品牌帆布袋 · Tote bag', description: '在所有参与者中抽取。Drawn among everyone who took part.', quantity: 2, method: 'DRAW' },
    ],
    stories: [
      { title: '用了三年的台灯', body: '从宿舍带到出租屋再到新家，它一直都在。#品牌背后的生活', pictures: ['lamp'], rights: true },
      { title: 'The mug that travels', body: 'It has been to five cities with me. Still no chips. #品牌背后的生活', pictures: ['mug'], rights: true },
      { title: '奶奶的窗台', body: '奶奶把我送她的花盆摆在窗台最显眼的地方。#品牌背后的生活', pictures: ['plant', 'sun'] },
      { title: 'Reading nook makeover', body: 'A lamp, a shelf and a cushion turned a corner into my favourite place. #品牌背后的生活', pictures: ['books', 'lamp'] },
      { title: '一支蜡烛的晚餐', body: '结婚纪念日，我们在家点了一支蜡烛，比餐厅还浪漫。#品牌背后的生活', pictures: ['candle'], judgesPick: true },
      { title: 'Summer at my parents\' place', body: 'Watermelon on the porch, a fan humming, nothing to do. #品牌背后的生活', pictures: ['watermelon', 'fan'] },
    ],
  },
];

export const DEMO_COMMENTS = [
  '好温馨！', 'Love this!', '求链接 🙏', '同款！我也有一个', 'So cosy', '太治愈了', 'Where did you get it?', '这个颜色好好看',
  '收藏了', 'Great idea!', '看得我也想买了', '👍👍👍',
];
export const DEMO_REPLIES = ['谢谢喜欢～', 'Thank you!', '在品牌店里买的', '哈哈是的'];
