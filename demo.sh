#!/usr/bin/env bash
# Installs what Atelier needs (GTK 3), builds it when the sources changed, and starts it on the demo training
# project: the workbench when there is a display, otherwise the headless demo (it shows, validates and runs the
# demo project and prints what it did). The demo project lives in ~/atelier-workspace/demo
# (ATELIER_WORKSPACE moves it).
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/common.sh
ensure_system_packages
product=$(product_dir)
if [ ! -x "$product/atelier" ] || [ -n "$(find pom.xml targetplatform bundles features releng/org.atelier.product -newer "$product/atelier" \
        -type f -not -path '*/target/*' -print -quit)" ]; then
    echo "Building Atelier with the Maven wrapper (the first build downloads about 400 MB and takes a few minutes)..."
    ./mvnw -B -ntp -q package -DskipTests
fi
if [ -n "${DISPLAY:-}" ]; then
    echo "Starting the workbench on the demo project (ATELIER_WORKSPACE=${ATELIER_WORKSPACE:-$HOME/atelier-workspace})"
    exec ./atelier workbench --demo
fi
echo "No display: running the demo headless."
exec ./atelier demo
