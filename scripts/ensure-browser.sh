#!/usr/bin/env bash
# Browser tests and poster printing need Debian's Chromium and a CJK font. Install them when
# missing (as root), or stop with a one-line instruction: never skip silently.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk'; then
  need+=(fonts-wqy-microhei)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian (needed by browser tests and posters)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  fc-cache -f >/dev/null 2>&1 || true
  exit 0
fi
echo "Missing ${need[*]}: run 'sudo apt-get update && sudo apt-get install -y ${need[*]}' and try again." >&2
exit 1
