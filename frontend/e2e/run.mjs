// End-to-end walk through the real app against a running server.
//
//   E2E_BASE_URL=http://localhost:3000 \
//   E2E_MOD_EMAIL=… E2E_MOD_PASSWORD=… E2E_BRAND_EMAIL=… E2E_BRAND_PASSWORD=… \
//   node --test e2e/run.mjs
//
// At a phone and a desktop viewport: a customer registers and posts a story
// with two photos (watching the upload progress bars), a moderator approves
// it, another person likes and comments while the author sees both arrive
// live, brand staff feature it, then open the campaign's dashboard (numbers,
// charts) and download its stories as CSV; a moderator rejects a second story and the author's
// bell and inbox tell why, live. With E2E_SCREENSHOTS=1, pictures go to frontend/artifacts/ (pictures.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { auditPage } from './a11y.mjs';
import { gql } from './api.mjs';
import { whenSubscribed } from './live-socket.mjs';
import { makePng } from './png.mjs';
import { BASE_URL, browserForThisFile, VIEWPORTS } from './people.mjs';
import { keepPicture } from './pictures.mjs';
import { signIn as logIn } from './session.mjs';

const MOD = { email: process.env.E2E_MOD_EMAIL, password: process.env.E2E_MOD_PASSWORD };
const BRAND = { email: process.env.E2E_BRAND_EMAIL, password: process.env.E2E_BRAND_PASSWORD };
const CAMPAIGN_SLUG = process.env.E2E_CAMPAIGN_SLUG; // optional: otherwise the first open campaign
const STEP_TIMEOUT = 90_000;

/**
 * A queue item leaves the list at once (optimistic); the decision is made when the server
 * answers the ModerateStory mutation, which must happen before the moderator's browser closes
 * (closing it first cancels the request, as a moderator closing the tab would).
 */
async function decisionAnswered(page) {
  // The first try may send the persisted query's hash alone and be asked for the document.
  const answer = await page.waitForResponse(
    async (response) =>
      response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('ModerateStory') && !(await response.text()).includes('PERSISTED_QUERY_NOT_FOUND'),
  );
  assert.equal(answer.status(), 200);
  assert.equal((await answer.json()).errors, undefined);
}

const { newPerson, consoleProblems } = browserForThisFile();

async function screenshot(page, viewport, name) {
  await keepPicture(page, `${viewport.name}-${name}`);
}

/** The layout must never scroll sideways (checked at every screenshot stop). */
async function assertNoSidewaysScroll(page) {
  // body.scrollWidth also counts content that overflow-x: hidden would merely clip.
  const overflow = await page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px at ${page.url()}`);
}

/**
 * The accessibility basics (images have alt, controls have names, fields have labels, no sideways
 * scrolling; with `keyboard`, every Tab stop shows its focus and is not hidden under a bar).
 */
async function assertAccessible(page, { keyboard = false } = {}) {
  assert.deepEqual(await auditPage(page, { keyboard }), [], `accessibility problems at ${page.url()}`);
}

// The phone and the desktop walks run side by side: each has its own people, story and stamp,
// and finds only its own in shared lists (the moderation queue, feeds), so neither waits for
// the other's pages to load. The phone benchmark (phone-benchmark.mjs) runs after every walk, alone.
describe('the walk at both sizes', { concurrency: true }, () => {
  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.name} size`, { concurrency: 1 }, () => {
      const stamp = `${Date.now().toString(36)}${viewport.name}`;
      const author = { name: `Author ${stamp}`, email: `author-${stamp}@example.com`, password: 'e2e-password-123' };
      const reader = { name: `Reader ${stamp}`, email: `reader-${stamp}@example.com`, password: 'e2e-password-123' };
      const storyTitle = `My little thing ${stamp}`;
      const commentText = `Lovely! (${stamp})`;
      const state = { author: null, storyPath: null, published: false, campaignSlug: CAMPAIGN_SLUG };

      after(async () => {
        await state.author?.context.close();
      });

      test('a customer signs up and sees their name', { timeout: STEP_TIMEOUT }, async () => {
        state.author = await newPerson(viewport, 'author');
        const { page } = state.author;
        await page.goto('/register');
        await page.getByLabel('Your name').fill(author.name);
        await page.getByLabel('Email').fill(author.email);
        await page.getByLabel('Password').fill(author.password);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByTestId('viewer-name').filter({ hasText: author.name }).waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page);
        await screenshot(page, viewport, '01-registered');
      });

      test('the language switch changes <html lang> and is remembered', { timeout: STEP_TIMEOUT }, async () => {
        const { page } = state.author;
        await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
        // The Chinese texts download on the switch (about 10 KB): the page changes once they are in.
        await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
        await page.getByRole('combobox', { name: '语言' }).waitFor();
        await page.reload();
        await page.getByRole('combobox', { name: '语言' }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
        await screenshot(page, viewport, '02-chinese');
        await page.getByRole('combobox', { name: '语言' }).selectOption('en');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await page.getByRole('combobox', { name: 'Language' }).waitFor();
      });

      test('the author posts a story with two photos and watches them upload', { timeout: STEP_TIMEOUT }, async () => {
        const { page, context } = state.author;
        if (CAMPAIGN_SLUG) {
          await page.goto(`/c/${CAMPAIGN_SLUG}`);
        } else {
          await page.goto('/');
          await page.locator('.campaign-card a').first().click();
        }
        await page.getByRole('heading', { level: 1 }).waitFor();
        state.campaignSlug = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
        await assertNoSidewaysScroll(page);
        await assertAccessible(page);
        await screenshot(page, viewport, '03-campaign');
        await page.getByRole('link', { name: 'Share your story' }).click();

        // Slow the upload link down so the per-photo progress is observable.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 4_000_000, uploadThroughput: 120_000 });

        const photos = [
          { name: 'first.png', mimeType: 'image/png', buffer: makePng(220, 220, [236, 120, 80], { noise: 140 }) },
          { name: 'second.png', mimeType: 'image/png', buffer: makePng(220, 220, [90, 150, 220], { noise: 140 }) },
        ];
        await page.locator('input[type="file"]').setInputFiles(photos);
        const progress = page.getByRole('progressbar', { name: 'Uploading photo 1' });
        await progress.waitFor({ state: 'visible' });
        await screenshot(page, viewport, '04-uploading');

        await page.getByText('Uploaded').nth(1).waitFor({ timeout: 60_000 });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
        assert.equal(await page.getByRole('progressbar').count(), 0);

        await page.getByLabel('Title').fill(storyTitle);
        await page.getByLabel('Your story').fill('It sits on my desk and makes every morning better. Written by the e2e run.');
        // Reuse is asked scope by scope, none pre-ticked; showing it here always comes with posting.
        const reuse = page.getByRole('group', { name: 'What may the brand do with your story?' });
        assert.equal(await reuse.getByRole('checkbox', { name: /Shown here/ }).isChecked(), true, 'COMMUNITY is always on');
        for (const name of [/own social accounts/, /On product pages/, /In paid ads/]) {
          assert.equal(await reuse.getByRole('checkbox', { name }).isChecked(), false, 'usage-rights consent must start unchecked');
        }
        await reuse.getByRole('checkbox', { name: /own social accounts/ }).check();
        await reuse.getByRole('checkbox', { name: /On product pages/ }).check();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page);
        await page.getByRole('button', { name: 'Post my story' }).click();

        const status = page.getByRole('heading', { name: /waiting for review|is published/i });
        await status.waitFor();
        state.published = /published/i.test(await status.innerText());
        state.storyPath = new URL(await page.getByRole('link', { name: 'See my story' }).getAttribute('href'), BASE_URL).pathname;
        await screenshot(page, viewport, '05-submitted');

        await page.goto('/me/stories');
        await page.getByRole('link', { name: storyTitle, exact: true }).waitFor();
      });

      test('the main pages work from the keyboard and name everything for screen readers', { timeout: STEP_TIMEOUT }, async () => {
        const { context, page } = await newPerson(viewport, 'keyboard');
        try {
          const visit = async (path) => {
            await page.goto(path);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await page.waitForLoadState('networkidle');
            await assertAccessible(page, { keyboard: true });
          };
          await visit('/');
          await visit(`/c/${state.campaignSlug}`);
          // A published story (the one posted above may still wait for review).
          await visit(await page.locator('.story-card__link').first().getAttribute('href'));
          await visit('/login');
          await visit('/register');
          await visit('/no-such-page');
        } finally {
          await context.close();
        }
      });

      test('a moderator approves it from the live queue', { timeout: STEP_TIMEOUT }, async (t) => {
        if (state.published) return t.skip('the campaign publishes without review');
        if (!MOD.email || !MOD.password) return t.skip('set E2E_MOD_EMAIL and E2E_MOD_PASSWORD');
        const { context, page } = await newPerson(viewport, 'moderator');
        try {
          await logIn(page, MOD);
          // Staff land on their console after signing in.
          await page.waitForURL((url) => url.pathname === '/moderation');
          const item = page.locator('article.queue-item').filter({ hasText: storyTitle });
          await item.waitFor();
          // The nav counts what waits, the new story included.
          assert.ok(Number(await page.getByTestId('pending-count').innerText()) >= 1);
          await assertAccessible(page);
          await screenshot(page, viewport, '06-queue');
          // Select it, then use the keyboard shortcut the way moderators work.
          await item.locator('.queue-item__body').click();
          const decided = decisionAnswered(page);
          await page.keyboard.press('a');
          await item.waitFor({ state: 'detached' });
          await decided;
          // The other consoles, in both languages, are checked in e2e/pages.mjs.
        } finally {
          await context.close();
        }
        state.published = true;
      });

      test('another person likes and comments, and the author sees both live', { timeout: STEP_TIMEOUT }, async (t) => {
        if (!state.published) return t.skip('the story was not approved');
        const authorPage = state.author.page;
        const listening = whenSubscribed(authorPage, ['StoryUpdated', 'CommentAdded']);
        await authorPage.goto(state.storyPath);
        await authorPage.getByRole('heading', { name: storyTitle }).waitFor();
        await authorPage.getByTestId('like-count').filter({ hasText: /^0$/ }).waitFor();
        // The events must happen after the author's page listens for them.
        await listening;

        const { context, page } = await newPerson(viewport, 'reader');
        try {
          await page.goto('/register');
          await page.getByLabel('Your name').fill(reader.name);
          await page.getByLabel('Email').fill(reader.email);
          await page.getByLabel('Password').fill(reader.password);
          await page.getByRole('button', { name: 'Create account' }).click();
          await page.getByTestId('viewer-name').waitFor();

          await page.goto(state.storyPath);
          const like = page.getByRole('button', { name: /^Like this story/, pressed: false });
          await like.click();
          // Optimistic: pressed and counted at once.
          await page.getByRole('button', { name: /^Like this story/, pressed: true }).waitFor();
          await page.getByTestId('like-count').filter({ hasText: /^1$/ }).waitFor();

          await page.getByLabel('Your comment').fill(commentText);
          await page.getByRole('button', { name: 'Post comment' }).click();
          await page.locator('.comment__body', { hasText: commentText }).waitFor();
          await assertNoSidewaysScroll(page);
          await assertAccessible(page);
          await screenshot(page, viewport, '07-reader');
        } finally {
          await context.close();
        }

        // No reload on the author's side: both arrive over the subscription.
        await authorPage.getByTestId('like-count').filter({ hasText: /^1$/ }).waitFor();
        await authorPage.locator('.comment__body', { hasText: commentText }).waitFor();
        await screenshot(authorPage, viewport, '08-author-live');
      });

      test('brand staff feature the story', { timeout: STEP_TIMEOUT }, async (t) => {
        if (!state.published) return t.skip('the story was not approved');
        if (!BRAND.email || !BRAND.password) return t.skip('set E2E_BRAND_EMAIL and E2E_BRAND_PASSWORD');
        const { context, page } = await newPerson(viewport, 'brand');
        try {
          await logIn(page, BRAND);
          await page.goto(state.storyPath);
          await page.getByRole('button', { name: `Feature “${storyTitle}”`, pressed: false }).click();
          // It asks for the brand's optional note, then says it is done.
          const dialog = page.getByRole('dialog', { name: `Feature “${storyTitle}”` });
          await dialog.getByLabel(/A word from the brand/).fill('The light in this one!');
          await dialog.getByRole('button', { name: 'Feature it' }).click();
          await page.getByText(`“${storyTitle}” is featured`).waitFor();
          await page.getByRole('button', { name: `Featured “${storyTitle}”`, pressed: true }).waitFor();
          await page.getByText('From the brand: The light in this one!').waitFor();
          await assertNoSidewaysScroll(page);
          await assertAccessible(page);
          await screenshot(page, viewport, '09-featured');

          // It shows up in the campaign's Featured tab too.
          await page.locator('.story-page__campaign a').click();
          await page.getByRole('tab', { name: 'Featured' }).click();
          await page.locator('.story-card', { hasText: storyTitle }).waitFor();
        } finally {
          await context.close();
        }
        // The author's open page learns about it live.
        await state.author.page.locator('.story-page .badge--featured').waitFor();
      });

      test('brand staff read the campaign dashboard and download its stories as CSV', { timeout: STEP_TIMEOUT }, async (t) => {
        if (!BRAND.email || !BRAND.password) return t.skip('set E2E_BRAND_EMAIL and E2E_BRAND_PASSWORD');
        const { context, page } = await newPerson(viewport, 'brand');
        try {
          await logIn(page, BRAND);
          await page.goto('/brand');
          // The campaign's row is the one whose "View page" link goes to its page.
          const row = page.locator('li.brand-campaign').filter({ has: page.locator(`a[href="/c/${state.campaignSlug}"]`) });
          await row.getByRole('link', { name: /^Numbers/ }).click();
          // The dashboard's chunk carries the charts (ECharts): on a loaded machine it takes a while.
          await page.getByTestId('campaign-dashboard').waitFor({ timeout: 45_000 });

          // Headline numbers: the story posted in this run counts among the submitted ones.
          const stories = page.getByTestId('stat-stories');
          await stories.waitFor();
          const submitted = Number((await stories.locator('.stat-card__value').innerText()).replace(/[^\d]/g, ''));
          assert.ok(submitted >= 1, `stories submitted shows ${submitted}`);
          for (const card of ['participants', 'likes', 'comments', 'engagement', 'reusable']) {
            assert.match(await page.getByTestId(`stat-${card}`).locator('.stat-card__value').innerText(), /\d/);
          }

          // The daily line chart drew onto a canvas of real size.
          const canvas = page.getByTestId('chart').first().locator('canvas');
          await canvas.waitFor();
          const box = await canvas.boundingBox();
          assert.ok(box && box.width > 200 && box.height > 150, `chart canvas is ${box?.width}×${box?.height}`);
          assert.equal(await page.getByTestId('chart').count(), 3);
          // Every top story that has a finished photo (as the API tells this brand account) shows it
          // loaded: none left blank or as the no-photo placeholder.
          const withPhotos = await page.evaluate(async (slug) => {
            const query = `query ($slug: String!) { campaign(slug: $slug) { id } }`;
            const call = async (q, variables) =>
              (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('ugc.accessToken')}` }, body: JSON.stringify({ query: q, variables }) })).json()).data;
            const { campaign } = await call(query, { slug });
            const { storyLeaderboard } = await call('query ($id: ID!) { storyLeaderboard(campaignId: $id, period: ALL_TIME, first: 10) { story { title photos { status } } } }', { id: campaign.id });
            return storyLeaderboard.filter((entry) => entry.story.photos.some((photo) => photo.status === 'READY')).map((entry) => entry.story.title);
          }, state.campaignSlug);
          assert.ok(withPhotos.length > 0, 'the top stories have photos');
          for (const title of withPhotos) {
            const thumb = page.locator('li.top-story').filter({ has: page.getByRole('link', { name: title, exact: true }) }).getByTestId('top-story-thumb');
            await thumb.scrollIntoViewIfNeeded();
            await page.waitForFunction((img) => img.complete, await thumb.elementHandle());
            assert.ok(await thumb.evaluate((img) => img.naturalWidth > 0), `the top story “${title}” has a photo but its thumbnail is blank`);
          }
          await assertNoSidewaysScroll(page);
          await assertAccessible(page);
          await screenshot(page, viewport, '10-dashboard');

          // The CSV arrives as a file named by the server, in UTF-8 with a BOM and its header row.
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download stories and their usage rights (CSV)' }).click()]);
          assert.equal(download.suggestedFilename(), `${state.campaignSlug}-stories.csv`);
          const bytes = readFileSync(await download.path());
          assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 byte-order mark');
          const text = bytes.subarray(3).toString('utf8');
          assert.equal(text.split('\r\n')[0], 'story_id,title,text,author,published_at_utc,published_at_local (Asia/Shanghai),likes,comments,featured,usage_rights_granted,usage_scopes,usage_rights_granted_at_utc,usage_rights_granted_at_local (Asia/Shanghai),photo_1,photo_2,photo_3,photo_4,photo_5,photo_6,photo_7,photo_8,photo_9');
          if (state.published) assert.ok(text.includes(storyTitle), 'the published story is in the export');

          // The same page in Chinese: labels and number units follow the language.
          await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
          await page.getByRole('heading', { level: 1, name: /数据/ }).waitFor();
          await page.getByRole('button', { name: '下载故事及使用授权（CSV）' }).waitFor();
          await assertNoSidewaysScroll(page);
          await assertAccessible(page);
          await screenshot(page, viewport, '11-dashboard-zh');
        } finally {
          await context.close();
        }
      });

      test('a moderator rejects a story and the author hears why at once, in their language', { timeout: STEP_TIMEOUT }, async (t) => {
        if (!MOD.email || !MOD.password) return t.skip('set E2E_MOD_EMAIL and E2E_MOD_PASSWORD');
        const authorPage = state.author.page;
        const title = `Second try ${stamp}`;
        // Posted through the API without photos: posting through the form has its own step above.
        const status = await authorPage.evaluate(
          async ({ title, slug }) => {
            const call = async (query, variables) => {
              const response = await fetch('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('ugc.accessToken')}` },
                body: JSON.stringify({ query, variables }),
              });
              const result = await response.json();
              if (result.errors) throw new Error(JSON.stringify(result.errors));
              return result.data;
            };
            const { campaign } = await call('query ($slug: String!) { campaign(slug: $slug) { id } }', { slug });
            const input = { campaignId: campaign.id, title, body: 'A second little thing, posted to be turned down by the e2e run.', photoIds: [], grantUsageRights: false };
            return (await call('mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { status } }', { input })).submitStory.status;
          },
          { title, slug: state.campaignSlug },
        );
        if (status !== 'PENDING') return t.skip('the campaign publishes without review');

        // The bell says how many are unread in its name; remember it, then wait for one more.
        const listening = whenSubscribed(authorPage, ['NotificationAdded']);
        await authorPage.goto('/me/stories');
        // The bell shows before its count arrives: the count is the server's, and the bell must
        // show it before the decision (read from the page, a busy machine's late answer read as 0).
        const authorToken = await authorPage.evaluate(() => window.localStorage.getItem('ugc.accessToken'));
        const before = (await gql('{ notifications(first: 1) { unreadCount } }', {}, authorToken)).notifications.unreadCount;
        await authorPage.getByRole('link', { name: before > 0 ? `Notifications, ${before} unread` : 'Notifications', exact: true }).waitFor();
        // The decision must come after the bell listens for it.
        await listening;

        const reason = "It doesn't match this campaign's theme.";
        const { context, page } = await newPerson(viewport, 'moderator');
        try {
          await logIn(page, MOD);
          await page.waitForURL((url) => url.pathname === '/moderation');
          const item = page.locator('article.queue-item').filter({ hasText: title });
          await item.locator('.queue-item__body').click();
          await page.keyboard.press('r');
          const dialog = page.getByRole('dialog');
          await dialog.getByRole('radio', { name: reason }).check();
          const decided = decisionAnswered(page);
          await dialog.getByRole('button', { name: 'Reject' }).click();
          await item.waitFor({ state: 'detached' });
          await decided;
        } finally {
          await context.close();
        }

        // Live: the count goes up without a reload, and a toast names it.
        await authorPage.getByRole('link', { name: `Notifications, ${before + 1} unread` }).waitFor();
        await authorPage.getByRole('status').filter({ hasText: 'New notification: Your story was not approved' }).waitFor();
        await screenshot(authorPage, viewport, '12-bell');

        await authorPage.getByRole('link', { name: /^Notifications/ }).click();
        await authorPage.waitForURL((url) => url.pathname === '/me/notifications');
        await authorPage.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
        // Written in English, the app's language (the server's default is Chinese), with the reason.
        const notice = authorPage.getByTestId('notification').filter({ hasText: title });
        await notice.filter({ hasText: reason }).waitFor();
        assert.match(await notice.innerText(), /New\s+Your story was not approved/);
        // The e-mail choices: rejections come by mail unless the person says otherwise.
        await authorPage.getByText('E-mail settings').click();
        assert.equal(await authorPage.getByRole('checkbox', { name: 'my story is not approved (with the reason)' }).isChecked(), true);
        await assertNoSidewaysScroll(authorPage);
        await assertAccessible(authorPage);
        await screenshot(authorPage, viewport, '13-inbox');

        // Opening it marks it read.
        await notice.getByRole('link').click();
        await authorPage.waitForURL((url) => url.pathname !== '/me/notifications');
        await authorPage.getByRole('link', { name: before > 0 ? `Notifications, ${before} unread` : 'Notifications' }).waitFor();
      });
    });
  }
});

test('no errors reached the browser console', () => {
  assert.deepEqual(consoleProblems, []);
});
