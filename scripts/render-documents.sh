#!/usr/bin/env bash
# Renders the sample documents (scripts/render-documents.ts) and turns each .docx into a PDF
# through LibreOffice and its pages into PNG (pdftoppm), so a person can look at the pages.
# Installs Debian's LibreOffice Writer, the Noto CJK fonts and poppler when they are missing
# (needs root and apt). Not part of `npm test`.
#
#   bash scripts/render-documents.sh [out-dir] [png-resolution]    # default .tmp/documents, 60 dpi
set -euo pipefail
out="${1:-.tmp/documents}"
dpi="${2:-60}"
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk \
    fonts-liberation poppler-utils
fi

npx tsx scripts/render-documents.ts "$out"
# A private profile, so a LibreOffice the user has open is not disturbed.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Free systems lack the official fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312): show them as
# Noto Serif CJK (serif faces) and Noto Sans CJK (黑体), so the pages read as the kind of type meant.
cat >"$profile/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$profile/fonts.conf"
for docx in "$out"/*.docx; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
  pdf="${docx%.docx}.pdf"
  pdftoppm -r "$dpi" -png "$pdf" "${docx%.docx}"
done
ls -l "$out"
