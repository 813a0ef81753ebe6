import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { gatheredCalls } from '../../core/database/gathered-calls';
import { PreparedStatement } from '../../core/database/prepared-statement';
import { ViewerLookup, ViewerRecord } from '../../core/auth/viewer';
import { isSuspended } from '../../core/auth/authorize.decorator';
import { isId } from '../../core/graphql/id.pipe';
import { Role } from './role.enum';

/**
 * The core's ViewerLookup port: only the columns authorization needs. While a suspension is in
 * force the viewer's role is CUSTOMER whatever the account's role: a suspended moderator,
 * brand staff member or administrator holds no staff power (moderating, featuring, exporting,
 * seeing what only staff see, lifting their own suspension) until it ends. Every check that
 * reads `viewer.role` follows from this one place. A token's session must still be open: one
 * query reads the user and their session together.
 */
interface ViewerRow {
  id: string;
  role: Role;
  suspended_until: Date | null;
  sessions_ended_at: Date | null;
}

const VIEWER_COLUMNS = 'u.id, u.role, u.suspended_until, u.sessions_ended_at';
/** Read on every signed-in request the ViewerDirectory has not seen lately: prepared, only these columns. */
const VIEWER = new PreparedStatement<ViewerRow>('viewer', `SELECT ${VIEWER_COLUMNS} FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`);
/** An ended session, or one whose refresh token lapsed, no longer signs anyone in. */
const VIEWER_IN_SESSION = new PreparedStatement<ViewerRow>(
  'viewer_in_session',
  `SELECT ${VIEWER_COLUMNS} FROM users u
     JOIN sessions s ON s.id = $2 AND s.user_id = u.id AND s.ended_at IS NULL AND s.expires_at > now()
    WHERE u.id = $1 AND u.deleted_at IS NULL`,
);

/**
 * The same for many tokens at once ($1 users, $2 their sessions or null, in pairs): the
 * ordinal of each pair that signs someone in, with the row. Requests in flight whose viewer this
 * instance has not seen lately (a crowd arriving) are read together (gatheredCalls).
 */
const VIEWERS = new PreparedStatement<ViewerRow & { i: string }>(
  'viewers',
  `SELECT w.i, ${VIEWER_COLUMNS}
     FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS w(user_id, session_id, i)
     JOIN users u ON u.id = w.user_id AND u.deleted_at IS NULL
    WHERE w.session_id IS NULL
       OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = w.session_id AND s.user_id = u.id AND s.ended_at IS NULL AND s.expires_at > now())`,
);

interface WantedViewer {
  userId: string;
  sessionId: string | null;
}

@Injectable()
export class AccountsViewerLookup extends ViewerLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findViewer(userId: string, sessionId: string | null): Promise<ViewerRecord | null> {
    if (!isId(userId) || (sessionId && !isId(sessionId))) return null;
    const user = await this.readViewer({ userId, sessionId });
    if (!user) return null;
    const role = isSuspended({ suspendedUntil: user.suspended_until }) ? Role.CUSTOMER : user.role;
    return { viewer: { id: user.id, role, suspendedUntil: user.suspended_until, sessionId }, sessionsEndedAt: user.sessions_ended_at };
  }

  private readonly readViewer = gatheredCalls<WantedViewer, ViewerRow | null>(async (wanted) => {
    if (wanted.length === 1) {
      const [{ userId, sessionId }] = wanted;
      const [user] = sessionId ? await VIEWER_IN_SESSION.rows(this.dataSource, [userId, sessionId]) : await VIEWER.rows(this.dataSource, [userId]);
      return [user ?? null];
    }
    const rows = await VIEWERS.rows(this.dataSource, [wanted.map((w) => w.userId), wanted.map((w) => w.sessionId)]);
    const byOrdinal = new Map(rows.map((row) => [Number(row.i), row]));
    return wanted.map((_, index) => byOrdinal.get(index + 1) ?? null);
  });
}

/** Handed to AuthModule.forRoot by the app: the accounts domain answers "who is this?". */
@Module({
  providers: [{ provide: ViewerLookup, useClass: AccountsViewerLookup }],
  exports: [ViewerLookup],
})
export class AccountsViewerModule {}
