import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PreferenceLedger1795384433415 implements MigrationInterface {
  name = 'PreferenceLedger1795384433415';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_43ea3d50a854b79e2f59aaad8a8" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "marketing_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "phone_number" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "marketing_contact_identified" CHECK ("email" IS NOT NULL OR "phone_number" IS NOT NULL), CONSTRAINT "PK_9af854c2182cc002f6a2194fd7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5e6d79fcd48da887c396d5170d" ON "marketing_contact"  ("email") WHERE "email" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a0f2e8539dc23c808c15a5b2ea" ON "marketing_contact"  ("phone_number") WHERE "phone_number" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "gpc_signal" ("person_id" uuid NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_99eeb4c8e5d07ca5a8182d80148" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "preference_event" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "subject_kind" text NOT NULL, "sequence" integer NOT NULL, "purpose" text NOT NULL, "channel" text, "decision" text NOT NULL, "text_version" integer, "language" text, "actor_kind" text NOT NULL, "actor_id" uuid, "collection_channel" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idempotency_key" text, "previous_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "preference_event_sequence" UNIQUE ("subject_id", "sequence"), CONSTRAINT "preference_event_collection_channel" CHECK ("collection_channel" IN ('web', 'app', 'phone', 'post')), CONSTRAINT "preference_event_actor_kind" CHECK ("actor_kind" IN ('subject', 'administrator', 'agent', 'gpc', 'register')), CONSTRAINT "preference_event_decision" CHECK ("decision" IN ('granted', 'withdrawn', 'objected', 'objection-withdrawn')), CONSTRAINT "preference_event_subject_kind" CHECK ("subject_kind" IN ('person', 'subscription', 'contact')), CONSTRAINT "PK_fb0e7bdc2dd09269bd13957eb8e" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b4e39cbe6b8d6c706b13845e7e" ON "preference_event"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "preference_state" ("subject_id" uuid NOT NULL, "purpose" text NOT NULL, "channel" text NOT NULL, "subject_kind" text NOT NULL, "allowed" boolean NOT NULL, "decision" text NOT NULL, "actor_kind" text NOT NULL, "text_version" integer, "last_event_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f2ea56fcb0fec50bc86d771d2bc" PRIMARY KEY ("subject_id", "purpose", "channel"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "subject_chain_head" ("subject_id" uuid NOT NULL, "last_sequence" integer NOT NULL, "last_hash" text NOT NULL, CONSTRAINT "PK_702201b686fc1ab6f924815fe9b" PRIMARY KEY ("subject_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_read" ("id" BIGSERIAL NOT NULL, "staff_person_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "what" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d503fb4a1ae6339a608dd3b9511" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "staff_read_by_subject" ON "staff_read"  ("subject_id", "read_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."staff_read_by_subject"`);
    await queryRunner.query(`DROP TABLE "staff_read"`);
    await queryRunner.query(`DROP TABLE "subject_chain_head"`);
    await queryRunner.query(`DROP TABLE "preference_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4e39cbe6b8d6c706b13845e7e"`);
    await queryRunner.query(`DROP TABLE "preference_event"`);
    await queryRunner.query(`DROP TABLE "gpc_signal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0f2e8539dc23c808c15a5b2ea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e6d79fcd48da887c396d5170d"`);
    await queryRunner.query(`DROP TABLE "marketing_contact"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
