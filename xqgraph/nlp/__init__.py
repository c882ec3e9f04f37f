"""NLP: segmentation with a private jieba tokenizer and xqgraph's dictionary."""

from xqgraph.nlp.segment import Segmenter, Token, default_cache_dir

__all__ = ["Segmenter", "Token", "default_cache_dir"]
