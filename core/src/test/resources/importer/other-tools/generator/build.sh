#!/usr/bin/env bash
# Rebuilds the corpus (tuning/, the held-back parts, index.tsv) from people/*.json and styles.py;
# extra arguments go to build.py (--pages DIR, --texts-only, --only LAYOUTS, --part PART).
# Needs Python 3, Chromium and LibreOffice; takes a few minutes (one Chromium run per PDF).
set -euo pipefail
cd "$(dirname "$0")"
PYTHONDONTWRITEBYTECODE=1 exec python3 build.py \
  --chromium "${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}" \
  --soffice "${SOFFICE:-$(command -v soffice)}" "$@"
