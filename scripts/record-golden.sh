#!/usr/bin/env bash
# `npm run record-golden [SCENARIO...]`: records test/golden/<scenario>.json against a real Docker engine.
# Starts dockerd through scripts/dockerd.sh if needed, imports the test images from Debian's
# busybox-static, then runs scripts/golden/record.ts.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
bash "$HERE/dockerd.sh" start
bash "$HERE/golden/images.sh"
exec npx tsx "$HERE/golden/record.ts" "$@"
