"""The exit codes of every command, in one place so that cron and scripts can rely on them."""

EXIT_OK = 0
# Fewer good decisions than `evaluate --min-...` asked for; some invitations refused or deferred.
EXIT_BELOW_THRESHOLD = 1
EXIT_SOME_FAILED = 1
# A user mistake or a ResponderError: one French line on stderr (argparse's mistakes too).
EXIT_USER_ERROR = 2
# Work left for the next run: replies waiting for the relay, a sending run stopped early.
EXIT_STOPPED = 3
# A pilot (`invite --send --limit N`) went out; the rest of the roster waits, as asked.
EXIT_PILOT = 4
# Ctrl-C, as a shell reports a SIGINT.
EXIT_INTERRUPTED = 130
