"""The commands that run the responder and keep its database: `run`, `demo`, `db upgrade`."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_OK, EXIT_STOPPED
from responder.cli.output import table
from responder.cli.signals import stop_on_signals


def run_command(args: argparse.Namespace) -> int:
    """`run [--once] [--dry-run] [--mailbox NAME]`: answer the mailbox (each [[mailbox]])."""
    from responder.service import run_service

    config = command_config(args)
    if args.dry_run:
        config = dataclasses.replace(config, responder=dataclasses.replace(config.responder, dry_run=True))
    if config.responder.dry_run:
        # Said before it happens: a message a trial recorded is not answered by the real run after it.
        print("essai à blanc : rien ne sera envoyé ni marqué, mais chaque message lu sera enregistré comme "
              "traité dans la base de [database] url : faites vos essais sur une base d'essai "
              "(README, « The first hour »)", file=sys.stderr)
    with stop_on_signals() as stop:
        counts = run_service(config, once=args.once, should_stop=stop, mailbox=args.mailbox)
    if counts.refused:
        # Each case went to a human; if every reply is refused, the relay itself is to be checked.
        print(f"attention : {counts.refused} réponse(s) refusée(s) par le serveur d'envoi (dernière raison : "
              f"{counts.refusal}) ; ces demandes sont passées à un humain. Si toutes le sont, vérifiez le "
              "relais [smtp] : `responder config check` ne fait que le saluer, sans envoyer.", file=sys.stderr)
    if counts.waiting:
        # The pipeline logged the server and the reason; the exit code tells cron and scripts.
        print(f"attention : {counts.waiting} réponse(s) en attente dans la file d'envoi, serveur SMTP "
              f"injoignable ({counts.relay_problem}) ; elles partiront au prochain passage", file=sys.stderr)
        return EXIT_STOPPED
    return EXIT_OK


def demo_command(args: argparse.Namespace) -> int:
    """`demo [--output DIR]`: the pipeline on the sample messages, and what it did."""
    from responder.demo import run_demo

    result = run_demo(args.output)
    print(table(
        ("#", "expéditeur", "profil", "sujets", "action", "motifs", "objet de la réponse"),
        [
            (str(c.id), c.sender, c.profile, c.topics.replace(" ", "+") or "-", c.action, c.stops or "-", c.reply_subject or "-")
            for c in result.cases
        ],
    ))
    print()
    print(f"Réponses envoyées au serveur SMTP local : {result.sent_folder} ({result.sent_count} fichier(s) .eml)")
    print(f"Base des cas : {result.database}")
    print(f"Relancer sur la même base n'envoie rien de nouveau : {result.second_run_sent} réponse(s) au second passage.")
    return EXIT_OK


def db_command(args: argparse.Namespace) -> int:
    """`db upgrade`: apply the migrations."""
    from responder.store.database import upgrade

    config = command_config(args)
    upgrade(config.database.url)
    print("base de données à jour")
    return EXIT_OK
