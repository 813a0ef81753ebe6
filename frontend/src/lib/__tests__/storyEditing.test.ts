import { describe, expect, it } from 'vitest';
import { canEditStory } from '../storyEditing';

const reviewed = { requiresModeration: true, status: 'ACTIVE' };
const instant = { requiresModeration: false, status: 'ACTIVE' };
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('canEditStory', () => {
  it('offers editing for stories waiting for review or turned down, in a running campaign', () => {
    expect(canEditStory({ status: 'PENDING', campaign: reviewed })).toBe(true);
    expect(canEditStory({ status: 'REJECTED', campaign: reviewed })).toBe(true);
    expect(canEditStory({ status: 'REMOVED', campaign: reviewed })).toBe(false);
    expect(canEditStory({ status: 'PENDING', campaign: { ...reviewed, status: 'ENDED' } })).toBe(false);
  });

  it('offers a published story only without review and within 30 minutes', () => {
    expect(canEditStory({ status: 'APPROVED', publishedAt: minutesAgo(5), campaign: reviewed })).toBe(false);
    expect(canEditStory({ status: 'APPROVED', publishedAt: minutesAgo(5), campaign: instant })).toBe(true);
    expect(canEditStory({ status: 'APPROVED', publishedAt: minutesAgo(31), campaign: instant })).toBe(false);
  });
});
