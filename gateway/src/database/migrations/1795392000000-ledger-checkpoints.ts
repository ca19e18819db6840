import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerCheckpoints1795392000000 implements MigrationInterface {
  name = 'LedgerCheckpoints1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ledger_checkpoint" ("number" integer NOT NULL, "id" uuid NOT NULL, "previous_hash" text NOT NULL, "root" text NOT NULL, "subjects" integer NOT NULL, "position" bigint NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" text NOT NULL, "signature" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_181ede755debc567b0b3553aa5d" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_04f2becf57157d596affc48945" ON "ledger_checkpoint"  ("id") `);
    await queryRunner.query(
      `CREATE TABLE "ledger_checkpoint_bucket" ("bucket" integer NOT NULL, "leaves" bytea NOT NULL, CONSTRAINT "PK_1a338737dfe4cf9eaac5f8f06f7" PRIMARY KEY ("bucket"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_checkpoint_node" ("level" smallint NOT NULL, "index" integer NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "PK_ee1054b4aaf84d3881849a7f227" PRIMARY KEY ("level", "index"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ledger_checkpoint_node"`);
    await queryRunner.query(`DROP TABLE "ledger_checkpoint_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_04f2becf57157d596affc48945"`);
    await queryRunner.query(`DROP TABLE "ledger_checkpoint"`);
  }
}
