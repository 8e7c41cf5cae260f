"""Wiring: build the pipeline's parts from the configuration and run it.

Opens (and migrates) the database, loads the rules, opens the mailbox and the SMTP sender, and
closes them whatever happens. `run_service` is what `responder run` and the demo call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from responder.judge.classify import Rules, load_rules
from responder.config import Config, each_mailbox, unconfirmed_links
from responder.store.database import open_database, single_instance
from responder.source import open_source
from responder.counts import RunCounts, add_counts
from responder.pipeline import Pipeline, utc_now
from responder.store.cases import Recorder
from responder.reply.smtp import open_sender

log = logging.getLogger(__name__)


def run_service(
    config: Config,
    once: bool,
    should_stop: Callable[[], bool] = lambda: False,
    clock: Callable[[], datetime] = utc_now,
    mailbox: str | None = None,
) -> RunCounts:
    """Run the responder on `config` until done (once) or until should_stop() is true: on each of
    its [[mailbox]] (or the one named `mailbox`), each in a thread of its own, or on [imap]."""
    # Passwords, rules and database first: a missing variable, a broken rules file or database
    # stops start-up before any connection is opened, never half-way through a mailbox.
    mailboxes = each_mailbox(config, mailbox)
    for each in mailboxes:
        check_passwords(each)
    rules = [load_rules(each.responder.rules_file or None, each.profiles) for each in mailboxes]
    with single_instance(config.database.url, "run", "arrêtez-la d'abord (systemctl stop responder)"):
        sessions = open_database(config.database.url)
        for each in mailboxes:
            _warn_about_default_links(each)
        if len(mailboxes) == 1:
            return _run(mailboxes[0], Recorder(sessions, mailboxes[0].mailbox), rules[0], once, should_stop, clock)
        return _run_each(mailboxes, sessions, rules, once, should_stop, clock)


def _run_each(mailboxes: list[Config], sessions: sessionmaker[Session], rules: list[Rules], once: bool,
              should_stop: Callable[[], bool], clock: Callable[[], datetime]) -> RunCounts:
    """Every mailbox at once, a thread each: one that fails stops the others, and its error is
    the run's (the others' counts are added up)."""
    failed: list[BaseException] = []
    counts: list[RunCounts] = []

    def stop() -> bool:
        return bool(failed) or should_stop()

    def one(each: Config, its_rules: Rules) -> None:
        try:
            counts.append(_run(each, Recorder(sessions, each.mailbox), its_rules, once, stop, clock))
        except BaseException as error:  # noqa: BLE001 - handed to the main thread below
            failed.append(error)

    threads = [threading.Thread(target=one, args=(each, its_rules), name=f"boîte {each.mailbox}")
               for each, its_rules in zip(mailboxes, rules)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failed:
        raise failed[0]
    return add_counts(counts)


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
            log.info("démarrage sur %s%s%s", source.name, f" (boîte {config.mailbox})" if config.mailbox else "",
                     " (essai à blanc)" if config.responder.dry_run else "")
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
    if unchanged := unconfirmed_links(config.links):
        log.warning(
            "liens du guide non confirmés dans [links] (valeurs par défaut envoyées aux stagiaires) : %s",
            ", ".join(unchanged),
        )