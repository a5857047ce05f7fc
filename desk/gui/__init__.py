"""The desk window: PySide6 views and commands over desk.core; no editorial logic here."""
