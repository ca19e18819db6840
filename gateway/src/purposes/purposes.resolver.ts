import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { Language } from '../common/language.js';
import { PurposeView } from './purpose.types.js';
import { purposeCatalogue } from './purpose-catalogue.js';
import { purposeView } from './purpose-views.js';

@Resolver()
export class PurposesResolver {
  @Authorized(Access.Anyone)
  @Query(() => [PurposeView], {
    description:
      'The purpose catalogue with the current texts in one language: what each choice means, before signing in.',
  })
  purposes(
    @Arg('lang', () => Language, { defaultValue: Language.nl, description: 'The language of the texts.' })
    lang: Language,
  ): PurposeView[] {
    return purposeCatalogue.map((definition) => purposeView(definition, lang));
  }
}
