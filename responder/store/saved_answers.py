"""Saved answers ("réponses types"): texts the team writes once, edits together, and starts a
reply from on the case page. Imports the schema; never a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from responder.errors import ResponderError
from responder.store.schema import SavedAnswer, User

MAX_TITLE, MAX_BODY = 200, 20_000


@dataclass(frozen=True)
class Answer:
    id: int
    title: str
    body: str
    updated_by: str
    updated_at: datetime


class SavedAnswers:
    """The team's saved answers, by title; one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def all(self) -> list[Answer]:
        with self.sessions() as session:
            rows = session.execute(select(SavedAnswer, User.email).outerjoin(User, SavedAnswer.updated_by == User.id)
                                   .order_by(SavedAnswer.title))
            return [Answer(a.id, a.title, a.body, email or "", a.updated_at) for a, email in rows]

    def get(self, answer_id: int) -> Answer | None:
        return next((a for a in self.all() if a.id == answer_id), None)

    def save(self, answer_id: int | None, title: str, body: str, user_id: int, now: datetime) -> int:
        """Create (answer_id None) or change a saved answer; ResponderError, in French, when unfit."""
        title, body = " ".join(title.split()), body.replace("\r\n", "\n").strip()
        if not title or not body:
            raise ResponderError("une réponse type a besoin d'un titre et d'un texte")
        if len(title) > MAX_TITLE or len(body) > MAX_BODY:
            raise ResponderError(f"titre de {MAX_TITLE} caractères et texte de {MAX_BODY} caractères au plus")
        try:
            with self.sessions.begin() as session:
                row = session.get(SavedAnswer, answer_id) if answer_id is not None else SavedAnswer()
                if row is None:
                    raise ResponderError("cette réponse type n'existe plus")
                row.title, row.body, row.updated_by, row.updated_at = title, body, user_id, now
                session.add(row)
                session.flush()
                return row.id
        except IntegrityError:
            raise ResponderError(f"une réponse type s'appelle déjà « {title} »") from None

    def delete(self, answer_id: int) -> bool:
        with self.sessions.begin() as session:
            row = session.get(SavedAnswer, answer_id)
            if row is None:
                return False
            session.delete(row)
            return True
