"""`python -m responder` runs the command line."""

import sys

from responder.cli import main

sys.exit(main())
