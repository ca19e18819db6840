import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then completed by hand: events already in the outbox are sequenced in their insert
 * order (they all committed before this migration), and their deliveries take that position.
 */
export class CommitOrderedPropagation1795390000000 implements MigrationInterface {
  name = 'CommitOrderedPropagation1795390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "propagation_event" ("position" bigint NOT NULL, "event_id" uuid NOT NULL, "sequenced_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2a90f9ab57b1928bf6918c074a3" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "propagation_event_once" ON "propagation_event"  ("event_id") `);
    await queryRunner.query(
      `INSERT INTO "propagation_event" ("position", "event_id", "sequenced_at")
       SELECT row_number() OVER (ORDER BY "position"), "id", coalesce("fanned_out_at", "created_at") FROM "outbox_event"`,
    );
    await queryRunner.query(
      `CREATE TABLE "propagation_sequencer" ("id" smallint NOT NULL, "horizon" bigint NOT NULL, CONSTRAINT "PK_0d2a8d06faeb1e641b06a1a01d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "propagation_sequencer" ("id", "horizon") VALUES (1, pg_snapshot_xmin(pg_current_snapshot())::text::bigint)`,
    );
    await queryRunner.query(`DROP INDEX "public"."outbox_event_to_fan_out"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "fanned_out_at"`);
    // A function, so that TypeORM compares the default by its name (it strips the casts of an expression).
    await queryRunner.query(
      `CREATE FUNCTION current_transaction_id() RETURNS bigint LANGUAGE sql VOLATILE AS 'SELECT pg_current_xact_id()::text::bigint'`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_event" ADD "transaction_id" bigint NOT NULL DEFAULT current_transaction_id()`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_event_transaction" ON "outbox_event"  ("transaction_id") `);

    await queryRunner.query(`DROP INDEX "public"."delivery_by_system_subject"`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "feed_position" bigint`);
    await queryRunner.query(
      `UPDATE "delivery" SET "feed_position" = "propagation_event"."position" FROM "propagation_event"
       WHERE "propagation_event"."event_id" = "delivery"."outbox_event_id"`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "feed_position" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "subject_sequence"`);
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "next_attempt_at" DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE "delivery" SET "next_attempt_at" = NULL WHERE "acknowledged_at" IS NOT NULL OR "failed_at" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."delivery_due"`);
    await queryRunner.query(
      `CREATE INDEX "delivery_due" ON "delivery"  ("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL AND "failed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_by_system_subject" ON "delivery"  ("system_id", "subject_id", "feed_position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "delivery_attempt" ("id" BIGSERIAL NOT NULL, "delivery_id" bigint NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "latency_ms" integer NOT NULL, "error" text, "outcome" text NOT NULL, CONSTRAINT "delivery_attempt_outcome" CHECK ("outcome" IN ('acknowledged', 'retry', 'parked', 'endpoint-gone')), CONSTRAINT "PK_a43b0e18756fc86d042eeef093b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_attempt_of_delivery" ON "delivery_attempt"  ("delivery_id", "attempted_at") `,
    );
    await queryRunner.query(`ALTER TABLE "downstream_system" ADD "webhook_disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "downstream_system" ADD "webhook_disabled_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "downstream_system" DROP COLUMN "webhook_disabled_reason"`);
    await queryRunner.query(`ALTER TABLE "downstream_system" DROP COLUMN "webhook_disabled_at"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_attempt_of_delivery"`);
    await queryRunner.query(`DROP TABLE "delivery_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_by_system_subject"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_due"`);
    await queryRunner.query(`UPDATE "delivery" SET "next_attempt_at" = "created_at" WHERE "next_attempt_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "next_attempt_at" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "delivery_due" ON "delivery" USING btree ("next_attempt_at") WHERE ((acknowledged_at IS NULL) AND (failed_at IS NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ADD "subject_sequence" integer`);
    await queryRunner.query(
      `UPDATE "delivery" SET "subject_sequence" = coalesce(("outbox_event"."payload"->>'sequence')::int, 0)
       FROM "outbox_event" WHERE "outbox_event"."id" = "delivery"."outbox_event_id"`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "subject_sequence" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "feed_position"`);
    await queryRunner.query(
      `CREATE INDEX "delivery_by_system_subject" ON "delivery" USING btree ("subject_id", "subject_sequence", "system_id") `,
    );
    await queryRunner.query(`DROP INDEX "public"."outbox_event_transaction"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "transaction_id"`);
    await queryRunner.query(`DROP FUNCTION current_transaction_id()`);
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "fanned_out_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "outbox_event" SET "fanned_out_at" = "propagation_event"."sequenced_at" FROM "propagation_event" WHERE "propagation_event"."event_id" = "outbox_event"."id"`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_event_to_fan_out" ON "outbox_event" USING btree ("position") WHERE (fanned_out_at IS NULL)`,
    );
    await queryRunner.query(`DROP TABLE "propagation_sequencer"`);
    await queryRunner.query(`DROP INDEX "public"."propagation_event_once"`);
    await queryRunner.query(`DROP TABLE "propagation_event"`);
  }
}
