import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (grants and triggers): signed checkpoints are append-only like the ledger. The
 * tree tables beside them hold the latest state only and are rewritten by each checkpoint.
 */
export class CheckpointProtection1795392000001 implements MigrationInterface {
  name = 'CheckpointProtection1795392000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON ledger_checkpoint FROM privacy_app');
    await queryRunner.query(`CREATE FUNCTION refuse_checkpoint_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_checkpoint is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
      FOR EACH ROW EXECUTE FUNCTION refuse_checkpoint_change()`);
    await queryRunner.query(`CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_checkpoint_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_checkpoint_no_truncate ON ledger_checkpoint');
    await queryRunner.query('DROP TRIGGER ledger_checkpoint_append_only ON ledger_checkpoint');
    await queryRunner.query('DROP FUNCTION refuse_checkpoint_change()');
    await queryRunner.query('GRANT UPDATE, DELETE ON ledger_checkpoint TO privacy_app');
  }
}
