"""Roster files as trainers' spreadsheets save them, and the problems a reading reports."""

from __future__ import annotations

from pathlib import Path

from responder.invitations.roster import Roster


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "stagiaires.csv",
          newline: str = "\r\n") -> Path:
    """Write a CSV as a spreadsheet saves it: CRLF line ends (Excel) unless told otherwise."""
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def lines_and_messages(roster: Roster) -> list[tuple[int, str]]:
    return [(problem.line, problem.message) for problem in roster.problems]
