#!/bin/sh
# One department's PostgreSQL: on first start (PGDATA empty) creates the cluster, the
# department's role (POSTGRES_USER, POSTGRES_PASSWORD; no superuser, no CREATEDB, no
# CREATEROLE) and its database (POSTGRES_DB) owned by it; then serves. Over TCP only that
# role may log in, and only to that database (scram-sha-256); the superuser postgres has
# no password and logs in only over the socket in /tmp, inside the container.
set -eu
for variable in POSTGRES_DB POSTGRES_USER POSTGRES_PASSWORD; do
  eval "value=\${$variable:-}"
  if [ -z "$value" ]; then
    echo "gcm-hub-postgres: $variable is not set (POSTGRES_DB: the department's database; POSTGRES_USER and POSTGRES_PASSWORD: the role that owns it)" >&2
    exit 64
  fi
done
case "$POSTGRES_USER" in postgres) echo "gcm-hub-postgres: POSTGRES_USER must not be the superuser postgres" >&2; exit 64 ;; esac

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "gcm-hub-postgres: first start, creating the cluster, role $POSTGRES_USER and database $POSTGRES_DB"
  initdb --pgdata="$PGDATA" --username=postgres --auth-local=peer --auth-host=reject --encoding=UTF8 --locale=C.UTF-8 > /dev/null
  cat > "$PGDATA/pg_hba.conf" <<HBA
# TYPE  DATABASE        USER            ADDRESS         METHOD
local   all             postgres                        peer
host    $POSTGRES_DB    $POSTGRES_USER  0.0.0.0/0       scram-sha-256
host    $POSTGRES_DB    $POSTGRES_USER  ::/0            scram-sha-256
HBA
  pg_ctl --pgdata="$PGDATA" --silent --wait -o "-c listen_addresses='' -c unix_socket_directories=/tmp" start
  psql --quiet --no-psqlrc --host=/tmp --username=postgres --dbname=postgres --set=ON_ERROR_STOP=1 \
    --set=role="$POSTGRES_USER" --set=password="$POSTGRES_PASSWORD" --set=database="$POSTGRES_DB" <<'SQL'
SET password_encryption = 'scram-sha-256';
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE postgres, template1 FROM PUBLIC;
SQL
  pg_ctl --pgdata="$PGDATA" --silent --wait --mode=fast stop
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/tmp -c password_encryption=scram-sha-256
