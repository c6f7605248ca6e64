#!/usr/bin/env bash
# Regenerates the screenshots of the main screens in docs/screenshots/ (those the README shows): runs the workbench
# tests that open them on the demo project, under Xvfb when there is no display, with their screenshots written there.
# Usage: ./screenshots.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")"
. releng/scripts/common.sh
ensure_system_packages test
with_display ./mvnw -B -ntp verify \
    -Dtest='RunViewTest,CompareViewTest,TrainingOverviewTest,InspectorEditorTest,MergeFormTest,DatasetEditorTest,DemoModelTest' \
    -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false -Datelier.screenshots="$PWD/docs/screenshots" "$@"
ls -1 docs/screenshots
