import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Viewer, ViewerLookup } from '../../core/auth/viewer';
import { UserEntity } from './user.entity';

/** The core's ViewerLookup port: only the columns authorization needs, fresh on every request. */
@Injectable()
export class AccountsViewerLookup extends ViewerLookup {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    super();
  }

  findViewer(userId: string): Promise<Viewer | null> {
    return this.users.findOne({ where: { id: userId }, select: { id: true, role: true, suspendedUntil: true } });
  }
}

/** Handed to AuthModule.forRoot by the app: the accounts domain answers "who is this?". */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [{ provide: ViewerLookup, useClass: AccountsViewerLookup }],
  exports: [ViewerLookup],
})
export class AccountsViewerModule {}
