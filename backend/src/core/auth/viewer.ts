/**
 * The signed-in person as the core sees them: who they are, their role and whether a suspension
 * is in force. Enough to authorize a request; nothing private (no email, no password hash).
 */
export interface Viewer {
  id: string;
  role: string;
  suspendedUntil: Date | null;
  /** The session the request is made with; null (or absent, for the server's own work) for tokens that name none. */
  sessionId?: string | null;
}

/** What the lookup answers for one (user, session): the viewer, and when a token without a session stops counting. */
export interface ViewerRecord {
  viewer: Viewer;
  /** Tokens naming no session issued before this are refused (the user ended all their sessions). */
  sessionsEndedAt: Date | null;
}

/**
 * The port the core asks "who is behind this token's subject?". The accounts domain implements it
 * (reading the user fresh, so a role change or suspension applies on the next request); the core
 * never knows the users table.
 */
export abstract class ViewerLookup {
  /**
   * The viewer with this id signed in with this session, or null when the account no longer
   * exists or the session has ended. A null session (a token that names none) checks the account only.
   */
  abstract findViewer(userId: string, sessionId: string | null): Promise<ViewerRecord | null>;
}
