import type { MigrationInterface, QueryRunner } from 'typeorm';
import { pgBossSchema24 } from './pg-boss-schema-24.js';

/** The queues of JobRunner, the dead letters of their failed jobs, and pg-boss' own cron queue. */
const queues = ['register-import', 'campaign-check', 'export-archive', 'retention-sweep', 'job-gave-up'];
const cronQueue = '__pgboss__send-it';

/**
 * Written by hand (schema and grants): pg-boss' schema `pgboss`, created by the owner. The gateway's
 * login gets what pg-boss does at run time (read and write its rows, call `create_queue` for a
 * queue that exists) and nothing that creates or changes a table: it starts with `migrate: false`.
 */
export class JobQueues1795430000001 implements MigrationInterface {
  name = 'JobQueues1795430000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(pgBossSchema24);
    for (const queue of [...queues, cronQueue]) {
      await queryRunner.query(`SELECT pgboss.create_queue($1, '{"policy": "standard"}')`, [queue]);
    }
    await queryRunner.query('GRANT USAGE ON SCHEMA pgboss TO privacy_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO privacy_app');
    // EXECUTE is PUBLIC's by default; only the owner's queues may exist, so nobody else needs it.
    await queryRunner.query('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss FROM PUBLIC');
    // The cron keeper calls create_queue for its queue at each start: a no-op once it exists.
    await queryRunner.query('GRANT EXECUTE ON FUNCTION pgboss.create_queue(text, json) TO privacy_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA pgboss CASCADE');
  }
}
