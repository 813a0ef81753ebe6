import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLContextFactory } from '../graphql/graphql-context.factory';
import { AuthorizeGuard } from './authorize.decorator';
import { TokenService } from './token.service';
import { ViewerDirectory } from './viewer-directory';
import { ClientAddress } from '../web/client-address';

/**
 * Tokens, the authorization guard and the request context. `viewers` is the module that provides
 * the ViewerLookup port (the accounts domain's): the app wires it, so the core imports no domain.
 */
@Module({})
export class AuthModule {
  static forRoot(options: { viewers: Type<unknown> }): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [options.viewers],
      providers: [TokenService, AuthorizeGuard, GraphQLContextFactory, ViewerDirectory, ClientAddress],
      exports: [TokenService, AuthorizeGuard, GraphQLContextFactory, ViewerDirectory, ClientAddress, options.viewers],
    };
  }
}
