import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { RegisterPage } from '../RegisterPage';

describe('RegisterPage', () => {
  it('shows an empty email\'s error at the field, announced, and focuses it (nothing is sent)', async () => {
    const user = userEvent.setup();
    // No mocks: a request would fail the test with "no more mocked responses".
    renderWithProviders(<RegisterPage />, { route: '/register' });
    await user.type(screen.getByLabelText(/Your name/), 'Mei');
    await user.type(screen.getByLabelText(/Password/), 'long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText(/Email/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Please enter your email address.');
    expect(screen.getByRole('alert')).toHaveTextContent('Please enter your email address.');
    expect(email).toHaveFocus();
  });

  it('says a malformed email is malformed, beside it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegisterPage />, { route: '/register' });
    await user.type(screen.getByLabelText(/Your name/), 'Mei');
    await user.type(screen.getByLabelText(/Email/), 'mei.example.com');
    await user.type(screen.getByLabelText(/Password/), 'long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/Email/)).toHaveAccessibleDescription('Please enter a valid email address.');
  });
});
