"""Where a key sits in the configuration file, so that every error can point at its line.

Owns the shape of a configuration error's message, "file:line: section.key: what is wrong", and
nothing else: it neither parses TOML nor judges a value.
"""

from __future__ import annotations

import re

from responder.errors import ConfigError


class Located:
    """Finds the line of a key in the file text, so every error can point at it."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def line_of(self, section: str, key: str | None) -> int | None:
        current = None
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            header = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
            if header:
                current = header.group(1)
                if key is None and current == section:
                    return number
                continue
            if current == section and key and re.match(rf"^{re.escape(key)}\s*=", stripped):
                return number
        return None

    def error(self, section: str, key: str | None, message: str) -> ConfigError:
        dotted = f"{section}.{key}" if key else f"[{section}]"
        line = self.line_of(section, key)
        where = f"{self.path}:{line}" if line else self.path
        return ConfigError(f"{where}: {dotted}: {message}")
