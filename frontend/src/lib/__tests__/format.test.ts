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

describe('formatRelativeTime counts whole days, never rounding to months', () => {
  it('says "in 30 days" for 31 December seen on 1 December, not "next month"', () => {
    const now = new Date(2026, 11, 1, 10, 0);
    const end = new Date(2026, 11, 31, 23, 59).toISOString();
    expect(formatRelativeTime(end, 'en', now)).toBe('in 30 days');
    expect(formatRelativeTime(end, 'zh-CN', now)).toBe('30天后');
  });
  it('counts calendar days: tomorrow evening is "tomorrow" in the morning', () => {
    const now = new Date(2026, 5, 10, 8, 0);
    expect(formatRelativeTime(new Date(2026, 5, 11, 20, 0).toISOString(), 'en', now)).toBe('tomorrow');
    expect(formatRelativeTime(new Date(2026, 5, 10, 11, 0).toISOString(), 'en', now)).toBe('in 3 hours');
    expect(formatRelativeTime(new Date(2026, 4, 10, 8, 0).toISOString(), 'en', now)).toBe('31 days ago');
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
