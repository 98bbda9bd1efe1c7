#!/bin/sh
# Creates the Temporal server's two databases where missing and brings their schema to the tool's
# version; every step is idempotent. The same steps run here (src/temporal/server.ts) and in
# docker-compose.yml (the temporal-schema service).
# Usage: temporal-schema.sh SQL_TOOL SCHEMA_DIR MAIN_DB VISIBILITY_DB, with SQL_PLUGIN, SQL_HOST,
# SQL_PORT, SQL_USER and SQL_PASSWORD in the environment; SCHEMA_DIR is schema/postgresql/v12.
set -eu
tool=$1 schema=$2 main=$3 visibility=$4
for db in "$main" "$visibility"; do "$tool" --db "$db" create-database; done
"$tool" --db "$main" setup-schema -v 0.0
"$tool" --db "$main" update-schema -d "$schema/temporal/versioned"
"$tool" --db "$visibility" setup-schema -v 0.0
"$tool" --db "$visibility" update-schema -d "$schema/visibility/versioned"
