#!/usr/bin/env bash
# Regenerates Harness.sln from every project file in the tree: the fix for a solution file mangled by merges.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
tmp=$(mktemp -d)
(cd "$tmp" && dotnet new sln -n Harness --format sln >/dev/null)
mv "$tmp/Harness.sln" Harness.sln
rmdir "$tmp"
find harness vmm snapshots tests -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort | xargs dotnet sln Harness.sln add >/dev/null
dotnet sln Harness.sln list
