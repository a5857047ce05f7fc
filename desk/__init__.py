"""desk: an editorial review desk for transcriptions."""

__version__ = "0.1.0"
