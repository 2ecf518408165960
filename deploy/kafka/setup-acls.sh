#!/bin/sh
# Generated from schemas/src/main/resources/org/certex/schemas/acls.tsv by
# ServiceAcls.script(); ServiceAclsScriptTest fails when the two differ.
# A SCRAM-SHA-512 user per certex service (its password from the environment), and
# the ACLs every service holds from the start; each run's own are granted by the
# engine when it creates the run's topics. Needs BOOTSTRAP and ADMIN_CONFIG (the
# super user's client settings).
set -eu
bin=/opt/kafka/bin
acls() { "$bin/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --add --force "$@"; }
user() { "$bin/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CONFIG" --alter --entity-type users --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]" --entity-name "$1"; }
user certex-dashboard "${CERTEX_DASHBOARD_KAFKA_PASSWORD:?set it to certex-dashboard's password}"
user certex-producers "${CERTEX_PRODUCERS_KAFKA_PASSWORD:?set it to certex-producers's password}"
user certex-streams "${CERTEX_STREAMS_KAFKA_PASSWORD:?set it to certex-streams's password}"
acls --allow-principal User:certex-producers --operation Read --topic certex. --resource-pattern-type prefixed
acls --allow-principal User:certex-producers --operation Create --topic certex. --resource-pattern-type prefixed
acls --allow-principal User:certex-producers --operation Write --topic certex.runs
acls --allow-principal User:certex-producers --operation Write --topic certex.schemas
acls --allow-principal User:certex-producers --operation Alter --cluster
acls --allow-principal User:certex-streams --operation Read --topic certex. --resource-pattern-type prefixed
acls --allow-principal User:certex-streams --operation Create --topic certex.runs
acls --allow-principal User:certex-streams --operation Create --topic certex.pipelines
acls --allow-principal User:certex-streams --operation Create --topic certex.schemas
acls --allow-principal User:certex-streams --operation Write --topic certex.schemas
acls --allow-principal User:certex-streams --operation Write --topic certex.pipelines
acls --allow-principal User:certex-streams --operation All --topic certex-streams- --resource-pattern-type prefixed
acls --allow-principal User:certex-streams --operation Read --group certex-streams- --resource-pattern-type prefixed
acls --allow-principal User:certex-streams --operation All --transactional-id certex-streams- --resource-pattern-type prefixed
acls --allow-principal User:certex-dashboard --operation Read --topic certex. --resource-pattern-type prefixed
acls --allow-principal User:certex-dashboard --operation Create --topic certex.schemas
acls --allow-principal User:certex-dashboard --operation Write --topic certex.schemas
