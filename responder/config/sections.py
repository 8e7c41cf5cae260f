"""The configuration's sections: one frozen dataclass per TOML table, with its defaults.

Each dataclass documents its keys and holds the few derived values a step needs (our own
addresses, the envelope sender, the passwords read from the environment variable the file names).
It never reads the file nor checks a value: reading.py builds these from the TOML text and
checks.py rejects what cannot work. `SECTIONS` maps each table name to its dataclass.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from responder.errors import ConfigError


def _read_password(env_name: str, where: str) -> str:
    if not env_name:
        raise ConfigError(f"{where}.password_env: aucun nom de variable d'environnement")
    value = os.environ.get(env_name)
    if value is None:
        raise ConfigError(
            f"{where}.password_env: la variable d'environnement {env_name} n'est pas définie "
            f"(export {env_name}=... dans le shell qui lance la commande)"
        )
    if not value:
        # Said here: an empty password would be sent and refused, blaming the account instead.
        raise ConfigError(f"{where}.password_env: la variable d'environnement {env_name} est vide")
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
    models_dir: str = ""

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


def unconfirmed_links(links: LinksConfig) -> list[str]:
    """The guide links still at the shipped guesses, not the EAFC's own (said at every start and
    by `config check`): the platform's address is public, these are not."""
    defaults = LinksConfig()
    return [name for name in ("identifier_recovery", "password_reset", "helpdesk_form", "eafc_stage_managers",
                              "eafc_engineers") if getattr(links, name) == getattr(defaults, name)]


@dataclass(frozen=True)
class DatabaseConfig:
    """[database]: where cases are recorded (an SQLAlchemy URL). worker_lease_seconds: how long
    a message or a reply a worker is handling stays its own; past that, a worker that stopped
    (killed, machine down) is presumed gone and another takes over (several workers, PostgreSQL)."""

    url: str = "sqlite:///responder.db"
    worker_lease_seconds: int = 900


@dataclass(frozen=True)
class WebConfig:
    """[web]: the EAFC review page, and the digest of open escalations mailed to the managers."""

    host: str = "127.0.0.1"
    port: int = 8080
    secure_cookies: bool = False
    secret_key_env: str = "RESPONDER_WEB_SECRET"
    base_url: str = "http://127.0.0.1:8080"
    digest_to: tuple[str, ...] = ()
    # Colleagues a case can be forwarded to from its page ("Assistance informatique <dane@...>").
    forward_to: tuple[str, ...] = ()
    # Reverse proxies in front of the page that each add the client's address to X-Forwarded-For;
    # 0: the header is ignored (anyone can send one) and the connection's address is the client.
    trusted_proxies: int = 0
    # Every time the page, its CSV and the digest show is in this zone (not the server's).
    timezone: str = "Europe/Paris"

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
class RetentionConfig:
    """[retention]: how long personal data stays (`responder purge`, for cron).

    A trainee's mail, its texts and our answers' bodies: 6 months, long enough to follow up a
    training session and its reminders. The case itself (who wrote, about what): one year, the
    training year, then anonymised; the counts of the overview stay.
    """

    keep_messages_days: int = 183
    keep_cases_days: int = 365


@dataclass(frozen=True)
class MailboxConfig:
    """One [[mailbox]] table, completed from the shared sections (config/mailboxes.py)."""

    name: str
    imap: ImapConfig
    responder: ResponderConfig
    links: LinksConfig


@dataclass(frozen=True)
class Config:
    """The whole configuration, one attribute per section. mailboxes: the [[mailbox]] tables;
    mailbox: the name of the one this Config is for (mailboxes.each_mailbox), "" for [imap]."""

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
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    mailboxes: tuple[MailboxConfig, ...] = ()
    mailbox: str = ""


SECTIONS: dict[str, type] = {
    "imap": ImapConfig,
    "maildir": MaildirConfig,
    "smtp": SmtpConfig,
    "responder": ResponderConfig,
    "profiles": ProfilesConfig,
    "links": LinksConfig,
    "database": DatabaseConfig,
    "web": WebConfig,
    "invite": InviteConfig,
    "retention": RetentionConfig,
}
