-- What the operator of a managed PostgreSQL runs once, as the service's administrator login,
-- before the first start of the gateway (decision 11; managed-postgres.test.ts runs this file):
--   psql "$ADMIN_URL" -v owner_password="$OWNER_PASSWORD" -v gateway_password="$GATEWAY_PASSWORD" -f managed-postgres.sql
-- Then MIGRATION_DATABASE_URL=postgres://privacy_owner:…@host/privacy
-- and  DATABASE_URL=postgres://privacy_gateway:…@host/privacy

-- The owner of every table: runs the migrations, and nothing else.
CREATE ROLE privacy_owner LOGIN PASSWORD :'owner_password';

-- The grants of the gateway, filled by the migrations; the owner hands them out.
CREATE ROLE privacy_app NOLOGIN;
GRANT privacy_app TO privacy_owner WITH ADMIN OPTION;

-- The gateway's login: the grants of privacy_app and no power over the tables or roles.
CREATE ROLE privacy_gateway LOGIN PASSWORD :'gateway_password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS IN ROLE privacy_app;

-- PostgreSQL 16+: giving a database to a role needs the right to become that role, for a moment.
GRANT privacy_owner TO CURRENT_USER;
CREATE DATABASE privacy OWNER privacy_owner;
REVOKE privacy_owner FROM CURRENT_USER;
