import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ProductTag')
export class ProductTag {
  @Field()
  sku: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  static from(row: { sku: string; name: string | null; url: string | null }): ProductTag {
    return Object.assign(new ProductTag(), { sku: row.sku, name: row.name, url: row.url });
  }
}
