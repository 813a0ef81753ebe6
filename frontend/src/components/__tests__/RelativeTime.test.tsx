import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { CampaignTiming } from '../Campaign/CampaignTiming';

describe('CampaignTiming', () => {
  it('says "Ends in 30 days" for 31 December on 1 December, with the exact end on hover and on tap', async () => {
    const user = userEvent.setup();
    const endsAt = new Date(2026, 11, 31, 23, 59).toISOString();
    const exact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(endsAt));
    renderWithProviders(<CampaignTiming startsAt={new Date(2026, 10, 1).toISOString()} endsAt={endsAt} now={new Date(2026, 11, 1, 9, 0)} />);
    const left = screen.getByRole('button', { name: 'Ends in 30 days' });
    expect(left.querySelector('time')).toHaveAttribute('title', exact);
    await user.click(left);
    expect(screen.getByRole('button', { name: exact, pressed: true })).toBeInTheDocument();
  });
});
