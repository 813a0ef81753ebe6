import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Viewer, ViewerLookup } from '../../core/auth/viewer';
import { isSuspended } from '../../core/auth/authorize.decorator';
import { Role } from './role.enum';
import { UserEntity } from './user.entity';

/**
 * The core's ViewerLookup port: only the columns authorization needs. While a suspension is in
 * force the viewer's role is CUSTOMER whatever the account's role: a suspended moderator,
 * brand staff member or administrator holds no staff power (moderating, featuring, exporting,
 * seeing what only staff see, lifting their own suspension) until it ends. Every check that
 * reads `viewer.role` follows from this one place.
 */
@Injectable()
export class AccountsViewerLookup extends ViewerLookup {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    super();
  }

  async findViewer(userId: string): Promise<Viewer | null> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, role: true, suspendedUntil: true } });
    if (!user) return null;
    const role = isSuspended(user) ? Role.CUSTOMER : user.role;
    return { id: user.id, role, suspendedUntil: user.suspendedUntil };
  }
}

/** Handed to AuthModule.forRoot by the app: the accounts domain answers "who is this?". */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [{ provide: ViewerLookup, useClass: AccountsViewerLookup }],
  exports: [ViewerLookup],
})
export class AccountsViewerModule {}
