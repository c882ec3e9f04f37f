"""Extract: entities, measures and relations from a Document."""

from xqgraph.extract.entities import dictionary_words, find_entities
from xqgraph.extract.measures import find_measures
from xqgraph.extract.numbers import parse_chinese_integer, parse_number
from xqgraph.extract.relations import find_relations

__all__ = [
    "dictionary_words",
    "find_entities",
    "find_measures",
    "find_relations",
    "parse_chinese_integer",
    "parse_number",
]
