#!/usr/bin/env bash
# SPARQL benchmark (issue 4): queries/s and p99 of three named SPARQL queries with N concurrent
# clients against our /sparql and against Fuseki (jena-fuseki-main) on the same TDB2 data, in the
# same JVM and run, loopback only.
# Usage: bench/sparql.sh [--clients 8] [--seconds 10] [--rounds 2] [--copies 1] [--nq FILE | --corpus FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
./mvnw -B -q -pl graph-service -am -DskipTests install >/dev/null
cd graph-service
../mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2046
exec "$JAVA_HOME/bin/java" -Xms3g -Xmx3g -XX:+AlwaysPreTouch $(sed -n 's:.*<neo4j.jvm.flags>\(.*\)</neo4j.jvm.flags>.*:\1:p' ../pom.xml) \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.papergraph.service.sparql.bench.SparqlBenchmark --corpus ../examples/trending-papers.txt "$@"
