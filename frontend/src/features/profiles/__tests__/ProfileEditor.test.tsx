import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testViewer } from '../../../testing/renderWithProviders';
import { UpdateProfileDocument } from '../api/updateProfile';
import { ProfileEditor } from '../components/ProfileEditor';

describe('ProfileEditor', () => {
  it('uploads the chosen avatar through the photo flow, then saves it with the bio', async () => {
    const user = userEvent.setup();
    const uploader = vi.fn().mockResolvedValue('p-avatar');
    const saved = vi.fn(() => ({
      data: { updateProfile: { __typename: 'User' as const, id: 'u-viewer', displayName: 'Mei', avatarUrl: '/media/photos/a.jpg', bio: '喜欢拍阳台的花' } },
    }));
    renderWithProviders(<ProfileEditor user={{ id: 'u-viewer', bio: null }} uploader={uploader} />, {
      viewer: testViewer(),
      mocks: [{ request: { query: UpdateProfileDocument, variables: { input: { bio: '喜欢拍阳台的花', avatarPhotoId: 'p-avatar' } } }, result: saved }],
    });
    await user.click(screen.getByRole('button', { name: 'Edit profile' }));
    await user.type(screen.getByLabelText('About you'), '喜欢拍阳台的花');
    const photo = new File([new Uint8Array(10)], 'me.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Profile photo'), photo);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(uploader).toHaveBeenCalledWith(photo, expect.any(Function), expect.any(AbortSignal));
    await screen.findByRole('button', { name: 'Edit profile' });
  });

  it('refuses a file the server would refuse, before uploading it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const uploader = vi.fn();
    renderWithProviders(<ProfileEditor user={{ id: 'u-viewer' }} uploader={uploader} />, { viewer: testViewer() });
    await user.click(screen.getByRole('button', { name: 'Edit profile' }));
    await user.upload(screen.getByLabelText('Profile photo'), new File(['x'], 'me.gif', { type: 'image/gif' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a JPEG, PNG or WebP photo up to 15 MB.');
    expect(uploader).not.toHaveBeenCalled();
  });
});
