"""The demo's SMTP sink: what a client sends lands as a .eml file with its envelope."""

from __future__ import annotations

import smtplib
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from responder.demo.sink import MaildropSink


def _message(to: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "formation-magistere@ac-grenoble.fr"
    message["To"] = to
    message["Subject"] = "Re: Votre accès à M@gistère"
    message.set_content("Bonjour,\nvoici la marche à suivre pour retrouver votre identifiant.\n")
    return message


def test_sent_message_lands_as_an_eml_file_with_its_envelope(tmp_path: Path) -> None:
    folder = tmp_path / "sortie"
    with MaildropSink(folder) as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            client.send_message(_message("Marie Durand <marie.durand@ac-grenoble.fr>"),
                                from_addr="bounces@ac-grenoble.fr",
                                to_addrs=["marie.durand@ac-grenoble.fr"])

    assert sink.port > 0
    [path] = sorted(folder.glob("*.eml"))
    assert path.name == "0001-marie.durand@ac-grenoble.fr.eml"
    written = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert list(written.keys())[:2] == ["X-Sink-Mail-From", "X-Sink-Rcpt-To"]
    assert written["X-Sink-Mail-From"] == "<bounces@ac-grenoble.fr>"
    assert written["X-Sink-Rcpt-To"] == "<marie.durand@ac-grenoble.fr>"
    assert written["Subject"] == "Re: Votre accès à M@gistère"
    assert "retrouver votre identifiant" in written.get_content()
    [envelope] = sink.received
    assert envelope.mail_from == "bounces@ac-grenoble.fr"
    assert envelope.rcpt_tos == ("marie.durand@ac-grenoble.fr",)
    assert path.read_bytes().endswith(envelope.data)


def test_numbering_goes_on_across_runs_and_names_stay_safe(tmp_path: Path) -> None:
    for to in ("a@ac-grenoble.fr", "../../etc/passwd@evil.example"):
        with MaildropSink(tmp_path) as sink:
            with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
                client.sendmail("x@ac-grenoble.fr", [to], b"Subject: t\r\n\r\nbody\r\n")

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["0001-a@ac-grenoble.fr.eml", "0002-.._.._etc_passwd@evil.example.eml"]
