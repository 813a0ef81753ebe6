import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { PendingStoryCountDocument } from '../../api/pendingStoryCount';
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
});
