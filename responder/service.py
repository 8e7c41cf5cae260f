"""Wiring: build the pipeline's parts from the configuration and run it.

Opens (and migrates) the database, loads the rules, opens the mailbox and the SMTP sender, and
closes them whatever happens. `run_service` is what `responder run` and the demo call.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from responder.classify import Rules, load_rules
from responder.config import Config, LinksConfig
from responder.db import open_database
from responder.errors import ResponderError
from responder.mailbox import open_source
from responder.pipeline import Pipeline, RunCounts, utc_now
from responder.record import Recorder
from responder.send import open_sender

log = logging.getLogger(__name__)


def run_service(
    config: Config,
    once: bool,
    should_stop: Callable[[], bool] = lambda: False,
    clock: Callable[[], datetime] = utc_now,
) -> RunCounts:
    """Run the responder on `config` until done (once) or until should_stop() is true."""
    # Rules and database first: a broken rules file or database stops start-up before any
    # connection is opened, never half-way through a mailbox.
    rules = load_rules(config.responder.rules_file or None, config.profiles)
    with _single_instance(config.database.url):
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


@contextlib.contextmanager
def _single_instance(url: str) -> Iterator[None]:
    """Hold an exclusive lock beside an SQLite database for the whole run.

    Two responders on one mailbox and one database (a `run --once` typed while the service runs)
    would race for the same messages; the second one stops at once with a clear message.
    """
    if not url.startswith("sqlite:///") or url.startswith("sqlite:///:memory:"):
        yield  # a database server arbitrates by itself (the outbox claim is atomic)
        return
    lock_path = Path(url.removeprefix("sqlite:///") + ".lock").expanduser()
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ResponderError(
                f"une autre instance de responder utilise déjà {lock_path.with_suffix('')} : "
                "arrêtez-la d'abord (systemctl stop responder)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
