"""Tables for people: the measures of a graph as CSV, Markdown or Excel."""

from xqgraph.tables.measures import COLUMNS, measure_rows, write_table

__all__ = ["COLUMNS", "measure_rows", "write_table"]
