# The README's two set-up commands: `make demo` and `make test`. Both work on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test install install-dev neo4j clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(STAMP)-dev: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)-dev

install: $(STAMP)
install-dev: $(STAMP)-dev

demo: $(STAMP)
	$(BIN)/kg build seeds -o exports

test: $(STAMP)-dev
	$(BIN)/python -m pytest

# a local Neo4j 5.26 (embedded, from Maven Central jars) on 127.0.0.1:$${NEO4J_PORT:-7687}
neo4j:
	tools/neo4j/run.sh

clean:
	rm -rf $(VENV) exports/graph.* exports/*.jsonl exports/neo4j-admin exports/.kg-*
