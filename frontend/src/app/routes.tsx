import type { RouteObject } from 'react-router';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { HomePage } from '../features/campaigns/HomePage';
import { loadStaffTexts } from '../i18n';
import { BRAND_ROLES, MODERATOR_ROLES } from '../lib/session/roles';
import { Layout } from './Layout';
import { Loading } from '../components/Loading';
import { NotFoundPage } from './NotFoundPage';
import { RequireViewer } from './RequireViewer';
import { RouteError } from './RouteError';

// Staff areas load on demand so customers on phones never download them, their texts included.
// Only the pages people arrive on (the campaigns) are in the first download; the others follow
// when opened.
const withStaffTexts = async <T,>(module: Promise<T>): Promise<T> => (await Promise.all([module, loadStaffTexts()]))[0];
const moderation = () => withStaffTexts(import('../features/moderation'));
const brand = () => withStaffTexts(import('../features/brand'));
const storyPage = async () => ({ Component: (await import('../features/stories/StoryPage')).StoryPage });
const loginPage = async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage });
const registerPage = async () => ({ Component: (await import('../features/auth/RegisterPage')).RegisterPage });
const forgotPasswordPage = async () => ({ Component: (await import('../features/auth/ForgotPasswordPage')).ForgotPasswordPage });
const resetPasswordPage = async () => ({ Component: (await import('../features/auth/ResetPasswordPage')).ResetPasswordPage });
const myStories = () => import('../features/submit/MyStoriesPage');
const profilePage = async () => ({ Component: (await import('../features/profiles/ProfilePage')).ProfilePage });
const searchPage = async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage });
const shareStory = () => import('../features/submit/ShareStoryPage');
const accountPage = () => import('../features/account/AccountPage');
const editStory = () => import('../features/submit/EditStoryPage');
const resultsPage = async () => ({ Component: (await import('../features/campaigns/ResultsPage')).ResultsPage });
const notificationsPage = () => import('../features/notifications/NotificationsPage');
const pointsPage = () => import('../features/points/PointsPage');

/** Every route gets its own error boundary (errorElement). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage />, errorElement: <RouteError /> },
          { path: 'c/:slug', element: <CampaignPage />, errorElement: <RouteError /> },
          { path: 'c/:slug/results', lazy: resultsPage, errorElement: <RouteError /> },
          {
            path: 'c/:slug/share',
            lazy: async () => {
              const { ShareStoryPage } = await shareStory();
              return {
                element: (
                  <RequireViewer>
                    <ShareStoryPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          { path: 'stories/:id', lazy: storyPage, errorElement: <RouteError /> },
          { path: 'u/:id', lazy: profilePage, errorElement: <RouteError /> },
          { path: 'search', lazy: searchPage, errorElement: <RouteError /> },
          { path: 'tags/:tag', lazy: searchPage, errorElement: <RouteError /> },
          {
            path: 'stories/:id/edit',
            lazy: async () => {
              const { EditStoryPage } = await editStory();
              return {
                element: (
                  <RequireViewer>
                    <EditStoryPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          {
            path: 'me/stories',
            lazy: async () => {
              const { MyStoriesPage } = await myStories();
              return {
                element: (
                  <RequireViewer>
                    <MyStoriesPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          {
            path: 'me/account',
            lazy: async () => {
              const { AccountPage } = await accountPage();
              return {
                element: (
                  <RequireViewer>
                    <AccountPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          {
            path: 'me/points',
            lazy: async () => {
              const { PointsPage } = await pointsPage();
              return {
                element: (
                  <RequireViewer>
                    <PointsPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          {
            path: 'me/notifications',
            lazy: async () => {
              const { NotificationsPage } = await notificationsPage();
              return {
                element: (
                  <RequireViewer>
                    <NotificationsPage />
                  </RequireViewer>
                ),
              };
            },
            errorElement: <RouteError />,
          },
          { path: 'login', lazy: loginPage, errorElement: <RouteError /> },
          { path: 'register', lazy: registerPage, errorElement: <RouteError /> },
          { path: 'forgot-password', lazy: forgotPasswordPage, errorElement: <RouteError /> },
          { path: 'reset-password', lazy: resetPasswordPage, errorElement: <RouteError /> },
          {
            path: 'moderation',
            errorElement: <RouteError />,
            lazy: async () => {
              const { ModerationLayout } = await moderation();
              return {
                element: (
                  <RequireViewer roles={MODERATOR_ROLES}>
                    <ModerationLayout />
                  </RequireViewer>
                ),
              };
            },
            children: [
              { index: true, errorElement: <RouteError />, lazy: async () => ({ Component: (await moderation()).QueuePage }) },
              { path: 'reports', errorElement: <RouteError />, lazy: async () => ({ Component: (await moderation()).ReportsPage }) },
              { path: 'log', errorElement: <RouteError />, lazy: async () => ({ Component: (await moderation()).LogPage }) },
              { path: 'likes', errorElement: <RouteError />, lazy: async () => ({ Component: (await moderation()).SuspiciousLikesPage }) },
            ],
          },
          {
            path: 'brand',
            errorElement: <RouteError />,
            lazy: async () => {
              const { BrandLayout } = await brand();
              return {
                element: (
                  <RequireViewer roles={BRAND_ROLES}>
                    <BrandLayout />
                  </RequireViewer>
                ),
              };
            },
            children: [
              { index: true, errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).BrandCampaignsPage }) },
              { path: 'campaigns/new', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).CampaignEditorPage }) },
              { path: 'campaigns/:id/edit', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).CampaignEditorPage }) },
              // The dashboard has its own chunk: ECharts is only downloaded by people who open it.
              {
                path: 'campaigns/:id/dashboard',
                errorElement: <RouteError />,
                lazy: async () => ({ Component: (await withStaffTexts(import('../features/brand/dashboard'))).CampaignDashboardPage }),
              },
              { path: 'campaigns/:id/finale', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).FinalePage }) },
              { path: 'campaigns/:id/gallery', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).GalleryConsolePage }) },
              { path: 'terms', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).ModerationTermsPage }) },
              { path: 'webhooks', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).WebhooksPage }) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
