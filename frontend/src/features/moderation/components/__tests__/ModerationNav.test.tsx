import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { PendingStoryCountDocument } from '../../api/pendingStoryCount';
import { PendingStoryCountChangedDocument } from '../../api/pendingStoryCountChanged';
import { ModerationLayout } from '../ModerationNav';

describe('ModerationLayout', () => {
  it('shows how many stories wait for review beside "Queue"', async () => {
    renderWithProviders(<ModerationLayout />, {
      route: '/moderation',
      viewer: testViewer({ role: 'MODERATOR' }),
      mocks: [{ request: { query: PendingStoryCountDocument }, result: { data: { pendingStoryCount: 7 } } }],
    });
    expect(await screen.findByTestId('pending-count')).toHaveTextContent('7');
    expect(screen.getByRole('link', { name: /Queue.*7 stories waiting for review/ })).toBeInTheDocument();
  });

  it('follows the count the server pushes (another moderator decided): no reload', async () => {
    renderWithProviders(<ModerationLayout />, {
      route: '/moderation',
      viewer: testViewer({ role: 'MODERATOR' }),
      mocks: [
        { request: { query: PendingStoryCountDocument }, result: { data: { pendingStoryCount: 7 } } },
        { request: { query: PendingStoryCountChangedDocument }, result: { data: { pendingStoryCountChanged: 6 } }, delay: 50 },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('6'));
    expect(screen.getByRole('link', { name: /Queue.*6 stories waiting for review/ })).toBeInTheDocument();
  });
});
