"""The error family of responder.

Every error an operator can act on is a ResponderError; library exceptions are caught in the
module that talks to the library and re-raised as one of these, with where it happened
(file and key, host and port). The command line prints the message as one line and exits 2.
This module imports nothing from responder.
"""


class ResponderError(Exception):
    """An error the operator can fix; its message says what and where."""


class ConfigError(ResponderError):
    """The configuration file (or the rules file) is wrong: the message names the file and key."""


class MailboxError(ResponderError):
    """The mailbox cannot be reached or read (host:port, folder)."""


class DeliveryError(ResponderError):
    """The SMTP server cannot be reached or refuses us as a whole (host:port)."""


class DatabaseError(ResponderError):
    """The database cannot be opened or migrated."""


class RosterError(ResponderError):
    """The roster file cannot be read as a whole (missing, no address column): file named."""


class CampaignError(ResponderError):
    """A campaign cannot go on as asked (changed template or URL not confirmed, busy): says why."""
