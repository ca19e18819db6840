import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rights1795386725418 implements MigrationInterface {
  name = 'Rights1795386725418';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_subject_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "status" text NOT NULL, "subject_id" uuid NOT NULL, "subject_kind" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "filed_through" text NOT NULL, "filed_by" uuid NOT NULL, "assignee_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "clock_started_at" TIMESTAMP WITH TIME ZONE, "paused_ms" bigint NOT NULL DEFAULT '0', "paused_since" TIMESTAMP WITH TIME ZONE, "extended" boolean NOT NULL DEFAULT false, "due_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "outcome" text, CONSTRAINT "data_subject_request_status" CHECK ("status" IN ('awaiting-identity', 'in-progress', 'awaiting-information', 'completed', 'rejected')), CONSTRAINT "data_subject_request_type" CHECK ("type" IN ('access', 'export', 'erasure', 'rectification', 'objection', 'automated-decision-review')), CONSTRAINT "PK_a6d684849892539d6844819a9b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_32e6f400bf787b9f0c5a6220a9" ON "data_subject_request"  ("subject_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_300653d6e5eb661478d396533c" ON "data_subject_request"  ("assignee_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "data_subject_request_queue" ON "data_subject_request"  ("status", "due_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "request_event" ("id" BIGSERIAL NOT NULL, "request_id" uuid NOT NULL, "step" text NOT NULL, "actor_id" uuid NOT NULL, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_156f0e366bd6410bfe226bea635" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "request_event_history" ON "request_event"  ("request_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."request_event_history"`);
    await queryRunner.query(`DROP TABLE "request_event"`);
    await queryRunner.query(`DROP INDEX "public"."data_subject_request_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_300653d6e5eb661478d396533c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32e6f400bf787b9f0c5a6220a9"`);
    await queryRunner.query(`DROP TABLE "data_subject_request"`);
  }
}
