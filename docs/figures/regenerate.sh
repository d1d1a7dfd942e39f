#!/usr/bin/env bash
# Redraws the figures of docs/results.md from the committed result folders (docs/results/*).
# usage: docs/figures/regenerate.sh   (from the repository root; PHASESCOPE overrides the launcher)
set -euo pipefail
cli=${PHASESCOPE:-./phasescope}
results=docs/results
out=docs/figures

sweep_figures() { # NAME UNITS KIND...
    local name=$1 units=$2
    shift 2
    for kind in "$@"; do
        "$cli" figure --kind "$kind" --units "$units" "$results/$name" --out "$out/$name-$kind.png"
    done
}

sweep_figures paper-seed1 lambda phase heatmap norm
# ten small multiples need more height than one chart
per_class() { # NAME UNITS
    "$cli" figure --kind per-class --units "$2" --height-cm 14 "$results/$1" --out "$out/$1-per-class.png"
}
per_class paper-seed1 lambda
"$cli" figure --kind spectrum --x lambda "$results/paper-seed1" --out "$out/paper-seed1-spectrum-lambda.png"
"$cli" figure --kind spectrum --x norm --width-cm 17 --height-cm 12 "$results/paper-seed1" \
    --out "$out/paper-seed1-spectrum-norm.png"
for name in relu-seed1 fashion-seed1; do
    if [ -d "$results/$name" ]; then
        sweep_figures "$name" beta phase heatmap norm
        per_class "$name" beta
    fi
done
for name in patterns-paper-seed1; do
    if [ -d "$results/$name" ]; then
        sweep_figures "$name" beta phase
        per_class "$name" beta
    fi
done
sweep_figures paper-lr0.015 beta phase heatmap
if [ -d "$results/paper-seed2" ] && [ -d "$results/paper-seed3" ]; then
    "$cli" figure --kind phase "$results/paper-seed1" "$results/paper-seed2" "$results/paper-seed3" \
        --out "$out/paper-seeds-phase.png"
fi
"$cli" figure --kind path "$results/connect-1-2" "$results/linear-1-2" --out "$out/connect-1-2-path.png"
"$cli" figure --kind path "$results/connect-1-3" "$results/linear-1-3" --out "$out/connect-1-3-path.png"
"$cli" figure --kind path "$results/connect-1-4" "$results/linear-1-4" --out "$out/connect-1-4-path.png"
