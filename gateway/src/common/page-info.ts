import { Field, ObjectType } from 'type-graphql';

/** Where a cursor page ends: one type for every paged list (the history, the decision feed). */
@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfoView {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
