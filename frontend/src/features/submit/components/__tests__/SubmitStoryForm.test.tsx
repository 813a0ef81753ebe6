import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
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

  it('leaves the usage-rights consent unchecked until the author ticks it', async () => {
    const user = userEvent.setup();
    renderForm();
    const consent = screen.getByRole('checkbox', { name: /brand may reuse my story/i });
    expect(consent).not.toBeChecked();
    await user.click(consent);
    expect(consent).toBeChecked();
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
