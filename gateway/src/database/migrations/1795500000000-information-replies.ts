import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InformationReplies1795500000000 implements MigrationInterface {
  name = 'InformationReplies1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "information_reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "text" bytea NOT NULL, "file_name" bytea, "file" bytea, "media_type" text, "file_size" integer, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3fbf2be5dc6b2dee42b63fa4e77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d2a3d1a9bc8fe64d02cd8dbd1e" ON "information_reply"  ("request_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_de39d1e40bbaf079092173b8cc" ON "information_reply"  ("subject_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_de39d1e40bbaf079092173b8cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2a3d1a9bc8fe64d02cd8dbd1e"`);
    await queryRunner.query(`DROP TABLE "information_reply"`);
  }
}
