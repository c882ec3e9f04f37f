# Two commands: `make demo` builds the example graph, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: demo test lint bench docs clean vendor-yasgui

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	XQGRAPH_CACHE_DIR=$(CURDIR)/.cache $(BIN)/xqgraph build examples/xiqing-2018-plan.txt -o $(OUT)

test: $(VENV)/.installed-test
	$(BIN)/ruff check xqgraph tests benchmarks
	$(BIN)/mypy xqgraph
	XQGRAPH_CACHE_DIR=$(CURDIR)/.cache $(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check xqgraph tests benchmarks
	$(BIN)/mypy xqgraph

# HTML documentation of the ontology (pyLODE) in out/docs/
docs: $(VENV)/.installed-test
	mkdir -p $(OUT)/docs
	$(BIN)/pylode ontology/xqgraph.ttl -o $(OUT)/docs/ontology.html
	@echo "ontology documentation: $(OUT)/docs/ontology.html"

bench: $(VENV)/.installed
	XQGRAPH_CACHE_DIR=$(CURDIR)/.cache $(BIN)/python benchmarks/bench_pipeline.py

# Corpus-scale bars (throughput, 2-job speed-up, peak memory, 10,000-document store); long: see the script
bench-corpus: $(VENV)/.installed
	XQGRAPH_CACHE_DIR=$(CURDIR)/.cache $(BIN)/python benchmarks/bench_corpus.py

clean:
	rm -rf $(OUT) .cache .pytest_cache build dist *.egg-info

# The SPARQL editor of `xqgraph serve`: YASGUI from the npm registry, vendored so that the
# page needs no CDN.  Run this to update it; the files are committed.
YASGUI_VERSION := 4.6.2
vendor-yasgui:
	mkdir -p .cache && cd .cache && npm pack @zazuko/yasgui@$(YASGUI_VERSION) && tar xzf zazuko-yasgui-$(YASGUI_VERSION).tgz
	cp .cache/package/build/yasgui.min.js .cache/package/build/yasgui.min.css xqgraph/static/
