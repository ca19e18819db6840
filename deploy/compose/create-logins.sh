#!/bin/sh
# The first start of compose.yaml's PostgreSQL: the owner and gateway logins and the database, as
# an operator does once on a managed server (gateway/src/database/managed-postgres.sql, decision 11).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$OWNER_DB_PASSWORD" -v gateway_password="$GATEWAY_DB_PASSWORD" \
  -f /setup/managed-postgres.sql
