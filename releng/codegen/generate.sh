#!/usr/bin/env bash
# Regenerates the EMF model code (src-gen/) of every bundle from its committed model/*.genmodel.
# Usage: releng/codegen/generate.sh   (from anywhere; uses the repository's Maven wrapper)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
genmodels=("$root"/bundles/*/model/*.genmodel)
"$root/mvnw" -q -f "$root/releng/codegen/pom.xml" compile exec:java -Dexec.cleanupDaemonThreads=false -Dexec.args="${genmodels[*]}"
