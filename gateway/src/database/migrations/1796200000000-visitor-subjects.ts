import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitorSubjects1796200000000 implements MigrationInterface {
  name = 'VisitorSubjects1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "visitor" ("subject_id" uuid NOT NULL, "first_choice_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_choice_at" TIMESTAMP WITH TIME ZONE NOT NULL, "person_id" uuid, "linked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9bdc8f87b6d29e4c5402c8c32c4" PRIMARY KEY ("subject_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "visitor_by_last_choice" ON "visitor"  ("last_choice_at") `);
    await queryRunner.query(`CREATE INDEX "visitor_by_person" ON "visitor"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "cookie_choice" ("id" BIGSERIAL NOT NULL, "subject_id" uuid NOT NULL, "site" text NOT NULL, "method" text NOT NULL, "preferences" boolean NOT NULL, "statistics" boolean NOT NULL, "marketing" boolean NOT NULL, "global_privacy_control" boolean NOT NULL, "chosen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "cookie_choice_method" CHECK ("method" IN ('accept-all', 'refuse-all', 'custom')), CONSTRAINT "PK_12ff82c6dc2e90fb60abe3a3fe0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cookie_choice_by_visitor" ON "cookie_choice"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "cookie_choice_by_time" ON "cookie_choice"  ("chosen_at") `);
    await queryRunner.query(`ALTER TABLE "preference_event" ADD "site" text`);
    // TypeORM compares checks by name only: the new subject kind is added by hand.
    await queryRunner.query(`ALTER TABLE "preference_event" DROP CONSTRAINT "preference_event_subject_kind"`);
    await queryRunner.query(
      `ALTER TABLE "preference_event" ADD CONSTRAINT "preference_event_subject_kind" CHECK ("subject_kind" IN ('person', 'subscription', 'contact', 'visitor'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cookie_choice" ADD CONSTRAINT "FK_e004b85e0b13fce105b7edc222b" FOREIGN KEY ("subject_id") REFERENCES "visitor"("subject_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cookie_choice" DROP CONSTRAINT "FK_e004b85e0b13fce105b7edc222b"`);
    await queryRunner.query(`ALTER TABLE "preference_event" DROP CONSTRAINT "preference_event_subject_kind"`);
    await queryRunner.query(
      `ALTER TABLE "preference_event" ADD CONSTRAINT "preference_event_subject_kind" CHECK ("subject_kind" IN ('person', 'subscription', 'contact'))`,
    );
    await queryRunner.query(`ALTER TABLE "preference_event" DROP COLUMN "site"`);
    await queryRunner.query(`DROP INDEX "public"."cookie_choice_by_time"`);
    await queryRunner.query(`DROP INDEX "public"."cookie_choice_by_visitor"`);
    await queryRunner.query(`DROP TABLE "cookie_choice"`);
    await queryRunner.query(`DROP INDEX "public"."visitor_by_person"`);
    await queryRunner.query(`DROP INDEX "public"."visitor_by_last_choice"`);
    await queryRunner.query(`DROP TABLE "visitor"`);
  }
}
