#!/usr/bin/env bash
# Builds the real articles three ways (all 30, the 20 tuned on, the 10 held out) and scores each with
# ../shared/eval/score.py. usage: tools/score_real.sh [METRIC-REGEX]   (default: the headline metrics)
set -euo pipefail
cd "$(dirname "$0")/.."
pattern=${1:-'^(entity\.all\.f1|entity\.(organisation|event|person)\.f1|relation\.core\.(p|r|f1)|relation\.(met_with|co_chaired|designated)\.r|relation\.secondary\.r|duplicates|leaks|doc_coverage) '}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cli="dotnet run --no-build -c Release --project src/GraphBuilder.Cli --"
dotnet build -c Release src/GraphBuilder.Cli -v q -nologo >/dev/null
for part in all tune held-out; do
  if [ "$part" = all ]; then
    inputs=(../shared/eval/real/articles); gold=../shared/eval/real/gold.json
  else
    mapfile -t inputs < <(python3 tools/real_split.py "$part"); gold="$tmp/$part.gold.json"
    python3 tools/real_split.py gold "$part" "$gold"
  fi
  $cli build "${inputs[@]}" --out "$tmp/$part" -f json >/dev/null 2>&1 || true
  echo "== $part"
  python3 ../shared/eval/score.py "$tmp/$part/graph.json" "$gold" | grep -E "$pattern" || true
done
