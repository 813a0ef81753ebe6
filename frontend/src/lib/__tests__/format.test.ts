import { describe, expect, it } from 'vitest';
import { characterCount, formatCompactNumber, formatRelativeTime, fromDateTimeLocalValue, toDateTimeLocalValue } from '../format';

describe('formatCompactNumber', () => {
  it('uses 万 in Chinese and K in English', () => {
    expect(formatCompactNumber(12000, 'zh-CN')).toBe('1.2万');
    expect(formatCompactNumber(12000, 'en')).toBe('12K');
    expect(formatCompactNumber(987, 'zh-CN')).toBe('987');
    expect(formatCompactNumber(1_500_000, 'en')).toBe('1.5M');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2025-06-15T12:00:00Z');
  it('describes past and future in the locale', () => {
    expect(formatRelativeTime('2025-06-15T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2025-06-18T12:00:00Z', 'en', now)).toBe('in 3 days');
    expect(formatRelativeTime('2025-06-18T12:00:00Z', 'zh-CN', now)).toBe('3天后');
    expect(formatRelativeTime('2025-06-15T11:59:58Z', 'en', now)).toBe('2 seconds ago');
  });
});

describe('characterCount', () => {
  it('counts an emoji as one character', () => {
    expect(characterCount('ab🍵')).toBe(3);
  });
});

describe('datetime-local conversion', () => {
  it('round-trips an instant', () => {
    const iso = '2025-06-15T12:30:00.000Z';
    expect(fromDateTimeLocalValue(toDateTimeLocalValue(iso))).toBe(iso);
    expect(fromDateTimeLocalValue('')).toBeNull();
  });
});
