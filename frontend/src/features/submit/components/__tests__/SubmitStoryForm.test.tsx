import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { SubmitStoryDocument } from '../../api/submitStory';
import type { PhotoUploader } from '../../usePhotoUploads';
import { SubmitStoryForm } from '../SubmitStoryForm';

const campaign = { id: 'c1', title: 'Cool summer', maxPhotosPerStory: 2 };

function png(name: string) {
  return new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
}

/** An uploader the test drives by hand: report progress, then finish or fail. */
function controllableUploader() {
  const calls: Array<{ onProgress: (fraction: number) => void; resolve: (id: string) => void; reject: (error: unknown) => void }> = [];
  const uploader: PhotoUploader = (_file, onProgress) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ onProgress, resolve, reject });
    });
  return { uploader, calls };
}

function renderForm(uploader: PhotoUploader = controllableUploader().uploader) {
  return renderWithProviders(<SubmitStoryForm campaign={campaign} onSubmitted={vi.fn()} uploader={uploader} />);
}

describe('SubmitStoryForm', () => {
  it('keeps the unsent story in the browser: a reload brings the words back, "Start over" clears them', async () => {
    const user = userEvent.setup();
    const first = renderForm();
    await user.type(screen.getByRole('textbox', { name: /title/i }), 'Half-written');
    await user.type(screen.getByRole('textbox', { name: /your story/i }), 'The mug I');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    first.unmount();

    renderForm();
    expect(screen.getByRole('textbox', { name: /title/i })).toHaveValue('Half-written');
    expect(screen.getByRole('textbox', { name: /your story/i })).toHaveValue('The mug I');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('textbox', { name: /title/i })).toHaveValue('');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(window.localStorage.getItem('ugc.storyDraft.c1')).toBeNull();
  });

  it('counts title and body characters against their limits', async () => {
    const user = userEvent.setup();
    renderForm();
    const title = screen.getByRole('textbox', { name: /title/i });
    const body = screen.getByRole('textbox', { name: /your story/i });

    expect(screen.getByText('0 / 120')).toBeInTheDocument();
    expect(screen.getByText('0 / 20,000')).toBeInTheDocument();

    await user.type(title, 'My mug 🍵');
    // An emoji is one character, as a person counts it.
    expect(screen.getByText('8 / 120')).toBeInTheDocument();
    expect(title).not.toHaveAttribute('aria-invalid');

    fireEvent.change(title, { target: { value: 'x'.repeat(121) } });
    expect(screen.getByText('121 / 120')).toHaveClass('field__counter--over');
    expect(title).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(body, { target: { value: 'y'.repeat(20001) } });
    expect(screen.getByText('20,001 / 20,000')).toHaveClass('field__counter--over');
    expect(body).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for each reuse in plain words, none ticked, showing here always on, beside the campaign\'s terms', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SubmitStoryForm campaign={{ ...campaign, licenceText: 'Credited as you, never edited.' }} onSubmitted={vi.fn()} uploader={controllableUploader().uploader} />);
    const reuse = screen.getByRole('group', { name: 'What may the brand do with your story?' });
    const here = within(reuse).getByRole('checkbox', { name: /Shown here, in this campaign/ });
    expect(here).toBeChecked();
    expect(here).toBeDisabled();
    const social = within(reuse).getByRole('checkbox', { name: "On the brand's own social accounts" });
    // What ticking it means is read out with the box.
    expect(social).toHaveAccessibleDescription(/Weibo, WeChat or Xiaohongshu/);
    for (const name of ["On the brand's own social accounts", 'On product pages', 'In paid ads']) expect(within(reuse).getByRole('checkbox', { name })).not.toBeChecked();
    await user.click(social);
    expect(social).toBeChecked();
    expect(screen.getByText('Credited as you, never edited.')).toBeInTheDocument();
  });

  it('shows plain default terms when the campaign has none, and reads an older draft\'s yes as every scope', () => {
    window.localStorage.setItem('ugc.storyDraft.c1', JSON.stringify({ title: 'Old draft', body: '', grantUsageRights: true }));
    renderForm();
    expect(screen.getByText(/You keep the copyright of your story and photos/)).toBeInTheDocument();
    for (const name of ["On the brand's own social accounts", 'On product pages', 'In paid ads']) expect(screen.getByRole('checkbox', { name })).toBeChecked();
    window.localStorage.removeItem('ugc.storyDraft.c1');
  });

  it('sends the ticked scopes with the story', async () => {
    const user = userEvent.setup();
    const { uploader, calls } = controllableUploader();
    const onSubmitted = vi.fn();
    let sent: unknown = null;
    const story = {
      __typename: 'Story' as const,
      id: 's-new',
      title: 'My mug',
      status: 'PENDING' as const,
      rejectionReason: null,
      featured: false,
      likeCount: 0,
      commentCount: 0,
      usageRightsGranted: true,
      usageRightsGrantedAt: '2026-07-01T08:30:00.000Z',
      usageScopes: ['COMMUNITY', 'PRODUCT_PAGES'],
      usageRightsHistory: [{ __typename: 'UsageRightsEvent' as const, at: '2026-07-01T08:30:00.000Z', granted: true, scopes: ['COMMUNITY', 'PRODUCT_PAGES'] }],
      createdAt: '2026-07-01T08:30:00.000Z',
      publishedAt: null,
      photos: [{ __typename: 'Photo' as const, id: 'photo-1', status: 'READY' as const, thumbnailUrl: null }],
      editedAt: null,
      campaign: { __typename: 'Campaign' as const, id: 'c1', slug: 'cool-summer', title: 'Cool summer', status: 'ACTIVE' as const, requiresModeration: true },
    };
    renderWithProviders(<SubmitStoryForm campaign={campaign} onSubmitted={onSubmitted} uploader={uploader} />, {
      mocks: [
        {
          request: {
            query: SubmitStoryDocument,
            variables: (variables) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { submitStory: story } },
        },
      ],
    });
    await user.upload(screen.getByLabelText(/add photos/i), png('a.png'));
    await act(async () => calls[0].resolve('photo-1'));
    await user.type(screen.getByRole('textbox', { name: /title/i }), 'My mug');
    await user.type(screen.getByRole('textbox', { name: /your story/i }), 'Every morning.');
    await user.click(screen.getByRole('checkbox', { name: 'On product pages' }));
    await user.click(screen.getByRole('button', { name: 'Post my story' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(sent).toEqual({
      input: { campaignId: 'c1', title: 'My mug', body: 'Every morning.', photoIds: ['photo-1'], grantUsageRights: true, usageScopes: ['PRODUCT_PAGES'] },
    });
  });

  it('shows a progress bar per photo while it uploads, then marks it uploaded', async () => {
    const user = userEvent.setup();
    const { uploader, calls } = controllableUploader();
    renderForm(uploader);

    await user.upload(screen.getByLabelText(/add photos/i), [png('a.png'), png('b.png')]);
    expect(calls).toHaveLength(2);

    act(() => calls[0].onProgress(0.4));
    const first = screen.getByRole('progressbar', { name: 'Uploading photo 1' });
    expect(first).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByRole('progressbar', { name: 'Uploading photo 2' })).toHaveAttribute('aria-valuenow', '0');

    await act(async () => calls[0].resolve('photo-1'));
    expect(screen.queryByRole('progressbar', { name: 'Uploading photo 1' })).not.toBeInTheDocument();
    expect(screen.getByText('Uploaded')).toBeInTheDocument();

    // The campaign allows two photos, so the picker is gone.
    expect(screen.queryByLabelText(/add photos/i)).not.toBeInTheDocument();
  });

  it('offers a retry when an upload fails', async () => {
    const user = userEvent.setup();
    const { uploader, calls } = controllableUploader();
    renderForm(uploader);
    await user.upload(screen.getByLabelText(/add photos/i), png('a.png'));

    await act(async () => calls[0].reject(new Error('network down')));
    const retry = screen.getByRole('button', { name: 'Try uploading photo 1 again' });
    await user.click(retry);
    expect(calls).toHaveLength(2);
    expect(screen.getByRole('progressbar', { name: 'Uploading photo 1' })).toBeInTheDocument();
  });

  it('explains what is missing instead of submitting an incomplete story', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Post my story' }));
    expect(screen.getByText('Please add at least one photo.')).toBeInTheDocument();
    expect(screen.getByText('Please give your story a title.')).toBeInTheDocument();
    expect(screen.getByText('Please write a few words.')).toBeInTheDocument();
  });
});
