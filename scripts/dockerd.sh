#!/usr/bin/env bash
# Starts (or reports) the real Docker engine used by golden recordings, contract tests and real mode.
#   dockerd.sh start   start dockerd in the background if no engine answers; wait until it does
#   dockerd.sh status  exit 0 when an engine answers
set -euo pipefail
SOCK=${BALEINE_DOCKER_SOCK:-/var/run/docker.sock}

answers() { curl -sf --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }

case "${1:-status}" in
  status) answers ;;
  start)
    answers && exit 0
    if [ "$(id -u)" != 0 ]; then
      echo "Baleine : aucun moteur Docker ne répond sur $SOCK et il faut être root pour lancer dockerd." >&2
      echo "Baleine: no Docker engine answers on $SOCK and starting dockerd needs root." >&2
      exit 1
    fi
    mkdir -p /var/log
    # The engine stays up after the tests; later runs reuse it.
    nohup setsid dockerd --host "unix://$SOCK" >/var/log/baleine-dockerd.log 2>&1 &
    for _ in $(seq 1 120); do
      answers && exit 0
      sleep 0.5
    done
    echo "Baleine : dockerd n'a pas démarré (voir /var/log/baleine-dockerd.log)." >&2
    echo "Baleine: dockerd did not start (see /var/log/baleine-dockerd.log)." >&2
    tail -20 /var/log/baleine-dockerd.log >&2 || true
    exit 1
    ;;
  *) echo "usage: dockerd.sh start|status" >&2; exit 2 ;;
esac
