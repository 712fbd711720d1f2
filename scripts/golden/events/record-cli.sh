#!/usr/bin/env bash
# Runs test/engine/events/fixtures/cli-events.steps on the real engine, one shell, and writes what the
# `docker events` lines print to cli-events.out (test/engine/events/cli-events.test.ts replays them).
set -u
DIR="$(cd "$(dirname "$0")" && pwd)/../../../test/engine/events/fixtures"
docker rm -f g-evc >/dev/null 2>&1; docker network rm g-evn >/dev/null 2>&1; docker volume rm g-evv >/dev/null 2>&1
sleep 1
while IFS= read -r line; do
  case "$line" in
    'docker events'*) eval "$line" ;;
    *) eval "$line" >/dev/null ;;
  esac
done <"$DIR/cli-events.steps" >"$DIR/cli-events.out"
cat "$DIR/cli-events.out"
