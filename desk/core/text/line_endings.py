"""Every export writes LF line endings; positions in exported text count them so."""


def unify_line_endings(text: str) -> str:
    """Text with every CRLF and CR line ending written as LF; nothing else changed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def exported_offset(text: str, offset: int) -> int:
    """Where `offset` of `text` falls once its line endings are unified."""
    return offset - text.count(
        "\r\n", 0, offset + 1 if text[offset : offset + 1] == "\n" else offset
    )


def line_number(text: str, position: int) -> int:
    """The line (1, 2, ...) a position of a text is on, whatever its line breaks."""
    head = text[:position]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1
