# Two commands for a fresh clone: `make run` (set up, open the app on the sample library)
# and `make test` (set up, run the whole test suite). Each creates .venv by itself.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Traditional Chinese is made from the Simplified sources (scripts/build_translations.py).
TRANSLATIONS := $(sort $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts)) \
	$(patsubst %_zh_CN.ts,%_zh_TW.qm,$(wildcard resources/translations/*_zh_CN.ts)))

.PHONY: setup run test lint bundle bench screenshots clean translations

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) $(TRANSLATIONS)

# The interface's translations, compiled by pyside6-lrelease from their .ts sources.
translations: $(TRANSLATIONS)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python scripts/build_translations.py
resources/translations/%_zh_TW.qm: resources/translations/%_zh_CN.ts $(STAMP)
	$(BIN)/python scripts/build_translations.py

run: $(STAMP) $(TRANSLATIONS)
	$(BIN)/desk

test: $(STAMP) $(TRANSLATIONS)
	$(BIN)/ruff check desk tests bench packaging scripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check desk tests bench packaging scripts
	$(BIN)/ruff format --check desk tests bench packaging scripts

bundle: $(STAMP) $(TRANSLATIONS)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/desk.spec

bench: $(STAMP)
	bash scripts/system-deps.sh --bench
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	for script in bench/bench_*.py; do $(BIN)/python $$script; done

screenshots: $(STAMP)
	bash scripts/system-deps.sh --screenshots
	bash scripts/screenshot.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache resources/translations/*.qm
