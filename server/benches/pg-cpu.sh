#!/usr/bin/env bash
# PostgreSQL's own CPU time per statement while the backends benchmark runs: the part of a
# page's cost that the benchmark's process does not see. It counts the CPU time of every
# process of the PostgreSQL server (those still running, and the postmaster's count of those
# that ended) before and after the run, and the statements the benchmark's database ran
# (`pg_stat_database.xact_commit`: each statement outside a transaction counts one).
# The server must be on this machine, and TEST_POSTGRES_URL a superuser's, as for the tests
# (`bash .ci/postgres` prints one). Run from the repository root, with the backends
# benchmark's arguments (a page's name picks it):
#   TEST_POSTGRES_URL=postgres://... bash server/benches/pg-cpu.sh group
set -euo pipefail
url=${TEST_POSTGRES_URL:?TEST_POSTGRES_URL must name a PostgreSQL server on this machine}
sql() { psql "$url" -Atc "$1"; }
postmaster=$(head -1 "$(sql 'SHOW data_directory')/postmaster.pid")
ticks() { # CPU time of the server's processes so far, in clock ticks
  local total pid
  total=$(awk '{print $16 + $17}' "/proc/$postmaster/stat")
  for pid in $(pgrep -P "$postmaster"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
newest_test_database() {
  sql "SELECT datname FROM pg_database WHERE datname LIKE 'test\_%' ORDER BY oid DESC LIMIT 1"
}

cargo bench -p server --bench backends --no-run
before=$(ticks)
known=$(newest_test_database)
cargo bench -p server --bench backends -- "$@"
sleep 1 # the benchmark's connections end, and their time reaches the postmaster's count
after=$(ticks)
database=$(newest_test_database)
if [[ -z "$database" || "$database" == "$known" ]]; then
  echo "the benchmark made no database on this server" >&2
  exit 1
fi
statements=$(sql "SELECT xact_commit FROM pg_stat_database WHERE datname = '$database'")
awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$statements" 'BEGIN {
  printf "PostgreSQL: %.2f s of CPU for %d statements, %.3f ms each\n",
    ticks / hz, n, ticks / hz * 1000 / n }'
