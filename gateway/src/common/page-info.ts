import { type ClassType, Field, ObjectType } from 'type-graphql';

/**
 * Where a cursor page ends: one type for every paged list (the history, the decision feed, the
 * connections). Relay's page info; only forward paging (`first`/`after`) is offered, so the
 * backward fields are fixed.
 */
@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where a page of a connection stands (Relay).' })
export class PageInfoView {
  @Field(() => Boolean, { description: 'Whether another page follows: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null on an empty page." })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Always false: connections page forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null on an empty page." })
  startCursor!: string | null;
}

/** A page of a Relay connection, as a service returns it. */
export interface ConnectionPage<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfoView;
}

/**
 * The `${name}Edge` and `${name}Connection` types of a list that grows, paged forward with
 * `first`/`after`; `items` names the nodes in descriptions ("reads", "imports").
 */
export function connectionType<Node extends object>(node: ClassType<Node>, name: string, items: string, order: string) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `An entry of a page: a cursor and one of the ${items}.`,
  })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` to read on from here.' })
    cursor!: string;

    @Field(() => node, { description: `One of the ${items}.` })
    node!: Node;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `The ${items}, ${order}.` })
  class Connection implements ConnectionPage<Node> {
    @Field(() => [Edge], { description: 'The entries of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfoView, { description: 'Whether more follow, and from where.' })
    pageInfo!: PageInfoView;
  }
  return Connection;
}
