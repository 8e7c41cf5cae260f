"""Several mailboxes in one installation: the `[[mailbox]]` tables.

Each table names a mailbox (`name`, shown on the review page and in `responder cases`) and gives
what differs from the shared sections: any [imap] key (host, username, password_env, folder...),
the [responder] keys that say who answers (address, aliases, display_name, envelope_sender,
rules_file) and a `[mailbox.links]` table over [links]. Everything else (SMTP relay, database,
caps, web page) is shared. `each_mailbox(config)` gives one whole Config per mailbox, as if each
had a file of its own; without `[[mailbox]]`, the config itself is the one mailbox.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Callable
from typing import Any

from responder.config.location import Located
from responder.config.sections import Config, ImapConfig, LinksConfig, MailboxConfig, ResponderConfig
from responder.errors import ConfigError

# The [responder] keys a mailbox may have of its own: who answers, and with which rules.
RESPONDER_KEYS = ("address", "aliases", "display_name", "envelope_sender", "rules_file")
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


def read_mailboxes(tables: Any, base: Config, where: Located,
                   convert: Callable[[Any, Any, Callable[[str], ConfigError]], Any]) -> tuple[MailboxConfig, ...]:
    """The `[[mailbox]]` tables of the file, each completed from the shared sections."""
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise where.error("mailbox", None, "doit être une suite de tables [[mailbox]]")
    found: list[MailboxConfig] = []
    for number, table in enumerate(tables, start=1):
        label = f"mailbox n° {number}"

        def fail(message: str, key: str | None = None, label: str = label) -> ConfigError:
            return where.error("mailbox", key, f"({label}) {message}")

        name = table.get("name")
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise fail("name : obligatoire, en minuscules, chiffres, - ou _ (par exemple \"grenoble\")", "name")
        if name in {mailbox.name for mailbox in found}:
            raise fail(f"name : « {name} » est déjà le nom d'une autre boîte", "name")
        imap, responder, links = _values(table, name, convert, fail)
        found.append(MailboxConfig(
            name=name,
            imap=dataclasses.replace(base.imap or ImapConfig(), **imap),
            responder=dataclasses.replace(base.responder, **responder),
            links=dataclasses.replace(base.links, **links),
        ))
    return tuple(found)


def _values(table: dict[str, Any], name: str, convert: Callable[..., Any], fail: Callable[..., ConfigError]
            ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    imap_hints = typing.get_type_hints(ImapConfig)
    responder_hints = typing.get_type_hints(ResponderConfig)
    imap: dict[str, Any] = {}
    responder: dict[str, Any] = {}
    links: dict[str, Any] = {}
    for key, value in table.items():
        if key == "name":
            continue
        if key == "links":
            links = _links(value, convert, fail)
        elif key in imap_hints:
            imap[key] = convert(value, imap_hints[key], lambda message, key=key: fail(message, key))
        elif key in RESPONDER_KEYS:
            responder[key] = convert(value, responder_hints[key], lambda message, key=key: fail(message, key))
        else:
            known = sorted(["name", "links", *imap_hints, *RESPONDER_KEYS])
            raise fail(f"clé inconnue « {key} » (clés possibles : {', '.join(known)})", key)
    return imap, responder, links


def _links(value: Any, convert: Callable[..., Any], fail: Callable[..., ConfigError]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail("links : doit être une table [mailbox.links]", "links")
    hints = typing.get_type_hints(LinksConfig)
    unknown = sorted(set(value) - set(hints))
    if unknown:
        raise fail(f"links : clé inconnue « {unknown[0]} » (clés possibles : {', '.join(sorted(hints))})", "links")
    return {key: convert(item, hints[key], lambda message, key=key: fail(f"links.{key} : {message}", "links"))
            for key, item in value.items()}


def for_mailbox(config: Config, mailbox: MailboxConfig) -> Config:
    """The whole configuration of one mailbox: its IMAP source, its address, its links."""
    return dataclasses.replace(config, imap=mailbox.imap, maildir=None, responder=mailbox.responder,
                               links=mailbox.links, mailbox=mailbox.name, mailboxes=())


def each_mailbox(config: Config, only: str | None = None) -> list[Config]:
    """One Config per mailbox of the file (just `config` without [[mailbox]]); `only` picks one
    by name (a ConfigError naming the names there are when none has it)."""
    if not config.mailboxes:
        if only:
            raise ConfigError(f"{config.path}: --mailbox {only} : ce fichier n'a pas de section [[mailbox]]")
        return [config]
    chosen = [mailbox for mailbox in config.mailboxes if only in (None, mailbox.name)]
    if not chosen:
        names = ", ".join(mailbox.name for mailbox in config.mailboxes)
        raise ConfigError(f"{config.path}: --mailbox {only} : aucune boîte de ce nom (boîtes : {names})")
    return [for_mailbox(config, mailbox) for mailbox in chosen]
