"""Reject the combinations of values that cannot work, once, at start-up.

`check_config` runs after every key has its type: required keys, ports and timeouts in range, no
clear-text login beyond the loopback, addresses, domains and web addresses well formed, pacing
limits positive, a time zone that exists. Each refusal is a ConfigError naming the file, the
dotted key and its line. The checks run in a fixed order, so that a file with several mistakes
always reports the same one first. Nothing here reads the file or a password.
"""

from __future__ import annotations

import dataclasses
import re
from email.utils import parseaddr
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from responder.config.location import Located
from responder.config.sections import Config, ImapConfig, LinksConfig, SmtpConfig
from responder.errors import ConfigError

SECURITY_MODES = ("ssl", "starttls", "none")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


# What config.example.toml writes in the keys an admin must set: never a server anyone runs.
PLACEHOLDER = "A-REMPLACER"


def check_config(config: Config, where: Located) -> None:
    """Raise a ConfigError for the first value of `config` that cannot work."""
    _check_placeholders(config, where)
    _check_mailbox(config, where)
    _check_security("smtp", config.smtp, where)
    _check_responder(config, where)
    _check_profiles_and_links(config, where)
    _check_web(config, where)
    _check_invite(config, where)
    _check_retention(config, where)
    if config.database.worker_lease_seconds < 1:
        raise where.error("database", "worker_lease_seconds", "doit être un nombre de secondes, 1 au moins")


def _check_security(name: str, section: ImapConfig | SmtpConfig, where: Located) -> None:
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


def _check_placeholders(config: Config, where: Located) -> None:
    """A key still holding the example's placeholder: the admin copied the file and stopped there."""
    found = []
    for name in ("imap", "smtp", "responder"):
        section = getattr(config, name)
        if section is None:
            continue
        for item in dataclasses.fields(section):
            value = getattr(section, item.name)
            if isinstance(value, str) and PLACEHOLDER.lower() in value.lower():
                found.append(where.error(name, item.name, f"valeur d'exemple {value!r} à remplacer"))
    # All at once: the admin fills every REQUIRED key in one go, not one run per key.
    if len(found) == 1:
        raise ConfigError(f"{found[0]} (voir le commentaire de config.example.toml)")
    if found:
        raise ConfigError(f"{len(found)} valeurs d'exemple à remplacer (voir les commentaires de config.example.toml) :\n"
                          + "\n".join(f"  {problem}" for problem in found))


def check_mailbox(config: Config, where: Located) -> None:
    """Raise a ConfigError for the first value of one [[mailbox]] (completed) that cannot work."""
    try:
        _check_mailbox(config, where)
        _check_responder(config, where)
        _check_profiles_and_links(config, where)
    except ConfigError as error:
        raise ConfigError(f"{error} (boîte [[mailbox]] « {config.mailbox} »)") from None


def _check_mailbox(config: Config, where: Located) -> None:
    if config.mailboxes:
        return  # [imap] only gives the mailboxes' shared values: each one is checked whole
    if config.imap is None and config.maildir is None:
        raise where.error("imap", None, "une section [imap] (ou [maildir], ou des [[mailbox]]) est obligatoire")
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


def _check_responder(config: Config, where: Located) -> None:
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


def _check_profiles_and_links(config: Config, where: Located) -> None:
    for key in ("academic", "university"):
        for domain in getattr(config.profiles, key):
            if not _DOMAIN.match(domain.lower()):
                raise where.error("profiles", key, f"domaine invalide : {domain!r}")
    for f in dataclasses.fields(LinksConfig):
        url = getattr(config.links, f.name)
        if not re.match(r"^(https?://|mailto:)\S+$", url):
            raise where.error("links", f.name, f"adresse web invalide : {url!r}")


def _check_web(config: Config, where: Located) -> None:
    if not 0 < config.web.port < 65536:
        raise where.error("web", "port", "doit être entre 1 et 65535")
    if config.web.trusted_proxies < 0:
        raise where.error("web", "trusted_proxies", "ne peut pas être négatif (0 sans proxy)")
    for address in config.web.digest_to:
        if not _ADDRESS.match(address):
            raise where.error("web", "digest_to", f"adresse invalide : {address!r}")
    for entry in config.web.forward_to:
        if not _ADDRESS.match(parseaddr(entry)[1]):
            raise where.error("web", "forward_to", f"adresse invalide : {entry!r} "
                              '(par exemple "Assistance informatique <assistance@ac-grenoble.fr>")')
    if not re.match(r"^https?://\S+$", config.web.base_url):
        raise where.error("web", "base_url", f"adresse web invalide : {config.web.base_url!r}")
    try:
        ZoneInfo(config.web.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise where.error("web", "timezone", f"fuseau horaire inconnu : {config.web.timezone!r} "
                          '(par exemple "Europe/Paris")') from None


def _check_retention(config: Config, where: Located) -> None:
    kept = config.retention
    for key in ("keep_messages_days", "keep_cases_days"):
        if getattr(kept, key) < 1:
            raise where.error("retention", key, "doit être un nombre de jours, 1 au moins")
    if kept.keep_cases_days < kept.keep_messages_days:
        raise where.error("retention", "keep_cases_days", "doit être au moins keep_messages_days "
                          "(un cas anonymisé n'a plus de message à garder)")


def _check_invite(config: Config, where: Located) -> None:
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
