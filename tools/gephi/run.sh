#!/usr/bin/env bash
# Import GraphML/GEXF files with the real Gephi toolkit (headless) and print a JSON report.
# Builds with Maven only when the class or classpath is missing or older than its sources.
# Usage: tools/gephi/run.sh [--no-merge] FILE...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
class="$here/target/classes/kgbuilder/gephi/ImportCheck.class"
cp_file="$here/target/classpath.txt"
src="$here/src/main/java/kgbuilder/gephi/ImportCheck.java"

needs_build() {
  [[ ! -f "$class" || ! -f "$cp_file" || "$src" -nt "$class" || "$here/pom.xml" -nt "$cp_file" ]] && return 0
  # The cached jar may have been removed from ~/.m2 since the last build.
  local jar
  IFS=: read -r -a jars < "$cp_file"
  for jar in "${jars[@]}"; do [[ -f "$jar" ]] || return 0; done
  return 1
}

if needs_build; then
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" compile >&2
fi
exec java -Djava.awt.headless=true -Xshare:auto -cp "$here/target/classes:$(cat "$cp_file")" \
  kgbuilder.gephi.ImportCheck "$@"
