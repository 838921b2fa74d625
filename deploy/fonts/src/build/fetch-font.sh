#!/usr/bin/env bash
# Puts WenQuanYi Micro Hei (wqy-microhei.ttc) and its copyright file into the directory given as $1, for the jar.
#
# The font comes from Debian's package fonts-wqy-microhei, fetched without root (apt-get download) and unpacked with
# dpkg-deb; the file is checked against its SHA-256. It is cached under ${ZHICHENG_CACHE:-~/.cache/zhicheng}/fonts,
# so later and offline builds take it from there. On a machine without apt-get, point ZHICHENG_CJK_FONT at a copy of
# wqy-microhei.ttc (same SHA-256) obtained by hand.
set -euo pipefail

target="$1"
sha256="2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3"
cache="${ZHICHENG_CACHE:-$HOME/.cache/zhicheng}/fonts"
font="wqy-microhei.ttc"

verified() {
  [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$sha256" ]]
}

fail() {
  echo "fetch-font: $*" >&2
  echo "fetch-font: the PDF documents need WenQuanYi Micro Hei. Install Debian's apt-get and dpkg-deb, or set" \
       "ZHICHENG_CJK_FONT to a wqy-microhei.ttc with SHA-256 $sha256." >&2
  exit 1
}

mkdir -p "$target" "$cache"
if [[ -n "${ZHICHENG_CJK_FONT:-}" ]]; then
  verified "$ZHICHENG_CJK_FONT" || fail "ZHICHENG_CJK_FONT=$ZHICHENG_CJK_FONT is missing or not the expected file"
  cp "$ZHICHENG_CJK_FONT" "$cache/$font"
fi
if ! verified "$cache/$font"; then
  command -v apt-get >/dev/null || fail "apt-get not found"
  command -v dpkg-deb >/dev/null || fail "dpkg-deb not found"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && apt-get download -q fonts-wqy-microhei 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) \
    || fail "apt-get download fonts-wqy-microhei failed"
  dpkg-deb -x "$work"/fonts-wqy-microhei_*.deb "$work/root"
  cp "$work/root/usr/share/fonts/truetype/wqy/$font" "$cache/$font.part"
  cp "$work/root/usr/share/doc/fonts-wqy-microhei/copyright" "$cache/copyright"
  verified "$cache/$font.part" || fail "the package's $font does not have the expected SHA-256"
  mv "$cache/$font.part" "$cache/$font"
fi
cp "$cache/$font" "$target/$font"
if [[ -f "$cache/copyright" ]]; then
  cp "$cache/copyright" "$target/wqy-microhei.copyright"
fi
