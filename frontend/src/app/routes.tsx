import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { HomePage } from '../features/campaigns/HomePage';
import { StoryPage } from '../features/stories/StoryPage';
import { MyStoriesPage } from '../features/submit/MyStoriesPage';
import { ShareStoryPage } from '../features/submit/ShareStoryPage';
import { BRAND_ROLES, MODERATOR_ROLES } from '../lib/session/roles';
import { Layout } from './Layout';
import { Loading } from '../components/Loading';
import { NotFoundPage } from './NotFoundPage';
import { RequireViewer } from './RequireViewer';
import { RouteError } from './RouteError';

// Staff areas load on demand so customers on phones never download them.
const moderation = () => import('../features/moderation');
const brand = () => import('../features/brand');

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
          {
            path: 'c/:slug/share',
            element: (
              <RequireViewer>
                <ShareStoryPage />
              </RequireViewer>
            ),
            errorElement: <RouteError />,
          },
          { path: 'stories/:id', element: <StoryPage />, errorElement: <RouteError /> },
          {
            path: 'me/stories',
            element: (
              <RequireViewer>
                <MyStoriesPage />
              </RequireViewer>
            ),
            errorElement: <RouteError />,
          },
          { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
          { path: 'register', element: <RegisterPage />, errorElement: <RouteError /> },
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
                lazy: async () => ({ Component: (await import('../features/brand/dashboard')).CampaignDashboardPage }),
              },
              { path: 'terms', errorElement: <RouteError />, lazy: async () => ({ Component: (await brand()).ModerationTermsPage }) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
