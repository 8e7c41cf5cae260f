"""The pipeline: the one place where the steps meet, in their fixed order, a batch at a time.

source (list, fetch) -> parse -> judge (guard + classifier) -> render -> store (cases and
outbox, one commit) -> send (delivery.py) -> store (delivery) -> source (acknowledge, one STORE)
-> store (acknowledged). What the decision needs from before (our texts a reply may quote, the
invitations answered, each sender's history, the copies already recorded) is read for the whole
batch first and handed to the pure steps as data; each message is parsed once. A message that
breaks a step becomes a case for a human and the batch goes on; a database that cannot record
stops the run before anything of the batch is flagged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from responder.config import Config
from responder.counts import ALREADY_HANDLED, RunCounts, count_outcome, summary
from responder.delivery import SETTLED, WAITING, Dispatcher
from responder.errors import DatabaseError, MailboxError
from responder.invitations.linking import InvitationLinks
from responder.judge import AnsweredInvitation, Verdict, installed_models, judge, reply_history_key
from responder.judge.classify import Rules
from responder.judge.explanation import explanation_record
from responder.judge.guard import GuardSettings, sender_key
from responder.message_ids import new_token, sign_message_id
from responder.model import Action, Address, Conversation, OutgoingMail, Outcome, ParsedMessage, RawMessage, SentReply
from responder.parse import parse_message, threading_ids
from responder.reply.render import render_reply
from responder.reply.smtp import Sender
from responder.source import Source
from responder.store.campaigns import CampaignStore, LinkedInvitation
from responder.store.claims import MessageClaims
from responder.store.cases import NewCase, RecordedElsewhere, Recorder
from responder.store.history import History
from responder.store.outbox import Outbox, PendingReply
from responder.store.threads import ThreadLookup, Threads, follows_in_batch
from responder.watchdog import Overtime, cpu_budget

log = logging.getLogger(__name__)

# CPU seconds each pure stage of one message may take (parse; guard + classify + render): ten
# times what the bounds let the worst input cost, so only a new stdlib pathology reaches it.
CPU_BUDGET = 10.0
OVERTIME = f"message trop complexe : analyse arrêtée après {CPU_BUDGET:.0f} s de calcul"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Read:
    """One message read and judged, on its way to the store."""

    raw: RawMessage
    parsed: ParsedMessage
    linked: LinkedInvitation | None
    verdict: Verdict | None = None
    conversation: Conversation | None = None
    follows: _Read | None = None  # the earlier message of the batch it continues
    mail: OutgoingMail | None = None
    cpu: float = 0.0


class Pipeline:
    """Handles the messages of one source with one sender, recording everything."""

    def __init__(self, config: Config, recorder: Recorder, rules: Rules, source: Source, sender: Sender,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.config, self.recorder, self.rules, self.source, self.clock = config, recorder, rules, source, clock
        self.history = History(recorder.sessions)
        # SQLite: one process per database (service.single_instance); a server may have others.
        self.exclusive = recorder.sessions.kw["bind"].dialect.name == "sqlite"
        lease = timedelta(seconds=config.database.worker_lease_seconds)
        self.outbox = Outbox(recorder.sessions, lease)
        self.threads = Threads(recorder.sessions)
        self.claims = MessageClaims(recorder.sessions, lease, exclusive=self.exclusive)
        self.invitations = InvitationLinks(CampaignStore(recorder.sessions))
        self.signing_key = recorder.signing_key()
        self.guard_settings = GuardSettings.from_config(config.responder, self.signing_key)
        self.dry_run = config.responder.dry_run
        # Loaded before the first message: an unreadable model stops the start, not a message.
        self.models = installed_models(config.responder.models_dir)
        self.dispatcher = Dispatcher(self.outbox, sender, clock, None if self.dry_run else source.save_sent)

    # --- the loop -------------------------------------------------------------------------------

    def run(self, once: bool, should_stop: Callable[[], bool] = lambda: False) -> RunCounts:
        """Handle what is there (once) or keep waiting for mail until should_stop() is true.

        A mailbox that fails before any pass succeeded stops the run (a wrong host, port or
        password: no retry fixes it); once a pass succeeded, an outage is waited out with
        backoff and logged once, like an unreachable relay.
        """
        counts = RunCounts(dry_run=self.dry_run)
        if adopted := self.claims.adopt_former_names(self.source.former_names, self.source.name):
            log.info("%d message(s) déjà traité(s) rattaché(s) à %s", adopted, self.source.name)
        interrupted = self.outbox.recover_interrupted(self.clock(), self.exclusive)
        if interrupted:
            log.warning("%d réponse(s) interrompue(s) pendant l'envoi : transmises à un humain", interrupted)
        backoff = 1.0
        mailbox_worked = mailbox_down = False
        while not should_stop():
            try:
                self.run_pass(counts, should_stop)
                backoff = 1.0
            except MailboxError as error:
                if once or not mailbox_worked:
                    raise
                if not mailbox_down:
                    log.error("boîte aux lettres indisponible : %s ; nouveaux essais jusqu'à son retour", error)
                mailbox_down = True
                _sleep(backoff, should_stop)
                backoff = min(backoff * 2, 300.0)
                continue
            if mailbox_down:
                log.info("boîte aux lettres de nouveau joignable")
            mailbox_worked, mailbox_down = True, False
            if once or should_stop():
                break
            self.source.wait_for_mail(self.source.poll_interval, should_stop)
        log.info("%s", summary(counts))
        return counts

    # --- one pass -----------------------------------------------------------------------------

    def run_pass(self, counts: RunCounts, should_stop: Callable[[], bool] = lambda: False) -> None:
        """Send what waits in the outbox, then handle the mailbox's new messages a batch at a time."""
        self.dispatcher.new_pass()
        if not self.exclusive and (late := self.outbox.recover_interrupted(self.clock(), exclusive=False)):
            log.warning("%d réponse(s) d'un processus arrêté pendant l'envoi : transmises à un humain", late)
        counts.sent_later += self._settle(self.dispatcher.deliver_due())
        listing = self.source.new_messages()
        handled = self.recorder.handled(self.source.name, listing.uidvalidity, listing.uids)
        pending = [uid for uid in listing.uids if uid not in handled]
        size = self.source.batch_size
        for start in range(0, len(pending), size):
            # Other workers of this mailbox list the same UIDs: handle only those this one holds.
            mine = self.claims.claim(self.source.name, listing.uidvalidity, pending[start : start + size], self.clock())
            raws = self.source.fetch(listing, mine) if mine else []
            outcomes = self.handle(raws)
            self._acknowledge(list(zip(raws, outcomes)))
            for raw, outcome in zip(raws, outcomes):
                count_outcome(counts, raw, outcome)
            if should_stop():
                break
        counts.waiting, counts.relay_problem = self.dispatcher.waiting, self.dispatcher.relay_down
        counts.refused, counts.refusal = self.dispatcher.refused, self.dispatcher.last_refusal

    def handle(self, raws: Sequence[RawMessage], first_try: bool = True) -> list[Outcome]:
        """Handle one batch end to end, up to the delivery of its replies (not the acknowledgement).
        A mail recorded by another worker meanwhile fails the batch's commit: once more, it finds it."""
        try:
            return self._handle(raws)
        except RecordedElsewhere:
            if not first_try:
                raise
            log.info("un autre processus a enregistré un message de ce lot : lot repris")
            return self.handle(raws, first_try=False)

    def _handle(self, raws: Sequence[RawMessage]) -> list[Outcome]:
        now = self.clock()
        outcomes: dict[str, Outcome] = {}
        for uid, already in self.recorder.recorded_many(raws).items():
            # Recorded before a crash but never flagged: finish the job, send nothing new.
            outcomes[uid] = Outcome(already.action, already.replied, ALREADY_HANDLED, already.case_id,
                                    settled=not already.awaiting)
        reads = self._read([raw for raw in raws if raw.uid not in outcomes], now, outcomes)
        keys = {id(read): reply_history_key(read.parsed) for read in reads}
        # From the senders' histories to the commit of their replies, no other worker judges them.
        with self.claims.sender_turns(keys.values()):
            self._judge(reads, keys, now, outcomes)
            cases, copies = self._plan(reads, outcomes)
            recorded = self.recorder.record_cases([entry for _, entry in cases], [(r.raw, i) for r, i in copies], now)
        replies = [(reply_id, read.mail) for (read, _), (_, reply_id) in zip(cases, recorded)
                   if reply_id is not None and read.mail is not None]
        states = iter(self.dispatcher.dispatch_all(replies))
        for (read, entry), (case_id, reply_id) in zip(cases, recorded):
            state = next(states) if reply_id is not None and read.mail is not None else ""
            outcomes[read.raw.uid] = self._outcome(read, entry, case_id, state)
        for read, index in copies:
            if index >= 0:  # a second copy of a mail of this very batch
                original = outcomes[cases[index][0].raw.uid]
                outcomes[read.raw.uid] = self._duplicate(read, original.action, original.case_id)
        return [outcomes[raw.uid] for raw in raws]

    # --- read: parse once, knowing what the message may quote -----------------------------------

    def _read(self, raws: Sequence[RawMessage], now: datetime, outcomes: dict[str, Outcome]) -> list[_Read]:
        ids = {raw.uid: _lookup_ids(threading_ids(raw.raw)) for raw in raws}
        wanted = {found for found_ids in ids.values() for found in found_ids}
        texts = self.history.texts_we_sent(wanted)
        invitations = self.invitations.by_ids(wanted)
        reads = []
        for raw in raws:
            started = time.process_time()
            linked = next((invitations[i] for i in ids[raw.uid] if i in invitations), None)
            known = [texts[i] for i in ids[raw.uid] if i in texts]
            if linked is not None and linked.body_text:
                known.append(linked.body_text)
            try:
                with cpu_budget(CPU_BUDGET):
                    parsed = parse_message(raw.raw, known)
                if parsed.delivery_reports:  # a bounce names the invitation it returns differently
                    linked = self.invitations.find(parsed)
            except Overtime:
                outcomes[raw.uid] = self._failure(raw, OVERTIME, now)
                continue
            except DatabaseError:
                raise  # the case cannot be recorded: stop before the next message
            except Exception as error:  # noqa: BLE001 - parse never raises by contract; stay safe anyway
                outcomes[raw.uid] = self._failure(raw, f"message illisible : {error}", now)
                continue
            reads.append(_Read(raw, parsed, linked, cpu=time.process_time() - started))
        return reads

    # --- judge and render: pure, with what was read for the batch --------------------------------

    def _judge(self, reads: list[_Read], keys: dict[int, str], now: datetime, outcomes: dict[str, Outcome]) -> None:
        """keys: each read's sender key (id of the read -> key), as the caps count it."""
        histories = self.history.histories(keys.values())
        lookups = [_thread_lookup(read, now) for read in reads]
        batch = list(reads)
        for read, conversation, earlier in zip(batch, self.threads.conversations(lookups), follows_in_batch(lookups)):
            if conversation is None and earlier is not None:
                # It continues a message of this very batch, not yet recorded: thread 0 until then.
                read.follows = batch[earlier]
                handed = read.follows.verdict is not None and read.follows.verdict.decision.action is Action.ESCALATE
                conversation = Conversation(0, 0, handed) if handed else None
            read.conversation = conversation
            started = time.process_time()
            linked, key = read.linked, keys[id(read)]
            answered = AnsweredInvitation(linked.profile, linked.address, linked.training.name) if linked else None
            try:
                with cpu_budget(CPU_BUDGET):
                    verdict = judge(read.parsed, self.rules, self.guard_settings, now,
                                    read.raw.internal_date, histories.get(key), answered, self.models,
                                    conversation)
                    read.verdict = verdict
                    if verdict.decision.send_reply:
                        read.mail = self._render(read, verdict, now)
            except Overtime:
                outcomes[read.raw.uid] = self._failure(read.raw, OVERTIME, now)
            except Exception as error:  # noqa: BLE001 - one broken message must not stop the others
                log.exception("échec du traitement de %s", read.raw.uid)
                outcomes[read.raw.uid] = self._failure(read.raw, f"erreur de traitement : {error}", now)
            read.cpu += time.process_time() - started
            if read.raw.uid in outcomes:
                reads.remove(read)
            elif read.mail is not None and read.verdict is not None and key in histories:
                # Later messages of the batch from the same sender see this reply in their history.
                history = histories[key]
                histories[key] = replace(history, replies=(*history.replies, SentReply(now, read.verdict.handle)))

    def _render(self, read: _Read, verdict: Verdict, now: datetime) -> OutgoingMail:
        message_id = sign_message_id(new_token(), self.signing_key, self.config.responder.message_id_domain)
        training = read.linked.training if read.linked is not None else None
        return render_reply(read.parsed, verdict.decision, self.config.responder, self.config.links,
                            message_id, now, training)

    # --- record, then deliver -----------------------------------------------------------------

    def _plan(self, reads: list[_Read], outcomes: dict[str, Outcome]
              ) -> tuple[list[tuple[_Read, NewCase]], list[tuple[_Read, int]]]:
        """The new cases of the batch, and the copies of mails already recorded, in the log
        (-1 - its case id) or earlier in this batch (the index of its case)."""
        entries = [(read, _new_case(read)) for read in reads]
        known = self.recorder.cases_by_keys({entry.key for _, entry in entries})
        cases: list[tuple[_Read, NewCase]] = []
        copies: list[tuple[_Read, int]] = []
        first: dict[str, int] = {}
        index_of: dict[int, int] = {}  # id of a read -> the index of its case
        for read, entry in entries:
            if entry.key in known:
                recorded = known[entry.key]
                copies.append((read, -1 - recorded.case_id))
                outcomes[read.raw.uid] = self._duplicate(read, recorded.action, recorded.case_id)
            elif entry.key in first:
                copies.append((read, first[entry.key]))
            else:
                first[entry.key] = len(cases)
                index_of[id(read)] = len(cases)
                cases.append((read, replace(entry, follows=index_of.get(id(read.follows)))))
                if read.linked is not None:
                    # Before the case: marking twice after a crash is harmless, missing it is not.
                    self.invitations.mark_bounced(read.parsed, read.linked, self.clock())
        return cases, copies

    def _duplicate(self, read: _Read, action: Action, case_id: int | None) -> Outcome:
        log.info("%s | doublon du cas %s | rien envoyé", _who(read.parsed.sender), case_id)
        return Outcome(action, False, "doublon", case_id)

    def _outcome(self, read: _Read, entry: NewCase, case_id: int, state: str) -> Outcome:
        """What became of one recorded message, and its log line."""
        decision = entry.decision
        action = decision.action if state not in ("failed", "uncertain") else Action.ESCALATE
        training = read.linked.training if read.linked is not None else None
        log.info(
            "%s | %s %s %s%s%s | %s", _who(read.parsed.sender), action.value,
            decision.classification.profile.value,
            "+".join(t.value for t in decision.classification.topics) or "-",
            "".join(f" [{code}]" for code in (*(stop.code for stop in decision.stops), *decision.notes)),
            f" (formation « {training.name} »)" if training is not None else "",
            state or "pas de réponse automatique",
        )
        # A deferred reply is still to come: flag the message now, answer and move it once sent.
        return Outcome(action, state == "sent", state or "aucune réponse", case_id,
                       settled=state not in ("deferred", WAITING), cpu=read.cpu)

    def _failure(self, raw: RawMessage, error: str, now: datetime) -> Outcome:
        case_id = self.recorder.record_failure(raw, error, now)
        log.warning("message %s laissé pour un humain (cas %d) : %s", raw.uid, case_id, error)
        return Outcome(Action.ESCALATE, False, "erreur", case_id)

    # --- acknowledge ----------------------------------------------------------------------------

    def _acknowledge(self, handled: list[tuple[RawMessage, Outcome]]) -> None:
        if self.dry_run or not handled:
            return  # a dry run touches neither SMTP nor the mailbox's flags
        self.source.acknowledge(handled)
        self.recorder.mark_acknowledged([raw for raw, _ in handled])

    def _settle(self, delivered: Sequence[tuple[PendingReply, str]]) -> int:
        """Flag and move the mail of cases whose waiting reply has now been settled; returns how
        many of those replies were sent."""
        handled = []
        for pending, state in delivered:
            if state not in SETTLED:
                continue
            case_id = pending.case_id
            outcome = Outcome(self.recorder.final_action(case_id), state == "sent", "réponse différée réglée", case_id)
            handled += [(copy, outcome) for copy in self.recorder.mailbox_copies(case_id, self.source.name)]
        self._acknowledge(handled)
        return sum(state == "sent" for _, state in delivered)


def _new_case(read: _Read) -> NewCase:
    verdict = read.verdict
    if verdict is None:  # _judge keeps only the messages it judged
        raise ValueError(f"message {read.raw.uid} recorded without a verdict")
    linked, parsed = read.linked, read.parsed
    return NewCase(
        read.raw, parsed, verdict.decision, read.mail, verdict.handle, verdict.history_key,
        explanation_record(parsed, verdict.explanation, verdict.decision, verdict.reading),
        (linked.campaign_id, linked.invitation_id) if linked is not None else None,
        # Our mail to these addresses was refused for good: never write to them automatically again.
        tuple((r.recipient, sender_key(r.recipient), r.status) for r in parsed.delivery_reports if r.permanent_failure),
        read.conversation,
    )


def _thread_lookup(read: _Read, now: datetime) -> ThreadLookup:
    parsed = read.parsed
    return ThreadLookup((*parsed.references, *parsed.in_reply_to), parsed.sender.addr if parsed.sender else "",
                        parsed.subject, read.raw.internal_date or now, parsed.message_id or "")


def _lookup_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids to look up, in order, each also in lower case: our invitations' ids are all
    lower case (hex digits and a lower-cased domain), whatever a client did to the copy."""
    return tuple(dict.fromkeys(variant for found in ids for variant in (found, found.lower())))


def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not should_stop():
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))


def _who(address: Address | None) -> str:
    return address.addr if address else "(expéditeur inconnu)"
