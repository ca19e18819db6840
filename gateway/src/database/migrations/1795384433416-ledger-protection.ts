import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM does not model roles, grants or triggers. The gateway's requests run as
 * `privacy_app`, which may read and write every table but only SELECT and INSERT the ledger; a
 * trigger refuses UPDATE, DELETE and TRUNCATE of the ledger for everyone, the owner included.
 * Creating the role needs CREATEROLE (the embedded PostgreSQL's user has it); on a managed server,
 * create `privacy_app` beforehand and this migration only grants.
 */
export class LedgerProtection1795384433416 implements MigrationInterface {
  name = 'LedgerProtection1795384433416';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'privacy_app') THEN CREATE ROLE privacy_app NOLOGIN; END IF;
    END $$`);
    await queryRunner.query('GRANT privacy_app TO CURRENT_USER');
    await queryRunner.query('GRANT USAGE ON SCHEMA public TO privacy_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO privacy_app');
    await queryRunner.query('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO privacy_app');
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO privacy_app',
    );
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO privacy_app',
    );
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON preference_event FROM privacy_app');
    await queryRunner.query(`CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'preference_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER preference_event_append_only BEFORE UPDATE OR DELETE ON preference_event
      FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`);
    await queryRunner.query(`CREATE TRIGGER preference_event_no_truncate BEFORE TRUNCATE ON preference_event
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER preference_event_no_truncate ON preference_event');
    await queryRunner.query('DROP TRIGGER preference_event_append_only ON preference_event');
    await queryRunner.query('DROP FUNCTION refuse_ledger_change()');
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM privacy_app',
    );
    await queryRunner.query(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM privacy_app',
    );
    await queryRunner.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM privacy_app');
    await queryRunner.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM privacy_app');
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM privacy_app');
    // The role is cluster-wide and may serve other databases of the server: it stays.
  }
}
