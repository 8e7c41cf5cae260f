"""The one way the tests build responder's configuration, in memory or as the file `--config` reads.

`make_config(folder, **sections)` returns a Config; `write_config(folder, **sections)` writes the
same Config as `folder/config.toml` (every key that differs from responder's default) and returns
its path, for the tests that drive the command line. Both start from the tests' defaults:

- [maildir] at `folder/Maildir`, unless the test reads IMAP (`imap=` given: 127.0.0.1 in clear,
  10 s; the test Dovecot's account gives the rest, `imap_account.imap_config()`);
- [smtp] on 127.0.0.1 port 25 in clear (`security = "none"`, allowed on the loopback only), 5 s:
  a test that sends names its own server (`smtp={"port": smtp_server.port}`);
- [responder] answering as formation-magistere@ac-grenoble.fr (US);
- [database] in `folder/responder.db` (or a PostgreSQL database of its own, tests/postgres.py); [invite] writing its dry runs under `folder/invitations`;
- nothing of the machine deciding: the review page's signing key is kept in the database (no
  environment variable holds one), and the relay's quiet hours never divide the invitations'
  budget (their own tests build QuietHours themselves);
- every other key as responder's own default.

A keyword names a section and replaces some of its keys: `smtp={"port": server.port}`,
`invite={"retry_delays": ()}`. A section dataclass is taken whole (`imap=account.imap_config()`,
`smtp=server.smtp_config()`); `maildir=None` leaves a section out. `section(name, **keys)` is one
section alone with the same defaults (the IMAP and SMTP servers' coordinates are built with it).
Nothing here validates: the command line reading the file does, as it does for an admin's file.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from responder.config import SECTIONS, Config
from tests.postgres import database_for

US = "formation-magistere@ac-grenoble.fr"

# The tests' keys that are not responder's defaults, per section (paths aside: see _files).
_TEST_KEYS: dict[str, dict[str, Any]] = {
    "imap": {"host": "127.0.0.1", "security": "none", "timeout": 10},
    "smtp": {"host": "127.0.0.1", "port": 25, "security": "none", "timeout": 5},
    "responder": {"address": US},
    "web": {"secret_key_env": "RESPONDER_TEST_NO_SUCH_VARIABLE"},
    "invite": {"night_divisor": 1, "weekend_divisor": 1},
}
# Sections a file must hold even when every key is responder's default.
_ALWAYS_WRITTEN = ("imap", "maildir", "smtp", "responder")


def _files(folder: Path) -> dict[str, dict[str, Any]]:
    """The keys naming a file or folder: all inside the test's own folder."""
    return {
        "maildir": {"path": str(folder / "Maildir")},
        "database": {"url": database_for(folder)},
        "invite": {"output_dir": str(folder / "invitations")},
    }


def section(name: str, folder: Path | None = None, **keys: Any) -> Any:
    """Return section `name`'s dataclass: the tests' defaults (paths under `folder`), `keys` replaced."""
    values = dict(_TEST_KEYS.get(name, {}))
    if folder is not None:
        values.update(_files(folder).get(name, {}))
    values.update({key: tuple(v) if isinstance(v, list) else v for key, v in keys.items()})  # as TOML lists read
    return SECTIONS[name](**values)


def make_config(folder: Path, **sections: Any) -> Config:
    """Return the tests' Config for `folder`, each section given replacing keys (see the module)."""
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise TypeError(f"responder's configuration has no section {unknown}")
    given: dict[str, Any] = {"imap": None, "maildir": None if "imap" in sections else {}, **sections}
    built: dict[str, Any] = {}
    for name in SECTIONS:
        value = given.get(name, {})
        if value is None and name not in ("imap", "maildir"):
            raise TypeError(f"[{name}] cannot be left out of a configuration")
        built[name] = section(name, folder, **value) if isinstance(value, Mapping) else value
    return Config(path=str(folder / "config.toml"), **built)


def write_config(folder: Path, **sections: Any) -> Path:
    """Write make_config(folder, **sections) to `folder/config.toml` and return that path."""
    path = folder / "config.toml"
    path.write_text(config_text(make_config(folder, **sections)), encoding="utf-8")
    return path


def config_text(config: Config) -> str:
    """Return `config` as TOML: each section it has, with the keys that differ from the defaults."""
    lines: list[str] = []
    for name, cls in SECTIONS.items():
        value = getattr(config, name)
        if value is None:
            continue
        default = cls()
        keys = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)
                if getattr(value, f.name) != getattr(default, f.name)]
        if keys or name in _ALWAYS_WRITTEN:
            lines += [f"[{name}]", *(f"{key} = {_toml(item)}" for key, item in keys), ""]
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    raise TypeError(f"no TOML for {value!r}")
