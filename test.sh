#!/usr/bin/env bash
# Runs every test of Atelier: builds the product with the Maven wrapper, runs the unit, run-machinery, command
# line and workbench tests (the workbench tests under Xvfb when there is no display), then checks the built
# product's start script. Installs the system packages the tests need (GTK 3, Xvfb) when they are missing.
# Usage: ./test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/common.sh
ensure_system_packages test
log=$(mktemp -t atelier-test.XXXXXX.log)
status=0
with_display ./mvnw -B -ntp verify "$@" 2>&1 | tee "$log" || status=$?
if [ "$status" -eq 0 ]; then
    releng/scripts/product-checks.sh "$(product_dir)" 2>&1 | tee -a "$log" || status=$?
fi
summarize_tests "$log" "$status"
