"""The commands that show and measure the decisions, sending and recording nothing: `classify`,
`evaluate`, `rules check`, `preview`.

They read the configuration file when there is one, else work on the built-in rules and links.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from responder.cli.config_file import optional_config
from responder.cli.exit_codes import EXIT_BELOW_THRESHOLD, EXIT_OK
from responder.cli.output import table
from responder.config import LinksConfig, ProfilesConfig, ResponderConfig
from responder.errors import ResponderError, os_error_text

# Who the replies would come from when there is no configuration file.
_DEFAULT_ADDRESS = "formation-magistere@ac-grenoble.fr"


def _eml_files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".eml", ".msg", ".txt", ".raw", ""))
        elif path.is_file():
            yield path
        else:
            raise ResponderError(f"{path} : fichier ou dossier introuvable")


def _rules_and_settings(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    """The rules, guard settings and models of the config file if there is one, else the defaults."""
    from responder.judge import installed_models
    from responder.judge.classify import load_rules
    from responder.judge.guard import GuardSettings

    config = optional_config(args)
    profiles = config.profiles if config else ProfilesConfig()
    responder = config.responder if config else ResponderConfig(address=_DEFAULT_ADDRESS)
    rules = load_rules(responder.rules_file or None, profiles)
    # Nothing is sent here: a throwaway key only serves to recognise no Message-ID as ours.
    return rules, GuardSettings.from_config(responder, b"classify"), installed_models(responder.models_dir)


# A mail's header block names at least one of these (a file without any is some other text).
_MAIL_HEADER = re.compile(rb"(?im)^(from|subject|date|message-id|received|return-path|to):")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def classify_command(args: argparse.Namespace) -> int:
    """`classify PATH... [--json | --explain]`: the decision `run` would take on each file."""
    from responder.judge.evaluate import judge_file, prediction
    from responder.judge.explanation import explanation_record, format_explanation

    rules, settings, models = _rules_and_settings(args)
    rows = []
    files = list(_eml_files(args.paths))
    if not files:
        print(f"aucun message à classer dans {' '.join(map(str, args.paths))} (fichiers .eml, ou dossier Maildir)",
              file=sys.stderr)
        return EXIT_OK
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ResponderError(f"{path} : illisible : {os_error_text(error)}") from None
        if not _MAIL_HEADER.search(_HEADER_END.split(raw[:65536], 1)[0]):
            print(f"attention : {path} ne ressemble pas à un message (ni From, ni Subject, ni Date en tête) : "
                  "classé quand même", file=sys.stderr)
        # The decision `run` takes (guard included), the same for the table, --json and --explain.
        parsed, verdict = judge_file(raw, rules, settings, models)
        if args.explain:
            print(f"=== {path}")
            print(format_explanation(explanation_record(parsed, verdict.explanation, verdict.decision, verdict.reading)))
            print()
            continue
        result = prediction(verdict)
        if args.json:
            print(json.dumps({
                "file": str(path),
                "profile": result.profile,
                "topics": list(result.topics),
                "action": result.action,
                "reasons": list(result.reasons),
            }, ensure_ascii=False))
        else:
            rows.append((str(path), result.profile, "+".join(result.topics) or "-", result.action))
    if not args.json and not args.explain:
        print(table(("fichier", "profil", "sujets", "action"), rows))
    return EXIT_OK


def evaluate_command(args: argparse.Namespace) -> int:
    """`evaluate DIR`: measure the decisions on a labelled corpus; exit 1 under the thresholds."""
    from responder.judge.calibration import calibration, format_calibration
    from responder.judge.evaluate import evaluate, format_report, measure

    if not args.folder.is_dir():
        raise ResponderError(f"{args.folder} : dossier introuvable")
    rules, settings, models = _rules_and_settings(args)
    items = evaluate(args.folder, rules, settings, models)
    metrics = measure(items)
    print(format_report(items, metrics))
    labelled_clauses = [clause for item in items for clause in item.label.clauses]
    if labelled_clauses:
        print()
        print(format_calibration(calibration(labelled_clauses, models.clauses)))
    failures = []
    checks = (
        ("action", metrics.action_accuracy, args.min_action),
        ("sujets", metrics.topics_accuracy, args.min_topics),
        ("profil", metrics.profile_accuracy, args.min_profile),
        ("couverture", metrics.coverage, args.min_coverage),
    )
    for name, share, minimum in checks:
        if 100 * share < minimum:
            failures.append(f"{name} {100 * share:.1f} % < {minimum:g} %")
    if 100 * metrics.wrong_answer_rate > args.max_wrong_answers:
        failures.append(f"réponses fausses {100 * metrics.wrong_answer_rate:.1f} % > {args.max_wrong_answers:g} %")
    if failures:
        print("\nSOUS LES SEUILS : " + " ; ".join(failures), file=sys.stderr)
        return EXIT_BELOW_THRESHOLD
    return EXIT_OK


def rules_command(args: argparse.Namespace) -> int:
    """`rules check [FILE]`: validate a rules file."""
    from responder.judge.classify import load_rules

    config = optional_config(args)
    profiles = config.profiles if config else ProfilesConfig()
    path = args.file or (Path(config.responder.rules_file) if config and config.responder.rules_file else None)
    rules = load_rules(path, profiles)
    print(f"règles valides : {len(rules.rules)} règle(s) dans {path or 'le fichier fourni avec responder'}")
    return EXIT_OK


def preview_command(args: argparse.Namespace) -> int:
    """`preview PROFILE [TOPIC...]`: print the reply that would be sent."""
    from responder.model import Profile, Topic, in_guide_order
    from responder.reply.render import render_body

    try:
        profile = Profile(args.profile)
    except ValueError:
        raise ResponderError(f"profil inconnu {args.profile!r} (academic, university ou other)") from None
    topics = set()
    for name in args.topics:
        try:
            topics.add(Topic(name))
        except ValueError:
            known = ", ".join(t.value for t in Topic)
            raise ResponderError(f"sujet inconnu {name!r} ({known})") from None
    config = optional_config(args)
    responder = config.responder if config else ResponderConfig(address=_DEFAULT_ADDRESS)
    links = config.links if config else LinksConfig()
    text, html = render_body(profile, in_guide_order(topics), args.escalated, responder, links)
    print(html if args.html else text)
    return EXIT_OK
