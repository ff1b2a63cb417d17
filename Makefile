# SafeDrill: `make run` opens the trainer on the bundled scenarios; `make test` runs every test.
SWIFT ?= swift
BIN := .build/debug/safedrill
SYSTEM_PACKAGES := libreadline-dev libsqlite3-dev zlib1g-dev
# What the end-to-end tests drive: tmux (the terminal tests), sqlite3 (tampering with a store),
# graphviz (rendering `graph` output), chromium (opening the HTML reports), python3-venv (Ralph),
# postgresql (the tests start throwaway clusters of their own; no server is left running).
TEST_PACKAGES := tmux sqlite3 graphviz chromium python3-venv postgresql

.PHONY: run test build deps test-deps bench fuzz fuzz-smoke clean lrs-venv schema-venv

# Installs the Debian packages in $(1) that are missing, as root or through sudo.
install-missing = @missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; fi; \
	fi

# The C libraries SafeDrill links (GNU readline, SQLite, zlib for the stored results and the credential status lists).
deps:
	$(call install-missing,$(SYSTEM_PACKAGES))

test-deps:
	$(call install-missing,$(TEST_PACKAGES))

# Ralph, a real learning record store from PyPI, for the sync tests; installed once into .build.
LRS_VENV := .build/lrs-venv
lrs-venv: $(LRS_VENV)/bin/ralph
$(LRS_VENV)/bin/ralph: | test-deps
	python3 -m venv $(LRS_VENV)
	$(LRS_VENV)/bin/pip install -q 'ralph-malph[lrs,cli]==5.1.0' requests

# python-jsonschema (with its format checkers), for checking issued credentials against the Open
# Badges 3.0 JSON Schema shipped with the tests; installed once into .build.
SCHEMA_VENV := .build/schema-venv
schema-venv: $(SCHEMA_VENV)/bin/jsonschema-ready
$(SCHEMA_VENV)/bin/jsonschema-ready: | test-deps
	python3 -m venv $(SCHEMA_VENV)
	$(SCHEMA_VENV)/bin/pip install -q 'jsonschema[format-nongpl]==4.26.0'
	touch $@

build: deps
	$(SWIFT) build

run: build
	@$(BIN)

# Every test, then the bounded fuzz pass (Fuzz/: 2,000 inputs or 60 s a loader).
test: deps test-deps lrs-venv schema-venv
	$(SWIFT) build
	$(SWIFT) test
	bash Fuzz/run --smoke

bench: deps
	bash Benchmarks/run

# libFuzzer targets, one per loader (Fuzz/): each for 1,000,000 inputs, or a short bounded pass for CI.
fuzz: deps
	bash Fuzz/run

fuzz-smoke: deps
	bash Fuzz/run --smoke

clean:
	rm -rf .build
