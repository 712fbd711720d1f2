#!/usr/bin/env bash
# Provisions what `npm test` needs beyond npm packages, idempotently:
#   chromium        headless browser for component and end-to-end tests
#   docker.io       a real Docker engine (dockerd 20.10, API 1.41) for golden and contract tests
#   busybox-static  the userland of the small images the real-engine tests import
# Then starts dockerd if it is not running. Run as root on Debian it installs what is missing;
# otherwise it stops and says exactly what is missing (in French and English). It never skips silently.
set -euo pipefail

declare -A NEED=([chromium]=/usr/bin/chromium [docker.io]=/usr/sbin/dockerd [busybox-static]=/bin/busybox)
missing=()
for pkg in chromium docker.io busybox-static; do
  bin=${NEED[$pkg]}
  if [ "$pkg" = busybox-static ]; then
    dpkg -s busybox-static >/dev/null 2>&1 || missing+=("$pkg")
  elif [ ! -x "$bin" ]; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installation de ${missing[*]} (apt-get)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    {
      echo "Baleine : il manque des paquets nécessaires aux tests : ${missing[*]}"
      echo "  Installez-les (en root, sur Debian) : apt-get install -y ${missing[*]}"
      echo "Baleine: packages required by the tests are missing: ${missing[*]}"
      echo "  Install them (as root, on Debian): apt-get install -y ${missing[*]}"
    } >&2
    exit 1
  fi
fi

bash "$(dirname "$0")/dockerd.sh" start
