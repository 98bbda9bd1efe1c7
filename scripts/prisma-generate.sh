#!/bin/sh
# Generates the Prisma client with no network. `prisma generate` only checks that the schema
# engine named here exists; it never runs it (the client needs no native engine in Prisma 7).
set -e
: "${PRISMA_SCHEMA_ENGINE_BINARY:=$(command -v node)}"
export PRISMA_SCHEMA_ENGINE_BINARY
exec prisma generate
