import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PhotoUploader } from '../../../../lib/photos/usePhotoUploader';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { CampaignForm, type CampaignFormValues } from '../CampaignForm';

const initial: CampaignFormValues = {
  slug: 'cool-summer',
  title: 'Cool summer',
  description: 'Keep cool.',
  hashtag: '',
  rules: '',
  licenceText: '',
  startsAt: '2026-07-01T09:00',
  endsAt: '2026-08-01T09:00',
  requiresModeration: true,
  maxPhotosPerStory: 9,
  published: false,
  cover: { photoId: undefined, previewUrl: null, state: 'idle' },
};

function Harness({ uploader, onSubmit }: { uploader: PhotoUploader; onSubmit: (values: CampaignFormValues) => void }) {
  const [values, setValues] = useState(initial);
  return <CampaignForm values={values} onChange={setValues} onSubmit={() => onSubmit(values)} slugLocked={false} submitting={false} submitLabel="Create campaign" uploader={uploader} />;
}

describe('CampaignForm cover photo', () => {
  it('uploads the cover with a progress bar and submits its photo id only once it is uploaded', async () => {
    const user = userEvent.setup();
    let report: (fraction: number) => void = () => undefined;
    let finish: (photoId: string) => void = () => undefined;
    const uploader: PhotoUploader = (_file, onProgress) =>
      new Promise<string>((resolve) => {
        report = onProgress;
        finish = resolve;
      });
    const onSubmit = vi.fn();
    renderWithProviders(<Harness uploader={uploader} onSubmit={onSubmit} />);

    await user.upload(screen.getByLabelText('Choose a cover photo'), new File([new Uint8Array([1, 2, 3])], 'cover.png', { type: 'image/png' }));
    act(() => report(0.25));
    expect(screen.getByRole('progressbar', { name: 'Uploading the cover photo' })).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByRole('img', { name: 'The campaign cover' })).toBeInTheDocument();

    // Edits made while the photo uploads are kept when it finishes.
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), '!');
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Please wait until the cover photo has finished uploading.')).toBeInTheDocument();

    await act(async () => finish('photo-7'));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Cool summer!', cover: expect.objectContaining({ photoId: 'photo-7', state: 'done' }) }));
  });

  it('refuses files the server would not take', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const uploader = vi.fn<PhotoUploader>();
    renderWithProviders(<Harness uploader={uploader} onSubmit={vi.fn()} />);
    await user.upload(screen.getByLabelText('Choose a cover photo'), new File(['GIF89a'], 'anim.gif', { type: 'image/gif' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“anim.gif” can’t be used: please choose a JPEG, PNG or WebP photo.');
    expect(uploader).not.toHaveBeenCalled();
  });
});
