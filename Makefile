# One command to set up and run, one to set up and test (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out

.PHONY: run test install lint score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The stamp is rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/displacement etl seeds --out $(OUT)

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

score: install
	$(BIN)/python benchmarks/extraction_scores.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
