#!/usr/bin/env bash
# Runs before `npm test` (the root `pretest`): makes sure the machine has what the suites need, so the README's
# `npm install && npm test` works on a fresh Debian machine by itself.
#
# - Debian's chromium (browser tests), nginx (production-stack test) and poppler-utils (PDFs rendered to PNG):
#   installed with apt-get when running as root, otherwise named with the command that installs them.
# - PostgreSQL (TEST_POSTGRES_URL, default 127.0.0.1:5432) and Redis (TEST_REDIS_URL, default 127.0.0.1:6379):
#   started when they are the local defaults, installed but stopped; otherwise named.
#
# Stops at once, with one sentence, when something is missing that it may not fix.
set -uo pipefail

POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379/0}"

fail() {
  echo "npm test cannot run: $*" >&2
  exit 1
}

can_install() { [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; }

# Debian packages, by the command each provides.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  if can_install; then
    echo "test preflight: installing Debian's ${missing[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; } ||
      fail "installing ${missing[*]} failed; run: apt-get install -y ${missing[*]}"
  else
    fail "${missing[*]} missing; run: sudo apt-get install -y ${missing[*]}"
  fi
fi

command -v pg_isready >/dev/null 2>&1 || fail "pg_isready missing; run: sudo apt-get install -y postgresql-client (and a PostgreSQL server, or set TEST_POSTGRES_URL)"
postgres_up() { pg_isready -q -d "$POSTGRES_URL" >/dev/null 2>&1; }
if ! postgres_up; then
  local_default=$([ -z "${TEST_POSTGRES_URL:-}" ] && echo yes)
  if [ -n "$local_default" ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "test preflight: starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do postgres_up && break; sleep 1; done
  fi
  postgres_up || fail "PostgreSQL does not answer at ${POSTGRES_URL}; start it (Debian: pg_ctlcluster 15 main start) or set TEST_POSTGRES_URL"
fi

if ! command -v redis-cli >/dev/null 2>&1; then
  if [ -z "${TEST_REDIS_URL:-}" ] && can_install; then
    echo "test preflight: installing Debian's redis-server"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; } || true
  fi
  command -v redis-cli >/dev/null 2>&1 || fail "redis-cli missing; run: sudo apt-get install -y redis-server"
fi
redis_up() { redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1; }
if ! redis_up; then
  if [ -z "${TEST_REDIS_URL:-}" ] && command -v redis-server >/dev/null 2>&1; then
    echo "test preflight: starting Redis"
    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
    for _ in $(seq 1 30); do redis_up && break; sleep 1; done
  fi
  redis_up || fail "Redis does not answer at ${REDIS_URL}; install and start it (Debian: apt-get install -y redis-server) or set TEST_REDIS_URL"
fi
