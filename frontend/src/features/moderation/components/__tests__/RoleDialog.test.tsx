import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getNotices } from '../../../../lib/notices';
import { ViewerProvider } from '../../../../lib/session/ViewerContext';
import { ViewerDocument } from '../../../../lib/session/viewerQuery';
import { tokenStore } from '../../../../lib/tokenStore';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { SetUserRoleDocument } from '../../api/setUserRole';
import { RoleControl } from '../RoleControl';
import { RoleDialog, type RoleTarget } from '../RoleDialog';

const yuki: RoleTarget = { id: 'u2', displayName: 'Yuki', role: 'CUSTOMER' };
// jsdom's name computation drops the space before the visually hidden part.
const CHANGE_YUKI = /^Change role ?of Yuki$/;

function viewer(role: string) {
  return {
    request: { query: ViewerDocument },
    result: { data: { me: { __typename: 'User', id: 'u1', displayName: 'Ada', avatarUrl: null, role, email: 'ada@example.com', suspendedUntil: null } } },
  };
}

function Harness({ user = yuki }: { user?: RoleTarget }) {
  const [target, setTarget] = useState<RoleTarget | null>(null);
  return (
    <ViewerProvider>
      <p>
        {user.displayName} <RoleControl user={user} onChangeRole={setTarget} />
      </p>
      <RoleDialog user={target} onClose={() => setTarget(null)} />
    </ViewerProvider>
  );
}

describe('changing a role', () => {
  afterEach(() => tokenStore.clear());

  it('lets an administrator pick a role, confirm it and read the result', async () => {
    tokenStore.set('admin-token');
    const user = userEvent.setup();
    renderWithProviders(<Harness />, {
      mocks: [
        viewer('ADMIN'),
        {
          request: { query: SetUserRoleDocument, variables: { userId: 'u2', role: 'MODERATOR' } },
          result: { data: { setUserRole: { __typename: 'User', id: 'u2', role: 'MODERATOR' } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: CHANGE_YUKI }));
    expect(screen.getByRole('radio', { name: /^Customer \(now\)/ })).toBeChecked();
    // Nothing to confirm until another role is picked.
    expect(screen.getByRole('button', { name: 'Change role' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /^Moderator/ }));
    await user.click(screen.getByRole('button', { name: 'Change to Moderator' }));

    await waitFor(() => expect(getNotices().map((notice) => notice.message)).toContain('Yuki’s role is now Moderator.'));
    expect(screen.queryByRole('button', { name: 'Change to Moderator' })).not.toBeInTheDocument();
  });

  it('shows the server\'s refusal in the dialog, in the reader\'s words', async () => {
    tokenStore.set('admin-token');
    const user = userEvent.setup();
    renderWithProviders(<Harness />, {
      mocks: [
        viewer('ADMIN'),
        {
          request: { query: SetUserRoleDocument, variables: { userId: 'u2', role: 'BRAND_STAFF' } },
          result: { errors: [new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: CHANGE_YUKI }));
    await user.click(screen.getByRole('radio', { name: /^Brand staff/ }));
    await user.click(screen.getByRole('button', { name: 'Change to Brand staff' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is not allowed to do that.');
  });

  it('is not offered to moderators, who still see who is staff', async () => {
    tokenStore.set('moderator-token');
    renderWithProviders(<Harness user={{ id: 'u3', displayName: 'Brand Bo', role: 'BRAND_STAFF' }} />, { mocks: [viewer('MODERATOR')] });
    expect(await screen.findByText('Brand staff')).toHaveClass('badge');
    expect(screen.queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
  });

  it('is not offered for the administrator\'s own account', async () => {
    tokenStore.set('admin-token');
    renderWithProviders(<Harness user={{ id: 'u1', displayName: 'Ada', role: 'ADMIN' }} />, { mocks: [viewer('ADMIN')] });
    expect(await screen.findByText('Administrator')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
  });
});
