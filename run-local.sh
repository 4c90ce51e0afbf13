#!/usr/bin/env bash
# Runs the whole GMP Hygiene Gate on this machine: local-api serves the API (/v1/), the worker PWA (/)
# and the admin SPA (/admin/) from one JVM, with dynalite and S3Proxy behind it (docs/architecture.md).
#
#   ./run-local.sh            build what is missing or stale, then start
#   ./run-local.sh --reset    the same, starting with an empty data dir (and the demo data again)
#   ./run-local.sh --engines-only   only the engines (dynalite, S3Proxy, moto_server) where
#                             local-api/sam-local-env.json points `sam local start-api`; no HTTP API
#
# Settings (environment): GMP_PORT (3000), GMP_DATA_DIR (.local-data), GMP_API_KEY (local-dev-key),
# GMP_ADMIN_PASSWORD (admin1234!, used only when an empty data dir is seeded).
#
# Exit codes: 0 stopped normally; 1 a build or the start failed; 2 a prerequisite is missing.
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

# --- build what is missing or stale --------------------------------------------------------------
# A second start finds everything current and goes straight to java: no Maven, no npm.

JAR=local-api/target/local-api.jar
CDS_ARCHIVE=local-api/target/local-api.jsa

# True when $1 is missing or a file under the other arguments is newer than it.
stale() {
  local target="$1"; shift
  [[ -e "$target" ]] || return 0
  local newer
  newer="$(find "$@" -newer "$target" -type f \
             -not -path '*/node_modules/*' -not -path '*/target/*' -not -path '*/dist/*' \
             -print -quit 2>/dev/null || true)"
  [[ -n "$newer" ]]
}

# The Java side: every module local-api runs (the services) and what they use; only main sources and
# POMs count (a test edited or run does not make the runtime stale). Web apps are built below.
build_java() {
  local newer=""
  if [[ -e "$JAR" ]]; then
    newer="$(find pom.xml shared-lib local-api ./*-service -newer "$JAR" -type f \
               \( -name pom.xml -o -path '*/src/main/*' \) -not -path '*/target/*' -print -quit 2>/dev/null || true)"
  fi
  if [[ ! -e "$JAR" || -n "$newer" ]]; then
    say "building the Java modules (mvn package; the first time downloads dependencies and takes a few minutes)"
    mvn -B -q -DskipTests -pl local-api -am package
    touch "$JAR" # Maven leaves an unchanged jar alone; its time now says "built from these sources"
  else
    say "Java modules are up to date"
  fi
}

# The web workspace (web-shared and both apps, one package-lock.json at the root): npm ci when
# node_modules is missing or older than the lock file.
install_web_deps() {
  if [[ ! -d node_modules ]] || stale node_modules/.package-lock.json package-lock.json; then
    say "web workspace: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# $1: the app's directory; builds dist/ with npm run build when dist/ is missing or older than its
# sources or what it compiles from web-shared (the generated API types among them).
build_web_app() {
  local app="$1"
  if [[ ! -f "$app/package.json" ]]; then
    say "$app/ does not exist yet: skipped (its URL shows a 'not built' page)"
    return
  fi
  if stale "$app/dist/index.html" "$app/src" "$app/public" "$app/index.html" "$app/package.json" \
       package-lock.json web-shared/src web-shared/package.json "$app"/vite.config.* "$app"/tsconfig*.json; then
    say "$app: npm run build"
    (cd "$app" && npm run build --silent)
  else
    say "$app is up to date"
  fi
}

# Starts local-api in the foreground: Ctrl-C stops it and everything it started (dynalite included).
# Arguments are passed on, e.g. ./run-local.sh --reset
start_local_runtime() {
  build_java
  if [[ " $* " != *" --engines-only "* ]]; then # sam local serves no web apps
    install_web_deps
    build_web_app web-worker-pwa
    build_web_app web-admin-spa
  fi
  # Class-data sharing: the first run after a build records the classes it loaded when it stops; later starts
  # map them instead of loading ~180 jars' worth again (about half the start on a busy machine).
  local cds=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [[ -f "$CDS_ARCHIVE" && "$CDS_ARCHIVE" -nt "$JAR" ]]; then
    cds+=(-XX:SharedArchiveFile="$CDS_ARCHIVE")
  else
    rm -f "$CDS_ARCHIVE"
    cds+=(-XX:ArchiveClassesAtExit="$CDS_ARCHIVE")
    say "first start of this build: when you stop it, it saves a class archive that makes the next start faster"
  fi
  # the heap bound and friends: local-api/jvm.options (the load generator in bench/ reads the same file)
  local jvm=()
  while IFS= read -r option; do
    [[ -z "$option" || "$option" == \#* ]] || jvm+=("$option")
  done < local-api/jvm.options
  say "starting local-api (it prints the URLs, the API key and the demo logins when it is up)"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  exec java "${cds[@]}" "${jvm[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
}

check_prerequisites
start_local_runtime "$@"
