# Two commands for a fresh clone: `make run` (set up, open the app on the sample library)
# and `make test` (set up, run the whole test suite). Each creates .venv by itself.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bundle bench screenshots clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/desk

test: $(STAMP)
	$(BIN)/ruff check desk tests bench packaging scripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check desk tests bench packaging scripts
	$(BIN)/ruff format --check desk tests bench packaging scripts

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/desk.spec

bench: $(STAMP)
	bash scripts/system-deps.sh --bench
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	for script in bench/bench_*.py; do $(BIN)/python $$script; done

screenshots: $(STAMP)
	bash scripts/system-deps.sh --screenshots
	bash scripts/screenshot.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
