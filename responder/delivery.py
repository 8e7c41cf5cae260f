"""The one delivery path: every reply in the outbox goes out through `Dispatcher`.

The pipeline's automatic replies, the replies waiting since an earlier run and the web page's
"send now" all take the same steps: claim the reply (`sending`, committed), hand its stored bytes
to the sender, record the outcome, and file a copy in the Sent folder when there is one. A relay
that cannot be reached is not the trainee's fault: the reply goes back to the outbox without
counting an attempt, no other reply is tried until the next pass, and the outage is logged once.
Joins the store's outbox and the send step; decides nothing about what to send.
"""

from __future__ import annotations

import email
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from email.message import EmailMessage

from responder.errors import DeliveryError, MailboxError
from responder.model import Delivery, DeliveryStatus, OutgoingMail
from responder.reply.smtp import Sender, Stage
from responder.store.outbox import Outbox, PendingReply
from responder.wire import READING, mail_bytes

log = logging.getLogger(__name__)

WAITING = "waiting"  # left in the outbox because the relay could not be reached
CLAIMED = "claimed"  # another process took it between our read and our claim
SETTLED = ("sent", "failed", "uncertain")  # nothing more will happen to such a reply


class Dispatcher:
    """Sends replies from the outbox through one sender, keeping track of the relay."""

    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        clock: Callable[[], datetime],
        sent_copy: Callable[[bytes], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self.sender = sender
        self.clock = clock
        self.sent_copy = sent_copy
        # Why the relay could not be reached in this pass ("" while it answers).
        self.relay_down = ""
        self.waiting = 0  # replies left in the outbox for that reason in this pass
        self._warned = False
        # Replies the relay refused for good since the start, and its last words: a relay that
        # takes connections but refuses every mail must not go unnoticed behind an exit code 0.
        self.refused = 0
        self.last_refusal = ""

    def new_pass(self) -> None:
        """Try the relay again (each pass of the pipeline starts with this)."""
        self.relay_down, self.waiting = "", 0

    def dispatch(self, reply_id: int, mail: OutgoingMail) -> str:
        """Send one recorded reply; return its state ("sent", "deferred", WAITING, ...)."""
        if self.relay_down:
            self.waiting += 1
            return WAITING
        if not self.outbox.claim_for_sending(reply_id, self.clock()):
            return CLAIMED
        try:
            delivery = self.sender.send(mail)
        except DeliveryError:
            # The relay refuses us as a whole (login, TLS): nothing went out, the reply waits.
            self.outbox.release(reply_id, self.clock())
            raise
        if delivery.status is DeliveryStatus.DEFERRED and delivery.stage == Stage.CONNECT.value:
            # Nobody could be reached: the trainee is not at fault and the attempt does not
            # count; every reply waits until the relay answers again.
            self.outbox.release(reply_id, self.clock())
            self._lost(delivery.detail)
            return WAITING
        self._back()
        state = self.outbox.record_delivery(reply_id, delivery, self.clock())
        self._settled(delivery, mail)
        return state

    def dispatch_all(self, replies: Sequence[tuple[int, OutgoingMail]]) -> list[str]:
        """Send recorded replies one after the other; return their states, in order.

        What dispatch does for each, with one commit a reply: the delivery of one is recorded
        in the same commit as the claim of the next (Outbox.record_and_claim).
        """
        states: list[str] = []
        sent: tuple[int, int, Delivery, OutgoingMail] | None = None  # index, reply id, outcome, mail
        try:
            for reply_id, mail in replies:
                if self.relay_down:
                    self.waiting += 1
                    states.append(WAITING)
                    continue
                previous, claimed = self.outbox.record_and_claim(sent[1:3] if sent else None, reply_id, self.clock())
                if sent is not None and previous is not None:
                    self._recorded(sent, previous, states)
                sent = None
                states.append("" if claimed else CLAIMED)
                if claimed:
                    sent = self._send(len(states) - 1, reply_id, mail, states)
        finally:
            if sent is not None:  # the last one, or the one sent before an error stopped the rest
                self._recorded(sent, self.outbox.record_delivery(sent[1], sent[2], self.clock()), states)
        return states

    def _send(self, index: int, reply_id: int, mail: OutgoingMail, states: list[str]
              ) -> tuple[int, int, Delivery, OutgoingMail] | None:
        try:
            delivery = self.sender.send(mail)
        except DeliveryError:
            # The relay refuses us as a whole (login, TLS): nothing went out, the reply waits.
            self.outbox.release(reply_id, self.clock())
            states[index] = WAITING
            raise
        if delivery.status is DeliveryStatus.DEFERRED and delivery.stage == Stage.CONNECT.value:
            self.outbox.release(reply_id, self.clock())
            self._lost(delivery.detail)
            states[index] = WAITING
            return None
        self._back()
        return index, reply_id, delivery, mail

    def _recorded(self, sent: tuple[int, int, Delivery, OutgoingMail], state: str, states: list[str]) -> None:
        index, _, delivery, mail = sent
        states[index] = state
        self._settled(delivery, mail)

    def _settled(self, delivery: Delivery, mail: OutgoingMail) -> None:
        if delivery.status is DeliveryStatus.SENT and self.sent_copy is not None:
            _copy_to_sent(self.sent_copy, mail)
        elif delivery.status is DeliveryStatus.FAILED:
            self.refused += 1
            self.last_refusal = delivery.detail
            log.warning("réponse à %s refusée par le serveur d'envoi : %s ; la demande passe à un humain",
                        ", ".join(mail.envelope_to), delivery.detail)

    def deliver_due(self) -> list[tuple[PendingReply, str]]:
        """Send the replies whose time has come (deferred earlier); return each with its state."""
        due = self.outbox.due_replies(self.clock())
        states = self.dispatch_all([(pending.reply_id, stored_mail(pending)) for pending in due])
        for pending, state in zip(due, states):
            if state != WAITING:  # the outage itself is said once, not once a reply and a pass
                log.info("réponse en attente du cas %d : %s", pending.case_id, state)
        return list(zip(due, states))

    def _lost(self, detail: str) -> None:
        self.relay_down = detail
        self.waiting += 1
        if not self._warned:
            log.warning("serveur SMTP injoignable : %s ; les réponses attendent dans la file d'envoi", detail)
            self._warned = True

    def _back(self) -> None:
        if self._warned:
            log.info("serveur SMTP de nouveau joignable : les réponses en attente partent")
            self._warned = False


def _copy_to_sent(sent_copy: Callable[[bytes], None], mail: OutgoingMail) -> None:
    try:
        sent_copy(mail_bytes(mail))
    except MailboxError as error:
        # The reply went out; only the staff's copy is missing. Say so, go on.
        log.warning("copie de la réponse dans le dossier des envoyés impossible : %s", error)


def stored_mail(pending: PendingReply) -> OutgoingMail:
    """A reply as the outbox keeps it: its exact bytes and envelope (the message re-read from them)."""
    message = email.message_from_bytes(pending.raw, policy=READING)
    if not isinstance(message, EmailMessage):  # policy.default always gives one
        raise TypeError("the outbox holds a message the email package cannot read")
    return OutgoingMail(message, pending.envelope_from, tuple(pending.envelope_to.split(",")), pending.raw)
