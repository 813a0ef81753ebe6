import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { WinnerMethod } from '../finale.enums';

@InputType()
export class PrizeInput {
  @Field()
  @IsString()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  description?: string | null;

  @Field(() => Int)
  @IsInt()
  quantity: number;

  @Field(() => WinnerMethod)
  @IsIn(Object.values(WinnerMethod))
  method: WinnerMethod;
}

@InputType()
export class WinnerClaimInput {
  @IdField()
  winnerId: string;

  @Field()
  @IsString()
  recipientName: string;

  @Field()
  @IsString()
  phone: string;

  @Field()
  @IsString()
  address: string;
}
