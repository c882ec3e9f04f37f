"""Pipeline throughput as a ratio to plain jieba segmentation of the same text.

Run: ``make bench`` (or ``python benchmarks/bench_pipeline.py [FILE]``).
Prints medians of several runs and the ratio pipeline / ``jieba.lcut``, and the same for xqgraph's
tokenizer alone (same cuts as jieba, a faster best-path search) and for the segmenter with its tags;
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
from xqgraph.nlp.tokenizer import FastTokenizer
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
    fast = FastTokenizer()  # the same dictionary, xqgraph's faster best-path search
    fast.tmp_dir, fast.cache_file = tokenizer.tmp_dir, tokenizer.cache_file
    fast.initialize()
    assert fast.lcut(doc.text) == tokenizer.lcut(doc.text)
    pipe = Pipeline()
    pipe.run_document(doc)  # warm-up: dictionary and caches

    baseline = _median(lambda: tokenizer.lcut(doc.text))
    same_cuts = _median(lambda: fast.lcut(doc.text))
    segment = _median(lambda: pipe.segmenter.tokens(doc.text))
    full = _median(lambda: pipe.run_document(doc))
    extract = _median(lambda: pipe.extract(doc))
    entities = _median(lambda: find_entities(doc, pipe.segmenter, gazetteer=pipe.gazetteer))
    chars = len(doc.text)
    print(f"document: {path.name}, {chars} characters")
    print(f"jieba.lcut (baseline):   {baseline * 1000:8.1f} ms  ({chars / baseline / 1000:.0f} k chars/s)")
    print(f"same cuts, xqgraph's:    {same_cuts * 1000:8.1f} ms  ratio {same_cuts / baseline:5.2f}x baseline")
    print(f"segmenter with tags:     {segment * 1000:8.1f} ms  ratio {segment / baseline:5.2f}x baseline"
          "  (with the gazetteer's words)")
    print(f"entity extraction:       {entities * 1000:8.1f} ms  ratio {entities / baseline:5.1f}x baseline")
    print(f"extract stage:           {extract * 1000:8.1f} ms  ratio {extract / baseline:5.1f}x baseline")
    print(f"whole pipeline to RDF:   {full * 1000:8.1f} ms  ratio {full / baseline:5.1f}x baseline")


if __name__ == "__main__":
    main(sys.argv)
