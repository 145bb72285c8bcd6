#!/usr/bin/env bash
# Installs what the build (and, with --browser, the browser tests) needs, at
# the versions of tools/versions.env. Idempotent: each step checks first and
# does nothing when the right version is already there. Nothing is fetched
# from outside the package registries (crates.io, npm, Debian).
#
# usage: tools/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
source tools/versions.env

say() { printf 'setup: %s\n' "$*" >&2; }
have_version() { # have_version CMD VERSION: CMD --version mentions VERSION
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, built from crates.io (about 12 minutes on 2 cores, once).
if ! have_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock.
#    (--locked fails here on a dependency missing from the registry.)
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { say "no wasm-bindgen in Cargo.lock"; exit 1; }
if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. Node.js (the machine image has it; Debian's otherwise), then npm
#    packages into ./node_modules, all in one command (npm prunes
#    packages that a later --no-save install does not name).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing nodejs and npm from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
npm_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(npm_version binaryen)" != "$BINARYEN_VERSION" ] ||
  [ "$(npm_version playwright-core)" != "$PLAYWRIGHT_CORE_VERSION" ] ||
  [ "$(npm_version minisearch)" != "$MINISEARCH_VERSION" ]; then
  say "installing npm packages binaryen@$BINARYEN_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION minisearch@$MINISEARCH_VERSION"
  npm install --no-save --no-audit --no-fund --loglevel=error \
    "binaryen@$BINARYEN_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" "minisearch@$MINISEARCH_VERSION"
fi

# 5. Debian's Chromium and ChromeDriver, for the browser tests only.
if [ "${1:-}" = "--browser" ]; then
  missing=()
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
say "ready"
