import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { User } from '../accounts/models/user.model';
import { BRAND_ROLES, MODERATOR_ROLES } from '../accounts/role.enum';
import { UserByIdLoader } from '../accounts/user-by-id.loader';
import { Campaign } from '../campaigns/models/campaign.model';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { DRAW_ALGORITHM } from './draw';
import { PrizeInput, WinnerClaimInput } from './dto/finale.inputs';
import { JudgingQueueArgs } from './dto/judging-queue.args';
import { WinnerMethod } from './finale.enums';
import { FinaleService, ResultsView } from './finale.service';
import { CampaignResults, DrawProof, JudgeScore, JudgingEntry, LikeRingSignal, Prize, PrizeResult, SuspiciousLikeGroup, Winner, WinnerClaim, WithdrawnPlace } from './models/finale.models';
import { PrizeEntity } from './prize.entity';

@Resolver()
export class FinaleResolver {
  constructor(private readonly finale: FinaleService) {}

  @Query(() => CampaignResults, { description: 'Any visitor once finalised; BRAND_STAFF and ADMIN also before.' })
  async campaignResults(@Viewer() viewer: Viewer | null, @Args('campaignId', { type: () => ID }, IdPipe) campaignId: string): Promise<CampaignResults> {
    return toResults(await this.finale.results(viewer, campaignId));
  }

  @Query(() => [Winner], { description: "The signed-in user's wins." })
  @Authorize()
  async myWins(@Viewer() viewer: Viewer): Promise<Winner[]> {
    const wins = await this.finale.myWins(viewer);
    const prizes = new Map((await this.finale.prizesOf([...new Set(wins.map((w) => w.campaignId))])).map((p) => [p.id, p]));
    return wins.map((w) => Winner.from(w, prizes.get(w.prizeId)!));
  }

  @Query(() => [SuspiciousLikeGroup], { description: 'MODERATOR and ADMIN: groups of likers of the campaign created in the same hour or liking from one client address, with how narrowly they liked.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async suspiciousLikes(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string): Promise<SuspiciousLikeGroup[]> {
    const rows = await this.finale.suspiciousLikers(campaignId);
    return rows.map((r: { signal: LikeRingSignal; created_hour: string | null; accounts: number; likes: number; narrow_accounts: number; user_ids: string[]; some_voided: boolean }) => ({
      signal: r.signal, createdHour: r.created_hour ? new Date(r.created_hour) : null, accounts: r.accounts, likes: r.likes, narrowAccounts: r.narrow_accounts,
      userIds: r.user_ids, someVoided: r.some_voided,
    }));
  }

  @Query(() => [JudgingEntry], { description: "BRAND_STAFF and ADMIN: the campaign's public stories, oldest first, with the viewer's score; the other judges' scores of a story appear once the viewer has scored it." })
  @Authorize({ roles: BRAND_ROLES })
  async judgingQueue(@Viewer() viewer: Viewer, @Args() args: JudgingQueueArgs): Promise<JudgingEntry[]> {
    const rows = await this.finale.judgingQueue(viewer, args.campaignId, args.first, args.offset);
    return rows.map((row) => ({
      story: Story.from(row.story),
      myScore: row.mine ? JudgeScore.from(row.mine) : null,
      scores: row.scores.map(JudgeScore.from),
      averageScore: row.scores.length ? row.scores.reduce((sum, s) => sum + s.score, 0) / row.scores.length : null,
      judgeCount: row.judgeCount,
    }));
  }

  @Mutation(() => Prize, { description: 'BRAND_STAFF and ADMIN; until the campaign ends.' })
  @Authorize({ roles: BRAND_ROLES })
  async addPrize(
    @Viewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID }, IdPipe) campaignId: string,
    @Args('input') input: PrizeInput,
  ): Promise<Prize> {
    return Prize.from(await this.finale.addPrize(viewer, campaignId, input));
  }

  @Mutation(() => Boolean, { description: "BRAND_STAFF and ADMIN: a judge's score (1..10) for an APPROVED story; a second call replaces the first." })
  @Authorize({ roles: BRAND_ROLES })
  async scoreStory(
    @Viewer() viewer: Viewer,
    @Args('storyId', { type: () => ID }, IdPipe) storyId: string,
    @Args('score', { type: () => Int }) score: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<boolean> {
    await this.finale.scoreStory(viewer, storyId, score, note);
    return true;
  }

  @Mutation(() => CampaignResults, { description: 'BRAND_STAFF and ADMIN, after the campaign ended: picks winners and reserves for every prize (a draft).' })
  @Authorize({ roles: BRAND_ROLES })
  async drawWinners(@Viewer() viewer: Viewer, @Args('campaignId', { type: () => ID }, IdPipe) campaignId: string): Promise<CampaignResults> {
    await this.finale.drawWinners(viewer, campaignId);
    return toResults(await this.finale.results(viewer, campaignId));
  }

  @Mutation(() => CampaignResults, { description: 'BRAND_STAFF and ADMIN: publishes the results and tells the winners.' })
  @Authorize({ roles: BRAND_ROLES })
  async finalizeResults(@Viewer() viewer: Viewer, @Args('campaignId', { type: () => ID }, IdPipe) campaignId: string): Promise<CampaignResults> {
    await this.finale.finalizeResults(viewer, campaignId);
    return toResults(await this.finale.results(viewer, campaignId));
  }

  @Mutation(() => Int, { description: 'MODERATOR and ADMIN: this user\'s likes stop counting everywhere (live counts and leaderboards, results not yet final; frozen boards and final results keep theirs); logged; returns how many.' })
  @Authorize({ roles: MODERATOR_ROLES })
  voidLikesOf(
    @Viewer() viewer: Viewer,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('reason') reason: string,
  ): Promise<number> {
    return this.finale.voidLikesOf(viewer, userId, reason);
  }

  @Mutation(() => CampaignResults, { description: 'BRAND_STAFF and ADMIN: takes a NOTIFIED winner out (logged with the reason); the next eligible reserve of the prize moves up.' })
  @Authorize({ roles: BRAND_ROLES })
  async disqualifyWinner(
    @Viewer() viewer: Viewer,
    @Args('winnerId', { type: () => ID }, IdPipe) winnerId: string,
    @Args('reason') reason: string,
  ): Promise<CampaignResults> {
    const { campaignId } = await this.finale.disqualifyWinner(viewer, winnerId, reason);
    return toResults(await this.finale.results(viewer, campaignId));
  }

  @Mutation(() => Winner, { description: 'The winner, before claimDeadline.' })
  @Authorize()
  async claimPrize(@Viewer() viewer: Viewer, @Args('input') input: WinnerClaimInput): Promise<Winner> {
    const winner = await this.finale.claimPrize(viewer, input.winnerId, input);
    const [prize] = (await this.finale.prizesOf([winner.campaignId])).filter((p) => p.id === winner.prizeId);
    return Winner.from(winner, prize);
  }
}

function toResults(view: ResultsView): CampaignResults {
  return {
    campaign: Campaign.from(view.campaign),
    finalizedAt: view.finalizedAt,
    voidedLikeCount: view.voidedLikeCount,
    prizes: view.prizes.map(({ prize, winners }) => ({
      prize: Prize.from(prize),
      entity: prize,
      revealed: view.revealed,
      winnerRows: winners,
      proof: prize.method === WinnerMethod.DRAW ? proofOf(prize, view.revealed) : null,
    })),
  };
}

function proofOf(prize: PrizeEntity, revealed: boolean): DrawProof {
  const shown = revealed && !!prize.drawnAt;
  return {
    commitment: prize.commitment ?? '',
    seed: shown ? prize.seed : null,
    entrantsHash: shown ? prize.entrantsHash : null,
    entrants: shown ? (prize.entrants ? prize.entrants.split('\n') : []) : null,
    algorithm: DRAW_ALGORITHM,
  };
}

/** A prize's winners: a place whose story the viewer may no longer see (removed, deleted) is left out. */
@Resolver(() => PrizeResult)
export class PrizeResultResolver {
  constructor(
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly users: UserByIdLoader,
  ) {}

  @ResolveField(() => [Winner])
  async winners(@Parent() result: PrizeResult, @Context() context: RequestContext): Promise<Winner[]> {
    const { shown } = await this.split(result, context);
    return shown.map((w) => Winner.from(w, result.entity));
  }

  @ResolveField(() => [WithdrawnPlace], { description: 'Places whose story the reader can no longer see (removed, or its author deleted their account): the place stays, without the story.' })
  async withdrawnPlaces(@Parent() result: PrizeResult, @Context() context: RequestContext): Promise<WithdrawnPlace[]> {
    const { withdrawn } = await this.split(result, context);
    const users = await context.loaders.get(this.users).loadMany(withdrawn.map((w) => w.userId));
    return withdrawn.map((w, index) => {
      const user = users[index];
      return { place: w.place, status: w.status, deletedAccount: !user || user instanceof Error || !!user.deletedAt };
    });
  }

  /** The places the reader may see with their story, and the rest. */
  private async split(result: PrizeResult, context: RequestContext) {
    const stories = await context.loaders.get(this.visibleStories).loadMany(result.winnerRows.map((w) => w.storyId));
    const visible = (index: number) => { const story = stories[index]; return !!story && !(story instanceof Error); };
    return {
      shown: result.winnerRows.filter((_, index) => visible(index)),
      withdrawn: result.winnerRows.filter((_, index) => !visible(index)),
    };
  }
}

@Resolver(() => Winner)
export class WinnerResolver {
  constructor(
    private readonly finale: FinaleService,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly users: UserByIdLoader,
  ) {}

  @ResolveField(() => Story)
  async story(@Parent() winner: Winner, @Context() context: RequestContext): Promise<Story> {
    const story = await context.loaders.get(this.visibleStories).load(winner.storyId);
    if (!story) throw new NotFoundError('That story');
    return Story.from(story);
  }

  @ResolveField(() => User)
  async user(@Parent() winner: Winner, @Context() context: RequestContext): Promise<User> {
    const user = await context.loaders.get(this.users).load(winner.userId);
    if (!user) throw new NotFoundError('That user');
    return User.from(user);
  }

  @ResolveField(() => WinnerClaim, { nullable: true, description: 'BRAND_STAFF and ADMIN only (null for everyone else, the winner included); erased 60 days after the claim.' })
  claim(@Parent() winner: Winner, @Viewer() viewer: Viewer | null): WinnerClaim | null {
    return this.finale.claimFor(viewer, winner.entity);
  }
}

/** Campaign.prizes, in the order they were added. */
@Resolver(() => Campaign)
export class CampaignPrizesResolver {
  constructor(private readonly finale: FinaleService) {}

  @ResolveField(() => [Prize])
  async prizes(@Parent() campaign: Campaign): Promise<Prize[]> {
    return (await this.finale.prizesOf([campaign.id])).map(Prize.from);
  }
}

@Resolver(() => JudgeScore)
export class JudgeScoreResolver {
  constructor(private readonly users: UserByIdLoader) {}

  @ResolveField(() => User)
  async judge(@Parent() score: JudgeScore, @Context() context: RequestContext): Promise<User> {
    const user = await context.loaders.get(this.users).load(score.judgeId);
    if (!user) throw new NotFoundError('That user');
    return User.from(user);
  }
}

/** The accounts of a suspicious group, by name, for the moderator deciding on them. */
@Resolver(() => SuspiciousLikeGroup)
export class SuspiciousLikeGroupResolver {
  constructor(private readonly usersById: UserByIdLoader) {}

  @ResolveField(() => [User], { description: 'The accounts of userIds, in the same order (a deleted one is left out).' })
  async users(@Parent() group: SuspiciousLikeGroup, @Context() context: RequestContext): Promise<User[]> {
    const users = await context.loaders.get(this.usersById).loadMany(group.userIds);
    return users.flatMap((user) => (user && !(user instanceof Error) ? [User.from(user)] : []));
  }
}
