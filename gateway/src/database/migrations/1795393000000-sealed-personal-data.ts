import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SealedPersonalData1795393000000 implements MigrationInterface {
  name = 'SealedPersonalData1795393000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plaintext rows cannot be sealed here: the keys never enter the database (decision 13).
    const [{ rows }] = await queryRunner.query(
      `SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM marketing_contact)
         + (SELECT count(*) FROM data_subject_request) + (SELECT count(*) FROM outbound_message) AS rows`,
    );
    if (Number(rows) > 0) {
      throw new Error(
        'Personal data in plaintext: start from an empty database (remove .data/postgres in development)',
      );
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_e8ce5c9eceee6657977025ccec"`);
    await queryRunner.query(`DROP INDEX "public"."sms_challenge_by_number_and_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e6d79fcd48da887c396d5170d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0f2e8539dc23c808c15a5b2ea"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_email_normalized"`);
    await queryRunner.query(
      `CREATE TABLE "data_key" ("subject_id" uuid NOT NULL, "wrapped_key" bytea NOT NULL, "key_encryption_key_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_721ae95dff06e7462db234f96bd" PRIMARY KEY ("subject_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "mobile_number"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "last_name"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "first_name"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "UQ_d2d717efd90709ebd3cb26b936c"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP COLUMN "phone_number"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "person" ADD "email_index" text NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "UQ_9253517f8972d4f6d4adddc0a1f" UNIQUE ("email_index")`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "mobile_index" text`);
    await queryRunner.query(`ALTER TABLE "person" ADD "profile" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" ADD "phone_index" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "idempotency_record" ADD "subject_id" uuid`);
    await queryRunner.query(`ALTER TABLE "idempotency_record" ADD "sealed_result" bytea`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" ADD "email_index" text`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" ADD "phone_index" text`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" ADD "identifiers" bytea NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "marketing_contact" ADD CONSTRAINT "marketing_contact_identified" CHECK ("email_index" IS NOT NULL OR "phone_index" IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" ADD "sealed_for" uuid NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "recipient_id" uuid NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "about_id" uuid NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" DROP COLUMN "phone_number"`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" ADD "phone_number" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" DROP COLUMN "identifier"`);
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" ADD "identifier" bytea`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "recipient"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "recipient" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "subject" bytea`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "body"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "body" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" DROP COLUMN "details"`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" ADD "details" bytea NOT NULL`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" ADD "outcome" bytea`);
    await queryRunner.query(`ALTER TABLE "request_event" DROP COLUMN "note"`);
    await queryRunner.query(`ALTER TABLE "request_event" ADD "note" bytea`);
    await queryRunner.query(`CREATE INDEX "IDX_2c7bb95a0bc4608fdc7a398268" ON "person"  ("mobile_index") `);
    await queryRunner.query(
      `CREATE INDEX "sms_challenge_by_number_and_time" ON "sms_challenge"  ("phone_index", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_305d69401bee2efe945e9a7949" ON "idempotency_record"  ("subject_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f68a022ec0ad273101bdacd258" ON "marketing_contact"  ("email_index") WHERE "email_index" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4f00db9595c76502c582776496" ON "marketing_contact"  ("phone_index") WHERE "phone_index" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_check_denial_by_subject" ON "campaign_check_denial"  ("sealed_for") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e067bd7db65c1a8d4923a4e6b1" ON "outbound_message"  ("recipient_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f12a452700da4b2ba0418bd607" ON "outbound_message"  ("about_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_f12a452700da4b2ba0418bd607"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e067bd7db65c1a8d4923a4e6b1"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_check_denial_by_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f00db9595c76502c582776496"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f68a022ec0ad273101bdacd258"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_305d69401bee2efe945e9a7949"`);
    await queryRunner.query(`DROP INDEX "public"."sms_challenge_by_number_and_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c7bb95a0bc4608fdc7a398268"`);
    await queryRunner.query(`ALTER TABLE "request_event" DROP COLUMN "note"`);
    await queryRunner.query(`ALTER TABLE "request_event" ADD "note" text`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" ADD "outcome" text`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" DROP COLUMN "details"`);
    await queryRunner.query(`ALTER TABLE "data_subject_request" ADD "details" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "body"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "body" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "subject" text`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "recipient"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" ADD "recipient" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" DROP COLUMN "identifier"`);
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" ADD "identifier" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" DROP COLUMN "phone_number"`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" ADD "phone_number" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "about_id"`);
    await queryRunner.query(`ALTER TABLE "outbound_message" DROP COLUMN "recipient_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_check_denial" DROP COLUMN "sealed_for"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP CONSTRAINT "marketing_contact_identified"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP COLUMN "identifiers"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP COLUMN "phone_index"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" DROP COLUMN "email_index"`);
    await queryRunner.query(`ALTER TABLE "idempotency_record" DROP COLUMN "sealed_result"`);
    await queryRunner.query(`ALTER TABLE "idempotency_record" DROP COLUMN "subject_id"`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" DROP COLUMN "phone_index"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "profile"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "mobile_index"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "UQ_9253517f8972d4f6d4adddc0a1f"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "email_index"`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "marketing_contact" ADD "phone_number" text`);
    await queryRunner.query(
      `ALTER TABLE "marketing_contact" ADD CONSTRAINT "marketing_contact_identified" CHECK ("email" IS NOT NULL OR "phone_number" IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "email" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "UQ_d2d717efd90709ebd3cb26b936c" UNIQUE ("email")`);
    await queryRunner.query(`ALTER TABLE "person" ADD "first_name" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "person" ADD "last_name" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "person" ADD "mobile_number" text`);
    await queryRunner.query(`DROP TABLE "data_key"`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_email_normalized" CHECK ((email = lower(email)))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a0f2e8539dc23c808c15a5b2ea" ON "marketing_contact" USING btree ("phone_number") WHERE (phone_number IS NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5e6d79fcd48da887c396d5170d" ON "marketing_contact" USING btree ("email") WHERE (email IS NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "sms_challenge_by_number_and_time" ON "sms_challenge" USING btree ("created_at", "phone_number") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e8ce5c9eceee6657977025ccec" ON "person" USING btree ("mobile_number") `);
  }
}
