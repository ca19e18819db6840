import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionRefreshCredentials1795700000000 implements MigrationInterface {
  name = 'SessionRefreshCredentials1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "refresh_credential" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "credential_hash" text NOT NULL, "family_id" uuid NOT NULL, "person_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "family_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_01374aef6ae77d65b54dc1932b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_67ec589207a2ba96f5930fcec7" ON "refresh_credential"  ("credential_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a57bf880160ac05d7815baaadb" ON "refresh_credential"  ("family_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9ed9d396210e050ebd3bc8a934" ON "refresh_credential"  ("person_id") `);
    // A session opened before families existed is a family of its own.
    await queryRunner.query(`ALTER TABLE "session" ADD "family_id" uuid`);
    await queryRunner.query(`UPDATE "session" SET "family_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "session" ALTER COLUMN "family_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_f605ac522e6f5dcc0f5ca8643d" ON "session"  ("family_id") `);
    await queryRunner.query(
      `ALTER TABLE "refresh_credential" ADD CONSTRAINT "FK_9ed9d396210e050ebd3bc8a934b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_credential" DROP CONSTRAINT "FK_9ed9d396210e050ebd3bc8a934b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f605ac522e6f5dcc0f5ca8643d"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "family_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ed9d396210e050ebd3bc8a934"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a57bf880160ac05d7815baaadb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67ec589207a2ba96f5930fcec7"`);
    await queryRunner.query(`DROP TABLE "refresh_credential"`);
  }
}
