#!/usr/bin/env bash
# Runs every test of Atelier: builds the product with the Maven wrapper and runs the unit, run-machinery,
# CLI and workbench tests (the workbench tests under Xvfb when there is no display). Installs the system
# packages the tests need (GTK 3, Xvfb) when they are missing. Usage: ./test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/common.sh
ensure_system_packages test
log=$(mktemp -t atelier-test.XXXXXX.log)
status=0
with_display ./mvnw -B -ntp verify "$@" 2>&1 | tee "$log" || status=$?
summarize_tests "$log" "$status"
