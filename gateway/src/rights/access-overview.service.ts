import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { subjectFor } from '../preferences/subject-access.js';
import { findPurpose } from '../purposes/purpose-catalogue.js';
import { dataInventory } from './data-inventory.js';
import { logStaffRead } from './staff-reads.js';

/**
 * The overview of GDPR Art. 15 for one person: per category of data, what is held (their own
 * values or counts), why (purposes and legal bases), where it came from, how long it is kept,
 * and the kinds of recipients (the downstream systems scoped to those purposes).
 */
export class AccessOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async overview(caller: PersonCaller, subjectId: string | null | undefined): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const { subject } = await subjectFor(manager, caller, subjectId);
    await logStaffRead(manager, caller, subject.id, 'dataAccessOverview', this.clock.now());
    const [held]: Record<string, unknown>[] = await manager.query(
      `SELECT
         (SELECT json_build_object('firstName', first_name, 'lastName', last_name, 'email', email,
            'mobileNumber', mobile_number, 'language', language) FROM person WHERE id = $1) AS identity,
         (SELECT coalesce(json_agg(json_build_object('customerNumber', a.customer_number, 'role', m.role, 'status', m.status)), '[]')
            FROM account_membership m JOIN customer_account a ON a.id = m.account_id WHERE m.person_id = $1) AS accounts,
         (SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'phoneNumber', s.phone_number)), '[]')
            FROM subscription s WHERE s.assigned_person_id = $1) AS subscriptions,
         (SELECT json_build_object('choices', count(*)) FROM preference_event WHERE subject_id = $1) AS "privacy-choices",
         (SELECT json_build_object('requests', count(*)) FROM data_subject_request WHERE subject_id = $1) AS requests,
         (SELECT json_build_object('sessions', count(*)) FROM session WHERE person_id = $1) AS security`,
      [subject.id],
    );
    const systems: { name: string; purposes: string[] }[] = await manager.query(
      'SELECT name, purposes FROM downstream_system WHERE active ORDER BY name',
    );
    return {
      subjectId: subject.id,
      generatedAt: this.clock.now().toISOString(),
      controller: 'Proximus PLC under Belgian public law, Boulevard du Roi Albert II 27, 1030 Brussels',
      categories: dataInventory.map((category) => ({
        category: category.key,
        title: category.title,
        held: held?.[category.key] ?? null,
        purposes: category.purposes.map((key) => ({ key, legalBasis: findPurpose(key)?.legalBasis })),
        origin: category.origin,
        retention: category.retention,
        recipients: systems
          .filter((system) =>
            system.purposes.some((purpose) => (category.purposes as readonly string[]).includes(purpose)),
          )
          .map((system) => system.name),
      })),
    };
  }
}
