#!/usr/bin/env bash
# CI step: `npm run new:context` must make a context that lints, builds and passes its own tests
# on both databases. It runs in a throwaway copy of the working tree; the tree itself is untouched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
# The files git knows about (tracked, or new and not ignored) that exist, without node_modules.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  xargs -0 cp --parents -t "$copy"
ln -s "$PWD/node_modules" "$copy/node_modules"
cd "$copy"

npm run new:context -- loyalty-rewards --entity reward
npm run openapi
npm run lint
npm run typecheck
npx vitest run libs/loyalty-rewards test/loyalty-rewards \
  test/platform/migrations.e2e-spec.ts test/platform/openapi.e2e-spec.ts sdk/test
echo "new:context check passed: the generated context builds and passes its tests"
