"""Viz: the planner's interactive, offline HTML view of a graph."""

from xqgraph.viz.html import graph_to_networkx, render_html, write_html

__all__ = ["graph_to_networkx", "render_html", "write_html"]
