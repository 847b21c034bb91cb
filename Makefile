# The commands of the README: `make run`, `make test` and `make bundle`.
# They create the virtual environment on first use and refresh it when pyproject.toml or setup.py changes.

PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed

.PHONY: run test bundle benchmark benchmark-ui screenshots clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The display check first: a missing system library gets the apt-get line, not Qt's abort.
run: $(STAMP)
	@$(VENV)/bin/python -m mutualisation.linux_display $(ARGS)
	$(VENV)/bin/mutualisation $(ARGS)

# In parallel, one worker per core (pytest-xdist); a file's tests stay on one worker, so a
# module-scoped fixture (a database filled once per module) is built once. JOBS=0: one process.
JOBS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n $(JOBS) --dist loadfile

# The one-folder application for a PC without Python: dist/Mutualisation/ (README, « Installer »).
bundle: $(STAMP)
	$(VENV)/bin/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/mutualisation.spec
	@echo "Application : dist/Mutualisation/mutualisation (installer pour l'utilisateur : dist/Mutualisation/install.sh)"

# Every row of issue 17 (docs/performance.md), each against its floor measured in the same run,
# then the engine and import/export figures; the large synthetic set is built once and shared.
BENCH_DB ?= build/benchmark/synthetic.sqlite
benchmark: $(STAMP)
	@rm -f $(BENCH_DB) && mkdir -p $(dir $(BENCH_DB))
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m benchmarks.ui --db $(BENCH_DB)
	$(VENV)/bin/python -m benchmarks.engine --db $(BENCH_DB)
	$(VENV)/bin/python -m benchmarks.documents
	$(VENV)/bin/python -m benchmarks.io --db $(BENCH_DB)

# The desktop app on the large synthetic data set: launch, dashboard, bills page, sort, filter, memory.
benchmark-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m benchmarks.ui

# French pictures in docs/screenshots (committed: the same bytes when the screens did not change);
# the English ones in build/screenshots/en, to look at, not committed.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots_dialogs.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots.py --language en --out build/screenshots/en
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots_dialogs.py --language en --out build/screenshots/en

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
