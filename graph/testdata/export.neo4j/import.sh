#!/bin/sh
# Written by policygraph export --format neo4j. Imports the CSV files beside
# this script into a new Neo4j 5 database with neo4j-admin:
#
#   ./import.sh [DATABASE [neo4j-admin flags…]]     (DATABASE defaults to neo4j)
#
# The database must be stopped and absent or empty (pass
# --overwrite-destination to replace it); afterwards start it, or run
# CREATE DATABASE for a new name. Set NEO4J_ADMIN to the neo4j-admin
# binary when it is not on PATH (e.g. $NEO4J_HOME/bin/neo4j-admin).
# The files are UTF-8; quoted fields may span lines.
set -eu
# CDPATH would send cd elsewhere (and make it print the folder).
unset CDPATH
dir=$(cd -- "$(dirname -- "$0")" && pwd)
db=${1:-neo4j}
if [ $# -gt 0 ]; then shift; fi
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "$db" \
	--id-type=string \
	--multiline-fields=true \
	--nodes="$dir/nodes_document.csv" \
	--nodes="$dir/nodes_region.csv" \
	--nodes="$dir/nodes_agency.csv" \
	--nodes="$dir/nodes_plan.csv" \
	--nodes="$dir/nodes_amount.csv" \
	--nodes="$dir/nodes_target.csv" \
	--relationships="$dir/rels_mentions.csv" \
	--relationships="$dir/rels_part_of.csv" \
	--relationships="$dir/rels_member_of.csv" \
	--relationships="$dir/rels_located_in.csv" \
	--relationships="$dir/rels_issued_by.csv" \
	--relationships="$dir/rels_applies_to.csv" \
	--relationships="$dir/rels_set_by.csv" \
	"$@"
