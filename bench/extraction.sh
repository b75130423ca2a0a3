#!/usr/bin/env bash
# Extraction throughput benchmark (issue 2): PaperGraph vs a bare CoreNLP tokenize,ssplit,pos,lemma
# pipeline, same records, same threads, same run.
# Usage: bench/extraction.sh [CORPUS] [RECORDS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
./mvnw -B -q -pl extractor -am -DskipTests install >/dev/null
cd extractor
../mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec "$JAVA_HOME/bin/java" -Xms3g -Xmx3g -XX:+AlwaysPreTouch \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.papergraph.extractor.bench.ExtractionBenchmark "${1:-../../shared/data/abstracts/arxiv_cs_2025_2026.jsonl.gz}" "${2:-2000}" "${3:-2}" 2>/dev/null
