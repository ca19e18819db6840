import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invoices1795387697909 implements MigrationInterface {
  name = 'Invoices1795387697909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invoice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "period" text NOT NULL, "amount_cents" integer NOT NULL, "addressee_name" text NOT NULL, "addressee_email" text NOT NULL, "numbers" text array NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7743b783da4d0b74b7bfdfd481" ON "invoice"  ("account_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7743b783da4d0b74b7bfdfd481"`);
    await queryRunner.query(`DROP TABLE "invoice"`);
  }
}
