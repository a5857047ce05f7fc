"""The library: one SQLite file (store, migrations), documents, witnesses, grouping, files."""
