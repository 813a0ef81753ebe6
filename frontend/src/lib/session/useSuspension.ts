import { activeSuspension } from '../errors';
import { useViewer } from './ViewerContext';

/** The end of the signed-in person's running suspension, or null (not suspended, or signed out). */
export function useSuspension(): string | null {
  const until = useViewer().viewer?.suspendedUntil;
  return activeSuspension(until) ? until! : null;
}
