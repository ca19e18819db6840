import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM does not model grants. The LedgerProtection migration granted
 * `privacy_app` writes on every table, TypeORM's own `migrations` included; the gateway only reads
 * it (/readyz), and a forged row would hide a pending migration. Only the owner writes it now.
 */
export class MigrationHistoryReadOnly1795391000000 implements MigrationInterface {
  name = 'MigrationHistoryReadOnly1795391000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE INSERT, UPDATE, DELETE ON migrations FROM privacy_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('GRANT INSERT, UPDATE, DELETE ON migrations TO privacy_app');
  }
}
