// A tiny app-wide notice channel, so code outside React (the Apollo error link,
// upload helpers) can tell the person something without owning any UI.
export type NoticeKind = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
}

type NoticeListener = (notices: readonly Notice[]) => void;

let nextId = 1;
let current: readonly Notice[] = [];
const listeners = new Set<NoticeListener>();

function publish(next: readonly Notice[]) {
  current = next;
  listeners.forEach((listener) => listener(current));
}

export function notify(kind: NoticeKind, message: string, timeoutMs = 6000): number {
  // The same message twice in a row (e.g. several queries hitting one rate
  // limit) is shown once.
  const duplicate = current.find((notice) => notice.message === message);
  if (duplicate) return duplicate.id;
  const id = nextId++;
  publish([...current, { id, kind, message }].slice(-3));
  if (timeoutMs > 0) setTimeout(() => dismissNotice(id), timeoutMs);
  return id;
}

export function dismissNotice(id: number): void {
  publish(current.filter((notice) => notice.id !== id));
}

export function getNotices(): readonly Notice[] {
  return current;
}

export function subscribeNotices(listener: NoticeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
