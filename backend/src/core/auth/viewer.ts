/**
 * The signed-in person as the core sees them: who they are, their role and whether a suspension
 * is in force. Enough to authorize a request; nothing private (no email, no password hash).
 */
export interface Viewer {
  id: string;
  role: string;
  suspendedUntil: Date | null;
}

/**
 * The port the core asks "who is behind this token's subject?". The accounts domain implements it
 * (reading the user fresh, so a role change or suspension applies on the next request); the core
 * never knows the users table.
 */
export abstract class ViewerLookup {
  /** The viewer with this id, or null when the account no longer exists. */
  abstract findViewer(userId: string): Promise<Viewer | null>;
}
