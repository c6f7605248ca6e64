# Shared by the scripts at the repository root. Sourced, not run.

# Installs the system packages Atelier needs when they are missing: GTK 3 for the workbench, and for the
# tests (argument "test") or a machine without a display, Xvfb.
ensure_system_packages() {
    local wanted=()
    dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || wanted+=(libgtk-3-0)
    if [ "${1:-}" = test ] || [ -z "${DISPLAY:-}" ]; then
        command -v xvfb-run >/dev/null 2>&1 || wanted+=(xvfb xauth)
    fi
    command -v unzip >/dev/null 2>&1 || wanted+=(unzip) # the Maven wrapper unpacks Maven with it
    [ ${#wanted[@]} -eq 0 ] && return 0
    echo "Installing system packages: ${wanted[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}"
}

# Runs a command with a display: the user's, or a virtual one.
with_display() {
    if [ -n "${DISPLAY:-}" ]; then
        "$@"
    else
        xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
    fi
}

# Prints the total of the tests Surefire ran and fails when any failed or none ran.
summarize_tests() {
    local log=$1 status=$2
    local run=0 failed=0 errors=0 skipped=0
    while read -r r f e s; do
        run=$((run + r)); failed=$((failed + f)); errors=$((errors + e)); skipped=$((skipped + s))
    done < <(sed -n 's/.*Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\)$/\1 \2 \3 \4/p' "$log")
    echo
    echo "$((run - failed - errors - skipped)) passed, $((failed + errors)) failed, $skipped skipped"
    if [ "$status" -ne 0 ]; then
        echo "The build failed (exit $status); see the log above."
        return "$status"
    fi
    if [ "$run" -eq 0 ]; then
        echo "No test ran."
        return 1
    fi
    [ $((failed + errors)) -eq 0 ]
}

# The materialized product (built by ./mvnw package or verify).
product_dir() {
    echo "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/releng/org.atelier.product/target/products/org.atelier.product/linux/gtk/x86_64/atelier"
}
