import { Global, Module } from '@nestjs/common';
import { GraphQLContextFactory } from '../graphql/graphql-context.factory';
import { AuthorizeGuard } from './authorize.decorator';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, AuthorizeGuard, GraphQLContextFactory],
  exports: [TokenService, AuthorizeGuard, GraphQLContextFactory],
})
export class AuthModule {}
