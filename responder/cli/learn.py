"""`responder learn`: rebuild the models from the shipped examples and the EAFC's corrections."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_BELOW_THRESHOLD, EXIT_OK
from responder.errors import ResponderError

# In a checkout, the project's held-out set; an installation names its own with --heldout.
CHECKOUT_HELDOUT = Path(__file__).resolve().parent.parent.parent / "training" / "heldout"


def learn_command(args: argparse.Namespace) -> int:
    """Fit, compare on the held-out folder, keep the new models only when they are no worse."""
    from responder.judge import CLAUSE_MODEL_FILE, PROFILE_MODEL_FILE, installed_models
    from responder.judge.classify import load_rules
    from responder.judge.guard import GuardSettings
    from responder.learn import examples
    from responder.learn.corrections import Correction, as_examples, compare, learn_in_scratch, no_worse
    from responder.learn.training import require_scikit_learn
    from responder.store.database import open_database
    from responder.store.review import ReviewStore

    config = command_config(args)
    if not config.responder.models_dir:
        raise ResponderError(f"{config.path} : [responder] models_dir est vide : où écrire les modèles appris ?")
    heldout = args.heldout or (CHECKOUT_HELDOUT if CHECKOUT_HELDOUT.is_dir() else None)
    if heldout is None or not heldout.is_dir():
        raise ResponderError("--heldout DOSSIER : un corpus étiqueté (labels.toml) pour juger les modèles")
    require_scikit_learn()
    corrected = ReviewStore(open_database(config.database.url)).corrected()
    corrections = [Correction(case_id, raw, profile, topics, action)
                   for case_id, raw, profile, topics, action, _ in corrected]
    current = installed_models(config.responder.models_dir)
    local_clauses, local_profiles = as_examples(corrections, current)
    print(f"{len(corrections)} correction(s) de la page de suivi : {len(local_clauses)} phrase(s) et "
          f"{len(local_profiles)} message(s) étiquetés")
    new, scratch = learn_in_scratch(examples.read() + local_clauses, examples.read_profiles() + local_profiles)
    try:
        rules = load_rules(config.responder.rules_file or None, config.profiles)
        settings = GuardSettings.from_config(config.responder, b"learn")
        before, after = compare(heldout, rules, settings, current, new)
        for title, m in (("modèles actuels", before), ("nouveaux modèles", after)):
            print(f"{title:<17}: action {100 * m.action_accuracy:.1f} %, réponses fausses "
                  f"{m.wrong_automatic_answers} ({100 * m.wrong_answer_rate:.1f} %), couverture "
                  f"{100 * m.coverage:.1f} % ({heldout})")
        if not no_worse(before, after):
            print("nouveaux modèles refusés : moins bons sur le corpus de contrôle ; rien n'est changé")
            return EXIT_BELOW_THRESHOLD
        if args.dry_run:
            print("--dry-run : rien n'est changé")
            return EXIT_OK
        target = Path(config.responder.models_dir)
        target.mkdir(parents=True, exist_ok=True)
        for name in (PROFILE_MODEL_FILE, CLAUSE_MODEL_FILE):  # clauses last: its presence says "use these"
            shutil.copyfile(scratch / name, target / name)
        print(f"nouveaux modèles écrits dans {target} : redémarrez `responder run` pour qu'il les lise")
        return EXIT_OK
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
