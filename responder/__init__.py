"""responder: answers M@gistère trainees from the EAFC guide, hands the rest to a human."""

__version__ = "0.1.0"
