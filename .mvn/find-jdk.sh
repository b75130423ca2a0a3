# Sourced by ./mvnw, ./papergraph and the benchmark scripts: makes JAVA_HOME point at a JDK 21 or
# newer. PaperGraph is built with --release 21, and many machines (this kind's default java among
# them) still run 17. Keeps JAVA_HOME when it is recent enough; otherwise takes `java` on the PATH,
# else the newest JDK under /usr/lib/jvm; with none, says so in one sentence and exits.
papergraph_java_version() {
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  case "$v" in 1.*) echo "${v#1.}" ;; *) echo "${v%%.*}" ;; esac
}

papergraph_is_recent() {
  local v
  [ -x "$1" ] || return 1
  v="$(papergraph_java_version "$1")"
  case "$v" in ''|*[!0-9]*) return 1 ;; esac
  [ "$v" -ge 21 ]
}

papergraph_find_jdk() {
  local best="" best_version=0 candidate v
  if [ -n "${JAVA_HOME:-}" ] && papergraph_is_recent "$JAVA_HOME/bin/java"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1 && papergraph_is_recent "$(command -v java)"; then
    JAVA_HOME="$(cd "$(dirname "$(readlink -f "$(command -v java)")")/.." && pwd)"
    export JAVA_HOME
    return 0
  fi
  # ./mvnw runs with globbing off (set -f): turn it on for this one pattern.
  case "$-" in *f*) set +f; papergraph_noglob=1 ;; *) papergraph_noglob="" ;; esac
  for candidate in /usr/lib/jvm/*/bin/java; do
    papergraph_is_recent "$candidate" || continue
    v="$(papergraph_java_version "$candidate")"
    if [ "$v" -gt "$best_version" ]; then
      best="$candidate"
      best_version="$v"
    fi
  done
  [ -n "$papergraph_noglob" ] && set -f
  if [ -z "$best" ]; then
    echo "PaperGraph needs a JDK 21 or newer and found none (checked JAVA_HOME, java on the PATH and /usr/lib/jvm): install one, e.g. Temurin 25, and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$(cd "$(dirname "$best")/.." && pwd)"
  export JAVA_HOME
}

papergraph_find_jdk || exit 1
