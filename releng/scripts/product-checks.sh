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
check "atelier methods lists model merge" 0 "org.atelier.methods.merge" "$product/atelier" methods
check "unknown command is bad usage" 2 "unknown command 'frobnicate'" "$product/atelier" frobnicate
check "runs of a missing folder" 2 "no such file or folder" "$product/atelier" runs "$work/nowhere"
check "the compute engine works" 0 "check:                 a matrix product and a gradient computed right" "$product/atelier" doctor
check "headless demo (every installed method's experiment)" 0 "files checked, 0 errors" "$product/atelier" demo
check "the demo trained a LoRA" 0 "demo-lora.safetensors" ls -R "$work/workspace/demo/runs"
check "the demo trained a hypernetwork" 0 "demo-red.pt" ls -R "$work/workspace/demo/runs"
check "the demo trained Custom Diffusion" 0 "pytorch_custom_diffusion_weights.safetensors" ls -R "$work/workspace/demo/runs"
check "the demo trained Dream Artist" 0 "da-neg.pt" ls -R "$work/workspace/demo/runs"
check "the demo inverted an image (null-text)" 0 "null-text-inversion.safetensors" ls -R "$work/workspace/demo/runs"
check "the demo made an aesthetic embedding" 0 "aesthetic-gradients.pt" ls -R "$work/workspace/demo/runs"
check "resume of a folder without a run" 2 "has no run.xmi" "$product/atelier" resume "$work"
check "the demo merge joined the base models" 0 "demo-merge" "$product/atelier" show "$work/workspace/demo"
check "a quick merge of the demo models" 0 "tensors merged" "$product/atelier" merge "$work/workspace/demo/models/demo-a.safetensors" \
    "$work/workspace/demo/models/demo-b.safetensors" --method add-difference "$work/workspace/demo/models/demo-a.safetensors" \
    --blocks GRAD_A -o "$work/quick.ckpt"
check "the merge is a checkpoint" 0 "SD 1.x Stable Diffusion checkpoint" "$product/atelier" inspect "$work/quick.ckpt" --no-hash
# a tokenizer of a few words (CLIP's own is not part of the project): ids within the demo models' 1000 tokens
mkdir -p "$work/tokenizer"
printf '{"c":0,"a":1,"t":2,"a</w>":3,"t</w>":4,"ca":5,"cat</w>":6,"<|startoftext|>":7,"<|endoftext|>":8}' > "$work/tokenizer/vocab.json"
printf '#version: 0.2\nc a\nca t</w>\n' > "$work/tokenizer/merges.txt"
check "generate an image from the demo model" 0 "Wrote $work/cat.png (64x64, seed 7)" "$product/atelier" generate \
    --model "$work/workspace/demo/models/demo-a.safetensors" --prompt "a (cat:1.2)" --steps 2 --size 64x64 --seed 7 \
    --tokenizer "$work/tokenizer" -o "$work/cat.png"
check "new empty project" 0 "Created training project" "$product/atelier" new "$work/empty" --name Empty
check "validate the new project" 0 "0 errors" "$product/atelier" validate "$work/empty"

# Model files through the product: a tiny checkpoint made by the tests' fixture is not at hand here, so the
# probe project's dummy file is inspected (refused cleanly) and the converter is asked for bad input.
check "inspect refuses a non-model cleanly" 2 "not a safetensors file" "$product/atelier" inspect "$product/configuration/config.ini"
check "convert asks for a known dtype" 2 "--dtype takes fp16, bf16 or fp32" "$product/atelier" convert "$work/a.safetensors" "$work/b.safetensors" --dtype int4
check "a short fuzzing run" 0 "0 failures" "$product/atelier" fuzz --seconds 5 --seed 1

# A run through the product's own launcher and configuration: a copy of the product with the probe method
# (the tests' method bundle) added, running a probe experiment on a copy of the demo project.
testing_jar=$(ls "$(dirname "$0")"/../../bundles/org.atelier.core.testing/target/org.atelier.core.testing-*.jar 2>/dev/null | head -n 1)
if [ -n "$testing_jar" ]; then
    cp -r "$product" "$work/product"
    # Only config.ini and the bundle list: the framework's cached state would hide the added bundle.
    find "$work/product/configuration" -mindepth 1 -maxdepth 1 ! -name config.ini \
        ! -name org.eclipse.equinox.simpleconfigurator -exec rm -rf {} +
    version=$(unzip -p "$testing_jar" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *\([^[:space:]]*\).*/\1/p')
    cp "$testing_jar" "$work/product/plugins/org.atelier.core.testing_$version.jar"
    echo "org.atelier.core.testing,$version,plugins/org.atelier.core.testing_$version.jar,4,false" \
        >> "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    "$work/product/atelier" new "$work/probe" --demo >/dev/null
    mkdir -p "$work/probe/models"
    printf '\010\000\000\000\000\000\000\000{}      ' > "$work/probe/models/tiny.safetensors"
    sed -i 's#<datasets id="shapes"#<baseModels id="tiny" name="Tiny" path="models/tiny.safetensors"/>\n  <datasets id="shapes"#' \
        "$work/probe/project.atelier"
    cat > "$work/probe/experiments/probe.experiment" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<atelier:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:atelier="http://atelier.org/core/1.0" xmlns:probe="http://atelier.org/test/probe/1.0"
    name="probe" method="org.atelier.test.probe" baseModel="../project.atelier#tiny" datasets="../project.atelier#shapes">
  <config xsi:type="probe:ProbeConfig" steps="3"/>
</atelier:Experiment>
XMI
    check "methods of a product with the probe" 0 "org.atelier.test.probe" "$work/product/atelier" methods
    check "a run in the product's own process" 0 "succeeded in" "$work/product/atelier" run "$work/probe/experiments/probe.experiment"
    check "the run is listed" 0 "succeeded" "$work/product/atelier" runs "$work/probe"
    sed -i 's#steps="3"#steps="0"#' "$work/probe/experiments/probe.experiment"
    check "an invalid run is refused" 2 "config › steps: must be between 1 and 1000 (is 0)" \
        "$work/product/atelier" run "$work/probe/experiments/probe.experiment"
else
    failed=$((failed + 1))
    echo "product check FAILED: the probe method bundle is not built (bundles/org.atelier.core.testing/target)"
fi

echo "Tests run: $((passed + failed)), Failures: $failed, Errors: 0, Skipped: 0"
[ "$failed" -eq 0 ]
