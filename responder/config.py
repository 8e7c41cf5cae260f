"""Read, validate and hand down the configuration.

`load_config(path)` parses one TOML file into frozen dataclasses, one per section, and rejects
unknown keys, wrong types and impossible combinations with a ConfigError naming the file, the
dotted key and its line. Every key but a handful has a default (see config.example.toml).
Passwords are never in the file: a section names the environment variable that holds it, and
`password()` reads it when a connection needs it. Nothing else in responder reads the file.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from responder.errors import ConfigError, toml_error_text
from responder.errors import os_error_text as _os_reason

SECURITY_MODES = ("ssl", "starttls", "none")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _read_password(env_name: str, where: str) -> str:
    if not env_name:
        raise ConfigError(f"{where}.password_env: aucun nom de variable d'environnement")
    value = os.environ.get(env_name)
    if value is None:
        raise ConfigError(
            f"{where}.password_env: la variable d'environnement {env_name} n'est pas définie"
        )
    return value


@dataclass(frozen=True)
class ImapConfig:
    """[imap]: the training mailbox."""

    host: str = ""
    port: int = 993
    security: str = "ssl"
    username: str = ""
    password_env: str = "RESPONDER_IMAP_PASSWORD"
    folder: str = "INBOX"
    batch_size: int = 50
    poll_interval: int = 60
    use_idle: bool = True
    timeout: int = 60
    verify_certificate: bool = True
    keyword: str = "$Responder"
    move_replied: str = ""
    move_escalated: str = ""
    move_ignored: str = ""
    sent_folder: str = ""

    def password(self) -> str:
        """Return the IMAP password from the environment variable the config names."""
        return _read_password(self.password_env, "imap")


@dataclass(frozen=True)
class MaildirConfig:
    """[maildir]: a local Maildir read instead of IMAP (demo, offline runs); moves go to
    Maildir++ sub-folders, as the [imap] keys of the same names do."""

    path: str = ""
    move_replied: str = ""
    move_escalated: str = ""
    move_ignored: str = ""


@dataclass(frozen=True)
class SmtpConfig:
    """[smtp]: the relay replies are sent through."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = "RESPONDER_SMTP_PASSWORD"
    timeout: int = 30
    verify_certificate: bool = True

    def password(self) -> str:
        """Return the SMTP password from the environment variable the config names."""
        return _read_password(self.password_env, "smtp")


@dataclass(frozen=True)
class ResponderConfig:
    """[responder]: who we are, how careful we are, what we do with handled mail."""

    address: str = ""
    display_name: str = "Formation M@gistère - EAFC Grenoble"
    aliases: tuple[str, ...] = ()
    envelope_sender: str = ""
    dry_run: bool = False
    max_age_days: int = 30
    same_answer_days: int = 7
    max_replies_per_day: int = 3
    max_replies_per_week: int = 5
    rules_file: str = ""

    @property
    def own_addresses(self) -> tuple[str, ...]:
        """Our address and aliases, lower-cased."""
        return tuple(a.lower() for a in (self.address, *self.aliases) if a)

    @property
    def mail_from(self) -> str:
        """The SMTP envelope sender of our replies (our address unless configured)."""
        return self.envelope_sender or self.address

    @property
    def message_id_domain(self) -> str:
        """The right-hand side of our Message-IDs: "formation-magistere.ac-grenoble.fr"."""
        local, _, domain = self.address.partition("@")
        return f"{local}.{domain}".lower()


@dataclass(frozen=True)
class ProfilesConfig:
    """[profiles]: sender domains of each kind of account (exact or any subdomain)."""

    academic: tuple[str, ...] = ("ac-grenoble.fr",)
    university: tuple[str, ...] = (
        "univ-grenoble-alpes.fr",
        "etu.univ-grenoble-alpes.fr",
        "grenoble-inp.fr",
        "univ-smb.fr",
        "etu.univ-smb.fr",
    )


@dataclass(frozen=True)
class LinksConfig:
    """[links]: every address the guide points to ("[lien](#)" in its text)."""

    platform: str = "https://magistere.education.fr/ac-grenoble/"
    identifier_recovery: str = "https://id.ac-grenoble.fr/sconnect/"
    password_reset: str = "https://id.ac-grenoble.fr/sconnect/"
    manual_account_recovery: str = "https://magistere.education.fr/ac-grenoble/login/forgot_password.php"
    helpdesk_form: str = "https://www.ac-grenoble.fr/assistance"
    eafc_stage_managers: str = "https://www.ac-grenoble.fr/eafc/contacts-gestionnaires"
    eafc_engineers: str = "https://www.ac-grenoble.fr/eafc/contacts-ingenierie"


@dataclass(frozen=True)
class DatabaseConfig:
    """[database]: where cases are recorded (an SQLAlchemy URL)."""

    url: str = "sqlite:///responder.db"


@dataclass(frozen=True)
class WebConfig:
    """[web]: the EAFC review page, and the digest of open escalations mailed to the managers."""

    host: str = "127.0.0.1"
    port: int = 8080
    secure_cookies: bool = False
    secret_key_env: str = "RESPONDER_WEB_SECRET"
    base_url: str = "http://127.0.0.1:8080"
    digest_to: tuple[str, ...] = ()
    # Reverse proxies in front of the page that each add the client's address to X-Forwarded-For;
    # 0: the header is ignored (anyone can send one) and the connection's address is the client.
    trusted_proxies: int = 0

    def secret_key(self) -> str | None:
        """Return the session signing key from the environment, or None (one is kept in the database)."""
        return os.environ.get(self.secret_key_env) or None if self.secret_key_env else None


@dataclass(frozen=True)
class InviteConfig:
    """[invite]: how `responder invite` paces its invitations through the relay.

    The national education relay quarantines above 2,000 recipients an hour (a quarter of that at
    night) while still answering 250: the defaults stay well under it.
    """

    per_minute: int = 30  # messages handed to the relay in any 60 s
    per_hour: int = 1500  # messages handed to the relay in any 3,600 s, across runs
    reconnect_every: int = 10  # messages per SMTP connection before a fresh one (Exim queues past 10)
    idle_seconds: int = 30  # a connection idle longer than this is checked with NOOP before use
    retry_delays: tuple[int, ...] = (60, 300, 900)  # waits before retrying a 4xx-deferred invitation
    # Waits before trying again to reach a relay that refused or dropped the connection before any
    # message; one more failure after the last stops the run, every invitation still pending.
    connect_retry_delays: tuple[int, ...] = (5, 30, 120)
    max_policy_rejections: int = 3  # identical 5xx content refusals in a row that stop the run
    output_dir: str = "invitations"  # where the dry run writes each invitation as .eml
    # The relay is stricter at night (20:00-07:00) and at weekends, in its own local time: both
    # limits above are divided by these then (the national platform's own divisors).
    night_divisor: int = 4
    weekend_divisor: int = 2
    timezone: str = "Europe/Paris"


@dataclass(frozen=True)
class Config:
    """The whole configuration, one attribute per section."""

    path: str
    imap: ImapConfig | None
    maildir: MaildirConfig | None
    smtp: SmtpConfig
    responder: ResponderConfig
    profiles: ProfilesConfig = field(default_factory=ProfilesConfig)
    links: LinksConfig = field(default_factory=LinksConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    web: WebConfig = field(default_factory=WebConfig)
    invite: InviteConfig = field(default_factory=InviteConfig)


_SECTIONS: dict[str, type] = {
    "imap": ImapConfig,
    "maildir": MaildirConfig,
    "smtp": SmtpConfig,
    "responder": ResponderConfig,
    "profiles": ProfilesConfig,
    "links": LinksConfig,
    "database": DatabaseConfig,
    "web": WebConfig,
    "invite": InviteConfig,
}

_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


class _Located:
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


def _build_section(cls: type, table: Any, name: str, where: _Located) -> Any:
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


def _check_security(name: str, section: ImapConfig | SmtpConfig, where: _Located) -> None:
    if section.security not in SECURITY_MODES:
        raise where.error(name, "security", f"doit être l'une de {', '.join(SECURITY_MODES)}")
    if not section.host:
        raise where.error(name, "host", "obligatoire")
    if not 0 < section.port < 65536:
        raise where.error(name, "port", "doit être entre 1 et 65535")
    if section.security == "none" and section.host not in LOOPBACK_HOSTS:
        # A password in clear over a network is never acceptable; loopback serves the tests.
        raise where.error(
            name, "security", '"none" n\'est permis que vers 127.0.0.1 ou localhost (tests)'
        )
    if section.timeout <= 0:
        raise where.error(name, "timeout", "doit être positif")


def _check(config: Config, where: _Located) -> None:
    if config.imap is None and config.maildir is None:
        raise where.error("imap", None, "une section [imap] (ou [maildir]) est obligatoire")
    if config.imap is not None:
        _check_security("imap", config.imap, where)
        if not config.imap.username:
            raise where.error("imap", "username", "obligatoire")
        if config.imap.batch_size <= 0:
            raise where.error("imap", "batch_size", "doit être positif")
        if config.imap.poll_interval <= 0:
            raise where.error("imap", "poll_interval", "doit être positif")
    if config.maildir is not None and not config.maildir.path:
        raise where.error("maildir", "path", "obligatoire")
    _check_security("smtp", config.smtp, where)
    responder = config.responder
    for key, address in (("address", responder.address), ("envelope_sender", responder.envelope_sender)):
        if (address or key == "address") and not _ADDRESS.match(address):
            raise where.error("responder", key, f"adresse invalide : {address!r}")
    for alias in responder.aliases:
        if not _ADDRESS.match(alias):
            raise where.error("responder", "aliases", f"adresse invalide : {alias!r}")
    for key in ("max_age_days", "same_answer_days", "max_replies_per_day", "max_replies_per_week"):
        if getattr(responder, key) < 0:
            raise where.error("responder", key, "ne peut pas être négatif")
    for key in ("academic", "university"):
        for domain in getattr(config.profiles, key):
            if not _DOMAIN.match(domain.lower()):
                raise where.error("profiles", key, f"domaine invalide : {domain!r}")
    for f in dataclasses.fields(LinksConfig):
        url = getattr(config.links, f.name)
        if not re.match(r"^(https?://|mailto:)\S+$", url):
            raise where.error("links", f.name, f"adresse web invalide : {url!r}")
    if not 0 < config.web.port < 65536:
        raise where.error("web", "port", "doit être entre 1 et 65535")
    if config.web.trusted_proxies < 0:
        raise where.error("web", "trusted_proxies", "ne peut pas être négatif (0 sans proxy)")
    for address in config.web.digest_to:
        if not _ADDRESS.match(address):
            raise where.error("web", "digest_to", f"adresse invalide : {address!r}")
    if not re.match(r"^https?://\S+$", config.web.base_url):
        raise where.error("web", "base_url", f"adresse web invalide : {config.web.base_url!r}")
    invite = config.invite
    for key in ("per_minute", "per_hour", "reconnect_every", "max_policy_rejections",
                "night_divisor", "weekend_divisor"):
        if getattr(invite, key) <= 0:
            raise where.error("invite", key, "doit être positif")
    for key in ("retry_delays", "connect_retry_delays"):
        if any(delay < 0 for delay in getattr(invite, key)):
            raise where.error("invite", key, "ne peut pas être négatif")
    if invite.idle_seconds < 0:
        raise where.error("invite", "idle_seconds", "ne peut pas être négatif")
    if not invite.output_dir:
        raise where.error("invite", "output_dir", "obligatoire")
    try:
        ZoneInfo(invite.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise where.error("invite", "timezone", f"fuseau horaire inconnu : {invite.timezone!r} "
                          '(par exemple "Europe/Paris")') from None


def parse_config(text: str, path: str = "<config>") -> Config:
    """Build a Config from TOML text; `path` only names the file in error messages."""
    where = _Located(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        reason, line = toml_error_text(error)
        raise ConfigError(f"{path}{f':{line}' if line else ''}: TOML invalide : {reason}") from None
    for name in data:
        if name not in _SECTIONS:
            raise where.error(
                name, None, f"section inconnue (sections possibles : {', '.join(_SECTIONS)})"
            )
    sections = {
        name: _build_section(cls, data[name], name, where)
        for name, cls in _SECTIONS.items()
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
    )
    _check(config, where)
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
    return parse_config(text, str(file))


def default_config_path() -> Path:
    """The config file used without --config: $RESPONDER_CONFIG, else ./config.toml."""
    return Path(os.environ.get("RESPONDER_CONFIG", "config.toml"))


__all__ = [
    "Config",
    "DatabaseConfig",
    "ImapConfig",
    "InviteConfig",
    "LinksConfig",
    "MaildirConfig",
    "ProfilesConfig",
    "ResponderConfig",
    "SmtpConfig",
    "WebConfig",
    "default_config_path",
    "load_config",
    "parse_config",
]
