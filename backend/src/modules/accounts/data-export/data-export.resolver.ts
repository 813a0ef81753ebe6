import { Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../../core/auth/authorize.decorator';
import { DataExportService } from './data-export.service';

@Resolver()
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Mutation(() => Boolean, {
    description: 'Mails (and notifies) a link to a ZIP of everything held about the signed-in user: profile, stories, original-size photos without metadata, comments, likes, consent history.',
  })
  @Authorize()
  requestDataExport(@Viewer() viewer: Viewer): Promise<boolean> {
    return this.exports.request(viewer);
  }
}
