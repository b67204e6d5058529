#!/usr/bin/env bash
# Requests per second of three pages, each against its own bytes served as a static file by
# the same server, measured side by side with wrk (apt install wrk) against the release build
# on a fresh SQLite file with the demo data:
#   a lesson signed in, with her answer graded and the lesson done; the same lesson signed
#   out; the catalogue signed in.
# Run from the repository root after `cargo leptos build --release`:
#   bash server/benches/wrk.sh
set -euo pipefail
target=${CARGO_TARGET_DIR:-target}
port=${WRK_PORT:-3998}
base=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"; rm -f target/site/pkg/twin-*.html' EXIT
LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site RUST_LOG=warn \
  DATABASE_URL="sqlite://$work/bench.db?mode=rwc" "$target/release/server" serve --demo \
  >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done

post() { # path, form: as the site's own forms post
  curl -s -o /dev/null -b "$work/jar" -c "$work/jar" -H "Origin: $base" \
    -H "Sec-Fetch-Site: same-origin" --data "$2" "$base$1"
}
post /en/sign-in "handle=demo-learner&password=demo-password&shared=1"
cookie=$(sed 's/^#HttpOnly_//' "$work/jar" | awk 'NF >= 7 && $1 !~ /^#/ {print $6 "=" $7}' | paste -sd';' -)
lesson=/en/courses/job-interview/what-is-an-interview
request_of() { # the request id of the form with this id, on the lesson as she sees it
  curl -s -H "Cookie: $cookie" "$base$lesson" | tr '<' '\n' |
    awk -v form="$1" 'index($0, "id=\"" form "\"") {found = 1}
      found && /name="request"/ {match($0, /value="[^"]*"/); print substr($0, RSTART + 7, RLENGTH - 8); exit}'
}
post "$lesson/answer" "quiz=who-asks-questions&choice=1&request=$(request_of quiz-who-asks-questions)"
post "$lesson/done" "request=$(request_of done)"
curl -s -H "Cookie: $cookie" "$base$lesson" | grep -q "You finished this lesson." ||
  { echo "the learner's progress is not on the lesson page" >&2; exit 1; }

echo "| page | page | its bytes as a static file | page / file |"
echo "|---|---|---|---|"
for row in "lesson, signed in, with her progress|$lesson|$cookie" \
  "lesson, signed out|$lesson|" "catalogue, signed in|/en|$cookie"; do
  IFS='|' read -r name path session <<<"$row"
  twin=target/site/pkg/twin-$RANDOM.html
  curl -s -H "Cookie: $session" "$base$path" >"$twin"
  rate() { wrk -t2 -c16 -d5s ${2:+-H "Cookie: $2"} "$1" | awk '/Requests\/sec/ {print $2}'; }
  page=$(rate "$base$path" "$session")
  file=$(rate "$base/pkg/${twin##*/}" "")
  echo "| $name | $page/s | $file/s | $(awk -v p="$page" -v f="$file" 'BEGIN {printf "%.2f", p / f}') |"
done
