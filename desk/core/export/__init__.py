"""Writing documents out: clean text, TEI, CSV and Web Annotations, from read-only snapshots."""
