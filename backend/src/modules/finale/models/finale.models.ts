import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Relation } from 'typeorm';
import { Campaign } from '../../campaigns/models/campaign.model';
import { Story } from '../../stories/models/story.model';
import type { JudgeScoreEntity } from '../judge-score.entity';
import { WinnerMethod, WinnerStatus } from '../finale.enums';
import type { PrizeWinnerEntity } from '../prize-winner.entity';
import type { PrizeEntity } from '../prize.entity';

@ObjectType('Prize')
export class Prize {
  @Field(() => ID)
  id: string;

  campaignId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  quantity: number;

  @Field(() => WinnerMethod)
  method: WinnerMethod;

  static from(entity: PrizeEntity): Prize {
    return Object.assign(new Prize(), {
      id: entity.id, campaignId: entity.campaignId, name: entity.name, description: entity.description,
      quantity: entity.quantity, method: entity.method,
    });
  }
}

@ObjectType('WinnerClaim')
export class WinnerClaim {
  @Field()
  recipientName: string;

  @Field()
  phone: string;

  @Field()
  address: string;

  @Field()
  claimedAt: Date;
}

@ObjectType('Winner')
export class Winner {
  @Field(() => ID)
  id: string;

  @Field(() => Prize)
  prize: Relation<Prize>;

  storyId: string;
  userId: string;
  /** The row, for the claim field (decrypted only for brand staff). */
  entity: PrizeWinnerEntity;

  @Field(() => Int, { description: '1-based within the prize; reserves continue after the winners.' })
  place: number;

  @Field(() => WinnerStatus)
  status: WinnerStatus;

  @Field(() => Date, { nullable: true })
  claimDeadline: Date | null;

  static from(entity: PrizeWinnerEntity, prize: PrizeEntity): Winner {
    return Object.assign(new Winner(), {
      id: entity.id, prize: Prize.from(prize), storyId: entity.storyId, userId: entity.userId, entity,
      place: entity.place, status: entity.status, claimDeadline: entity.claimDeadline,
    });
  }
}

@ObjectType('DrawProof')
export class DrawProof {
  @Field({ description: 'sha256 (hex) of the secret seed; public from the moment the prize exists.' })
  commitment: string;

  @Field(() => String, { nullable: true, description: 'Revealed when the draw is made; null before.' })
  seed: string | null;

  @Field(() => String, { nullable: true, description: 'sha256 (hex) of the eligible story ids the draw ran over, ascending, one per line.' })
  entrantsHash: string | null;

  @Field(() => [ID], { nullable: true, description: 'The eligible story ids the draw ran over, ascending (null until the seed is revealed): with the seed, everything needed to recompute the winners.' })
  entrants: string[] | null;

  @Field({ description: 'Plain words: how anyone recomputes the winners from seed and entrants.' })
  algorithm: string;
}

@ObjectType('PrizeResult')
export class PrizeResult {
  @Field(() => Prize)
  prize: Relation<Prize>;

  winnerRows: PrizeWinnerEntity[];
  revealed: boolean;
  entity: PrizeEntity;

  @Field(() => DrawProof, { nullable: true, description: 'DRAW prizes only.' })
  proof: Relation<DrawProof> | null;
}

@ObjectType('WithdrawnPlace', { description: 'A place of published results whose story is gone: kept, so the places after it keep their numbers.' })
export class WithdrawnPlace {
  @Field(() => Int)
  place: number;

  @Field(() => WinnerStatus)
  status: WinnerStatus;

  @Field({ description: 'The winner deleted their account (else the story was removed).' })
  deletedAccount: boolean;
}

@ObjectType('CampaignResults')
export class CampaignResults {
  @Field(() => Campaign)
  campaign: Relation<Campaign>;

  @Field(() => Date, { nullable: true, description: 'Null while a draft (visible to BRAND_STAFF and ADMIN only); set once, then the results never change.' })
  finalizedAt: Date | null;

  @Field(() => [PrizeResult])
  prizes: Relation<PrizeResult>[];

  @Field(() => Int, { description: "Likes that do not count: from accounts suspended for abuse, voided by a moderator, or not eligible under the campaign's rules." })
  voidedLikeCount: number;
}

export enum LikeRingSignal {
  SAME_HOUR = 'SAME_HOUR',
  SAME_CLIENT = 'SAME_CLIENT',
}

registerEnumType(LikeRingSignal, {
  name: 'LikeRingSignal',
  valuesMap: {
    SAME_HOUR: { description: 'The accounts were created in the same hour.' },
    SAME_CLIENT: { description: 'The accounts liked from one client address (one phone, one network).' },
  },
});

@ObjectType('SuspiciousLikeGroup', { description: 'Three or more likers of a campaign with something in common that rings have: a hint, not a proof.' })
export class SuspiciousLikeGroup {
  @Field(() => LikeRingSignal)
  signal: LikeRingSignal;

  @Field(() => Date, { nullable: true, description: 'SAME_HOUR: the hour the accounts were created.' })
  createdHour: Date | null;

  @Field(() => Int)
  accounts: number;

  @Field(() => Int)
  likes: number;

  @Field(() => Int, { description: 'Of those accounts, how many liked three stories or fewer.' })
  narrowAccounts: number;

  @Field(() => [ID], { description: 'Up to 20 of the accounts, to void with voidLikesOf.' })
  userIds: string[];

  @Field({ description: 'Whether some of them are voided already.' })
  someVoided: boolean;
}

@ObjectType('JudgeScore')
export class JudgeScore {
  judgeId: string;

  @Field(() => Int, { description: '1 to 10.' })
  score: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  updatedAt: Date;

  static from(entity: JudgeScoreEntity): JudgeScore {
    return Object.assign(new JudgeScore(), { judgeId: entity.judgeId, score: entity.score, note: entity.note, updatedAt: entity.updatedAt });
  }
}

@ObjectType('JudgingEntry', { description: "A story in the judges' console, as the judge reading it may see it." })
export class JudgingEntry {
  @Field(() => Story)
  story: Relation<Story>;

  @Field(() => JudgeScore, { nullable: true, description: "The viewer's own score; null until they score." })
  myScore: Relation<JudgeScore> | null;

  @Field(() => [JudgeScore], { description: "Every judge's score, the viewer's included; empty until the viewer has scored this story." })
  scores: Relation<JudgeScore>[];

  @Field(() => Float, { nullable: true, description: 'The average of scores; null while hidden or none.' })
  averageScore: number | null;

  @Field(() => Int, { description: 'How many judges have scored it (a story needs two to win a JUDGES prize).' })
  judgeCount: number;
}
