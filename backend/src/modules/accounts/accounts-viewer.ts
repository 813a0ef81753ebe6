import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ViewerLookup, ViewerRecord } from '../../core/auth/viewer';
import { isSuspended } from '../../core/auth/authorize.decorator';
import { isId } from '../../core/graphql/id.pipe';
import { Role } from './role.enum';
import { SessionEntity } from './sessions/session.entity';
import { UserEntity } from './user.entity';

/**
 * The core's ViewerLookup port: only the columns authorization needs. While a suspension is in
 * force the viewer's role is CUSTOMER whatever the account's role: a suspended moderator,
 * brand staff member or administrator holds no staff power (moderating, featuring, exporting,
 * seeing what only staff see, lifting their own suspension) until it ends. Every check that
 * reads `viewer.role` follows from this one place. A token's session must still be open: one
 * query reads the user and their session together.
 */
@Injectable()
export class AccountsViewerLookup extends ViewerLookup {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    super();
  }

  async findViewer(userId: string, sessionId: string | null): Promise<ViewerRecord | null> {
    const query = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.role', 'u.suspendedUntil', 'u.sessionsEndedAt'])
      .where('u.id = :userId AND u.deleted_at IS NULL', { userId });
    if (sessionId && !isId(sessionId)) return null;
    if (sessionId) {
      // An ended session, or one whose refresh token lapsed, no longer signs anyone in.
      query.innerJoin(SessionEntity, 's', 's.id = :sessionId AND s.user_id = u.id AND s.ended_at IS NULL AND s.expires_at > now()', { sessionId });
    }
    const user = await query.getOne();
    if (!user) return null;
    const role = isSuspended(user) ? Role.CUSTOMER : user.role;
    return { viewer: { id: user.id, role, suspendedUntil: user.suspendedUntil, sessionId }, sessionsEndedAt: user.sessionsEndedAt };
  }
}

/** Handed to AuthModule.forRoot by the app: the accounts domain answers "who is this?". */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [{ provide: ViewerLookup, useClass: AccountsViewerLookup }],
  exports: [ViewerLookup],
})
export class AccountsViewerModule {}
