#!/usr/bin/env bash
# Regenerates the SQLite provider's compiled Entity Framework model (src/KyCuong.Web/Platform/Persistence/CompiledModel).
# Run it after any change to an entity class or to the model's configuration (AppDbContext.*.cs); the unit test
# CompiledModelTests fails until the generated model matches the code again.
#
# Why a compiled model: the demo's cold start spent about 1.5 s of CPU building the model and compiling, as expression
# trees, the property accessors, snapshots and materialisers of 98 entity types (docs/performance.md, "Cold start … compiled
# model"). The `--nativeaot` variant generates those as C#, so the build precompiles them like the rest of the host.
# PostgreSQL keeps building its model at run time: its start is not the demo's, and one generated model serves one provider.
#
# The design-time package (and the compiler version it needs) is added only to a throwaway copy of the repository, so the
# product carries no design-time dependency. Needs the .NET SDK and the package feed (dotnet-ef and
# Microsoft.EntityFrameworkCore.Design, the version of Microsoft.EntityFrameworkCore in Directory.Packages.props).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
ef_version=$(grep -oP '"Microsoft.EntityFrameworkCore" Version="\K[^"]+' Directory.Packages.props)
work=$(mktemp -d "${TMPDIR:-/tmp}/kycuong-compiled-model.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=src/KyCuong.Web/Platform/Persistence/CompiledModel
namespace=KyCuong.Web.Platform.Persistence.CompiledModel

echo "copying the working tree to $work" >&2
git ls-files -co --exclude-standard -z | grep -zv "^$out/" | tar --null -T - -cf - | tar -xf - -C "$work"

echo "dotnet-ef $ef_version" >&2
dotnet tool install dotnet-ef --version "$ef_version" --tool-path "$work/.tools" >/dev/null

cd "$work"
# Only in the copy: the design-time package, and the Roslyn version it requires over the repository's pin.
sed -i "s#<PackageVersion Include=\"Microsoft.EntityFrameworkCore\" Version=\"$ef_version\" />#&\n    <PackageVersion Include=\"Microsoft.EntityFrameworkCore.Design\" Version=\"$ef_version\" />#" Directory.Packages.props
sed -i 's#"Microsoft.CodeAnalysis.CSharp" Version="[^"]*"#"Microsoft.CodeAnalysis.CSharp" Version="5.0.0"#' Directory.Packages.props
sed -i 's#<PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />#&\n    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" PrivateAssets="all" />#' src/KyCuong.Web/KyCuong.Web.csproj
# The copy must build without the model it is about to generate: the provider's setup names it.
sed -i '/options.UseModel(CompiledModel.AppDbContextModel.Instance);/d' src/KyCuong.Web/Platform/Persistence/DatabaseSetup.cs
dotnet build src/KyCuong.Web -p:ReadyToRunOnBuild=false -p:SkipNpm=true -v q -nologo >&2

(cd src/KyCuong.Web && ConnectionStrings__Default="Data Source=$work/design.db" Demo__Seed=false \
  "$work/.tools/dotnet-ef" dbcontext optimize --no-build -c AppDbContext -o Platform/Persistence/CompiledModel -n "$namespace" --nativeaot >&2)

cd "$work/$out"
# EF finds a generated model by this assembly attribute and would then use it for every provider, PostgreSQL included:
# drop it, the SQLite setup names the model itself (DatabaseSetup.Configure).
rm -f AppDbContextAssemblyAttributes.cs
# The generator writes public classes; the entity types they name are internal to the host (only module contracts are public).
sed -i 's/^    public partial class/    internal partial class/; s/^    public static class/    internal static class/' ./*.cs
# `KyCuong.Web.Platform.System` shadows the System namespace inside KyCuong.Web.Platform.*.
sed -i 's/\([^:.A-Za-z]\)System\.\(AppContext\|Threading\)/\1global::System.\2/g' ./*.cs
# An entity property named Source becomes a local `source`, which collides with the generated lambdas' parameter `source`:
# rename the local wherever it is not that parameter (the parameter is only ever used as source.GetCurrentValue / source.Entity).
for f in $(grep -l 'var source = runtimeEntityType.AddProperty' ./*.cs || true); do
  perl -pi -e 's/\bsource\b/sourceProperty/g; s/(IInternalEntry|object>) sourceProperty\) =>/$1 source) =>/g; s/\bsourceProperty\.(GetCurrentValue|Entity)\b/source.$1/g' "$f"
done

rm -rf "${repo:?}/$out"
mkdir -p "$repo/$out"
cp ./*.cs "$repo/$out/"
echo "generated $(ls ./*.cs | wc -l) files into $out" >&2
