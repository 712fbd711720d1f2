#!/usr/bin/env bash
# Records the network and volume events dockerd emits around a container's life into
# test/engine/events/fixtures/network-volume-events.jsonl (one `{{json .}}` event a line).
# Other users of the engine may emit events meanwhile: only the events of the objects made here are kept
# (and the prune summaries, which name no object); then the same window through a few --filter
# into test/engine/events/fixtures/network-volume-filters.txt.
# Run on the real engine: bash scripts/golden/events/record-events.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../../test/engine/events/fixtures/network-volume-events.jsonl"
FILTERS="$HERE/../../../test/engine/events/fixtures/network-volume-filters.txt"
P=baleineev
L=baleine-events
cleanup() {
  docker rm -f ${P}c ${P}d ${P}e ${P}f ${P}h ${P}o >/dev/null 2>&1 || true
  docker network rm ${P}n1 ${P}n2 >/dev/null 2>&1 || true
  docker volume rm ${P}v ${P}w >/dev/null 2>&1 || true
}
cleanup
sleep 1
since=$(date +%s)
# The sequence the test replays, step by step (test/engine/events/network-volume-events.test.ts).
docker network create --label $L ${P}n1 >/dev/null
docker network create --label $L ${P}n2 >/dev/null
docker volume create --label $L ${P}v >/dev/null
c=$(docker create --name ${P}c -v ${P}v:/data -v /anon --network ${P}n1 busybox sleep 100)
docker start ${P}c >/dev/null
docker network connect ${P}n2 ${P}c
docker network disconnect ${P}n2 ${P}c
docker network connect ${P}n2 ${P}c
docker stop -t 1 ${P}c >/dev/null
anon=$(docker inspect -f '{{range .Mounts}}{{if eq .Destination "/anon"}}{{.Name}}{{end}}{{end}}' "$c")
docker rm -v ${P}c >/dev/null
d=$(docker create --rm --name ${P}d busybox true)
docker start -a ${P}d >/dev/null
h=$(docker create --rm --name ${P}h --network host busybox true)
docker start -a ${P}h >/dev/null
o=$(docker create --rm --name ${P}o --network none busybox true)
docker start -a ${P}o >/dev/null
f=$(docker create --name ${P}f -v ${P}v:/data busybox foo)
docker start ${P}f >/dev/null 2>&1 || true
docker rm ${P}f >/dev/null
e=$(docker create --name ${P}e busybox true)
docker network connect ${P}n1 ${P}e
docker rm ${P}e >/dev/null
docker network rm ${P}n1 >/dev/null
docker volume rm ${P}v >/dev/null
docker volume create --label $L ${P}w >/dev/null
docker network prune -f --filter label=$L >/dev/null
docker volume prune -f --filter label=$L >/dev/null
sleep 1
until=$(date +%s)
# Keeps the events of this script's objects, one JSON a line.
only_mine() {
  node -e '
    const mine = new Set(process.argv.slice(1));
    const text = require("fs").readFileSync(0, "utf8").trim();
    for (const l of text ? text.split("\n") : []) {
      const e = JSON.parse(l);
      const a = e.Actor.Attributes || {};
      const pruned = e.Action === "prune" && e.Actor.ID === "";
      if (pruned || mine.has(e.Actor.ID) || mine.has(a.container) || mine.has(a.name)) console.log(l);
    }' "$c" "$d" "$e" "$h" "$o" "$f" "$anon" ${P}n1 ${P}n2 ${P}v ${P}w
}
docker events --since "$since" --until "$until" --format '{{json .}}' | only_mine >"$OUT"
# The same window through `docker events --filter`: FILTER, then its events (FILTERS file).
for spec in type=network type=volume network=${P}n1 network=${P}n volume=${P}v volume=${P} container=${P}c \
  event=connect "type=volume event=mount"; do
  args=()
  for one in $spec; do args+=(--filter "$one"); done
  echo "# $spec"
  docker events --since "$since" --until "$until" "${args[@]}" --format '{{json .}}' | only_mine
done >"$FILTERS"
cleanup
wc -l "$OUT" "$FILTERS"
