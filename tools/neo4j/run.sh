#!/usr/bin/env bash
# Start an embedded Neo4j 5.26 Community for kg-builder: Bolt on 127.0.0.1:${NEO4J_PORT:-7687}.
# Usage: tools/neo4j/run.sh [--port N] [--data DIR] [--password PW] [--pagecache 64m]   (Ctrl-C or SIGTERM stops it)
# Builds the launcher with Maven first when target/ is missing or older than its sources;
# jars are cached in ~/.m2. `run.sh --build-only` just builds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/target/.built"

command -v java >/dev/null || { echo "run.sh: java not found (Neo4j 5.26 needs Java 17+)" >&2; exit 127; }
if [[ ! -f "$stamp" || -n "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]; then
    command -v mvn >/dev/null || { echo "run.sh: mvn not found (needed to build the launcher)" >&2; exit 127; }
    echo "run.sh: building the Neo4j launcher with Maven (first run downloads ~120 MB of jars)" >&2
    (cd "$here" && rm -rf target/lib && mvn -q -B package >&2)
    touch "$stamp"
fi
[[ "${1:-}" == "--build-only" ]] && exit 0

# JVM flags from Neo4j 5.26's own neo4j.conf (server.jvm.additional); heap kept small for tests.
exec java -Xms256m -Xmx"${NEO4J_HEAP:-1g}" \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions \
    -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED \
    -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    -cp "$here/target/classes:$here/target/lib/*" kgbuilder.neo4j.Launcher "$@"
