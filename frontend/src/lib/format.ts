// Locale-aware formatting with the platform Intl APIs (no date library: Intl.RelativeTimeFormat
// and Intl.DateTimeFormat say everything the app needs, in every language the browser knows).

const compactFormatters = new Map<string, Intl.NumberFormat>();

/** 12345 → "1.2万" in zh-CN, "12K" in en. */
export function formatCompactNumber(value: number, locale: string): string {
  let formatter = compactFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormatters.set(locale, formatter);
  }
  return formatter.format(value);
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let formatter = relativeFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormatters.set(locale, formatter);
  }
  return formatter;
}

const DAY_MS = 24 * 3600 * 1000;

/** Calendar days from `now` to `date` in the reader's time zone (tomorrow is 1 even 5 minutes before midnight). */
function calendarDaysBetween(now: Date, date: Date): number {
  const midnight = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((midnight(date) - midnight(now)) / DAY_MS);
}

/**
 * "3 hours ago", "tomorrow", "in 30 days", "3天前". Within a day it counts seconds, minutes and
 * hours; beyond that whole calendar days, never months: a campaign ending on 31 December read
 * on 1 December is "in 30 days", not "next month" (Intl's month unit rounds 30 days to a whole
 * calendar month). Past a year it counts years, rounded down.
 */
export function formatRelativeTime(iso: string, locale: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const formatter = relativeFormatter(locale);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return formatter.format(seconds, 'second');
  if (abs < 3600) return formatter.format(Math.trunc(seconds / 60), 'minute');
  const days = calendarDaysBetween(now, date);
  // Hours within the same day, or across midnight while it is still under 12 hours away.
  if (abs < 12 * 3600 || (abs < 24 * 3600 && days === 0)) return formatter.format(Math.trunc(seconds / 3600), 'hour');
  if (Math.abs(days) < 365) return formatter.format(days, 'day');
  return formatter.format(Math.trunc(days / 365), 'year');
}

/** Counts characters the way a person does (an emoji is one): the server's own function. */
export { characterCount } from '@ugc/shared';

/** Converts an ISO instant to the value a `<input type="datetime-local">` expects, in local time. */
export function toDateTimeLocalValue(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The opposite of toDateTimeLocalValue; returns null for an empty or invalid input. */
export function fromDateTimeLocalValue(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
