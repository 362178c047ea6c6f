#!/usr/bin/env bash
# Refreshes translations/ml-connector_*.ts from the sources (lupdate over tray/, service/ and
# shared/: every tr() of the tray and of the command line), drops texts the sources no longer have
# (-no-obsolete) and prints how many texts each language still has to translate.
#
# Usage: scripts/update-translations.sh [--check]
#   --check   exit 1 when any language has unfinished texts (after updating the files)
# Environment: LUPDATE (default: Qt 6's lupdate from qt6-l10n-tools, /usr/lib/qt6/bin/lupdate).
#
# English is the source language; its file holds only the plural forms (-pluralonly), so that
# "%n document(s)" reads "1 document" / "2 documents". Translate new texts with Qt Linguist
# (/usr/lib/qt6/bin/linguist translations/ml-connector_de.ts) or in the XML: fill <translation>,
# remove type="unfinished". tests/tray/tst_translations checks every file (complete, placeholders,
# accelerators, up to date).
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK=0
case "${1:-}" in
  --check) CHECK=1 ;;
  "") ;;
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "update-translations: unknown argument '$1' (see --help)" >&2; exit 2 ;;
esac

LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then LUPDATE=$candidate; break; fi
  done
fi
[ -n "$LUPDATE" ] || { echo "update-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

SOURCES=(tray service shared)
# lupdate warns for every tr() outside a QObject; the command line's free functions use the
# context mlc::cli on purpose (service/cli/text.h), so that warning is noise here.
filter() { grep -v -E "Class 'mlc::cli' lacks Q_OBJECT macro" >&2 || true; }

for lang in de fr es; do
  "$LUPDATE" -silent -no-obsolete -locations none "${SOURCES[@]}" -ts "translations/ml-connector_$lang.ts" 2> >(filter)
done
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly "${SOURCES[@]}" -ts translations/ml-connector_en.ts 2> >(filter)
wait

unfinished_total=0
printf '%-6s %9s %11s\n' language texts unfinished
for ts in translations/ml-connector_*.ts; do
  lang=${ts##*_}; lang=${lang%.ts}
  texts=$(grep -c '<source>' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  unfinished_total=$((unfinished_total + unfinished))
  printf '%-6s %9s %11s\n' "$lang" "$texts" "$unfinished"
done
if [ "$CHECK" = 1 ] && [ "$unfinished_total" -gt 0 ]; then
  echo "update-translations: $unfinished_total unfinished text(s); translate them (see the header of this script)" >&2
  exit 1
fi
