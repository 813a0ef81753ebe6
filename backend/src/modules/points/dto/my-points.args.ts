import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/pagination/page.args';

@ArgsType()
export class MyPointsArgs extends PageArgs {}
