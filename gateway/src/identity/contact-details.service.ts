import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { Language } from '../common/language.js';
import { publishSubjectEvent } from '../common/outbox.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { updateProfile } from './people.js';
import { Person } from './person.entity.js';

@InputType('ContactDetailsInput', {
  description:
    'What a person corrects directly (GDPR Art. 16). A new mobile number goes through a password reset; other data through a rectification request.',
})
export class ContactDetailsInput {
  @Field(() => String, { nullable: true, description: 'A new given name; omitted: unchanged.' })
  @IsOptional()
  @Length(1, 100)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'A new family name; omitted: unchanged.' })
  @IsOptional()
  @Length(1, 100)
  lastName?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: 'A new language for texts and messages; omitted: unchanged.',
  })
  @IsOptional()
  language?: Language | null;
}

/** Rectification the person does themself: their name and language; every system is told (Art. 19). */
export class ContactDetailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  async update(caller: PersonCaller, input: ContactDetailsInput): Promise<void> {
    const names = {
      ...(input.firstName ? { firstName: input.firstName.trim() } : {}),
      ...(input.lastName ? { lastName: input.lastName.trim() } : {}),
    };
    if (Object.keys(names).length === 0 && !input.language) throw badUserInput('Give at least one detail to correct.');
    await this.dataSource.transaction(async (manager) => {
      if (Object.keys(names).length > 0) await updateProfile(manager, this.vault, caller.personId, names);
      if (input.language) await manager.update(Person, caller.personId, { language: input.language });
      await publishSubjectEvent(manager, caller.personId, 'subject.rectified', this.clock.now());
    });
  }
}
