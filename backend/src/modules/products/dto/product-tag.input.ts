import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsOptional, IsUrl, Matches, ValidateNested } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { CharacterLength, trimmed, trimmedOrNull } from '../../../core/validation/character-length.validator';

/** The SKUs shops use: letters, digits and . _ - (Taobao and Tmall item ids are digits). */
export const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const MAX_PRODUCTS_PER_STORY = 10;
export const MAX_PRODUCTS_PER_CAMPAIGN = 200;

@InputType()
export class ProductTagInput {
  @Field()
  @Transform(trimmed)
  @Matches(SKU_PATTERN, { message: 'A SKU is 1 to 64 of A-Z, a-z, 0-9, ".", "_" and "-".' })
  sku: string;

  @Field(() => String, { nullable: true, description: "Needed for a SKU that is not on the campaign's product list." })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 120, { message: 'A product name must be 1 to 120 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'A product link must be an http(s) URL.' })
  @CharacterLength(1, 500, { message: 'A product link must be at most 500 characters.' })
  url?: string | null;
}

const products = () => applyDecorators(
  Field(() => [ProductTagInput]),
  IsArray(),
  ValidateNested({ each: true }),
  Type(() => ProductTagInput),
);

@ArgsType()
export class TagProductsArgs {
  @IdField()
  storyId: string;

  @products()
  products: ProductTagInput[];
}

@ArgsType()
export class SetCampaignProductsArgs {
  @IdField()
  campaignId: string;

  @products()
  products: ProductTagInput[];
}
