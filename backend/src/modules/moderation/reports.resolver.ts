import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { Page } from '../../core/pagination/connection';
import { User } from '../accounts/models/user.model';
import { MODERATOR_ROLES } from '../accounts/role.enum';
import { Comment } from '../engagement/models/comment.model';
import { Story } from '../stories/models/story.model';
import { ContentLoading } from './content-loading';
import { ReportsArgs, ResolveReportArgs } from './dto/moderation.args';
import { ReportInput } from './dto/report.input';
import { Report, ReportConnection } from './models/report.model';
import { ReportsService } from './reports.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly content: ContentLoading,
  ) {}

  @Mutation(() => Report, { description: 'A story or a comment, with a reason; one open report per person per target.' })
  @Authorize({ writes: true })
  async reportContent(@Viewer() viewer: Viewer, @Args('input') input: ReportInput): Promise<Report> {
    return Report.from(await this.service.report(viewer, input));
  }

  @Query(() => ReportConnection, { description: 'MODERATOR and ADMIN. OPEN oldest first; closed ones newest first.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async reports(@Args() args: ReportsArgs): Promise<Page<Report>> {
    const page = await this.service.list(args);
    return { ...page, nodes: page.nodes.map(Report.from) };
  }

  @Mutation(() => Report, { description: 'MODERATOR and ADMIN.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async resolveReport(@Viewer() viewer: Viewer, @Args() args: ResolveReportArgs): Promise<Report> {
    return Report.from(await this.service.resolve(viewer, args.reportId, args.dismiss, args.note ?? null));
  }

  @ResolveField(() => Story, { nullable: true })
  story(@Parent() report: Report, @Context() context: RequestContext): Promise<Story | null> {
    return this.content.story(context, report.storyId);
  }

  @ResolveField(() => Comment, { nullable: true })
  comment(@Parent() report: Report, @Context() context: RequestContext): Promise<Comment | null> {
    return this.content.comment(context, report.commentId);
  }

  @ResolveField(() => User)
  async reporter(@Parent() report: Report, @Context() context: RequestContext): Promise<User> {
    return (await this.content.user(context, report.reporterId))!;
  }
}
