import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** `XConnection { nodes, pageInfo }` for any node type. */
export function Connection<T>(node: Type<T>, name = `${node.name}Connection`) {
  @ObjectType(name)
  abstract class ConnectionType {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/**
 * Builds a page from rows fetched with `first + 1`: the extra row only tells whether there is
 * a next page.
 */
export function toPage<R, T = R>(rows: R[], first: number, cursorOf: (row: R) => string, map?: (row: R) => T): Page<T> {
  const hasNextPage = rows.length > first;
  const visible = hasNextPage ? rows.slice(0, first) : rows;
  return {
    nodes: map ? visible.map(map) : (visible as unknown as T[]),
    pageInfo: { hasNextPage, endCursor: visible.length ? cursorOf(visible[visible.length - 1]) : null },
  };
}
