import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getNotices } from '../../../lib/notices';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { FeatureStoryDocument } from '../featureStory';
import { FeatureToggle } from '../FeatureToggle';

describe('FeatureToggle', () => {
  it('asks for the optional note, sends it, and confirms that the story is featured', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeatureToggle storyId="s1" featured={false} title="My mug" />, {
      mocks: [
        {
          request: { query: FeatureStoryDocument, variables: { storyId: 's1', note: 'Lovely light' } },
          result: {
            data: { featureStory: { __typename: 'Story', id: 's1', featured: true, featuredAt: '2026-06-01T00:00:00.000Z', featureNote: 'Lovely light', campaign: { __typename: 'Campaign', id: 'c1' } } },
          },
        },
      ],
    });
    // Named by what it shows plus the story (the name contains the visible word).
    const button = screen.getByRole('button', { name: /^Feature\s*“My mug”$/, pressed: false });
    expect(button).not.toHaveAttribute('aria-label');
    await user.click(button);
    await user.type(screen.getByLabelText(/A word from the brand/), 'Lovely light');
    await user.click(screen.getByRole('button', { name: 'Feature it' }));
    await waitFor(() => expect(getNotices().map((notice) => notice.message)).toContain('“My mug” is featured: it now leads the campaign\'s Featured tab.'));
  });
});
