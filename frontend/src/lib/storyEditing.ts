/** How long after publishing a story of a campaign without review can still be edited (the server's rule: StoriesService). */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;

interface EditableStory {
  status: string;
  publishedAt?: string | null;
  campaign: { requiresModeration: boolean; status?: string };
}

/** Whether to offer "Edit" to the story's author; the server has the last word. */
export function canEditStory(story: EditableStory, now = Date.now()): boolean {
  if (story.campaign.status && story.campaign.status !== 'ACTIVE') return false;
  if (story.status === 'PENDING' || story.status === 'REJECTED') return true;
  return (
    story.status === 'APPROVED' &&
    !story.campaign.requiresModeration &&
    !!story.publishedAt &&
    now - new Date(story.publishedAt).getTime() <= EDIT_WINDOW_MS
  );
}
