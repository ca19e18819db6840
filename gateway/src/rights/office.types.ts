import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('KeptOnErasure', {
  simpleResolvers: true,
  description: 'Data an erasure keeps, and the law that keeps it.',
})
export class KeptOnErasureView {
  @Field(() => ID, { description: 'Stable for the same kept data: what is kept, as a key for client caches.' })
  get id(): string {
    return `kept:${this.what}`;
  }

  @Field(() => String, { description: 'What is kept, as the person is told it.' })
  what!: string;

  @Field(() => String, { description: 'Why it is kept.' })
  reason!: string;
}

@ObjectType('ErasurePreview', {
  simpleResolvers: true,
  description: 'What carrying out an erasure request would erase and keep, and the answer the person would get.',
})
export class ErasurePreviewView {
  @Field(() => ID, {
    description: 'The same for every request: the data inventory, not the person, decides what is erased.',
  })
  get id(): string {
    return 'erasure-preview';
  }

  @Field(() => [String], { description: 'What is erased, from the data inventory.' })
  erased!: string[];

  @Field(() => [KeptOnErasureView], { description: 'What the law makes the operator keep, with the reason.' })
  kept!: KeptOnErasureView[];

  @Field(() => String, { description: 'The answer the person gets when it is carried out.' })
  answer!: string;
}
