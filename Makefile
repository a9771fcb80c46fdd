# Two commands for a new user: `make demo` and `make test`. Needs only Python 3.11+ and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean compile pure
# the matcher's hot modules compiled to C (scripts/compile_matcher.py), again whenever the tracker changes
COMPILED_SOURCES := $(wildcard tracker/*.py)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,compile]'
	touch $@

$(VENV)/.compiled: $(VENV)/.installed scripts/compile_matcher.py $(COMPILED_SOURCES)
	$(BIN)/python scripts/compile_matcher.py
	touch $@

compile: $(VENV)/.compiled

pure: | $(BIN)/python
	$(BIN)/python scripts/compile_matcher.py --remove
	rm -f $(VENV)/.compiled

demo: $(VENV)/.compiled
	$(BIN)/ssbtrack demo

test: $(VENV)/.compiled
	bash tests/setup-browser.sh
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(VENV)/.compiled
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/match.py
	$(BIN)/python bench/digest.py

clean:
	rm -rf $(VENV) build *.egg-info tracker/*.so
