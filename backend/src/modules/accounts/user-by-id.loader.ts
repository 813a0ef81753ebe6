import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsSelect, In } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { ReadReplica } from '../../core/database/read-replica';
import { ViewerDirectory } from '../../core/auth/viewer-directory';
import { RecentRowsLoader } from '../../core/graphql/recent-rows';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { UserEntity } from './user.entity';

/**
 * Users by id. Queries share what this instance read within RECENT_READS_MS (the authors of a
 * feed page); a change announced to the ViewerDirectory (role, suspension, deletion) forgets
 * the user on every instance.
 */
@Injectable()
export class UserByIdLoader extends RecentRowsLoader<UserEntity | null> {
  constructor(databases: ReadReplica, config: AppConfig, viewers: ViewerDirectory) {
    super(databases, config);
    viewers.onChange((userId) => this.forget(userId));
  }

  /** Every column but the password's hash: nothing shown of a person needs it, so it never leaves the database here. */
  private shown?: FindOptionsSelect<UserEntity>;

  protected async read(ids: readonly string[], db: DataSource): Promise<(UserEntity | null)[]> {
    this.shown ??= Object.fromEntries(
      db.getMetadata(UserEntity).columns.filter((column) => column.propertyName !== 'passwordHash').map((column) => [column.propertyName, true]),
    ) as FindOptionsSelect<UserEntity>;
    const rows = await db.getRepository(UserEntity).find({ select: this.shown, where: { id: In([...ids]) } });
    return inKeyOrder(ids, rows, (u) => u.id, (u) => u, null);
  }
}
