import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import { logStaffRead } from '../common/staff-reads.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { subjectFor } from '../identity/index.js';
import { findPurpose } from '../purposes/index.js';
import { dataInventory } from './data-inventory.js';
import { categoryTexts } from './data-inventory-texts.js';

/**
 * The overview of GDPR Art. 15 for one person: per category of data, what is held (their own
 * values or counts), why (purposes and legal bases), where it came from, how long it is kept,
 * and the kinds of recipients (the downstream systems scoped to those purposes).
 */
export class AccessOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  async overview(
    caller: PersonCaller,
    subjectId: string | null | undefined,
    language: Language = 'en',
  ): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const { subject } = await subjectFor(manager, caller, subjectId);
    await logStaffRead(manager, caller, subject.id, 'dataAccessOverview', this.clock.now());
    const context = { manager, vault: this.vault, subjectId: subject.id };
    const held = new Map<string, unknown>();
    for (const category of dataInventory) held.set(category.key, await category.overview(context));
    const systems: { name: string; purposes: string[] }[] = await manager.query(
      'SELECT name, purposes FROM downstream_system WHERE active ORDER BY name',
    );
    return {
      subjectId: subject.id,
      generatedAt: this.clock.now().toISOString(),
      controller: 'Proximus PLC under Belgian public law, Boulevard du Roi Albert II 27, 1030 Brussels',
      language,
      categories: dataInventory.map((category) => ({
        category: category.key,
        ...categoryTexts(category, language),
        held: held.get(category.key) ?? null,
        purposes: category.purposes.map((key) => ({ key, legalBasis: findPurpose(key)?.legalBasis })),
        recipients: systems
          .filter((system) =>
            system.purposes.some((purpose) => (category.purposes as readonly string[]).includes(purpose)),
          )
          .map((system) => system.name),
      })),
    };
  }
}
