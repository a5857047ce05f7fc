"""Everything an editor can do, as plain Python calls. Never imports Qt."""
