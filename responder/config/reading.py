"""Read the configuration file: TOML text -> a typed, validated Config.

`load_config(path)` reads one UTF-8 file, `parse_config(text)` builds the sections from its
tables, refusing unknown sections and keys and values of the wrong type, then hands the whole
Config to checks.py. Every error is one ConfigError naming the file, the dotted key and its line
(location.py). Nothing else in responder reads the file; this module never reads a password.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from pathlib import Path
from typing import Any

from responder.config.checks import check_config, check_mailbox
from responder.config.mailboxes import for_mailbox, read_mailboxes
from responder.config.location import Located
from responder.config.sections import (
    RetentionConfig,
    SECTIONS,
    Config,
    DatabaseConfig,
    InviteConfig,
    LinksConfig,
    ProfilesConfig,
    WebConfig,
)
from responder.errors import ConfigError, toml_error_text
from responder.errors import os_error_text as _os_reason


def parse_config(text: str, path: str = "<config>") -> Config:
    """Build a Config from TOML text; `path` only names the file in error messages."""
    where = Located(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        reason, line = toml_error_text(error)
        raise ConfigError(f"{path}{f':{line}' if line else ''}: TOML invalide : {reason}") from None
    for name in data:
        if name not in SECTIONS and name != "mailbox":
            raise where.error(
                name, None, f"section inconnue (sections possibles : {', '.join(SECTIONS)}, [[mailbox]])"
            )
    sections = {
        name: _build_section(cls, data[name], name, where)
        for name, cls in SECTIONS.items()
        if name in data
    }
    if "responder" not in sections:
        raise where.error("responder", None, "la section [responder] (avec address) est obligatoire")
    if "smtp" not in sections:
        raise where.error("smtp", None, "la section [smtp] est obligatoire")
    config = Config(
        path=path,
        imap=sections.get("imap"),
        maildir=sections.get("maildir"),
        smtp=sections["smtp"],
        responder=sections["responder"],
        profiles=sections.get("profiles", ProfilesConfig()),
        links=sections.get("links", LinksConfig()),
        database=sections.get("database", DatabaseConfig()),
        web=sections.get("web", WebConfig()),
        invite=sections.get("invite", InviteConfig()),
        retention=sections.get("retention", RetentionConfig()),
    )
    if "mailbox" in data:
        config = dataclasses.replace(config, mailboxes=read_mailboxes(data["mailbox"], config, where, _convert))
    check_config(config, where)
    for mailbox in config.mailboxes:
        check_mailbox(for_mailbox(config, mailbox), where)
    return config


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate the configuration file at `path`."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: fichier de configuration introuvable") from None
    except OSError as error:
        raise ConfigError(f"{file}: illisible : {_os_reason(error)}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: illisible : le fichier n'est pas en UTF-8") from None
    config = parse_config(text, str(file))
    return dataclasses.replace(config, database=dataclasses.replace(
        config.database, url=_beside(config.database.url, file.parent)))


def _beside(url: str, folder: Path) -> str:
    """A relative SQLite path is the config file's neighbour, wherever the command runs: run from
    another folder, it would open a new empty database and forget what was already sent."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return url
    path, query = (url[len(prefix):].split("?", 1) + [""])[:2]
    if not path or path == ":memory:" or Path(path).is_absolute():
        return url
    return f"{prefix}{(folder / path).resolve()}" + (f"?{query}" if query else "")


def default_config_path() -> Path:
    """The config file used without --config: $RESPONDER_CONFIG, else ./config.toml."""
    return Path(os.environ.get("RESPONDER_CONFIG", "config.toml"))


def _build_section(cls: type, table: Any, name: str, where: Located) -> Any:
    if not isinstance(table, dict):
        raise where.error(name, None, "doit être une section [" + name + "]")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise where.error(name, key, f"clé inconnue (clés possibles : {', '.join(sorted(known))})")

        def fail(message: str, key: str = key) -> ConfigError:
            return where.error(name, key, message)

        values[key] = _convert(value, hints[key], fail)
    return cls(**values)


def _convert(value: Any, annotation: Any, fail: typing.Callable[[str], ConfigError]) -> Any:
    origin = typing.get_origin(annotation)
    if annotation is bool:
        if not isinstance(value, bool):
            raise fail("doit valoir true ou false")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail("doit être un nombre entier")
        return value
    if annotation is str:
        if not isinstance(value, str):
            raise fail("doit être une chaîne entre guillemets")
        return value
    if origin is tuple and typing.get_args(annotation)[0] is int:
        if not isinstance(value, list) or not all(
            isinstance(item, int) and not isinstance(item, bool) for item in value
        ):
            raise fail("doit être une liste de nombres entiers, par exemple [60, 300]")
        return tuple(value)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail('doit être une liste de chaînes, par exemple ["a", "b"]')
        return tuple(value)
    raise fail(f"type non géré {annotation!r}")  # a programming error, reported clearly anyway
