"""Shared definitions for the hand-written messages: clause abbreviations, courses, M()."""

ABBR = {
    "g": "greeting", "t": "thanks", "c": "context", "s": "small_talk", "o": "other_request",
    "u": "unclear", "r": "robot", "un": "forgotten_username", "pw": "forgotten_password",
    "lg": "login", "fc": "find_course",
}

# number -> course (invitation id, sending date, title, code, trainer, opening date)
_C = [
    ("Évaluer par compétences au collège", "26A0080123", "Mme Claire Bonnefoy", "2026-11-16 09:30", "23 novembre"),
    ("Accueillir un élève allophone", "26A0080241", "M. Karim Haddad", "2026-11-17 10:05", "24 novembre"),
    ("Enseigner avec le numérique en lycée professionnel", "26A0080318", "M. Julien Perrin", "2026-11-18 14:12", "25 novembre"),
    ("Gérer les conflits en classe", "26A0080402", "Mme Sophie Garnier", "2026-11-19 08:45", "26 novembre"),
    ("Prévention du harcèlement - programme pHARe", "26A0080477", "Mme Anne Rolland", "2026-11-20 11:20", "30 novembre"),
    ("Différencier en mathématiques au cycle 3", "26A0080533", "M. Olivier Brunet", "2026-11-23 09:00", "30 novembre"),
    ("Le grand oral : accompagner les élèves", "26A0080590", "Mme Nathalie Fabre", "2026-11-23 15:40", "1er décembre"),
    ("Sécurité et premiers secours au travail (SST)", "26A0080612", "M. Thierry Morel", "2026-11-24 10:10", "1er décembre"),
    ("Inclusion scolaire : accompagner les élèves à besoins particuliers (AESH)", "26A0080655", "Mme Élodie Chabert", "2026-11-24 13:55", "2 décembre"),
    ("Laïcité et valeurs de la République", "26A0080701", "M. François Lemaire", "2026-11-25 09:15", "2 décembre"),
    ("Devenir formateur EAFC", "26A0080744", "Mme Isabelle Vidal", "2026-11-25 16:30", "3 décembre"),
    ("Pix+Édu : développer ses compétences numériques", "26A0080789", "M. Romain Giraud", "2026-11-26 08:20", "3 décembre"),
    ("Accompagner les néo-titulaires en EPS", "26A0080812", "M. Sébastien Roux", "2026-11-26 11:45", "7 décembre"),
    ("Enseigner l'oral en langues vivantes", "26A0080856", "Mme Laura Mercier", "2026-11-27 10:00", "7 décembre"),
    ("Pédagogie universitaire : concevoir un cours hybride", "26A0080903", "M. Pierre-Yves Caron", "2026-11-27 14:30", "8 décembre"),
    ("Tuteurs de stagiaires MEEF", "26A0080947", "Mme Hélène Dumas", "2026-11-30 09:10", "8 décembre"),
    ("Gestion administrative des EPLE : nouveautés Op@le", "26A0080988", "M. Bruno Lefèvre", "2026-11-30 13:25", "9 décembre"),
    ("Éducation au développement durable : projets d'établissement", "26A0081024", "Mme Céline Marchand", "2026-11-30 17:05", "9 décembre"),
    ("Lecture et compréhension au CP", "26A0081066", "Mme Martine Gauthier", "2026-12-01 08:40", "10 décembre"),
    ("Intelligence artificielle et enseignement", "26A0081102", "M. Nicolas Blanc", "2026-12-01 11:00", "10 décembre"),
]
COURSES = {}
for i, (title, code, trainer, sent, opening) in enumerate(_C, 1):
    COURSES[i] = {"title": title, "code": code, "trainer": trainer, "sent": sent, "open": opening, "inv": 100 + i * 7}


def M(slug, name, addr, date, client, action, why, text, **kw):
    """One hand-written message. kw: course, cs, cte, fmt (plain|html|alt), quote, sig, profile, topics,
    subject, headers, thread, crlf, tagline, to, cc, robot, report, return_path..."""
    d = dict(slug=slug, name=name, addr=addr, date=date, client=client, action=action, why=why, text=text)
    d.setdefault("course", 1)
    d.update(kw)
    return d
