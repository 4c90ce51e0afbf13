#!/usr/bin/env bash
# Runs the whole GMP Hygiene Gate on this machine: local-api serves the API (/v1/), the worker PWA (/)
# and the admin SPA (/admin/) from one JVM, with dynalite and S3Proxy behind it (docs/architecture.md).
#
#   ./run-local.sh
#
# Settings (environment): GMP_PORT (3000), GMP_DATA_DIR (.local-data), GMP_API_KEY (local-dev-key),
# GMP_ADMIN_PASSWORD (admin1234!, used only when an empty data dir is seeded).
#
# Exit codes: 0 stopped normally; 2 a prerequisite is missing; 3 the local runtime is not built yet.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export GMP_PORT="${GMP_PORT:-3000}"
export GMP_DATA_DIR="${GMP_DATA_DIR:-.local-data}"
export GMP_API_KEY="${GMP_API_KEY:-local-dev-key}"
export GMP_ADMIN_PASSWORD="${GMP_ADMIN_PASSWORD:-admin1234!}"

say() { printf 'run-local: %s\n' "$*"; }
problem() { printf 'run-local: MISSING: %s\n' "$*" >&2; }

# "3.8.7" from `mvn -v`, whose first line may carry colour codes even in batch mode.
maven_version() {
  mvn -B -v 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n1
}

# Major version from "17.0.15", "21", "1.8.0_392" (→ 8) or "v20.20.2".
major_of() {
  local v="${1#v}"
  if [[ "$v" == 1.* ]]; then v="${v#1.}"; fi
  printf '%s' "${v%%[!0-9]*}"
}

check_prerequisites() {
  local missing=0

  if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
    problem "a JDK 17 or newer (java and javac). Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless"
    missing=1
  else
    local java_version
    java_version="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
    if [[ -z "$java_version" || "$(major_of "$java_version")" -lt 17 ]]; then
      problem "JDK 17 or newer; found '${java_version:-unknown}' (java -version). Set JAVA_HOME or PATH to a JDK 17+."
      missing=1
    fi
  fi

  if ! command -v mvn >/dev/null 2>&1; then
    problem "Maven 3.8 or newer (mvn). Debian/Ubuntu: apt-get install -y maven"
    missing=1
  else
    local mvn_version
    mvn_version="$(maven_version)"
    local mvn_major="${mvn_version%%.*}" mvn_minor
    mvn_minor="$(printf '%s' "$mvn_version" | cut -d. -f2)"
    if [[ -z "$mvn_version" ]] || (( mvn_major < 3 || (mvn_major == 3 && mvn_minor < 8) )); then
      problem "Maven 3.8 or newer; found '${mvn_version:-unknown}' (mvn -v)."
      missing=1
    fi
  fi

  if ! command -v node >/dev/null 2>&1; then
    problem "Node.js 20 or newer (node), to build the worker PWA and the admin SPA. See https://nodejs.org/"
    missing=1
  else
    local node_version
    node_version="$(node --version 2>/dev/null || true)"
    if [[ -z "$node_version" || "$(major_of "$node_version")" -lt 20 ]]; then
      problem "Node.js 20 or newer; found '${node_version:-unknown}' (node --version)."
      missing=1
    fi
  fi

  if (( missing )); then
    say "install what is listed above, then run ./run-local.sh again."
    exit 2
  fi
  say "prerequisites OK: java $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1), maven $(maven_version), node $(node --version)"
}

# Builds what the local runtime serves and starts it in the foreground (Ctrl+C stops it).
# The local-api issue fills this in: build the jars and the two front ends, then
#   exec java -jar local-api/target/local-api.jar
# which reads template.yaml, seeds an empty GMP_DATA_DIR and prints the demo logins.
start_local_runtime() {
  say "the local runtime (local-api) is not built yet: this repository has the domain core, the"
  say "template and the API contract, but no server to start. Run the tests instead: mvn verify"
  exit 3
}

check_prerequisites
start_local_runtime
