import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsString, MaxLength } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { PageArgs } from '../../../core/pagination/page.args';

@ArgsType()
export class CreateWebhookEndpointArgs {
  @Field()
  @IsString()
  @MaxLength(2000, { message: 'The URL is too long (2,000 characters at most).' })
  url: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  events: string[];
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @IdField()
  endpointId: string;
}

@ArgsType()
export class SetWebhookEndpointActiveArgs {
  @IdField()
  id: string;

  @Field()
  @IsBoolean()
  active: boolean;
}
