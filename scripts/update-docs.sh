#!/usr/bin/env bash
# Regenerates the dialect and pass documentation from ODS and copies it into
# the source tree: docs/Dialects/ (add_mlir_doc ... Dialects/) and
# docs/Passes/ (the -gen-pass-doc pages, which add_mlir_doc writes to the top
# of the build's docs/ folder). Both folders hold generated files only: they
# are emptied first, so a page whose ODS source went away goes away too.
#
# Usage: scripts/update-docs.sh [ninja arguments, e.g. -j1]
#   BUILD   the build directory (default: build, relative to the source root)
set -euo pipefail

src_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$src_root"
build="${BUILD:-build}"

gen="$build/docs"
shopt -s nullglob
# Pages left in the build by an add_mlir_doc that has since been removed or
# renamed would otherwise be copied back; ninja regenerates the missing ones.
rm -f "$gen"/Dialects/*.md "$gen"/*Passes.md
ninja -C "$build" "$@" mlir-doc

dialect_docs=("$gen"/Dialects/*.md)
pass_docs=("$gen"/*Passes.md)
if ((${#dialect_docs[@]} == 0 || ${#pass_docs[@]} == 0)); then
  echo "update-docs.sh: no generated docs under $gen/Dialects and $gen/*Passes.md" >&2
  exit 1
fi

mkdir -p docs/Dialects docs/Passes
rm -f docs/Dialects/*.md docs/Passes/*.md
cp "${dialect_docs[@]}" docs/Dialects/
cp "${pass_docs[@]}" docs/Passes/
echo "update-docs.sh: $(ls docs/Dialects/*.md docs/Passes/*.md | tr '\n' ' ')"
