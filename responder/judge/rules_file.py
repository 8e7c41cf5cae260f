"""Read the classifier's rules file, validate it whole, compile it once into Rules (rules.py).

Any mistake (unknown key, topic or term, empty pattern, a pattern that normalisation leaves
empty, a duplicate) raises ConfigError with the file and line — every problem of the file at once;
nothing is ever half loaded.
"""

from __future__ import annotations

import itertools
import logging
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from responder.config import ProfilesConfig
from responder.errors import ConfigError, os_error_text, toml_error_text
from responder.model import Profile, Topic
from responder.judge.rules import (
    KINDS,
    CompiledPattern,
    Phrase,
    Rule,
    Rules,
    Settings,
    Slot,
    Vocabulary,
    Word,
)
from responder.judge.words import fold, typo_budget, words

log = logging.getLogger(__name__)

_TEXT_PROFILES = (Profile.ACADEMIC.value, Profile.UNIVERSITY.value)
_MIN_STEM = 3  # "oubli*" is a stem; "ou*" would match half the language
_HEADER = re.compile(r"^\s*\[\[?\s*[\w.]+\s*\]\]?\s*(#.*)?$")


def load_rules(path: str | Path | None, profiles: ProfilesConfig) -> Rules:
    """Read, validate and compile a rules file (None: the packaged responder/data/rules.toml)."""
    if path is None:
        resource = resources.files("responder") / "data" / "rules.toml"
        name, text = str(resource), resource.read_text(encoding="utf-8")
    else:
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"{name}: impossible de lire le fichier de règles ({os_error_text(error)})") from error
        except UnicodeDecodeError as error:
            raise ConfigError(f"{name}: impossible de lire le fichier de règles (pas en UTF-8)") from error
    rules = _Compiler(name, text).compile(profiles)
    log.debug("%d règles lues dans %s", len(rules.rules), name)  # --debug only: classify and evaluate stay quiet
    return rules


class _Compiler:
    """Turns the file's text into Rules, pointing every error at its line."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()
        try:
            self.data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            reason, line = toml_error_text(error)
            where = f"{name}:{line}" if line else name
            raise ConfigError(f"{where}: syntaxe TOML invalide ({reason})") from error
        self.headers = [
            (n, re.sub(r"#.*|\s", "", line)) for n, line in enumerate(self.lines) if _HEADER.match(line)
        ]
        self.terms: dict[str, Slot] = {}
        self.interned: dict[tuple[str, bool, int], Word] = {}
        self.vocabulary = Vocabulary()
        # Every section and rule is checked, each problem kept: `rules check` lists them all at once.
        self.problems: list[ConfigError] = []

    # -- locating ------------------------------------------------------------------------------

    def _block(self, header: str, index: int = 0) -> tuple[int, int]:
        """Return the 0-based line range of the index-th table named header ("[[topic]]")."""
        starts = [n for n, name in self.headers if name == header]
        if index >= len(starts):
            return 0, len(self.lines)
        # Only a table header ends a table: a "[" line may also continue an array.
        end = next((n for n, _ in self.headers if n > starts[index]), len(self.lines))
        return starts[index], end

    def _line(self, header: str, index: int, key: str | None = None, value: str | None = None) -> int:
        start, end = self._block(header, index)
        line = start
        if key is not None:
            assignment = re.compile(rf"^\s*{re.escape(key)}\s*=")
            line = next((n for n in range(start, end) if assignment.match(self.lines[n])), start)
        if value is not None:
            quoted = (f'"{value}"', f"'{value}'")
            line = next((n for n in range(line, end) if any(q in self.lines[n] for q in quoted)), line)
        return line + 1

    def error(self, line: int, message: str) -> ConfigError:
        return ConfigError(f"{self.name}:{line}: {message}")

    # -- compiling -----------------------------------------------------------------------------

    def compile(self, profiles: ProfilesConfig) -> Rules:
        for key in self.data:
            if key not in ("settings", "words", "terms", *KINDS):
                self.problems.append(self.error(self._top_line(key), f"section '{key}' inconnue"))
        settings = self._settings()
        self.vocabulary = self._vocabulary()
        self.terms = self._terms()
        rules = self._rules(settings)
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise ConfigError(f"{len(self.problems)} problèmes dans {self.name} :\n"
                              + "\n".join(f"  {p}" for p in self.problems))
        grouped: dict[str, list[Word]] = {}
        for word in self.interned.values():  # every word of every term and pattern, once
            grouped.setdefault(word.text[0], []).append(word)
        vocabulary = self.vocabulary
        real = {word.text for word in self.interned.values() if not word.prefix}
        for listed in (vocabulary.known, vocabulary.ignored, vocabulary.filler, vocabulary.negations,
                       vocabulary.weak_negations, vocabulary.clause_words, vocabulary.negation_exceptions,
                       vocabulary.barriers, vocabulary.coordinators, vocabulary.requests):
            real |= listed
        return Rules(
            source=self.name,
            settings=settings,
            vocabulary=self.vocabulary,
            rules=rules,
            academic_domains=profiles.academic,
            university_domains=profiles.university,
            words_by_initial={initial: tuple(group) for initial, group in grouped.items()},
            real_words=frozenset(real),
            topic_words=frozenset(
                word
                for rule in rules
                if rule.kind == "topic"
                for pattern in rule.patterns
                for slot in pattern
                for phrase in slot
                for word in phrase
            ),
        )

    def _top_line(self, key: str) -> int:
        for number, line in enumerate(self.lines, start=1):
            if re.match(rf"^\s*(\[+\s*{re.escape(key)}\s*\]+|{re.escape(key)}\s*=)", line):
                return number
        return 1

    def _table(self, key: str) -> dict[str, Any]:
        table = self.data.get(key, {})
        if not isinstance(table, dict):
            self.problems.append(self.error(self._top_line(key), f"'{key}' doit être une table [{key}]"))
            return {}
        return table

    def _settings(self) -> Settings:
        values: dict[str, Any] = {}
        defaults = Settings()
        for key, value in self._table("settings").items():
            line = self._line("[settings]", 0, key)
            expected: type = type(getattr(defaults, key, 0))
            if not hasattr(defaults, key):
                self.problems.append(self.error(line, f"réglage '{key}' inconnu"))
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                self.problems.append(self.error(line, f"réglage '{key}': nombre positif attendu"))
            elif expected is int and not isinstance(value, int):
                self.problems.append(self.error(line, f"réglage '{key}': nombre entier attendu"))
            else:
                values[key] = expected(value)
        return Settings(**values)

    def _string_list(self, value: Any, line: int, what: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(line, f"{what}: liste de textes attendue")
        return value

    def _vocabulary(self) -> Vocabulary:
        lists: dict[str, frozenset[str]] = {}
        for key, value in self._table("words").items():
            line = self._line("[words]", 0, key)
            try:
                if key not in Vocabulary.__dataclass_fields__:
                    raise self.error(line, f"liste de mots '{key}' inconnue")
                # Folded as the tokenizer folds a message's words ("où" keeps its accent).
                lists[key] = frozenset(
                    next(iter(words(item)), fold(item.strip())) for item in self._string_list(value, line, key)
                )
            except ConfigError as problem:
                self.problems.append(problem)
        return Vocabulary(**lists)

    def _terms(self) -> dict[str, Slot]:
        terms: dict[str, Slot] = {}
        for term, entries in self._table("terms").items():
            try:
                terms[term] = self._term(term, entries)
            except ConfigError as problem:
                self.problems.append(problem)
                terms[term] = ()  # known, so the rules citing it are not reported as well
        return terms

    def _term(self, term: str, entries: Any) -> Slot:
        line = self._line("[terms]", 0, term)
        phrases: list[Phrase] = []
        for entry in self._string_list(entries, line, f"terme '{term}'"):
            entry_line = self._line("[terms]", 0, term, entry)
            if "{" in entry:
                raise self.error(entry_line, f"terme '{term}': un terme ne peut pas en citer un autre")
            for phrase in self._phrases(entry, entry_line, f"terme '{term}'"):
                if phrase in phrases:
                    raise self.error(entry_line, f"terme '{term}': «{entry}» en double")
                phrases.append(phrase)
        if not phrases:
            raise self.error(line, f"terme '{term}' vide")
        return tuple(phrases)

    def _phrases(self, text: str, line: int, what: str) -> list[Phrase]:
        """Compile words with "a|b" alternatives and "stem*" into every phrase they stand for."""
        chunks: list[list[Phrase]] = []
        for chunk in text.split():
            alternatives = self._alternatives(chunk, line, what)
            if alternatives:
                chunks.append(alternatives)
        if not chunks:
            raise self.error(line, f"{what}: «{text}» ne peut rien reconnaître après normalisation")
        return [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*chunks)]

    def _alternatives(self, chunk: str, line: int, what: str) -> list[Phrase]:
        """Compile one chunk ("oubli*|perdu"); [] when it holds only ignored words ("de")."""
        found: list[Phrase] = []
        for alternative in chunk.split("|"):
            prefix, exact = alternative.endswith("*"), alternative.startswith("=")
            folded = [w for w in words(alternative.strip("*=")) if w not in self.vocabulary.ignored]
            if prefix and (not folded or len(folded[-1]) < _MIN_STEM):
                raise self.error(line, f"{what}: radical «{alternative}» trop court (3 lettres minimum)")
            if not folded:
                found.append(())
                continue
            last = len(folded) - 1
            found.append(tuple(self._word(w, prefix and n == last, exact) for n, w in enumerate(folded)))
        if any(found) and not all(found):
            raise self.error(line, f"{what}: une alternative de «{chunk}» n'a que des mots ignorés")
        return [phrase for phrase in found if phrase]

    def _word(self, text: str, prefix: bool, exact: bool) -> Word:
        # A stem leaves the ending free, so it tolerates one typo fewer: "souci*" must not take "souvi".
        typos = 0 if exact else max(0, typo_budget(len(text)) - prefix)
        return self.interned.setdefault((text, prefix, typos), Word(text, prefix, typos))

    def _pattern(self, text: str, line: int, what: str) -> CompiledPattern:
        slots: list[Slot] = []
        for chunk in text.split():
            reference = re.fullmatch(r"\{(\w+)\}", chunk)
            if reference:
                if reference.group(1) not in self.terms:
                    raise self.error(line, f"{what}: terme '{reference.group(1)}' inconnu")
                slots.append(self.terms[reference.group(1)])
            elif "{" in chunk or "}" in chunk:
                raise self.error(line, f"{what}: «{chunk}» mal écrit (un terme s'écrit {{nom}})")
            else:
                alternatives = self._alternatives(chunk, line, what)
                if alternatives:
                    slots.append(tuple(alternatives))
        if not slots:
            raise self.error(line, f"{what}: «{text}» ne peut rien reconnaître après normalisation")
        return tuple(slots)

    def _rules(self, settings: Settings) -> tuple[Rule, ...]:
        compiled: list[Rule] = []
        problems = self.problems
        seen_names: dict[str, int] = {}
        seen_patterns: dict[tuple[str, tuple[str, ...], CompiledPattern], str] = {}
        for kind in KINDS:
            tables = self.data.get(kind, [])
            if not isinstance(tables, list):
                problems.append(self.error(self._top_line(kind), f"'{kind}' doit s'écrire [[{kind}]]"))
                continue
            for index, table in enumerate(tables):
                try:
                    rule = self._rule(kind, index, table, settings)
                except ConfigError as problem:
                    problems.append(problem)
                    continue
                if rule.name in seen_names:
                    line = self._line(f"[[{kind}]]", index, "name")
                    first = seen_names[rule.name]
                    problems.append(self.error(line, f"règle '{rule.name}' en double (déjà ligne {first})"))
                seen_names.setdefault(rule.name, rule.line)
                for pattern, source in zip(rule.patterns, rule.sources):
                    key = (kind, rule.targets, pattern)
                    if key in seen_patterns:
                        line = self._line(f"[[{kind}]]", index, "patterns", source)
                        owner = seen_patterns[key]
                        problems.append(self.error(line, f"motif «{source}» en double (déjà dans {owner})"))
                    seen_patterns.setdefault(key, rule.name)
                compiled.append(rule)
        return tuple(compiled)

    def _rule(self, kind: str, index: int, table: dict[str, Any], settings: Settings) -> Rule:
        header = f"[[{kind}]]"
        line = self._line(header, index)
        allowed = {"name", "weight", "gap", "negatable", "only", "patterns"}
        allowed |= {kind} if kind in ("topic", "profile") else set()
        allowed |= {"fallback"} if kind == "topic" else set()
        for key in table:
            if key not in allowed:
                raise self.error(self._line(header, index, key), f"clé '{key}' inconnue dans [[{kind}]]")
        name = table.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9_]+", name):
            line = self._line(header, index, "name")
            raise self.error(line, "name: nom en minuscules, chiffres et _ attendu")
        targets = self._targets(kind, index, table)
        weight = table.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
            raise self.error(self._line(header, index, "weight"), "weight: nombre positif attendu")
        gap = table.get("gap", settings.gap)
        if isinstance(gap, bool) or not isinstance(gap, int) or gap < 0:
            raise self.error(self._line(header, index, "gap"), "gap: nombre entier positif attendu")
        flags = {}
        for flag, default in (("negatable", True), ("only", False), ("fallback", False)):
            flags[flag] = table.get(flag, default)
            if not isinstance(flags[flag], bool):
                raise self.error(self._line(header, index, flag), f"{flag}: true ou false attendu")
        sources = table.get("patterns")
        patterns_line = self._line(header, index, "patterns")
        if not sources:
            where = patterns_line if "patterns" in table else line
            raise self.error(where, f"règle '{name}': aucun motif (patterns)")
        patterns = tuple(
            self._pattern(source, self._line(header, index, "patterns", source), f"règle '{name}'")
            for source in self._string_list(sources, patterns_line, "patterns")
        )
        target = "+".join(targets)  # "topic.forgotten_username+forgotten_password.jamais_recu"
        full_name = f"{kind}.{target}.{name}" if target else f"{kind}.{name}"
        anchors = tuple(tuple(frozenset(phrase[0] for phrase in place) for place in pattern) for pattern in patterns)
        return Rule(kind, full_name, targets, patterns, tuple(sources), float(weight), gap,
                    flags["negatable"], flags["only"], line, anchors, flags["fallback"])

    def _targets(self, kind: str, index: int, table: dict[str, Any]) -> tuple[str, ...]:
        if kind not in ("topic", "profile"):
            return ()
        known = [topic.value for topic in Topic] if kind == "topic" else list(_TEXT_PROFILES)
        value = table.get(kind)
        line = self._line(f"[[{kind}]]", index, kind)
        if value is None or value == []:
            raise self.error(line, f"clé '{kind}' manquante (possibles : {', '.join(known)})")
        values = value if isinstance(value, list) and kind == "topic" else [value]
        for item in values:
            if item not in known:
                raise self.error(line, f"{kind} '{item}' inconnu (possibles : {', '.join(known)})")
        return tuple(target for target in known if target in values)
