"""Building the clause model: examples in, an exported model out (needs scikit-learn).

Not a pipeline step: `responder learn` and the scripts that build and check the shipped model
use it; the service only reads the exported model (judge/intents.py).
"""
