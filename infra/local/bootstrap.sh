#!/usr/bin/env bash
# Sets up a fresh machine for this project, then runs one of:
#   start  the local stack with demo data (npm start)
#   test   the whole test suite (npm test)
# Idempotent: a second run only does what is missing. Installs with apt-get as root, or through sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."

mode="${1:-}"
case "$mode" in start | test) ;; *) echo "usage: bash infra/local/bootstrap.sh start|test" >&2; exit 2 ;; esac

log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

apt_updated=0
need_deb() { # need_deb <debian package>...: installs the packages dpkg does not list as installed
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$apt_updated" = 0 ]; then log "apt-get update"; "${as_root[@]}" apt-get update -qq >/dev/null; apt_updated=1; fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Node 24: the project targets it (Lambda nodejs24.x). Where the machine's Node is older, the `node`
# package from the npm registry installs it into a private prefix, leaving the system Node alone.
# A machine without any Node first gets Debian's, only to run npm for that install.
node24_prefix="${NODE24_PREFIX:-/opt/node24}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 24 ]; then
  if [ ! -x "$node24_prefix/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || need_deb nodejs npm
    log "installing Node 24 into $node24_prefix"
    "${as_root[@]}" npm install --global --prefix "$node24_prefix" --no-fund --no-audit node@24 >/dev/null
  fi
  export PATH="$node24_prefix/bin:$PATH"
fi
log "node $(node --version), npm $(npm --version)"

# DynamoDB Local is a Java program (17 or newer).
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
[ "$(java_major || echo 0)" -ge 17 ] 2>/dev/null || need_deb openjdk-17-jre-headless
if [ "$mode" = test ]; then
  # The PDF tests read PDFs with poppler's tools; the one-pager layout test measures the page in
  # Debian's Chromium with the Noto faces the report names.
  need_deb poppler-utils chromium fonts-noto-core fonts-noto-cjk
fi

if [ "$mode" = test ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-fund --no-audit >/dev/null
fi
# The Chromium and fonts layers: built once, reused (the PDF renderer reads its fonts from there).
npx --no-install tsx infra/bin/ensure-layers.ts

case "$mode" in
  start) exec npm start ;;
  test) exec npm test ;;
esac
