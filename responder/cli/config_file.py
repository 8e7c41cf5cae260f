"""Which configuration a command reads: `--config FILE`, else $RESPONDER_CONFIG, else ./config.toml.

Most commands need the file and stop with ConfigError when it is missing or wrong; a few
(classify, rules, preview) fall back to the built-in defaults when no file was named and the
default one does not exist.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from responder.config import Config, default_config_path, load_config
from responder.errors import ConfigError


def command_config(args: argparse.Namespace) -> Config:
    """Load the configuration the command line names; raise ConfigError when it cannot."""
    path = args.config or default_config_path()
    if args.config is None and not os.environ.get("RESPONDER_CONFIG") and not path.exists():
        # Said where it was looked for and how to name another: the user is likely in another folder.
        raise ConfigError(f"{path}: fichier de configuration introuvable dans {Path.cwd()} : lancez la commande "
                          "depuis le dossier de config.toml, ou indiquez-le avec --config FICHIER "
                          "(ou la variable RESPONDER_CONFIG) ; il n'existe pas encore ? l'administrateur le "
                          "crée à partir de config.example.toml")
    return load_config(path)


def optional_config(args: argparse.Namespace) -> Config | None:
    """The configuration, or None when no file was named and the default file does not exist."""
    path = args.config or default_config_path()
    if args.config is None and not path.exists():
        return None
    return load_config(path)
