#!/usr/bin/env bash
# Checks the materialized product as a user runs it: its start script, exit codes and the headless demo.
# Prints a Surefire-style line so that test.sh counts these checks with the others.
set -uo pipefail
product=$1
work=$(mktemp -d -t atelier-product.XXXXXX)
trap 'rm -rf "$work"' EXIT
export ATELIER_WORKSPACE="$work/workspace"
passed=0
failed=0

check() {
    local name=$1 expected_exit=$2 expected_text=$3
    shift 3
    local out code
    out=$("$@" 2>&1)
    code=$?
    if [ "$code" -eq "$expected_exit" ] && grep -qF -- "$expected_text" <<<"$out"; then
        passed=$((passed + 1))
        echo "product check passed: $name"
    else
        failed=$((failed + 1))
        echo "product check FAILED: $name (exit $code, expected $expected_exit and '$expected_text'):"
        echo "$out" | sed 's/^/    /'
    fi
}

check "atelier --help" 0 "Usage: atelier <command>" "$product/atelier" --help
check "atelier methods" 0 "" "$product/atelier" methods
check "unknown command is bad usage" 2 "unknown command 'frobnicate'" "$product/atelier" frobnicate
check "runs of a missing folder" 2 "no such file or folder" "$product/atelier" runs "$work/nowhere"
check "headless demo" 0 "1 file checked, 0 errors" "$product/atelier" demo
check "the demo landed in the workspace" 0 "Datasets (1)" "$product/atelier" show "$work/workspace/demo"
check "new empty project" 0 "Created training project" "$product/atelier" new "$work/empty" --name Empty
check "validate the new project" 0 "0 errors" "$product/atelier" validate "$work/empty"

echo "Tests run: $((passed + failed)), Failures: $failed, Errors: 0, Skipped: 0"
[ "$failed" -eq 0 ]
