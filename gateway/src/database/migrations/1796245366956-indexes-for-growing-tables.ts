import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexesForGrowingTables1796245366956 implements MigrationInterface {
  name = 'IndexesForGrowingTables1796245366956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "passkey_challenge_by_person" ON "passkey_challenge"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "sms_challenge_by_person" ON "sms_challenge"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "export_archive_by_subject" ON "export_archive"  ("subject_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."export_archive_by_subject"`);
    await queryRunner.query(`DROP INDEX "public"."sms_challenge_by_person"`);
    await queryRunner.query(`DROP INDEX "public"."passkey_challenge_by_person"`);
  }
}
