# repatdash: `make run` opens the dashboard on the bundled snapshots,
# `make test` runs every test. Both install what they need first.

SWIFT        ?= swift
# Release binaries carry the Swift runtime and Foundation inside them: they
# run on a server without the Swift toolchain (only libncursesw6, libstdc++
# and libc), and start in about 6 ms instead of 13 (BENCHMARKS.md).
RELEASE_FLAGS = -c release --static-swift-stdlib
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
	$(SWIFT) build $(RELEASE_FLAGS)

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

# Builds release, generates the inputs and prints one table of load, draw,
# bytes, idle and scale figures; writes it into BENCHMARKS.md. Variables
# (see scripts/bench.sh): BUILD=.build RUNS=15 IDLE_SECONDS=60
# SCALE_DASHBOARDS=50 SCALE_SECONDS=60 ...
bench: deps
	@scripts/bench.sh

clean:
	rm -rf .build .build-*

# libFuzzer on the snapshot parser and validator for SECONDS seconds; built
# outside Package.swift into .build-fuzz/ (see scripts/fuzz.sh, FUZZING.md).
SECONDS ?= 60
fuzz:
	@scripts/fuzz.sh $(SECONDS)

# `make install PREFIX=/usr/local`, with DESTDIR for packagers: the release
# binary, the bundled snapshots, the JSON Schema and the example config file,
# the man page repatdash(1) and bash, zsh and fish completions (printed by the
# binary itself).
# `make uninstall` with the same PREFIX and DESTDIR removes them again.
# The binary finds its data as ../share/repatdash beside its own directory
# (Sources/repatdash/BundledResources.swift), so BINDIR and DATADIR follow
# PREFIX and are not set on their own.
# Without BIN, install builds the release binary first (swift must be on PATH);
# BIN=path installs an already built binary instead, e.g. as root (whose PATH
# has no swift) after a build as yourself:
#   swift build -c release --static-swift-stdlib --product repatdash && sudo make install BIN=.build/release/repatdash
# (the install test passes the binary it tests, so it builds nothing).
PREFIX              ?= /usr/local
DESTDIR             ?=
BIN                 ?=
BINDIR               = $(PREFIX)/bin
DATADIR              = $(PREFIX)/share/repatdash
MANDIR              ?= $(PREFIX)/share/man
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR  ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
INSTALL             ?= install
INSTALL_BIN          = $(or $(BIN),$(RELEASE_BIN))
BUNDLED_SNAPSHOTS    = $(notdir $(wildcard Resources/snapshots/*.json))
SCHEMA_FILES         = $(notdir $(wildcard Resources/schema/*.json))
CONFIG_EXAMPLE       = $(wildcard Resources/config.example.toml)

.PHONY: install uninstall install-release-build

# The snapshots directory is emptied of *.json first: the dashboard reads every
# snapshot in it, so one left by an earlier version would show as part of the sample.
install: $(if $(BIN),,install-release-build)
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)/snapshots" "$(DESTDIR)$(DATADIR)/schema" \
		"$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(BASH_COMPLETION_DIR)" "$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)"
	$(INSTALL) -m 755 "$(INSTALL_BIN)" "$(DESTDIR)$(BINDIR)/repatdash"
	rm -f "$(DESTDIR)$(DATADIR)/snapshots/"*.json
	$(INSTALL) -m 644 $(addprefix Resources/snapshots/,$(BUNDLED_SNAPSHOTS)) "$(DESTDIR)$(DATADIR)/snapshots/"
	$(INSTALL) -m 644 $(addprefix Resources/schema/,$(SCHEMA_FILES)) "$(DESTDIR)$(DATADIR)/schema/"
	$(if $(CONFIG_EXAMPLE),$(INSTALL) -m 644 $(CONFIG_EXAMPLE) "$(DESTDIR)$(DATADIR)/")
	$(INSTALL) -m 644 docs/repatdash.1 "$(DESTDIR)$(MANDIR)/man1/repatdash.1"
	"$(INSTALL_BIN)" --generate-completion-script bash > "$(DESTDIR)$(BASH_COMPLETION_DIR)/repatdash"
	"$(INSTALL_BIN)" --generate-completion-script zsh > "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_repatdash"
	"$(INSTALL_BIN)" --generate-completion-script fish > "$(DESTDIR)$(FISH_COMPLETION_DIR)/repatdash.fish"
	chmod 644 "$(DESTDIR)$(BASH_COMPLETION_DIR)/repatdash" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_repatdash" \
		"$(DESTDIR)$(FISH_COMPLETION_DIR)/repatdash.fish"

install-release-build:
	$(SWIFT) build $(RELEASE_FLAGS) --product repatdash

# Only the files install wrote, then repatdash's own directories if empty;
# shared directories (bin, man1, completions) stay.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/repatdash" "$(DESTDIR)$(MANDIR)/man1/repatdash.1" \
		"$(DESTDIR)$(BASH_COMPLETION_DIR)/repatdash" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_repatdash" \
		"$(DESTDIR)$(FISH_COMPLETION_DIR)/repatdash.fish"
	rm -f $(foreach file,$(BUNDLED_SNAPSHOTS),"$(DESTDIR)$(DATADIR)/snapshots/$(file)") \
		$(foreach file,$(SCHEMA_FILES),"$(DESTDIR)$(DATADIR)/schema/$(file)") \
		$(foreach file,$(notdir $(CONFIG_EXAMPLE)),"$(DESTDIR)$(DATADIR)/$(file)")
	rmdir "$(DESTDIR)$(DATADIR)/snapshots" "$(DESTDIR)$(DATADIR)/schema" "$(DESTDIR)$(DATADIR)" 2>/dev/null || true
