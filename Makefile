# repatdash: `make run` opens the dashboard on the bundled snapshots,
# `make test` runs every test. Both install what they need first.

SWIFT        ?= swift
RELEASE_BIN   = .build/release/repatdash
DEBUG_BIN     = .build/debug/repatdash
SNAPSHOTS    ?= Resources/snapshots

.PHONY: run test deps build release validate sample bench demo soak fuzz clean

# System packages the build and the tests need (Debian names).
deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$(RELEASE_BIN) $(SNAPSHOTS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The bundled snapshots replayed into a temporary directory, one every 3 s
# with fresh times, and the dashboard on it: figures move on their own.
DEMO_EVERY ?= 3
demo: release
	@dir=$$(mktemp -d); \
	$(RELEASE_BIN) replay --from $(SNAPSHOTS) --into "$$dir" --every $(DEMO_EVERY) --loop >/dev/null 2>&1 & replay=$$!; \
	trap 'kill $$replay 2>/dev/null; rm -rf "$$dir"' EXIT INT TERM; \
	sleep 1; $(RELEASE_BIN) "$$dir"

# The dashboard against a live replay for MINUTES minutes: memory, CPU, snapshots.
soak: deps
	MINUTES=$(or $(MINUTES),30) scripts/soak.sh

validate: build
	$(DEBUG_BIN) validate $(SNAPSHOTS)

# Remakes the bundled illustrative snapshots from their generator.
sample: build
	rm -f $(SNAPSHOTS)/*.json
	$(DEBUG_BIN) generate --sample --out $(SNAPSHOTS)

bench: deps
	@scripts/bench.sh

clean:
	rm -rf .build .build-*

# libFuzzer on the snapshot parser and validator for SECONDS seconds; built
# outside Package.swift into .build-fuzz/ (see scripts/fuzz.sh, FUZZING.md).
SECONDS ?= 60
fuzz:
	@scripts/fuzz.sh $(SECONDS)
