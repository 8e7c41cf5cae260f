"""Three `responder run` on one real Dovecot mailbox and one real PostgreSQL, 500 messages, one
worker killed with SIGKILL in the middle: every message handled once, nothing lost, nobody's
reply taken for a crash, the caps per sender kept across workers (issue 13)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from responder.store.database import open_database
from responder.store.schema import Case, MailboxMessage, Reply
from tests.config_factory import write_config
from tests.dovecot import ImapAccount
from tests.postgres import postgres_server, postgres_url  # noqa: F401 - fixtures
from tests.product.workers_support import handled, start_workers, stop, trainee_mails, wait_for
from tests.smtp import SmtpServer

MESSAGES = 500
BATCH = 10
LEASE = 10  # seconds before a dead worker's messages and replies are taken over

pytestmark = pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning")


def test_workers_share_a_mailbox_and_survive_one_killed(
    imap_account: ImapAccount, smtp_server: SmtpServer, postgres_url: str, tmp_path: Path
) -> None:
    # One trainee writes once in each of the first twelve batches: workers judge them at the same time.
    imap_account.append_many(trainee_mails(MESSAGES, uuid.uuid4().hex[:8], insistent_every=BATCH))
    config = write_config(tmp_path, imap=imap_account.imap_config(poll_interval=1, batch_size=BATCH),
                          smtp=smtp_server.smtp_config(),
                          database={"url": postgres_url, "worker_lease_seconds": LEASE})
    open_database(postgres_url)  # the schema, so the progress can be read from the start
    workers = start_workers(config, 3, tmp_path)
    try:
        # The victim is a worker in the middle of its work: one that has sent replies already (on
        # a loaded machine one may still be starting when the others have done a hundred).
        assert wait_for(lambda: handled(postgres_url) >= 100 and _sending(workers, postgres_url), 120), \
            _logs(workers)
        killed = _sending(workers, postgres_url)[0]
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
        # Done when every message is a case, flagged in the mailbox, and no reply is still to go. (Not
        # « acknowledged » in the database: the victim may have flagged its last batch in the mailbox
        # and died before writing so; the mailbox no longer lists them, nothing is lost.)
        assert wait_for(lambda: _all_handled(postgres_url, imap_account), 240, step=0.5), _logs(workers)
    finally:
        stop(workers)
    survivors = [process.returncode for process, _ in workers if process is not killed]
    assert survivors == [0, 0], _logs(workers)

    with open_database(postgres_url, migrate=False)() as session:
        cases = session.scalar(select(func.count(Case.id)))
        rows = session.scalar(select(func.count(MailboxMessage.id)))
        replies = list(session.execute(select(Reply.message_id, Reply.state, Reply.lease_owner, Case.sender_address)
                                       .join(Case, Reply.case_id == Case.id)))
    assert cases == rows == MESSAGES  # each message one case, no message twice
    assert all("$Responder" in flags for flags in imap_account.flags().values())

    states = Counter(state for _, state, _, _ in replies)
    assert set(states) <= {"sent", "uncertain"}, states  # nothing left pending or in flight
    owner = f":{killed.pid}:"
    assert any(owner in lease for _, _, lease, _ in replies), "the killed worker had sent nothing"
    wrongly = [lease for _, state, lease, _ in replies if state == "uncertain" and owner not in lease]
    assert wrongly == [], "a live worker's reply was taken for a crash"

    received = [message.message["Message-ID"] for message in smtp_server.messages]
    answered = [message.message["In-Reply-To"] for message in smtp_server.messages]
    assert len(answered) == len(set(answered)), "a trainee got two replies to one message"
    assert {mid for mid, state, _, _ in replies if state == "sent"} <= set(received)
    per_sender = Counter(sender for _, _, _, sender in replies)
    assert max(per_sender.values()) <= 3, per_sender.most_common(3)  # max_replies_per_day, across workers
    # Each message was read and judged by one worker: none had to give a batch up to another.
    assert "lot repris" not in _logs(workers, limit=10**7)


def _all_handled(url: str, account: ImapAccount) -> bool:
    with open_database(url, migrate=False)() as session:
        cases = session.scalar(select(func.count(Case.id)))
        to_go = session.scalar(select(func.count(Reply.id)).where(Reply.state.in_(("pending", "sending", "deferred"))))
    return cases == MESSAGES and to_go == 0 and all("$Responder" in flags for flags in account.flags().values())


def _sending(workers: list[tuple[subprocess.Popen[bytes], Path]], url: str) -> list[subprocess.Popen[bytes]]:
    """The workers that have handed replies to the relay so far (the leases name their pid)."""
    with open_database(url, migrate=False)() as session:
        owners = set(session.scalars(select(Reply.lease_owner).distinct()))
    return [process for process, _ in workers if any(f":{process.pid}:" in owner for owner in owners)]


def _logs(workers: list[tuple[object, Path]], limit: int = 3000) -> str:
    return "\n".join(f"--- {log.name}\n" + log.read_text(errors="replace")[-limit:] for _, log in workers
                     if os.path.exists(log))


def test_two_workers_judging_one_trainee_at_once_answer_the_same_question_once(
    smtp_server: SmtpServer, postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mailbox
    import threading
    from datetime import UTC, datetime

    from responder import pipeline as pipeline_module
    from responder.judge.classify import load_rules
    from responder.model import RawMessage
    from responder.reply.smtp import SmtpSender
    from responder.source import MaildirSource
    from responder.store.cases import Recorder
    from responder.store.claims import MessageClaims
    from tests.config_factory import make_config
    from tests.product.end_to_end_support import BATCH

    mailbox.Maildir(tmp_path / "Maildir", create=True)
    config = make_config(tmp_path, smtp=smtp_server.smtp_config(), database={"url": postgres_url})
    assert config.maildir is not None
    sessions = open_database(postgres_url)
    question = BATCH["academic_password_quoted"][0]
    mails = [question.replace(b"Message-ID: <", f"Message-ID: <copy{n}.".encode()) for n in range(2)]
    judge = pipeline_module.judge

    def slow_judge(*args: object, **kwargs: object) -> object:
        time.sleep(0.5)  # a worker busy judging: the other one comes in meanwhile
        return judge(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "judge", slow_judge)

    def worker(name: str, raw: bytes) -> None:
        with SmtpSender(config.smtp) as sender:
            source = MaildirSource(config.maildir)  # type: ignore[arg-type]
            pipeline = pipeline_module.Pipeline(config, Recorder(sessions), load_rules(None, config.profiles),
                                                source, sender)
            pipeline.claims = MessageClaims(sessions, worker=name)
            pipeline.handle([RawMessage(source.name, 0, name, raw, datetime.now(UTC))])

    threads = [threading.Thread(target=worker, args=(f"worker-{n}", raw)) for n, raw in enumerate(mails)]
    for thread in threads:
        thread.start()
        time.sleep(0.2)
    for thread in threads:
        thread.join(30)
    with sessions() as session:
        stops = list(session.scalars(select(Case.stops).order_by(Case.id)))
        replies = session.scalar(select(func.count(Reply.id)))
    assert replies == 1 and len(smtp_server.messages) == 1  # not the same answer twice
    assert "dup_handle" in stops[1]


def _set_uidvalidity(server: object, value: int) -> None:
    import subprocess

    from tests.dovecot import USERNAME, DovecotServer

    assert isinstance(server, DovecotServer)
    subprocess.run(["doveadm", "-c", str(server.directory / "dovecot.conf"), "mailbox", "update", "-u", USERNAME,
                    "--uid-validity", str(value), "INBOX"], check=True, capture_output=True)


def test_two_mailboxes_with_the_same_uidvalidity_share_one_database(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    from responder.config import load_config
    from responder.service import run_service
    from tests.dovecot import start_dovecot
    from tests.product.end_to_end_support import BATCH

    other_server = start_dovecot()
    try:
        other = ImapAccount(other_server)
        with other.client() as client:
            client.select_folder("INBOX")  # Dovecot creates the mailbox
        for server in (imap_account.server, other_server):
            _set_uidvalidity(server, 1_700_000_000)
        question = BATCH["academic_password_quoted"][0]
        imap_account.append_many([question.replace(b"Message-ID: <", f"Message-ID: <a{n}.".encode()) for n in range(3)])
        other.append_many([question.replace(b"Message-ID: <", f"Message-ID: <b{n}.".encode()) for n in range(3)])
        assert imap_account.uidvalidity() == other.uidvalidity()
        database = {"url": f"sqlite:///{tmp_path / 'responder.db'}"}
        first = write_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_server.smtp_config(), database=database)
        run_service(load_config(first), once=True)
        (tmp_path / "config.toml").rename(tmp_path / "first.toml")
        second = write_config(tmp_path, imap=other.imap_config(), smtp=smtp_server.smtp_config(), database=database)
        counts = run_service(load_config(second), once=True)
        # The second mailbox's messages have the same UIDs and UIDVALIDITY: still its own.
        assert counts.handled == 3
        assert all("$Responder" in flags for flags in other.flags().values())
        with open_database(database["url"], migrate=False)() as session:
            sources = Counter(session.scalars(select(MailboxMessage.source)))
        assert sorted(sources.values()) == [3, 3] and all(name.startswith("imap://formation@") for name in sources)
    finally:
        other_server.stop()


def test_messages_an_earlier_version_handled_stay_handled(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import update

    from responder.config import load_config
    from responder.service import run_service
    from tests.product.end_to_end_support import BATCH

    imap_account.append(BATCH["academic_password_quoted"][0])
    database = f"sqlite:///{tmp_path / 'responder.db'}"
    config = load_config(write_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_server.smtp_config(),
                                      database={"url": database}))
    run_service(config, once=True)
    assert len(smtp_server.messages) == 1
    sessions = open_database(database, migrate=False)
    with sessions.begin() as session:  # as an earlier version recorded it: the folder alone
        session.execute(update(MailboxMessage).values(source="imap:INBOX"))
    with imap_account.client() as client:  # a server that lost our keyword
        client.select_folder("INBOX")
        client.remove_flags(client.search("ALL"), ["$Responder"])
    with caplog.at_level("INFO"):
        run_service(config, once=True)
    assert len(smtp_server.messages) == 1  # not answered twice
    assert "1 message(s) déjà traité(s) rattaché(s) à imap://formation@example.org@127.0.0.1" in caplog.text


def test_one_installation_answers_two_mailboxes_each_as_itself(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from responder.cli import main
    from responder.config import load_config
    from responder.web import create_app
    from tests.dovecot import start_dovecot
    from tests.product.end_to_end_support import BATCH
    from tests.web.review_support import login
    from tests.web_support import MANAGER, PASSWORD

    other_server = start_dovecot()
    try:
        other = ImapAccount(other_server)
        with other.client() as client:
            client.select_folder("INBOX")
        for server in (imap_account.server, other_server):
            _set_uidvalidity(server, 1_700_000_000)  # the same UIDs and UIDVALIDITY in both
        question = BATCH["academic_password_quoted"][0]
        imap_account.append(question.replace(b"Message-ID: <", b"Message-ID: <grenoble."))
        # Other trainees write to Lyon: the caps and « the same answer twice » count a person across mailboxes.
        other.append_many([question.replace(b"Message-ID: <", f"Message-ID: <lyon{n}.".encode())
                           .replace(b"claire.martin@", f"trainee{n}@".encode())
                           .replace(b"To: formation-magistere@ac-grenoble.fr", b"To: formation@ac-lyon.fr")
                           for n in range(2)])
        path = write_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_server.smtp_config())
        with path.open("a", encoding="utf-8") as file:
            file.write(f'\n[[mailbox]]\nname = "grenoble"\n\n[[mailbox]]\nname = "lyon"\nport = {other.port}\n'
                       'address = "formation@ac-lyon.fr"\ndisplay_name = "Formation EAFC Lyon"\n'
                       '[mailbox.links]\npassword_reset = "https://id.ac-lyon.fr/motdepasse"\n')
        assert main(["--config", str(path), "run", "--once"]) == 0
    finally:
        other_server.stop()

    replies = [(str(message.message["From"]), message.message.get_body(("plain",)).get_content())
               for message in smtp_server.messages]
    assert len(replies) == 3
    lyon = [text for sender, text in replies if "Formation EAFC Lyon <formation@ac-lyon.fr>" in sender]
    assert len(lyon) == 2 and all("https://id.ac-lyon.fr/motdepasse" in text for text in lyon)
    grenoble = [text for sender, text in replies if "formation-magistere@ac-grenoble.fr" in sender]
    assert len(grenoble) == 1 and "https://id.ac-lyon.fr" not in grenoble[0]

    capsys.readouterr()
    assert main(["--config", str(path), "cases", "--json", "--mailbox", "lyon"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 2 and {case["mailbox"] for case in listed} == {"lyon"}

    from responder.store.accounts import Accounts
    from responder.store.schema import ROLE_MANAGER

    config = load_config(path)
    Accounts(open_database(config.database.url)).add(MANAGER, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    client = create_app(config).test_client()
    login(client)
    page = client.get("/?mailbox=grenoble").get_data(as_text=True)
    assert 'id="f-mailbox"' in page and page.count("boîte grenoble") == 1 and "boîte lyon" not in page
    # An account limited to Lyon sees Lyon's cases only, everywhere on the page.
    capsys.readouterr()
    assert main(["--config", str(path), "users", "mailboxes", MANAGER, "lyon"]) == 0
    assert f"{MANAGER} voit les boîtes : lyon" in capsys.readouterr().out
    assert main(["--config", str(path), "users", "mailboxes", MANAGER, "paris"]) == 2
    assert "boîte inconnue : paris (boîtes de la configuration : grenoble, lyon)" in capsys.readouterr().err
    with open_database(config.database.url, migrate=False)() as session:
        grenoble_case = session.scalar(select(Case.id).where(Case.mailbox == "grenoble"))
    limited = create_app(config).test_client()
    login(limited)
    listed = limited.get("/?view=all").get_data(as_text=True)
    assert listed.count("boîte lyon") == 2 and "boîte grenoble" not in listed
    assert limited.get(f"/cas/{grenoble_case}").status_code == 404
    token = re.search(r'name="csrf_token" value="([^"]+)"', listed)
    assert token is not None
    assert limited.post(f"/cas/{grenoble_case}/prendre", data={"csrf_token": token.group(1)}).status_code == 404
    assert "<strong>2</strong> demandes reçues" in limited.get("/apercu").get_data(as_text=True)
    assert len(limited.get("/export/cas.csv").get_data(as_text=True).strip().splitlines()) == 3  # header + 2
