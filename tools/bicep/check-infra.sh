#!/usr/bin/env bash
# Builds and lints infra/main.bicep (and the module it uses). Any diagnostic, warning or error, fails:
# bicep exits 0 on warnings, so its output is what is judged.
set -euo pipefail
cd "$(dirname "$0")/../.."
bicep=tools/bicep/bicep
echo "$("$bicep" --version)"
diagnostics="$("$bicep" build infra/main.bicep --stdout 2>&1 >/dev/null || true)"
diagnostics+="$("$bicep" lint infra/main.bicep 2>&1 || true)"
if [ -n "$diagnostics" ]; then
  echo "$diagnostics" >&2
  echo "infra/main.bicep: bicep build or lint reported the diagnostics above" >&2
  exit 1
fi
echo "infra/main.bicep: bicep build and lint report no error and no warning"
