#!/usr/bin/env bash
# Publishes the platform for a server: the host ahead-of-time compiled (ReadyToRun; it starts in about half the time
# of a plain build), with its modules and kraj plugins, into one folder (default artifacts/kpss). Run it there with
#   cd artifacts/kpss && ASPNETCORE_ENVIRONMENT=Production ./Kpss.Host   (settings: README, "Configuration").
# Needs the .NET SDK only; the output needs the ASP.NET Core runtime of the same major version (framework-dependent).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=$(realpath -m "${1:-artifacts/kpss}")
rid=${KPSS_RID:-linux-x64}

# The solution's Release build puts each module and plugin where the host loads them from (bin/Release/net10.0/).
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo
rm -rf "$out"
dotnet publish host/Kpss.Host -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" -v quiet -nologo
built=host/Kpss.Host/bin/Release/net10.0
cp -r "$built/modules" "$built/plugins" "$out/"
echo "Published to $out ($(du -sh "$out" | cut -f1)); modules: $(ls "$out/modules" | tr '\n' ' ')plugins: $(ls "$out/plugins" | tr '\n' ' ')"
