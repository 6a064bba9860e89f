#!/usr/bin/env bash
# Renders the sample documents (scripts/render-documents.ts) and turns each .docx into a PDF
# through LibreOffice and its pages into PNG (pdftoppm), so a person can look at the pages.
# Installs Debian's LibreOffice Writer, the Noto CJK fonts and poppler when they are missing
# (needs root and apt). Not part of `npm test`.
#
#   bash scripts/render-documents.sh [out-dir] [png-resolution]    # default out/documents, 60 dpi
set -euo pipefail
out="${1:-out/documents}"
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
for docx in "$out"/*.docx; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
  pdf="${docx%.docx}.pdf"
  pdftoppm -r "$dpi" -png "$pdf" "${docx%.docx}"
done
ls -l "$out"
