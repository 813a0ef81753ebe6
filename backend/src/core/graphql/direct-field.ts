import type { Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { Context, Parent, ResolveField, ResolveFieldOptions, ReturnTypeFunc } from '@nestjs/graphql';
import { GraphQLSchema, isObjectType } from 'graphql';
import type { RequestContext } from './request-context';

/** What @Resolver(() => Story) records as the type a resolver class serves (@nestjs/graphql's RESOLVER_NAME_METADATA). */
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

interface DirectFieldEntry {
  resolver: Type<unknown>;
  method: string;
}

/** Every @DirectField of every resolver class, as decorated (like Nest's own metadata, per class, not per app). */
const directFields: DirectFieldEntry[] = [];

/**
 * A field resolved from its parent and the request alone: `method(parent, context)`. It is
 * declared like any @ResolveField (Nest builds the schema from it), but called directly:
 * Nest runs each resolver call through its parameter, pipe and interceptor machinery, a few
 * kilobytes of promises and closures per call, and a feed page resolves these fields on every
 * story and photo (a few hundred calls). Nothing is lost: field resolvers get no guards or
 * interceptors (Nest's default), their parents need no validation, and authorization of such a
 * field is written in the method, with `context.viewer`.
 */
export function DirectField(type: ReturnTypeFunc, options?: ResolveFieldOptions): MethodDecorator {
  return (target, key, descriptor) => {
    ResolveField(type, options)(target, key, descriptor);
    Parent()(target, key, 0);
    Context()(target, key, 1);
    directFields.push({ resolver: target.constructor as Type<unknown>, method: String(key) });
  };
}

/** Points each @DirectField of the schema at its method (the GraphQL module's transformSchema). */
export function resolveDirectFields(schema: GraphQLSchema, moduleRef: ModuleRef): GraphQLSchema {
  for (const { resolver, method } of directFields) {
    const typeName = Reflect.getMetadata(RESOLVER_NAME_METADATA, resolver) as string | undefined;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[method] : undefined;
    if (!field) throw new Error(`@DirectField ${resolver.name}.${method}: no such field ${typeName}.${method} in the schema`);
    const instance = moduleRef.get(resolver, { strict: false }) as Record<string, (parent: unknown, context: RequestContext) => unknown>;
    field.resolve = (parent: unknown, _args: unknown, context: RequestContext) => instance[method](parent, context);
  }
  return schema;
}
