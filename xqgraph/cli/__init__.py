"""Command-line interface: thin shells over the library."""
