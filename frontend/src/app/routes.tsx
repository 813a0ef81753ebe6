import { lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { HomePage } from '../features/campaigns/HomePage';
import { loadStaffTexts } from '../i18n';
import { BRAND_ROLES, MODERATOR_ROLES } from '../lib/session/roles';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireViewer } from './RequireViewer';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * A page whose code downloads when it is first opened. Layout's <Suspense> shows the loading
 * placeholder on a first visit; a link followed keeps the current page until the next one's
 * code is in (React Router navigates in a transition).
 */
function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// Staff areas load on demand so customers on phones never download them, their texts included.
// Only the pages people arrive on (the campaigns) are in the first download; the others follow
// when opened.
const withStaffTexts = async <T,>(module: Promise<T>): Promise<T> => (await Promise.all([module, loadStaffTexts()]))[0];
const moderation = () => withStaffTexts(import('../features/moderation'));
const brand = () => withStaffTexts(import('../features/brand'));

const StoryPage = lazyPage(() => import('../features/stories/StoryPage'), 'StoryPage');
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), 'LoginPage');
const RegisterPage = lazyPage(() => import('../features/auth/RegisterPage'), 'RegisterPage');
const ForgotPasswordPage = lazyPage(() => import('../features/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../features/auth/ResetPasswordPage'), 'ResetPasswordPage');
const MyStoriesPage = lazyPage(() => import('../features/submit/MyStoriesPage'), 'MyStoriesPage');
const ProfilePage = lazyPage(() => import('../features/profiles/ProfilePage'), 'ProfilePage');
const SearchPage = lazyPage(() => import('../features/search/SearchPage'), 'SearchPage');
const ShareStoryPage = lazyPage(() => import('../features/submit/ShareStoryPage'), 'ShareStoryPage');
const AccountPage = lazyPage(() => import('../features/account/AccountPage'), 'AccountPage');
const EditStoryPage = lazyPage(() => import('../features/submit/EditStoryPage'), 'EditStoryPage');
const ResultsPage = lazyPage(() => import('../features/campaigns/ResultsPage'), 'ResultsPage');
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
const PointsPage = lazyPage(() => import('../features/points/PointsPage'), 'PointsPage');
const ModerationLayout = lazyPage(moderation, 'ModerationLayout');
const QueuePage = lazyPage(moderation, 'QueuePage');
const ReportsPage = lazyPage(moderation, 'ReportsPage');
const LogPage = lazyPage(moderation, 'LogPage');
const SuspiciousLikesPage = lazyPage(moderation, 'SuspiciousLikesPage');
const BrandLayout = lazyPage(brand, 'BrandLayout');
const BrandCampaignsPage = lazyPage(brand, 'BrandCampaignsPage');
const CampaignEditorPage = lazyPage(brand, 'CampaignEditorPage');
// The dashboard has its own chunk: ECharts is only downloaded by people who open it.
const CampaignDashboardPage = lazyPage(() => withStaffTexts(import('../features/brand/dashboard')), 'CampaignDashboardPage');
const FinalePage = lazyPage(brand, 'FinalePage');
const GalleryConsolePage = lazyPage(brand, 'GalleryConsolePage');
const ModerationTermsPage = lazyPage(brand, 'ModerationTermsPage');
const WebhooksPage = lazyPage(brand, 'WebhooksPage');

const signedIn = (page: ReactNode) => <RequireViewer>{page}</RequireViewer>;

/** Every route's page inside an error boundary of its own (a console's pages inside its layout's). */
function withErrorBoundaries(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({
    ...route,
    element: route.element && <RouteErrorBoundary>{route.element}</RouteErrorBoundary>,
    children: route.children && withErrorBoundaries(route.children),
  })) as RouteObject[];
}

/** The app's pages, for useRoutes (App.tsx); e2e/pages.mjs reads this list to visit every one. */
export const routes: RouteObject[] = withErrorBoundaries([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'c/:slug', element: <CampaignPage /> },
      { path: 'c/:slug/results', element: <ResultsPage /> },
      { path: 'c/:slug/share', element: signedIn(<ShareStoryPage />) },
      { path: 'stories/:id', element: <StoryPage /> },
      { path: 'u/:id', element: <ProfilePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'tags/:tag', element: <SearchPage /> },
      { path: 'stories/:id/edit', element: signedIn(<EditStoryPage />) },
      { path: 'me/stories', element: signedIn(<MyStoriesPage />) },
      { path: 'me/account', element: signedIn(<AccountPage />) },
      { path: 'me/points', element: signedIn(<PointsPage />) },
      { path: 'me/notifications', element: signedIn(<NotificationsPage />) },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'moderation',
        element: (
          <RequireViewer roles={MODERATOR_ROLES}>
            <ModerationLayout />
          </RequireViewer>
        ),
        children: [
          { index: true, element: <QueuePage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'log', element: <LogPage /> },
          { path: 'likes', element: <SuspiciousLikesPage /> },
        ],
      },
      {
        path: 'brand',
        element: (
          <RequireViewer roles={BRAND_ROLES}>
            <BrandLayout />
          </RequireViewer>
        ),
        children: [
          { index: true, element: <BrandCampaignsPage /> },
          { path: 'campaigns/new', element: <CampaignEditorPage /> },
          { path: 'campaigns/:id/edit', element: <CampaignEditorPage /> },
          { path: 'campaigns/:id/dashboard', element: <CampaignDashboardPage /> },
          { path: 'campaigns/:id/finale', element: <FinalePage /> },
          { path: 'campaigns/:id/gallery', element: <GalleryConsolePage /> },
          { path: 'terms', element: <ModerationTermsPage /> },
          { path: 'webhooks', element: <WebhooksPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
