"""Pipeline throughput as a ratio to plain jieba segmentation of the same text.

Run: ``make bench`` (or ``python benchmarks/bench_pipeline.py [FILE]``).
Prints medians of several runs and the ratio pipeline / ``jieba.lcut``;
absolute times on a shared machine mean little, the ratio is what to track.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import jieba

from xqgraph.extract import find_entities
from xqgraph.ingest import read_document
from xqgraph.nlp import default_cache_dir
from xqgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _median(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> None:
    path = Path(argv[1]) if len(argv) > 1 else ROOT / "examples" / "xiqing-2018-plan.txt"
    doc = read_document(path)
    tokenizer = jieba.Tokenizer()
    cache = default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir, tokenizer.cache_file = str(cache), str(cache / "jieba-baseline.cache")
    tokenizer.initialize()
    pipe = Pipeline()
    pipe.run_document(doc)  # warm-up: dictionary and caches

    baseline = _median(lambda: tokenizer.lcut(doc.text))
    full = _median(lambda: pipe.run_document(doc))
    extract = _median(lambda: pipe.extract(doc))
    entities = _median(lambda: find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer))
    chars = len(doc.text)
    print(f"document: {path.name}, {chars} characters")
    print(f"jieba.lcut (baseline):   {baseline * 1000:8.1f} ms  ({chars / baseline / 1000:.0f} k chars/s)")
    print(f"entity extraction:       {entities * 1000:8.1f} ms  ratio {entities / baseline:5.1f}x baseline")
    print(f"extract stage:           {extract * 1000:8.1f} ms  ratio {extract / baseline:5.1f}x baseline")
    print(f"whole pipeline to RDF:   {full * 1000:8.1f} ms  ratio {full / baseline:5.1f}x baseline")


if __name__ == "__main__":
    main(sys.argv)
