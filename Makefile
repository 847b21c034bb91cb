# The two commands of the README: `make run` and `make test`.
# Both create the virtual environment on first use and refresh it when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed

.PHONY: run test benchmark benchmark-ui screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/mutualisation $(ARGS)

# In parallel, one worker per core (pytest-xdist); a file's tests stay on one worker, so a
# module-scoped fixture (a database filled once per module) is built once. JOBS=0: one process.
JOBS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n $(JOBS) --dist loadfile

benchmark: $(STAMP) benchmark-ui
	$(VENV)/bin/python -m benchmarks.engine
	$(VENV)/bin/python -m benchmarks.io

# The desktop app on the large synthetic data set: launch, the bills page, a sort, memory.
benchmark-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m benchmarks.ui

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python scripts/screenshots_dialogs.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
