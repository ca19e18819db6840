import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobFiles1795430000000 implements MigrationInterface {
  name = 'JobFiles1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_check" ADD "file" bytea`);
    await queryRunner.query(`ALTER TABLE "register_import" ADD "file" bytea`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "register_import" DROP COLUMN "file"`);
    await queryRunner.query(`ALTER TABLE "campaign_check" DROP COLUMN "file"`);
  }
}
