#!/usr/bin/env bash
# Records the applet golden files (test/golden/applets/{gnu,busybox}.json) from the real GNU tools
# and /bin/busybox of this Debian machine. See scripts/golden/record-applets.ts.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
command -v busybox >/dev/null || { echo "busybox manquant / missing: apt-get install busybox-static" >&2; exit 1; }
npx tsx "$HERE/record-applets.usage.ts"
exec npx tsx "$HERE/record-applets.ts" "$@"
