"""The pipeline: the one place where the steps meet, in their fixed order.

mailbox -> parse -> guard -> classify -> render -> record (outbox) -> send -> record (delivery)
-> acknowledge. Each message is handled inside its own try: a message that breaks a step becomes
a case for a human, the loop goes on. Runs once or forever (IDLE or polling) until asked to stop,
always between two messages.

A message that answers one of our invitations (or a delivery report that returns one) is linked
to it through the campaign journal: the invitation's text is known quoted material, its profile
is the trainee's, the reply names its training, and a permanent failure marks it failed.
"""

from __future__ import annotations

import email
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

from responder.store.campaigns import CampaignStore
from responder.invitations.linking import InvitationLinks
from responder.judge.classify import Rules
from responder.config import Config
from responder.errors import DatabaseError, DeliveryError, MailboxError
from responder.judge.explanation import explanation_record
from responder.judge.guard import GuardSettings, SenderHistory, SentReply, sender_key
from responder.source import Source
from responder.model import (
    Action,
    Address,
    Decision,
    DeliveryStatus,
    OutgoingMail,
    Outcome,
    ParsedMessage,
    RawMessage,
    Training,
)
from responder.parse import parse_message
from responder.store.cases import Recorder, message_key
from responder.reply.render import render_reply
from responder.reply.smtp import Sender, Stage, mail_bytes
from responder.judge import AnsweredInvitation, judge
from responder.watchdog import Overtime, cpu_budget
from responder.message_ids import new_token, sign_message_id

log = logging.getLogger(__name__)

WAITING = "waiting"  # a reply left in the outbox because the relay could not be reached
# CPU seconds each pure stage of one message may take (parse; guard + classify + render): ten
# times what the bounds let the worst input cost, so only a new stdlib pathology reaches it.
CPU_BUDGET = 10.0
OVERTIME = f"message trop complexe : analyse arrêtée après {CPU_BUDGET:.0f} s de calcul"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class RunCounts:
    """What a run did, for the final log line and the demo."""

    handled: int = 0
    replied: int = 0
    escalated: int = 0
    ignored: int = 0
    errors: int = 0
    # Replies left in the outbox because the relay could not be reached, and why (for the
    # warning and exit code 3 of `run --once`); "" when the relay answered.
    waiting: int = 0
    relay_problem: str = ""


class Pipeline:
    """Handles messages from one source with one sender, recording everything."""

    def __init__(
        self,
        config: Config,
        recorder: Recorder,
        rules: Rules,
        source: Source,
        sender: Sender,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.config = config
        self.recorder = recorder
        self.rules = rules
        self.source = source
        self.sender = sender
        self.clock = clock
        self.invitations = InvitationLinks(CampaignStore(recorder.sessions))
        self.signing_key = recorder.signing_key()
        self.guard_settings = GuardSettings.from_config(config.responder, self.signing_key)
        self.dry_run = config.responder.dry_run
        # Why the relay could not be reached in this pass ("" while it answers): no other reply
        # is tried until the next pass, and the outage is logged once, not once per message.
        self.relay_down = ""
        self._relay_warned = False
        self._waiting = 0  # replies left waiting for the relay in this pass

    # --- one message ----------------------------------------------------------------------------

    def handle(self, raw: RawMessage) -> Outcome:
        """Handle one message end to end and acknowledge it in the mailbox."""
        already = self.recorder.recorded(raw)
        if already is not None:
            # Recorded before a crash but never flagged: finish the job, send nothing new.
            folder = None if already.awaiting else self._folder(already.action)
            outcome = Outcome(already.action, already.replied, "déjà traité", folder, already.case_id)
        else:
            outcome = self._process(raw)
        self._acknowledge(raw, outcome)
        return outcome

    def _process(self, raw: RawMessage) -> Outcome:
        now = self.clock()
        try:
            with cpu_budget(CPU_BUDGET):
                parsed = parse_message(raw.raw)
            linked = self.invitations.find(parsed)
            # A trainee answering our earlier reply, or our invitation, quotes it: parse again
            # knowing its text, so that its words ("mot de passe", "identifiant") never count.
            known = self.recorder.texts_we_sent(parsed.in_reply_to + parsed.references)
            if linked is not None and linked.body_text:
                known.append(linked.body_text)
            if known:
                with cpu_budget(CPU_BUDGET):
                    parsed = parse_message(raw.raw, known)
        except Overtime:
            return self._failure(raw, OVERTIME, now)
        except DatabaseError:
            raise  # the case cannot be recorded: stop before the next message
        except Exception as error:  # noqa: BLE001 - parse never raises by contract; stay safe anyway
            return self._failure(raw, f"message illisible : {error}", now)
        sender = parsed.sender.addr if parsed.sender else ""
        duplicate = self.recorder.case_by_key(message_key(parsed.message_id, sender, raw.raw))
        if duplicate is not None:
            self.recorder.link_duplicate(raw, duplicate.case_id, now)
            log.info("%s | doublon du cas %d | rien envoyé", _who(parsed.sender), duplicate.case_id)
            return Outcome(duplicate.action, False, "doublon", self._folder(duplicate.action), duplicate.case_id)
        training = linked.training if linked is not None else None
        try:
            answered = (
                AnsweredInvitation(linked.profile, linked.address, linked.training.name)
                if linked is not None else None
            )
            with cpu_budget(CPU_BUDGET):
                verdict = judge(
                    parsed, self.rules, self.guard_settings, now, raw.internal_date, self._history, answered
                )
                decision = verdict.decision
                mail = self._render(parsed, decision, now, training) if decision.send_reply else None
        except Overtime:
            return self._failure(raw, OVERTIME, now)
        except DatabaseError:
            raise
        except Exception as error:  # noqa: BLE001 - one broken message must not stop the others
            log.exception("échec du traitement de %s", raw.uid)
            return self._failure(raw, f"erreur de traitement : {error}", now)
        if linked is not None:
            # Before the case: marking twice after a crash is harmless, missing it is not.
            self.invitations.mark_bounced(parsed, linked, now)
        case_id, reply_id = self.recorder.record_case(
            raw, parsed, decision, now, mail, _plain_text(mail), verdict.handle, verdict.history_key,
            explanation_record(parsed, verdict.explanation, decision),
            (linked.campaign_id, linked.invitation_id) if linked is not None else None,
        )
        # Our mail to these addresses was refused for good: never write to them automatically again.
        self.recorder.record_bounces(case_id, [
            (report.recipient, sender_key(report.recipient), report.status)
            for report in parsed.delivery_reports if report.permanent_failure
        ], now)
        state = self._deliver(reply_id, mail) if reply_id is not None and mail is not None else ""
        replied = state == "sent"
        action = decision.action if state not in ("failed", "uncertain") else Action.ESCALATE
        # A deferred reply is still to come: flag the message now, answer and move it once sent.
        folder = None if state in ("deferred", WAITING) else self._folder(action)
        log.info(
            "%s | %s %s %s%s%s | %s",
            _who(parsed.sender),
            action.value,
            decision.classification.profile.value,
            "+".join(t.value for t in decision.classification.topics) or "-",
            "".join(f" [{code}]" for code in (*(stop.code for stop in decision.stops), *decision.notes)),
            f" (formation « {training.name} »)" if training is not None else "",
            state or "pas de réponse automatique",
        )
        return Outcome(action, replied, state or "aucune réponse", folder, case_id)

    def _history(self, key: str) -> SenderHistory:
        replies = tuple(SentReply(at, handle) for at, handle in self.recorder.replies_to(key))
        return SenderHistory(replies=replies, hard_bounced_at=self.recorder.hard_bounced_at(key))

    def _render(
        self, parsed: ParsedMessage, decision: Decision, now: datetime, training: Training | None
    ) -> OutgoingMail:
        message_id = sign_message_id(new_token(), self.signing_key, self.config.responder.message_id_domain)
        return render_reply(
            parsed, decision, self.config.responder, self.config.links, message_id, now, training
        )

    def _failure(self, raw: RawMessage, error: str, now: datetime) -> Outcome:
        case_id = self.recorder.record_failure(raw, error, now)
        log.warning("message %s laissé pour un humain (cas %d) : %s", raw.uid, case_id, error)
        return Outcome(Action.ESCALATE, False, "erreur", self._folder(Action.ESCALATE), case_id)

    # --- sending --------------------------------------------------------------------------------

    def _deliver(self, reply_id: int, mail: OutgoingMail) -> str:
        if self.relay_down:
            self._waiting += 1
            return WAITING  # the relay is down for this pass: the reply waits in the outbox
        if not self.recorder.claim_for_sending(reply_id, self.clock()):
            return "claimed"  # another process took it between our read and our claim
        try:
            delivery = self.sender.send(mail)
        except DeliveryError:
            # The relay refuses us as a whole (login, TLS): nothing went out, the reply waits.
            self.recorder.release(reply_id, self.clock())
            raise
        if delivery.status is DeliveryStatus.DEFERRED and delivery.stage == Stage.CONNECT.value:
            # Nobody could be reached: the trainee is not at fault and the attempt does not
            # count; every reply waits until the relay answers again.
            self.recorder.release(reply_id, self.clock())
            self._relay_lost(delivery.detail)
            self._waiting += 1
            return WAITING
        self._relay_back()
        state = self.recorder.record_delivery(reply_id, delivery, self.clock())
        if delivery.status is DeliveryStatus.SENT and not self.dry_run:
            self._copy_to_sent(mail)
        return state

    def _copy_to_sent(self, mail: OutgoingMail) -> None:
        try:
            self.source.save_sent(mail_bytes(mail))
        except MailboxError as error:
            # The reply went out; only the staff's copy is missing. Say so, go on.
            log.warning("copie de la réponse dans le dossier des envoyés impossible : %s", error)

    def _relay_lost(self, detail: str) -> None:
        self.relay_down = detail
        if not self._relay_warned:
            log.warning("serveur SMTP injoignable : %s ; les réponses attendent dans la file d'envoi", detail)
            self._relay_warned = True

    def _relay_back(self) -> None:
        if self._relay_warned:
            log.info("serveur SMTP de nouveau joignable : les réponses en attente partent")
            self._relay_warned = False

    def deliver_due(self) -> int:
        """Send the replies waiting in the outbox (deferred earlier); return how many went out."""
        sent = 0
        for pending in self.recorder.due_replies(self.clock()):
            message = email.message_from_bytes(pending.raw, policy=policy.default)
            assert isinstance(message, EmailMessage)
            mail = OutgoingMail(message, pending.envelope_from, tuple(pending.envelope_to.split(",")))
            state = self._deliver(pending.reply_id, mail)
            if state != WAITING:  # the outage itself is said once, not once a reply and a pass
                log.info("réponse en attente du cas %d : %s", pending.case_id, state)
            sent += state == "sent"
            if state in ("sent", "failed", "uncertain"):
                self._acknowledge_later(pending.case_id, replied=state == "sent")
        return sent

    # --- acknowledging --------------------------------------------------------------------------

    def _folder(self, action: Action) -> str | None:
        imap = self.config.imap
        if imap is None or self.config.maildir is not None:
            return None
        folder = {
            Action.REPLY: imap.move_replied,
            Action.ESCALATE: imap.move_escalated,
            Action.IGNORE: imap.move_ignored,
        }[action]
        return folder or None

    def _acknowledge_later(self, case_id: int, replied: bool) -> None:
        """Flag and move the mail of a case whose deferred reply has now been settled."""
        if self.dry_run:
            return
        action = self.recorder.final_action(case_id)
        outcome = Outcome(action, replied, "réponse différée réglée", self._folder(action), case_id)
        for copy in self.recorder.mailbox_copies(case_id, self.source.name):
            self.source.acknowledge(copy, outcome)
            self.recorder.mark_acknowledged(copy)

    def _acknowledge(self, raw: RawMessage, outcome: Outcome) -> None:
        if self.dry_run:
            return  # a dry run touches neither SMTP nor the mailbox's flags
        self.source.acknowledge(raw, outcome)
        self.recorder.mark_acknowledged(raw)

    # --- the loop -------------------------------------------------------------------------------

    def run(self, once: bool, should_stop: Callable[[], bool] = lambda: False) -> RunCounts:
        """Handle what is there (once) or keep waiting for mail until should_stop() is true.

        A mailbox that fails before any pass succeeded stops the run (a wrong host, port or
        password: no retry fixes it); once a pass succeeded, an outage is waited out with
        backoff and logged once, like an unreachable relay.
        """
        counts = RunCounts()
        interrupted = self.recorder.recover_interrupted(self.clock())
        if interrupted:
            log.warning("%d réponse(s) interrompue(s) pendant l'envoi : transmises à un humain", interrupted)
        backoff = 1.0
        mailbox_worked = mailbox_down = False
        while not should_stop():
            self.relay_down = ""  # each pass tries the relay again
            self._waiting = 0
            try:
                self.deliver_due()
                for raw in self.source.fetch_new(self._is_handled):
                    self._count(counts, self.handle(raw))
                    if should_stop():
                        break
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
            self.source.wait_for_mail(self._poll_interval(), should_stop)
        counts.waiting, counts.relay_problem = self._waiting, self.relay_down
        log.info(
            "fin : %d message(s), %d réponse(s), %d pour un humain, %d ignoré(s), %d erreur(s)",
            counts.handled, counts.replied, counts.escalated, counts.ignored, counts.errors,
        )
        return counts

    def _is_handled(self, uidvalidity: int, uid: str) -> bool:
        return self.recorder.is_handled(self.source.name, uidvalidity, uid)

    def _poll_interval(self) -> float:
        return float(self.config.imap.poll_interval if self.config.imap else 60)

    @staticmethod
    def _count(counts: RunCounts, outcome: Outcome) -> None:
        counts.handled += 1
        counts.replied += outcome.replied
        counts.escalated += outcome.action is Action.ESCALATE
        counts.ignored += outcome.action is Action.IGNORE
        counts.errors += outcome.summary == "erreur"


def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not should_stop():
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))


def _who(address: Address | None) -> str:
    return address.addr if address else "(expéditeur inconnu)"


def _plain_text(mail: OutgoingMail | None) -> str:
    if mail is None:
        return ""
    body = mail.message.get_body(("plain",))
    return str(body.get_content()) if body is not None else ""
