# upload-doctor: build, test and serve. Every target installs what it needs and can be rerun.
#   make tools   rustup target + components, wasm-bindgen CLI (= Cargo.lock's version), npm dev tools
#   make wasm    wasm32 build -> wasm-bindgen (web: www/dist/pkg, nodejs: target/pkg-node) -> wasm-opt -Oz, sizes
#   make test    tools, fmt, clippy (native + wasm32), cargo test, wasm, node --test tests/wasm/,
#                npm package + its tests, tsc, browser tests (Chromium) ; summary
#   make site    the page and the devtools snippet in www/dist (after wasm)
#   make npm     the npm package (www/npm/dist) and its tarball in target/npm/ (after wasm)
#   make fuzz    long fuzzing runs (FUZZ_SECONDS per target, default 600)
#   make bench   benchmarks against the JavaScript baselines -> bench/RESULTS.md
#   make serve   the page on http://127.0.0.1:8080/ (www/dist)
#   make clean   removes target/, www/dist/ and www/node_modules/

SHELL := /bin/sh
PORT ?= 8080
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)

.PHONY: all tools wasm test serve site npm clean fuzz bench test-live

all: test

tools:
	@sh .ci/tools.sh

wasm: tools
	@sh .ci/wasm.sh

test:
	@MAKE="$(MAKE)" sh .ci/test.sh

# Real failing uploads against LocalStack S3, s3s-fs, Azurite and fake-gcs-server on 127.0.0.1,
# each answer diagnosed by the CLI (tests/live/run.sh; also the last step of `make test`; LIVE_SKIP=1 skips).
test-live:
	sh tests/live/run.sh

# The static page (www/*.{html,js,css}, examples from tests/fixtures, the core as a classic script,
# the wasm inlined for file://) and the devtools snippet, next to the web package `make wasm` wrote.
site: tools wasm
	node www/scripts/build-site.mjs

# The npm package: site + www/npm/dist + `npm pack` into target/npm/.
npm: tools wasm
	@sh .ci/npm.sh

serve: site
	@echo "serving www/dist on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www/dist

# Long fuzzing runs (10 minutes per target by default; FUZZ_SECONDS=N to change).
fuzz:
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-600} sh .ci/fuzz.sh

# Benchmarks against the JavaScript baselines; writes bench/RESULTS.md. Not part of `make test`.
bench: wasm
	@BENCH_WASM_BUILT=1 MAKE="$(MAKE)" sh bench/run.sh

clean:
	rm -rf target www/dist www/node_modules www/npm/dist www/examples/react-upload/node_modules \
		tests/browser/webpack/node_modules tests/browser/nextjs/node_modules tests/browser/nextjs/.next \
		tests/live/node_modules bench/node_modules
