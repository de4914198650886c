#!/bin/sh
# Runs once, when the PostgreSQL data directory is first initialised (docker-entrypoint-initdb.d):
# one role and one database per service, so each service owns its database alone.
# The names and passwords come from the Secrets playbook-db and scoring-db (see postgres.yaml).
set -eu

create_database() {
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$1" -v owner="$2" -v password="$3" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}

create_database playbook "$PLAYBOOK_DB_USER" "$PLAYBOOK_DB_PASSWORD"
create_database scoring "$SCORING_DB_USER" "$SCORING_DB_PASSWORD"
