# The two quick-start commands: `make demo` and `make test`. Each sets up what it needs first.
PYTHON_VERSION := $(shell cat .python-version)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test setup browser lint bench clean

demo: setup
	$(VENV)/bin/clinic-checker demo

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check checker tests bench

setup: browser $(STAMP)

browser:
	@./scripts/ensure-browser.sh

$(STAMP): pyproject.toml
	@./scripts/ensure-venv.sh "$(PYTHON_VERSION)" "$(VENV)"
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) reports/demo .pytest_cache
