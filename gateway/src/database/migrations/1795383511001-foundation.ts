import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795383511001 implements MigrationInterface {
  name = 'Foundation1795383511001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "mobile_number" text, "first_name" text NOT NULL, "last_name" text NOT NULL, "language" text NOT NULL DEFAULT 'nl', "staff_role" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_d2d717efd90709ebd3cb26b936c" UNIQUE ("email"), CONSTRAINT "person_email_normalized" CHECK ("email" = lower("email")), CONSTRAINT "person_staff_role" CHECK ("staff_role" IN ('data-protection-officer', 'customer-service-agent')), CONSTRAINT "person_language" CHECK ("language" IN ('nl', 'fr', 'de', 'en')), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0309de62e0cb0960ebb2cb65c9" ON "password_reset"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b41bd201f29c0a45995525978a" ON "password_reset"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "scope" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "session_scope" CHECK ("scope" IN ('full', 'recovery')), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c6e00902a1344d01a8d90f33c" ON "session"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("email_key" text NOT NULL, "consecutive_failures" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_555ef69aeb25886a3abcbed29d3" PRIMARY KEY ("email_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sms_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" text NOT NULL, "phone_number" text NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "wrong_attempts" integer NOT NULL DEFAULT '0', "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "sms_challenge_purpose" CHECK ("purpose" IN ('sign-in', 'mobile-number-change')), CONSTRAINT "PK_394ffd9ceb8f4f093edb44d4b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sms_challenge_by_number_and_time" ON "sms_challenge"  ("phone_number", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_number" text NOT NULL, "segment" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_3f7ce63ee5f219926bc1e2e7fcf" UNIQUE ("customer_number"), CONSTRAINT "customer_account_number_format" CHECK ("customer_number" ~ '^[0-9]{9}$'), CONSTRAINT "customer_account_segment" CHECK ("segment" IN ('consumer', 'small-business', 'enterprise')), CONSTRAINT "PK_875fa8dea881cc80d36eb5e0c68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "status" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_person_id" uuid, CONSTRAINT "account_membership_once" UNIQUE ("account_id", "person_id"), CONSTRAINT "account_membership_status" CHECK ("status" IN ('pending', 'active')), CONSTRAINT "account_membership_role" CHECK ("role" IN ('administrator', 'user')), CONSTRAINT "PK_601b93655bcbe73cb58d8c80cd3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf8b7bae9581f2f1ac0eb4c110" ON "account_membership"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "phone_number" text, "assigned_person_id" uuid, "billing" text NOT NULL DEFAULT 'postpaid', "paid_by_employer" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "subscription_mobile_is_belgian" CHECK ("kind" <> 'mobile' OR "phone_number" ~ '^\\+324[0-9]{8}$'), CONSTRAINT "subscription_number_for_lines" CHECK (("kind" IN ('mobile', 'fixed-voice')) = ("phone_number" IS NOT NULL)), CONSTRAINT "subscription_billing" CHECK ("billing" IN ('postpaid', 'prepaid')), CONSTRAINT "subscription_kind" CHECK ("kind" IN ('mobile', 'fixed-voice', 'internet', 'tv')), CONSTRAINT "PK_8c3e00ebd02103caa1174cd5d9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_587985961c9f142c76f623e5e4" ON "subscription"  ("account_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3bbc3d390be46c8f2ccf1944ee" ON "subscription"  ("phone_number") WHERE "phone_number" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0e22b050b8315386f695662f01" ON "subscription"  ("assigned_person_id") `);
    await queryRunner.query(
      `CREATE TABLE "outbound_message" ("id" BIGSERIAL NOT NULL, "channel" text NOT NULL, "sender" text NOT NULL, "recipient" text NOT NULL, "subject" text, "body" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "outbound_message_channel" CHECK ("channel" IN ('sms', 'email')), CONSTRAINT "PK_53741fe5d4d5e2cb54dc4a5f446" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_b41bd201f29c0a45995525978ae" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sms_challenge" ADD CONSTRAINT "FK_16374e0049e0dd89d6885461884" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_membership" ADD CONSTRAINT "FK_8abb26b9849ce993765d8b1e849" FOREIGN KEY ("account_id") REFERENCES "customer_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_membership" ADD CONSTRAINT "FK_bf8b7bae9581f2f1ac0eb4c110f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscription" ADD CONSTRAINT "FK_587985961c9f142c76f623e5e40" FOREIGN KEY ("account_id") REFERENCES "customer_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscription" ADD CONSTRAINT "FK_0e22b050b8315386f695662f01f" FOREIGN KEY ("assigned_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscription" DROP CONSTRAINT "FK_0e22b050b8315386f695662f01f"`);
    await queryRunner.query(`ALTER TABLE "subscription" DROP CONSTRAINT "FK_587985961c9f142c76f623e5e40"`);
    await queryRunner.query(`ALTER TABLE "account_membership" DROP CONSTRAINT "FK_bf8b7bae9581f2f1ac0eb4c110f"`);
    await queryRunner.query(`ALTER TABLE "account_membership" DROP CONSTRAINT "FK_8abb26b9849ce993765d8b1e849"`);
    await queryRunner.query(`ALTER TABLE "sms_challenge" DROP CONSTRAINT "FK_16374e0049e0dd89d6885461884"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf"`);
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_b41bd201f29c0a45995525978ae"`);
    await queryRunner.query(`DROP TABLE "outbound_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e22b050b8315386f695662f01"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3bbc3d390be46c8f2ccf1944ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_587985961c9f142c76f623e5e4"`);
    await queryRunner.query(`DROP TABLE "subscription"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf8b7bae9581f2f1ac0eb4c110"`);
    await queryRunner.query(`DROP TABLE "account_membership"`);
    await queryRunner.query(`DROP TABLE "customer_account"`);
    await queryRunner.query(`DROP INDEX "public"."sms_challenge_by_number_and_time"`);
    await queryRunner.query(`DROP TABLE "sms_challenge"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c6e00902a1344d01a8d90f33c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b41bd201f29c0a45995525978a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0309de62e0cb0960ebb2cb65c9"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP TABLE "person"`);
  }
}
