#!/usr/bin/env bash
# Sets up a fresh machine for this project, then runs one of:
#   start  the local stack with demo data (npm start)
#   test   the whole test suite (npm test)
# Idempotent: a second run only does what is missing. Needs root or sudo for apt-get on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

mode="${1:-}"
case "$mode" in start | test) ;; *) echo "usage: bash infra/local/bootstrap.sh start|test" >&2; exit 2 ;; esac

log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }

# Node 24: the project targets it (Lambda nodejs24.x). Where the machine's Node is older, the `node`
# package from the npm registry installs it into a private prefix, leaving the system Node alone.
node24_prefix="${NODE24_PREFIX:-/opt/node24}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 24 ]; then
  if [ ! -x "$node24_prefix/bin/node" ]; then
    log "installing Node 24 into $node24_prefix"
    npm install --global --prefix "$node24_prefix" --no-fund --no-audit node@24 >/dev/null
  fi
  export PATH="$node24_prefix/bin:$PATH"
fi
log "node $(node --version), npm $(npm --version)"

apt_updated=0
need_deb() { # need_deb <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$apt_updated" = 0 ]; then log "apt-get update"; apt-get update -qq >/dev/null; apt_updated=1; fi
  log "installing $2"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
# DynamoDB Local is a Java program; the PDF tests read PDFs with poppler's tools.
need_deb java openjdk-17-jre-headless
need_deb pdftotext poppler-utils

if [ "$mode" = test ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-fund --no-audit >/dev/null
fi
if [ -f layers/build.ts ]; then
  log "building the Chromium and fonts layers"
  npm run --silent build:layers >/dev/null
fi

case "$mode" in
  start) exec npm start ;;
  test) exec npm test ;;
esac
