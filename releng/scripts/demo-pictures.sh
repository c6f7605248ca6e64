#!/usr/bin/env bash
# Takes the README's picture of what the demo's methods teach (docs/screenshots/demo-methods.png): for each training
# run of a demo project, each sample prompt drawn before the first step and after the last, side by side; for a run
# that titles its samples (a null-text inversion: the image, reconstructions, edits), its samples in a row.
# Usage: releng/scripts/demo-pictures.sh [PROJECT]   (PROJECT: a demo project already run; default: a new one, run
# headless here with ./atelier demo, a few minutes on two cores). Needs Atelier built and ImageMagick.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project=${1:-}
if [ -z "$project" ]; then
    project=$(mktemp -d)/demo
    "$root/atelier" demo "$project" > /dev/null
fi
work=$(mktemp -d)
rows=()
for run in $(ls -d "$project"/runs/*/ | sort); do
    [ -d "$run/samples" ] || continue
    method=$(basename "$run" | sed 's/^[0-9]*-[0-9]*-//')
    if [ -f "$run/samples/titles.properties" ]; then
        # a run whose samples are not prompts at steps (a null-text inversion): one row, each sample under its title
        args=()
        for file in $(ls "$run"/samples/step-*.png | sort); do
            title=$(sed -n "s/^$(basename "$file")=//p" "$run/samples/titles.properties" | sed 's/\\\(.\)/\1/g; s/ (error .*)//; s/^edit: //; s/ (CLIP similarity \(.*\))/\n(CLIP \1)/')
            args+=(-label "$title" "$file")
        done
        row="$work/$(basename "$run").png"
        montage -font DejaVu-Sans -pointsize 9 "${args[@]}" -tile "$(( ${#args[@]} / 3 ))x1" -geometry 96x96+24+2 \
            -filter point "$row"
        convert "$row" -gravity west -background white -splice 230x0 -font DejaVu-Sans -pointsize 13 \
            -annotate +8+0 "$method" "$row"
        rows+=("$row")
        continue
    fi
    for prompt in $(ls "$run/samples" | sed -n 's/^step-[0-9]*-\([0-9]*\)\.png$/\1/p' | sort -u); do
        first=$(ls "$run"/samples/step-*-"$prompt".png | head -1)
        last=$(ls "$run"/samples/step-*-"$prompt".png | tail -1)
        steps=$(basename "$last" | sed 's/^step-0*\([0-9]\+\)-.*/\1/')
        words=$(identify -format '%[parameters]' "$first" | head -1)
        row="$work/$(basename "$run")-$prompt.png"
        montage -font DejaVu-Sans -pointsize 11 -label "before" "$first" -label "after $steps steps" "$last" \
            -tile 2x1 -geometry 96x96+4+2 -filter point "$row"
        convert "$row" -gravity west -background white -splice 230x0 -font DejaVu-Sans -pointsize 13 \
            -annotate +8+0 "$method: $words" "$row"
        rows+=("$row")
    done
done
mkdir -p "$root/docs/screenshots"
convert "${rows[@]}" -append +repage "$root/docs/screenshots/demo-methods.png"
rm -rf "$work"
echo "Wrote $root/docs/screenshots/demo-methods.png (${#rows[@]} prompts)"
