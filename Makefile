# One command to set up and run, one to set up and test (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out

# Debian's Chromium renders charts to PNG (kaleido) and runs the browser tests.
SYSTEM_PACKAGES = chromium chromium-driver

.PHONY: run test install system-deps score screenshot clean

# Debian's own python3 needs python3-venv for `-m venv`; install it when it is missing.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || (apt-get update && apt-get install -y python3-venv && \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV))
	$(BIN)/pip install --quiet --upgrade pip

# The stamp is rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

system-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		(apt-get update && apt-get install -y --no-install-recommends $(SYSTEM_PACKAGES))

# Extract the bundled seeds, then serve the dashboard on http://127.0.0.1:8050/
run: install
	$(BIN)/displacement etl seeds --out $(OUT)
	$(BIN)/displacement serve --data $(OUT)

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Refresh the README's picture of the dashboard (the browser test takes it)
screenshot: install system-deps
	SCREENSHOT_DIR=docs $(BIN)/python -m pytest -q tests/test_dashboard_browser.py \
		-k screenshot

score: install
	$(BIN)/python benchmarks/extraction_scores.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
