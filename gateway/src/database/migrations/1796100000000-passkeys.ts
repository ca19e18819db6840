import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Passkeys1796100000000 implements MigrationInterface {
  name = 'Passkeys1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "passkey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "credential_id" text NOT NULL, "public_key" bytea NOT NULL, "sign_count" bigint NOT NULL, "transports" text array NOT NULL DEFAULT '{}', "backed_up" boolean NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_783e2060d8025abd6a6ca45d2c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_32706d4b06dad6285bcc925f64" ON "passkey"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_192d857208b2315375852a6e37" ON "passkey"  ("credential_id") `);
    await queryRunner.query(
      `CREATE TABLE "passkey_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ceremony" text NOT NULL, "challenge_hash" text NOT NULL, "session_id" uuid, "person_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "passkey_challenge_ceremony" CHECK ("ceremony" IN ('registration', 'sign-in')), CONSTRAINT "PK_aea61bf645973e49c770a7f4203" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "passkey_challenge_by_time" ON "passkey_challenge"  ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "passkey" ADD CONSTRAINT "FK_32706d4b06dad6285bcc925f64c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "passkey_challenge" ADD CONSTRAINT "FK_55a225292bbcb20805b221016ee" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "passkey_challenge" DROP CONSTRAINT "FK_55a225292bbcb20805b221016ee"`);
    await queryRunner.query(`ALTER TABLE "passkey" DROP CONSTRAINT "FK_32706d4b06dad6285bcc925f64c"`);
    await queryRunner.query(`DROP INDEX "public"."passkey_challenge_by_time"`);
    await queryRunner.query(`DROP TABLE "passkey_challenge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_192d857208b2315375852a6e37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32706d4b06dad6285bcc925f64"`);
    await queryRunner.query(`DROP TABLE "passkey"`);
  }
}
