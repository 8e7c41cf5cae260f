#!/usr/bin/env python3
"""Wrap the hand-written held-out messages (messages_NN.py) into .eml files + labels.toml.

Standard library only. The texts are written by hand in messages_NN.py; this script only adds
headers, quotes the invitation the way each client does, encodes and checks.
Run: python3 build.py   (writes NNN-slug.eml and labels.toml in this folder, then checks them)
"""
import base64
import datetime as dt
import glob
import hashlib
import html
import importlib.util
import os
import quopri
import random
import re
import sys
import tomllib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
URL = "https://magistere.education.fr/ac-grenoble/"

# (title, invitation number, invitation date, first online session)
COURSES = [
    ("Évaluer par compétences au cycle 3", 112, "2026-11-02 09:30", "16 novembre 2026"),
    ("Accueillir un élève allophone", 117, "2026-11-03 14:05", "23 novembre 2026"),
    ("Enseigner l'oral au lycée professionnel", 121, "2026-11-04 10:12", "18 novembre 2026"),
    ("Prévenir le harcèlement : le programme pHARe", 126, "2026-11-05 08:45", "20 novembre 2026"),
    ("Différencier en mathématiques au collège", 133, "2026-11-06 16:20", "25 novembre 2026"),
    ("L'école inclusive : travailler avec les AESH", 138, "2026-11-09 11:00", "30 novembre 2026"),
    ("Numérique éducatif : l'ENT au service des apprentissages", 144, "2026-11-10 09:02", "24 novembre 2026"),
    ("Devenir tuteur de stagiaires", 151, "2026-11-12 13:40", "1er décembre 2026"),
    ("Éducation au développement durable en géographie", 157, "2026-11-13 10:30", "2 décembre 2026"),
    ("Sécurité et prévention des risques en atelier", 162, "2026-11-16 08:15", "3 décembre 2026"),
    ("Lire et comprendre des textes au CP", 168, "2026-11-17 15:50", "7 décembre 2026"),
    ("Former les formateurs de l'enseignement supérieur à l'hybridation", 173, "2026-11-18 09:10", "8 décembre 2026"),
    ("Conduire un entretien professionnel (personnels administratifs)", 179, "2026-11-19 14:30", "9 décembre 2026"),
    ("Enseigner l'anglais en primaire avec le numérique", 184, "2026-11-20 10:00", "10 décembre 2026"),
    ("Laïcité et valeurs de la République", 190, "2026-11-23 08:30", "14 décembre 2026"),
    ("Premiers secours en milieu scolaire (PSC1 hybride)", 196, "2026-11-24 11:20", "15 décembre 2026"),
    ("L'intelligence artificielle en classe : enjeux et usages", 203, "2026-11-25 09:45", "5 janvier 2027"),
    ("Accompagner les élèves à besoins éducatifs particuliers en EPS", 209, "2026-11-26 13:00", "6 janvier 2027"),
    ("Le Grand Oral : préparer les élèves", 214, "2026-11-27 10:15", "7 janvier 2027"),
    ("Éducation artistique et culturelle : monter un projet", 220, "2026-11-30 09:00", "11 janvier 2027"),
    ("Gestion de classe et climat scolaire", 226, "2026-12-01 08:20", "12 janvier 2027"),
    ("Découvrir la didactique des sciences (partenaires de l'éducation)", 231, "2026-12-01 14:10", "13 janvier 2027"),
]

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."]
TZ = dt.timezone(dt.timedelta(hours=1))

ALLOWED_PROFILES = {"academic", "university", "other"}
ALLOWED_TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
ALLOWED_ACTIONS = {"reply", "escalate", "ignore"}
ALLOWED_CLAUSES = set(ALLOWED_TOPICS) | {"greeting", "thanks", "context", "small_talk",
                                         "other_request", "unclear", "robot"}
ABBR = {"g": "greeting", "t": "thanks", "c": "context", "s": "small_talk", "o": "other_request",
        "u": "unclear", "r": "robot", "fu": "forgotten_username", "fp": "forgotten_password",
        "l": "login", "fc": "find_course"}
PROF = {"a": "academic", "u": "university", "o": "other"}
ACT = {"r": "reply", "e": "escalate", "i": "ignore"}


def course(c):
    return COURSES[c]


def inv_dt(c):
    return dt.datetime.strptime(course(c)[2], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def invitation_text(c, to_name):
    title, no, _, start = course(c)
    return (
        f"Bonjour,\n\n"
        f"Vous êtes inscrit(e) à la formation « {title} », qui se déroule en partie à distance "
        f"sur la plateforme M@gistère.\n\n"
        f"Pour rejoindre le parcours, connectez-vous à l'adresse {URL} puis cliquez sur le titre "
        f"de la formation dans la liste de vos parcours. Le guide « Comment rejoindre une "
        f"e-formation sur M@gistère ? » vous indique la marche à suivre selon votre situation.\n\n"
        f"Le parcours sera ouvert à partir du {start}.\n\n"
        f"En cas de difficulté de connexion, vous pouvez répondre à ce message.\n\n"
        f"Bien cordialement,\n\n"
        f"L'équipe de l'EAFC\n"
        f"École Académique de la Formation Continue - Académie de Grenoble\n"
    )


def inv_subject(c):
    return f"Invitation : {course(c)[0]}"


def inv_msgid(c):
    return f"<invitation-2026-{course(c)[1]:03d}@ac-grenoble.fr>"


def fr_long(d):  # mardi 3 novembre 2026 10:02
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month-1]} {d.year} {d:%H:%M}"


def gmail_attr(d):  # Le mar. 3 nov. 2026 à 10:02
    return f"Le {FR_DAYS_AB[d.weekday()]} {d.day} {FR_MONTHS_AB[d.month-1]} {d.year} à {d:%H:%M}"


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- quoting per client
def build_quote(m, d_inv):
    """Return (plain_quote, html_quote) to append under the trainee's text."""
    c = m["c"]
    style = m.get("quote", "default")
    if style == "none" or c is None:
        return "", ""
    client = m["client"]
    to = m["addr"]
    name = m["name"]
    inv = invitation_text(c, name)
    subj = inv_subject(c)
    inv_html = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in inv.split("\n\n"))
    if style == "fwd":
        return build_fwd(m, d_inv, inv, inv_html, subj)
    if client in ("outlook", "outlook_old"):
        if client == "outlook_old":
            q = ("-----Message d'origine-----\n"
                 f"De : {EAFC_NAME} [mailto:{EAFC}]\nEnvoyé : {fr_long(d_inv)}\n"
                 f"À : {name} <{to}>\nObjet : {subj}\n\n{inv}")
        else:
            q = (f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d_inv)}\nÀ : {name} <{to}>\n"
                 f"Objet : {subj}\n\n{inv}")
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             f'<p class="MsoNormal"><b>De&nbsp;:</b> {EAFC_NAME} &lt;{EAFC}&gt;<br><b>Envoyé&nbsp;:</b> '
             f'{fr_long(d_inv)}<br><b>À&nbsp;:</b> {html.escape(name)} &lt;{to}&gt;<br><b>Objet&nbsp;:</b> '
             f'{html.escape(subj)}</p></div></div>{inv_html}')
        return q, h
    if client in ("owa", "outlook_mobile"):
        pre = "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n" if client == "outlook_mobile" else ""
        q = (f"{pre}________________________________\nDe : {EAFC_NAME} <{EAFC}>\n"
             f"Envoyé : {fr_long(d_inv)}\nÀ : {name} <{to}>\nObjet : {subj}\n\n{inv}")
        h = ('<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
             f'<font face="Calibri, sans-serif" style="font-size:11pt"><b>De :</b> {EAFC_NAME} '
             f'&lt;{EAFC}&gt;<br><b>Envoyé :</b> {fr_long(d_inv)}<br><b>À :</b> {html.escape(name)}<br>'
             f'<b>Objet :</b> {html.escape(subj)}</font><div>&nbsp;</div></div><div>{inv_html}</div>')
        return q, h
    if client == "zimbra":
        zd = f"{FR_DAYS[d_inv.weekday()].capitalize()} {d_inv.day} {FR_MONTHS[d_inv.month-1].capitalize()} {d_inv.year} {d_inv:%H:%M:%S}"
        hdr = (f"De: \"{EAFC_NAME}\" <{EAFC}>\nÀ: \"{name}\" <{to}>\nEnvoyé: {zd}\nObjet: {subj}\n\n")
        q = "----- Mail original -----\n" + hdr + quote_lines(inv)
        h = ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
             f'<b>De: </b>"{EAFC_NAME}" &lt;{EAFC}&gt;<br><b>À: </b>"{html.escape(name)}" &lt;{to}&gt;<br>'
             f'<b>Envoyé: </b>{zd}<br><b>Objet: </b>{html.escape(subj)}<br></div><br>'
             f'<div data-marker="__QUOTED_TEXT__">{inv_html}</div>')
        return q, h
    if client in ("gmail", "gmail_mobile"):
        attr = f"{gmail_attr(d_inv)}, {EAFC_NAME} <\n{EAFC}> a écrit :"
        q = attr + "\n\n" + quote_lines(inv)
        h = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{gmail_attr(d_inv)}, {EAFC_NAME} &lt;<a href="mailto:{EAFC}">{EAFC}</a>&gt; a écrit&nbsp;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             f'rgb(204,204,204);padding-left:1ex">{inv_html}</blockquote></div>')
        return q, h
    if client in ("iphone", "applemail"):
        attr = f"Le {d_inv.day} {FR_MONTHS_AB[d_inv.month-1]} {d_inv.year} à {d_inv:%H:%M}, {EAFC_NAME} <{EAFC}> a écrit :"
        q = quote_lines(attr + "\n\n" + inv)
        h = (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div>'
             f'<blockquote type="cite"><div dir="ltr">{inv_html}</div></blockquote>')
        return q, h
    if client == "thunderbird":
        attr = f"Le {d_inv:%d/%m/%Y} à {d_inv:%H:%M}, {EAFC_NAME} a écrit :"
        q = attr + "\n" + quote_lines(inv)
        h = (f'<div class="moz-cite-prefix">{html.escape(attr)}<br></div>'
             f'<blockquote type="cite" cite="mid:{inv_msgid(c)[1:-1]}">{inv_html}</blockquote>')
        return q, h
    if client == "samsung":
        q = ("-------- Message d'origine --------\n"
             f"De : {EAFC_NAME} <{EAFC}>\nDate : {d_inv:%d/%m/%Y} {d_inv:%H:%M} (GMT+01:00)\n"
             f"À : {to}\nObjet : {subj}\n\n{inv}")
        h = ('<div>-------- Message d\'origine --------</div><div dir="auto">De : '
             f'{EAFC_NAME} &lt;{EAFC}&gt; </div><div dir="auto">Date : {d_inv:%d/%m/%Y} {d_inv:%H:%M} '
             f'(GMT+01:00) </div><div dir="auto">À : {to} </div><div dir="auto">Objet : '
             f'{html.escape(subj)} </div><div dir="auto"><br></div>{inv_html}')
        return q, h
    if client == "orange":
        od = f"{d_inv:%d/%m/%y %H:%M}"
        q = quote_lines(f"Message du {od}\nDe : \"{EAFC_NAME}\" <{EAFC}>\nA : {to}\nCopie à : \n"
                        f"Objet : {subj}\n\n{inv}")
        h = (f'<blockquote style="border-left:2px solid #ff6600;padding-left:5px">'
             f'<p>&gt; Message du {od}<br>&gt; De : "{EAFC_NAME}" &lt;{EAFC}&gt;<br>&gt; A : {to}<br>'
             f'&gt; Copie à : <br>&gt; Objet : {html.escape(subj)}</p>{inv_html}</blockquote>')
        return q, h
    if client == "yahoo":
        attr = (f"Le {FR_DAYS[d_inv.weekday()]} {d_inv.day} {FR_MONTHS[d_inv.month-1]} {d_inv.year} "
                f"à {d_inv:%H:%M:%S} UTC+1, {EAFC_NAME} <{EAFC}> a écrit :")
        q = "\n\n" + attr + "\n\n" + "\n".join(("   " + l) if l else "" for l in inv.split("\n"))
        h = (f'<div id="yahoo_quoted_{abs(hash(m["slug"])) % 10**10}" class="yahoo_quoted">'
             f'<div style="font-family:Helvetica,Arial;font-size:13px;color:#26282a">'
             f'<div>{html.escape(attr)}</div><div><br></div>{inv_html}</div></div>')
        return q, h
    if client == "outlook_mac":
        attr = f"Le {d_inv:%d/%m/%Y} {d_inv:%H:%M}, « {EAFC_NAME} » <{EAFC}> a écrit :"
        q = attr + "\n\n" + "\n".join(("    " + l) if l else "" for l in inv.split("\n"))
        h = (f'<div id="OLK_SRC_BODY_SECTION"><div style="font-family:Calibri;font-size:11pt">'
             f'{html.escape(attr)}</div><blockquote style="margin-left:4pt">{inv_html}</blockquote></div>')
        return q, h
    if client == "gmail_en":
        en = f"On {d_inv:%a}, {d_inv:%b} {d_inv.day}, {d_inv.year} at {d_inv:%I:%M} {'AM' if d_inv.hour < 12 else 'PM'} {EAFC_NAME} <\n{EAFC}> wrote:"
        q = en + "\n\n" + quote_lines(inv)
        h = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{html.escape(en)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html}</blockquote></div>')
        return q, h
    if client == "roundcube":
        attr = f"Le {d_inv:%Y-%m-%d %H:%M}, {EAFC_NAME} a écrit\u00a0:"
        q = attr + "\n\n" + quote_lines(inv)
        h = (f'<p>{html.escape(attr)}</p><blockquote type="cite" style="padding:0 0.4em;'
             f'border-left:#1010ff 2px solid;margin:0">{inv_html}</blockquote>')
        return q, h
    raise ValueError(f"no quote style for client {client}")


def build_fwd(m, d_inv, inv, inv_html, subj):
    client = m["client"]
    name, to = m.get("fwd_to_name", m["name"]), m.get("fwd_to", m["addr"])
    if client in ("gmail", "gmail_mobile"):
        q = ("---------- Forwarded message ---------\n"
             f"De : {EAFC_NAME} <{EAFC}>\nDate: {gmail_attr(d_inv)[3:]}\nSubject: {subj}\n"
             f"To: <{to}>\n\n\n{inv}")
    elif client == "thunderbird":
        q = ("-------- Message transféré --------\n"
             f"Sujet :\t{subj}\nDate :\t{d_inv:%a, %d %b %Y %H:%M:%S +0100}\n"
             f"De :\t{EAFC_NAME} <{EAFC}>\nPour :\t{name} <{to}>\n\n\n\n{inv}")
    elif client in ("iphone", "applemail"):
        q = ("Début du message réexpédié :\n\n"
             f"De: {EAFC_NAME} <{EAFC}>\nDate: {d_inv.day} {FR_MONTHS[d_inv.month-1]} {d_inv.year} à {d_inv:%H:%M:%S} UTC+1\n"
             f"À: {name} <{to}>\nObjet: {subj}\n\n{inv}")
    elif client == "zimbra":
        q = ("----- Mail transféré -----\n"
             f"De: \"{EAFC_NAME}\" <{EAFC}>\nÀ: \"{name}\" <{to}>\nEnvoyé: {fr_long(d_inv)}\n"
             f"Objet: {subj}\n\n{inv}")
    elif client == "yahoo":
        q = (f"\n\n----- Message transféré ----- De : {EAFC_NAME} <{EAFC}> À : {name} <{to}> "
             f"Envoyé : {fr_long(d_inv)} Objet : {subj}\n\n{inv}")
    else:  # outlook family
        q = (f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d_inv)}\nÀ : {name} <{to}>\n"
             f"Objet : {subj}\n\n{inv}")
        if client in ("owa", "outlook_mobile"):
            q = "________________________________\n" + q
    h = "<div>" + html.escape(q.split("\n\n")[0]).replace("\n", "<br>") + "</div>" + inv_html
    return q, h


# ---------------------------------------------------------------- headers per client
def client_headers(client, rnd):
    if client in ("outlook", "outlook_old"):
        return [("X-Mailer", "Microsoft Outlook 16.0" if client == "outlook" else "Microsoft Office Outlook 12.0"),
                ("Thread-Index", base64.b64encode(rnd.randbytes(22)).decode()),
                ("Content-Language", "fr")]
    if client == "owa":
        return [("Thread-Topic", None), ("Thread-Index", base64.b64encode(rnd.randbytes(16)).decode()),
                ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if client == "outlook_mobile":
        return [("Thread-Topic", None), ("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")]
    if client == "zimbra":
        return [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)"),
                ("Thread-Topic", None), ("Thread-Index", base64.b64encode(rnd.randbytes(14)).decode())]
    if client == "gmail":
        return []
    if client == "gmail_mobile":
        return []
    if client == "iphone":
        return [("X-Mailer", f"iPhone Mail (22{rnd.choice('ABCD')}{rnd.randint(50, 99)})")]
    if client == "applemail":
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if client == "outlook_mac":
        return [("User-Agent", "Microsoft-MacOutlook/16.91.24111020"), ("Thread-Topic", None),
                ("Thread-Index", base64.b64encode(rnd.randbytes(14)).decode()), ("Content-Language", "fr-FR")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    if client == "samsung":
        return [("X-Mailer", None)]
    if client == "orange":
        return [("X-Mailer", "Orange Messagerie 2.6.1"), ("X-ME-Helo", "opmta1mto02nd1"),
                ("X-ME-Date", None)]
    if client == "yahoo":
        return [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]
    if client == "roundcube":
        return [("User-Agent", "Roundcube Webmail/1.6.9")]
    return []


TAGLINE = {
    "iphone": "Envoyé de mon iPhone",
    "samsung": "Envoyé depuis mon appareil Galaxy",
    "gmail_mobile": None,
}


def to_html(text):
    parts = []
    for para in text.split("\n\n"):
        parts.append("<div>" + html.escape(para).replace("\n", "<br>") + "</div>")
    return "<div><br></div>".join(parts)


LATIN1_MAP = str.maketrans({"’": "'", "‘": "'", "œ": "oe", "Œ": "OE", "…": "...", "–": "-",
                            "—": "-", "“": '"', "”": '"', "€": "EUR", "\u202f": " "})


def fix_text(s, cs):
    if cs.lower() in ("iso-8859-1", "iso-8859-15", "us-ascii"):
        return s.translate(LATIN1_MAP)
    return s


def encode_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "qp":
        return quopri.encodestring(b).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(b).decode("ascii"), "base64"
    if cte == "7bit":
        return b.decode("ascii"), "7bit"
    return b.decode(cs), "8bit"


def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs if cs.lower() != "us-ascii" else "utf-8").encode()


def enc_addr(name, addr, cs):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs if cs.lower() != "us-ascii" else "utf-8")


def leaf(ctype, text, cs, cte, extra=""):
    body, cte_name = encode_body(text, cs, cte)
    return (f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\nContent-Transfer-Encoding: {cte_name}\n\n"
            + body)


def boundary(client, rnd):
    h = rnd.randbytes(12).hex()
    if client in ("outlook", "outlook_old", "owa", "outlook_mobile"):
        return f"_000_{h[:20].upper()}_"
    if client in ("gmail", "gmail_mobile", "gmail_en"):
        return "000000000000" + h[:16]
    if client in ("iphone", "applemail"):
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:24].upper()}"
    if client == "zimbra":
        return f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return f"------------{h[:24]}"


def msgid(client, rnd, addr):
    dom = addr.split("@")[-1]
    h = rnd.randbytes(10).hex()
    if client in ("gmail", "gmail_mobile", "gmail_en"):
        return f"<CA{base64.b32encode(rnd.randbytes(20)).decode().rstrip('=')}@mail.gmail.com>"
    if client in ("outlook", "outlook_old"):
        return f"<{h[:8]}$${h[8:12]}$${h[12:20]}$@{dom}>".replace("$$", "$")
    if client in ("owa", "outlook_mobile"):
        return f"<PR3P{h.upper()}@PR3P195MB0{rnd.randint(100, 999)}.EURP195.PROD.OUTLOOK.COM>"
    if client == "zimbra":
        return f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if client in ("iphone", "applemail"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}@{dom}>"
    if client == "yahoo":
        return f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}@mail.yahoo.com>"
    return f"<{h}@{dom}>"


def build_message(m, idx):
    rnd = random.Random(m["slug"])
    client = m.get("client", "gmail")
    c = m.get("c")
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "8bit" if cs != "us-ascii" else "7bit")
    fmt = m.get("fmt", "plain")  # plain | alt | html
    d_inv = inv_dt(c) if c is not None else dt.datetime(2026, 11, 15, 9, 0, tzinfo=TZ)
    if m.get("d"):
        d = dt.datetime.strptime(m["d"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    else:
        d = d_inv + dt.timedelta(minutes=rnd.randint(25, 60 * 24 * 9))
        latest = dt.datetime(2026, 12, 2, 18, 0, tzinfo=TZ)  # the set is written on 2 December 2026
        if d > latest:
            d = d_inv + (latest - d_inv) * rnd.uniform(0.1, 0.95)
            d = d.replace(second=0, microsecond=0)
    if "raw" in m:  # delivery reports and read receipts
        return build_report(m, d, rnd)

    body = fix_text(m["body"].strip("\n"), cs)
    sig = fix_text(m.get("sig", "").strip("\n"), cs)
    text = body
    if sig:
        text += "\n\n" + sig
    tag = m.get("tag", TAGLINE.get(client))
    if tag and m.get("quote") != "inline":
        text += "\n\n" + tag
    q, hq = build_quote(m, d_inv) if m.get("quote") != "inline" else ("", "")
    q, hq = fix_text(q, cs), fix_text(hq, cs)
    style = m.get("quote", "default")
    if style == "bottom" and q:
        plain = q + "\n\n" + text + "\n"
    elif q:
        sep = "\n\n" if client not in ("outlook", "owa", "outlook_mobile", "outlook_old") else "\n\n"
        plain = text + sep + q
    else:
        plain = text + "\n"
    htmltext = None
    if fmt in ("alt", "html"):
        if m.get("html_body"):
            htmltext = m["html_body"]
            if "</html>" not in htmltext:  # trainee's rich text: wrap it and add the client's quote
                htmltext = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                            f"{cs}\"></head><body>" + htmltext + (hq if q else "") + "</body></html>")
        else:
            htmltext = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                        f"{cs}\"></head><body>" + to_html(text) + (hq if q else "") + "</body></html>")
        htmltext = fix_text(htmltext, cs)

    subj = m.get("subject")
    if subj is None or subj is False:
        prefix = {"outlook": "RE: ", "outlook_old": "RE : ", "owa": "RE: ", "outlook_mobile": "RE: ",
                  "zimbra": "Re: ", "thunderbird": "Re: ", "orange": "Re: ", "yahoo": "Re: "}.get(client, "Re: ")
        if style == "fwd":
            prefix = {"outlook": "TR: ", "owa": "TR: ", "outlook_old": "TR : ", "thunderbird": "Fwd: ",
                      "zimbra": "Tr: "}.get(client, "Fwd: ")
        subj = prefix + inv_subject(c) if c is not None else "Formation M@gistère"
    subj = fix_text(subj, cs)

    hdrs = []
    ret = m.get("return_path", m["addr"])
    if ret is not False:
        hdrs.append(("Return-Path", f"<{ret}>"))
    hdrs.append(("Delivered-To", EAFC))
    hdrs.append(("Received", f"from {m['addr'].split('@')[1]} (mx.{m['addr'].split('@')[1]}) by mx.ac-grenoble.fr "
                 f"with ESMTPS id {rnd.randbytes(5).hex().upper()}; {format_datetime(d + dt.timedelta(seconds=rnd.randint(2, 50)))}"))
    hdrs.append(("From", enc_addr(m["name"], m["addr"], cs)))
    to = m.get("to", f"{EAFC_NAME} <{EAFC}>")
    hdrs.append(("To", to))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    if m.get("subject") is not False:
        hdrs.append(("Subject", enc_header(subj, cs)))
    hdrs.append(("Date", format_datetime(d)))
    hdrs.append(("Message-ID", msgid(client, rnd, m["addr"])))
    if c is not None and m.get("irt", style not in ("fwd", "none")):
        hdrs.append(("In-Reply-To", inv_msgid(c)))
        hdrs.append(("References", inv_msgid(c)))
    for k, v in client_headers(client, rnd):
        if v is None:
            if k == "Thread-Topic":
                v = enc_header(inv_subject(c) if c is not None else subj, cs)
            elif k == "X-ME-Date":
                v = format_datetime(d)
            elif k == "X-Mailer":
                continue
        hdrs.append((k, v))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))

    if fmt == "plain":
        extra = "; format=flowed" if client == "thunderbird" else ""
        body_part = leaf("text/plain", plain, cs, cte, extra)
    elif fmt == "html":
        body_part = leaf("text/html", htmltext, cs, cte)
    else:
        b = boundary(client, rnd)
        body_part = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
                     + ("This is a multi-part message in MIME format.\n" if client == "thunderbird" else "")
                     + f"--{b}\n" + leaf("text/plain", plain, cs, cte).rstrip("\n") + "\n\n"
                     + f"--{b}\n" + leaf("text/html", htmltext, cs, m.get("cte_html", cte)).rstrip("\n")
                     + f"\n\n--{b}--\n")
    if m.get("attach"):  # (filename, mimetype): a small attachment, e.g. a screenshot
        fn, mt = m["attach"]
        bm = "----=_mixed_" + rnd.randbytes(8).hex()
        blob = rnd.randbytes(600)
        if mt == "image/png":
            blob = b"\x89PNG\r\n\x1a\n" + blob
        body_part = (f"Content-Type: multipart/mixed; boundary=\"{bm}\"\n\n--{bm}\n" + body_part.rstrip("\n")
                     + f"\n--{bm}\nContent-Type: {mt}; name=\"{fn}\"\nContent-Disposition: attachment; filename=\"{fn}\"\n"
                     + "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(blob).decode() + f"--{bm}--\n")
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    raw = head + body_part
    if not raw.endswith("\n"):
        raw += "\n"
    crlf = m.get("crlf", client in ("outlook", "outlook_old", "owa", "outlook_mobile", "zimbra"))
    if crlf:
        raw = raw.replace("\n", "\r\n")
    return raw.encode(cs) if cte == "8bit" else raw.encode("ascii")


def build_report(m, d, rnd):
    """multipart/report: kind 'dsn' (failed/delayed) or 'mdn' (read receipt)."""
    kind = m["raw"]
    c = m.get("c")
    cs = m.get("cs", "utf-8")
    b = "----=_report_" + rnd.randbytes(8).hex()
    rcpt = m.get("rcpt", m["addr"])
    hdrs = []
    if m.get("return_path", "") is not False:
        hdrs.append(("Return-Path", f"<{m.get('return_path', '')}>"))
    hdrs.append(("Delivered-To", EAFC))
    hdrs.append(("From", enc_addr(m["name"], m["addr"], cs)))
    hdrs.append(("To", m.get("to", EAFC)))
    hdrs.append(("Subject", enc_header(m["subject"], cs)))
    hdrs.append(("Date", format_datetime(d)))
    hdrs.append(("Message-ID", f"<{rnd.randbytes(8).hex()}@{m['addr'].split('@')[1]}>"))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    rtype = "delivery-status" if kind == "dsn" else "disposition-notification"
    hdrs.append(("Content-Type", f'multipart/report; report-type={rtype}; boundary="{b}"'))
    text = fix_text(m["body"].strip("\n"), cs) + "\n"
    inv_h = (f"From: {EAFC_NAME} <{EAFC}>\nTo: {rcpt}\nSubject: {enc_header(inv_subject(c), 'utf-8')}\n"
             f"Date: {format_datetime(inv_dt(c))}\nMessage-ID: {inv_msgid(c)}\n")
    if kind == "dsn":
        act = m.get("dsn_action", "failed")
        status = m.get("status", "5.1.1")
        diag = m.get("diag", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown")
        report = (f"Reporting-MTA: dns; {m['addr'].split('@')[1]}\nArrival-Date: {format_datetime(inv_dt(c))}\n\n"
                  f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {act}\n"
                  f"Status: {status}\nRemote-MTA: dns; {rcpt.split('@')[1]}\nDiagnostic-Code: {diag}\n")
        third = ("Content-Type: text/rfc822-headers\n\n" + inv_h)
        second = "Content-Type: message/delivery-status\n\n" + report
    else:
        report = (f"Reporting-UA: {m.get('ua', 'Microsoft Outlook 16.0')}\nFinal-Recipient: rfc822;{rcpt}\n"
                  f"Original-Message-ID: {inv_msgid(c)}\n"
                  f"Disposition: {m.get('disp', 'manual-action/MDN-sent-manually; displayed')}\n")
        second = "Content-Type: message/disposition-notification\n\n" + report
        third = "Content-Type: text/rfc822-headers\n\n" + inv_h
    body, cte_name = encode_body(text, cs, m.get("cte", "8bit"))
    raw = ("".join(f"{k}: {v}\n" for k, v in hdrs) + "\n"
           + "This is a MIME-encapsulated message.\n\n"
           + f"--{b}\nContent-Type: text/plain; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte_name}\n\n{body}\n"
           + f"--{b}\n{second}\n--{b}\n{third}\n--{b}--\n")
    if m.get("crlf"):
        raw = raw.replace("\n", "\r\n")
    return raw.encode(cs)


# ---------------------------------------------------------------- TOML output
def tq(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7f:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def default_profile(addr):
    # the listed domains and their subdomains (smtp.ac-grenoble.fr, etu.univ-smb.fr...)
    dom = addr.lower().split("@")[-1]
    def under(d):
        return dom == d or dom.endswith("." + d)
    if under("ac-grenoble.fr"):
        return "academic"
    if any(under(d) for d in ("univ-grenoble-alpes.fr", "grenoble-inp.fr", "univ-smb.fr", "grenoble-inp.org")):
        return "university"
    return "other"


def labels_of(m):
    clauses = [(ABBR.get(l, l), t) for l, t in m["cl"]]
    if "p" in m:
        profile = PROF.get(m["p"], m["p"])
    else:
        profile = default_profile(m["addr"])
    if "topics" in m:
        topics = [ABBR.get(t, t) for t in m["topics"]]
    else:
        seen = {l for l, _ in clauses}
        topics = [t for t in ALLOWED_TOPICS if t in seen]
    action = ACT.get(m["a"], m["a"])
    return profile, topics, action, m["why"], clauses


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(style|script|head).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(div|p|li|tr|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def decoded_text(msg):
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if part.get_content_subtype() == "html":
                t = strip_html(t)
            texts.append(t)
    return "\n".join(texts)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\r", "")
    s = re.sub(r"\n>+ ?", "\n", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    slugs = set()
    toml = ["# Held-out set, labels written by hand from training/WRITING.md only.\n"]
    errors = []
    for i, m in enumerate(msgs, 1):
        if m["slug"] in slugs:
            errors.append(f"duplicate slug {m['slug']}")
        slugs.add(m["slug"])
        fname = f"{i:03d}-{m['slug']}.eml"
        raw = build_message(m, i)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        profile, topics, action, why, clauses = labels_of(m)
        toml.append(f"[{tq(fname)}]")
        toml.append(f"profile = {tq(profile)}")
        toml.append("topics = [" + ", ".join(tq(t) for t in topics) + "]")
        toml.append(f"action = {tq(action)}")
        toml.append(f"why = {tq(why)}")
        toml.append("clauses = [")
        for l, t in clauses:
            toml.append(f"  {{ text = {tq(fix_text(t, m.get('cs', 'utf-8')))}, label = {tq(l)} }},")
        toml.append("]\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    # checks
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    emls = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(labels) != emls:
        errors.append(f"label/eml mismatch: {sorted(set(labels) ^ emls)}")
    for fname, lab in labels.items():
        if lab["profile"] not in ALLOWED_PROFILES:
            errors.append(f"{fname}: profile {lab['profile']}")
        if lab["action"] not in ALLOWED_ACTIONS:
            errors.append(f"{fname}: action {lab['action']}")
        if any(t not in ALLOWED_TOPICS for t in lab["topics"]) or \
                lab["topics"] != sorted(lab["topics"], key=ALLOWED_TOPICS.index):
            errors.append(f"{fname}: topics {lab['topics']}")
        if not lab["why"].strip():
            errors.append(f"{fname}: empty why")
        with open(os.path.join(HERE, fname), "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            errors.append(f"{fname}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{fname}: part defects {part.defects}")
        full = norm(decoded_text(msg))
        for cl in lab["clauses"]:
            if cl["label"] not in ALLOWED_CLAUSES:
                errors.append(f"{fname}: clause label {cl['label']}")
            if norm(cl["text"]) not in full:
                errors.append(f"{fname}: clause not in text: {cl['text']!r}")
        if not lab["clauses"] and lab["action"] != "escalate":
            errors.append(f"{fname}: no clauses")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    acts, profs, tops = {}, {}, {}
    for lab in labels.values():
        acts[lab["action"]] = acts.get(lab["action"], 0) + 1
        profs[lab["profile"]] = profs.get(lab["profile"], 0) + 1
        for t in lab["topics"] or ["(none)"]:
            tops[t] = tops.get(t, 0) + 1
    print(f"{len(labels)} messages OK; actions {acts}; profiles {profs}; topics {tops}")


if __name__ == "__main__":
    main()
