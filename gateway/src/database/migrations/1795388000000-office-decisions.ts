import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM's schema diff compares check constraints by name, so a changed list
 * of values goes unseen. The office becomes an actor of the ledger (an upheld objection).
 */
export class OfficeDecisions1795388000000 implements MigrationInterface {
  name = 'OfficeDecisions1795388000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "preference_event" DROP CONSTRAINT "preference_event_actor_kind"`);
    await queryRunner.query(
      `ALTER TABLE "preference_event" ADD CONSTRAINT "preference_event_actor_kind"
       CHECK ("actor_kind" IN ('subject', 'administrator', 'agent', 'gpc', 'register', 'office'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "preference_event" DROP CONSTRAINT "preference_event_actor_kind"`);
    await queryRunner.query(
      `ALTER TABLE "preference_event" ADD CONSTRAINT "preference_event_actor_kind"
       CHECK ("actor_kind" IN ('subject', 'administrator', 'agent', 'gpc', 'register'))`,
    );
  }
}
