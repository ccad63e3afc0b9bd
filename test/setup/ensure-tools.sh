#!/usr/bin/env bash
# `pnpm setup:tools`: the programs some tests drive, from Debian's packages (playwright-core never downloads a
# browser here: no network but the package registries):
#   chromium + fonts-wqy-microhei   the HTML report opened in a browser (test/cli/html.test.ts)
#   neovim, vim, emacs-nox (+ elpa-eglot)  the editor snippets of docs/cli.md (test/cli/editors.test.ts)
# Installs only what is missing. `pnpm test` itself installs nothing: without a tool its test is skipped with a
# message naming this command, except in CI (CI=true), where a missing tool is a failure.
set -euo pipefail

CHROMIUM="${GOVLINT_CHROMIUM:-/usr/bin/chromium}"
want=()
[ -x "$CHROMIUM" ] || want+=(chromium fonts-wqy-microhei)
command -v nvim >/dev/null 2>&1 || want+=(neovim)
command -v vim >/dev/null 2>&1 || want+=(vim)
command -v emacs >/dev/null 2>&1 || want+=(emacs-nox)
# Eglot is built into Emacs 29; Debian 12's Emacs 28 has it as a package.
{ command -v emacs >/dev/null 2>&1 && emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; } || want+=(elpa-eglot)

if [ ${#want[@]} -eq 0 ]; then
  echo "tools: chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'), $(nvim --version | head -n 1), $(vim --version | head -n 1 | cut -d'(' -f1), $(emacs --version | head -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing ${want[*]} and no apt-get: the tests that need them will be skipped" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# A failed install is reported, not fatal here: the tests themselves fail in CI without their tool and skip elsewhere.
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null; }; then
  echo "could not install ${want[*]}: the tests that need them cannot run" >&2
  exit 0
fi
echo "installed: ${want[*]}"
