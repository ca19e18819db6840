import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportArchive1795387225578 implements MigrationInterface {
  name = 'ExportArchive1795387225578';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "export_archive" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "status" text NOT NULL, "progress" real NOT NULL DEFAULT '0', "archive" bytea, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "export_archive_status" CHECK ("status" IN ('building', 'ready', 'failed')), CONSTRAINT "PK_d6841fb00da8f1fa4e74761cdbe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0043cfe480cfca57ca0a19454c" ON "export_archive"  ("request_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0043cfe480cfca57ca0a19454c"`);
    await queryRunner.query(`DROP TABLE "export_archive"`);
  }
}
