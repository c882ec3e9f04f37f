"""``python -m xqgraph`` runs the command-line interface."""

from xqgraph.cli.main import main

if __name__ == "__main__":
    main()
