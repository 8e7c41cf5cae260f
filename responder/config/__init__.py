"""Read, validate and hand down the configuration.

`load_config(path)` parses one TOML file into frozen dataclasses, one per section, and rejects
unknown keys, wrong types and impossible combinations with a ConfigError naming the file, the
dotted key and its line. Every key but a handful has a default (see config.example.toml).
Passwords are never in the file: a section names the environment variable that holds it, and
`password()` reads it when a connection needs it. Nothing else in responder reads the file.

The sections' dataclasses are in sections.py, reading the file in reading.py, the checks of
values and combinations in checks.py, the line an error points at in location.py; the rest of
responder imports all of it from here, `responder.config`.
"""

from __future__ import annotations

from responder.config.checks import LOOPBACK_HOSTS, SECURITY_MODES
from responder.config.mailboxes import each_mailbox
from responder.config.reading import default_config_path, load_config, parse_config
from responder.config.sections import (
    SECTIONS,
    Config,
    DatabaseConfig,
    ImapConfig,
    InviteConfig,
    RetentionConfig,
    LinksConfig,
    MailboxConfig,
    MaildirConfig,
    ProfilesConfig,
    ResponderConfig,
    SmtpConfig,
    WebConfig,
    unconfirmed_links,
)

# The test suite still reaches the old private name.
_SECTIONS = SECTIONS

__all__ = [
    "Config",
    "MailboxConfig",
    "each_mailbox",
    "unconfirmed_links",
    "DatabaseConfig",
    "ImapConfig",
    "InviteConfig",
    "RetentionConfig",
    "LOOPBACK_HOSTS",
    "LinksConfig",
    "MaildirConfig",
    "ProfilesConfig",
    "ResponderConfig",
    "SECTIONS",
    "SECURITY_MODES",
    "SmtpConfig",
    "WebConfig",
    "default_config_path",
    "load_config",
    "parse_config",
]
