# Entry points of release-explorer. `make serve` builds and serves the app;
# `make test` runs every test. Both install what they need (tools/setup.sh,
# versions in tools/versions.env).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

include tools/versions.env
# Trunk checks wasm-opt's version (offline, it fails rather than download).
export TRUNK_TOOLS_WASM_OPT := version_$(firstword $(subst ., ,$(BINARYEN_VERSION)))

PORT ?= 8080
# Another corpus: make serve RELEASES_FILE=/path/to/corpus.txt
export RELEASES_FILE

E2E := target/e2e

.PHONY: help setup setup-browser build serve single-file test test-native test-browser e2e-builds lint size bench bench-extract ci clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Install the build tools (idempotent)
	@tools/setup.sh

setup-browser: ## Install the build tools and Debian's chromium + chromium-driver
	@tools/setup.sh --browser

build: setup ## Build the release bundle into dist/
	trunk build --release

serve: build ## Build, then serve dist/ on http://127.0.0.1:$(PORT)/
	node tools/serve.mjs dist $(PORT)

single-file: build ## One self-contained HTML file that opens from file://: dist-single/release-explorer.html
	node tools/single-file.mjs dist dist-single/release-explorer.html

test: test-native test-browser ## Run every test: native, then end-to-end in Chromium

test-native: ## Unit and fixture tests of the whole workspace
	cargo test --workspace

# The bundles the browser tests use besides dist/: another corpus (also the
# "new deploy" of the update test), a hostile corpus, and the single file.
# Built before dist/ so that dist/ is the last, default build.
e2e-builds: setup
	RELEASES_FILE=tests/fixtures/custom-corpus.txt trunk build --release --dist $(E2E)/dist-custom
	node tests/support/hostile-corpus.mjs $(E2E)/hostile-corpus.txt
	RELEASES_FILE=$(E2E)/hostile-corpus.txt trunk build --release --dist $(E2E)/dist-hostile

test-browser: setup-browser e2e-builds build ## Browser end-to-end tests against dist/ (and the variant builds)
	node tools/single-file.mjs dist $(E2E)/single/release-explorer.html
	node --test --test-concurrency=1 tests/

lint: setup ## rustfmt and clippy (native and wasm32), warnings are errors
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

size: build ## Print the bundle's sizes, raw and gzip
	@tools/size.sh dist

bench: setup-browser ## Browser benchmark at 5,000 synthetic releases, against MiniSearch (BENCH_RELEASES=N to change)
	node tools/bench.mjs

bench-extract: ## Fact extraction throughput on ~10 MB of text
	cargo bench -p explorer-core --bench extract

ci: test lint size ## What .ci/run runs

clean:
	rm -rf dist dist-single $(E2E)
