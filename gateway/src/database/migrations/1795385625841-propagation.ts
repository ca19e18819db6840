import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Propagation1795385625841 implements MigrationInterface {
  name = 'Propagation1795385625841';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delivery" ("id" BIGSERIAL NOT NULL, "outbox_event_id" uuid NOT NULL, "system_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "subject_sequence" integer NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "leased_until" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "delivery_once" UNIQUE ("outbox_event_id", "system_id"), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_by_system_subject" ON "delivery"  ("system_id", "subject_id", "subject_sequence") `,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_due" ON "delivery"  ("next_attempt_at") WHERE "acknowledged_at" IS NULL AND "failed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "downstream_system" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "purposes" text array NOT NULL, "webhook_url" text, "api_key_hash" text NOT NULL, "secret_version" integer NOT NULL DEFAULT '1', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_fa8488c98898fcb8edc2629763c" UNIQUE ("key"), CONSTRAINT "UQ_2193bc16a6f271cf01cc62c6fbc" UNIQUE ("api_key_hash"), CONSTRAINT "PK_f6825ab15f745130a084eb539c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" uuid NOT NULL, "aggregatetype" text NOT NULL, "aggregateid" text NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "position" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fanned_out_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e49a98941d2c0d2c247a5c006e" ON "outbox_event"  ("position") `);
    await queryRunner.query(
      `CREATE INDEX "outbox_event_to_fan_out" ON "outbox_event"  ("position") WHERE "fanned_out_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_event_to_fan_out"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e49a98941d2c0d2c247a5c006e"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP TABLE "downstream_system"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_by_system_subject"`);
    await queryRunner.query(`DROP TABLE "delivery"`);
  }
}
