import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Registers1795386253782 implements MigrationInterface {
  name = 'Registers1795386253782';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" text NOT NULL, "requested_by" uuid NOT NULL, "status" text NOT NULL, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT '0', "denied" integer NOT NULL DEFAULT '0', "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "campaign_check_status" CHECK ("status" IN ('running', 'done', 'failed')), CONSTRAINT "PK_8b9b891f9a759a361111066de95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_check_denial" ("check_id" uuid NOT NULL, "line" integer NOT NULL, "identifier" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_bac4fc6f56b9503d9545c1cdb8f" PRIMARY KEY ("check_id", "line"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_check_denial_order" ON "campaign_check_denial"  ("check_id", "line") `,
    );
    await queryRunner.query(
      `CREATE TABLE "register_entry" ("register" text NOT NULL, "identifier" text NOT NULL, CONSTRAINT "register_entry_register" CHECK ("register" IN ('do-not-call-me', 'robinson')), CONSTRAINT "PK_4d65ccc01ab176c08bee163ed73" PRIMARY KEY ("register", "identifier"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "register_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "register" text NOT NULL, "file_hash" text NOT NULL, "status" text NOT NULL, "total_lines" integer NOT NULL, "processed_lines" integer NOT NULL DEFAULT '0', "rejected_lines" integer NOT NULL DEFAULT '0', "added" integer NOT NULL DEFAULT '0', "removed" integer NOT NULL DEFAULT '0', "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "register_import_status" CHECK ("status" IN ('running', 'done', 'unchanged', 'failed')), CONSTRAINT "PK_e7996c182149063791086fa53eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "register_import_latest" ON "register_import"  ("register", "started_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_e8ce5c9eceee6657977025ccec" ON "person"  ("mobile_number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e8ce5c9eceee6657977025ccec"`);
    await queryRunner.query(`DROP INDEX "public"."register_import_latest"`);
    await queryRunner.query(`DROP TABLE "register_import"`);
    await queryRunner.query(`DROP TABLE "register_entry"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_check_denial_order"`);
    await queryRunner.query(`DROP TABLE "campaign_check_denial"`);
    await queryRunner.query(`DROP TABLE "campaign_check"`);
  }
}
