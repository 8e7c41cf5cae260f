"""Wiring: build the pipeline's parts from the configuration and run it.

Opens (and migrates) the database, loads the rules, opens the mailbox and the SMTP sender, and
closes them whatever happens. `run_service` is what `responder run` and the demo call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from responder.judge.classify import Rules, load_rules
from responder.config import Config, LinksConfig
from responder.store.database import open_database, single_instance
from responder.source import open_source
from responder.counts import RunCounts
from responder.pipeline import Pipeline, utc_now
from responder.store.cases import Recorder
from responder.reply.smtp import open_sender

log = logging.getLogger(__name__)


def run_service(
    config: Config,
    once: bool,
    should_stop: Callable[[], bool] = lambda: False,
    clock: Callable[[], datetime] = utc_now,
) -> RunCounts:
    """Run the responder on `config` until done (once) or until should_stop() is true."""
    # Passwords, rules and database first: a missing variable, a broken rules file or database
    # stops start-up before any connection is opened, never half-way through a mailbox.
    check_passwords(config)
    rules = load_rules(config.responder.rules_file or None, config.profiles)
    with single_instance(config.database.url, "run", "arrêtez-la d'abord (systemctl stop responder)"):
        recorder = Recorder(open_database(config.database.url))
        _warn_about_default_links(config)
        return _run(config, recorder, rules, once, should_stop, clock)


def _run(
    config: Config,
    recorder: Recorder,
    rules: Rules,
    once: bool,
    should_stop: Callable[[], bool],
    clock: Callable[[], datetime],
) -> RunCounts:
    source = open_source(config)
    try:
        sender = open_sender(config.smtp, config.responder.dry_run)
        try:
            log.info("démarrage sur %s%s", source.name, " (essai à blanc)" if config.responder.dry_run else "")
            pipeline = Pipeline(config, recorder, rules, source, sender, clock)
            return pipeline.run(once=once, should_stop=should_stop)
        finally:
            sender.close()
    finally:
        source.close()


def check_passwords(config: Config) -> None:
    """Raise ConfigError now when a password variable the run will need is not set."""
    if config.imap is not None and config.maildir is None:
        config.imap.password()
    if config.smtp.username and not config.responder.dry_run:
        config.smtp.password()


def _warn_about_default_links(config: Config) -> None:
    """Say at every start which guide links are still the shipped guesses, not the EAFC's own."""
    defaults = LinksConfig()
    unchanged = [
        name for name in ("identifier_recovery", "password_reset", "helpdesk_form", "eafc_stage_managers", "eafc_engineers")
        if getattr(config.links, name) == getattr(defaults, name)
    ]
    if unchanged:
        log.warning(
            "liens du guide non confirmés dans [links] (valeurs par défaut envoyées aux stagiaires) : %s",
            ", ".join(unchanged),
        )
