#!/usr/bin/env bash
# Builds and lints infra/main.bicep (and the module it uses) and infra/inbox-subscription.bicep (deployed by the
# postdeploy hook). Any diagnostic, warning or error, fails: bicep exits 0 on warnings, so its output is what is judged.
set -euo pipefail
cd "$(dirname "$0")/../.."
bicep=tools/bicep/bicep
echo "$("$bicep" --version)"
diagnostics=""
for template in infra/main.bicep infra/inbox-subscription.bicep; do
  diagnostics+="$("$bicep" build "$template" --stdout 2>&1 >/dev/null || true)"
  diagnostics+="$("$bicep" lint "$template" 2>&1 || true)"
done
if [ -n "$diagnostics" ]; then
  echo "$diagnostics" >&2
  echo "infra/: bicep build or lint reported the diagnostics above" >&2
  exit 1
fi
echo "infra/main.bicep, infra/inbox-subscription.bicep: bicep build and lint report no error and no warning"
