#!/usr/bin/env python3
"""Build the .eml files and labels.toml of this folder from messages_NN.py.

Standard library only. Each messages_NN.py holds MESSAGES, a list of dicts written by hand
(one imagined sender each). The trainee's own text is written in `b` with its clauses marked
inline as <<label:text>>; text outside the markers (blank lines, hand-quoted lines) goes into the
message but is not a clause. This script only wraps the texts: headers, quoting style of the
client, charset, transfer encoding, HTML / multipart structure, inline images.

Short keys of a message dict:
  s slug, n sender name, a sender address, d date "YYYY-MM-DD HH:MM", tz "+0100" (default)
  c client (see CLIENTS), f body format: plain | html | alt | rel (alt + inline image)
  cs charset: utf-8 | iso-8859-1 | windows-1252 | cp1252-as-latin1 (windows-1252 bytes declared
     iso-8859-1, as some Windows software does), e transfer encoding: 8bit | quoted-printable | base64
  q quote: full (reply above the quote), bottom (quote then reply), fwd (forwarded invitation),
     none (nothing quoted; the writer may quote by hand inside b)
  co course title, inv invitation number, idays days between invitation and reply (default 3)
  subj subject (default from client and quote), thr In-Reply-To/References (default: q in full/bottom)
  b body markup, sig signature (plain text), img image in signature, to recipient override
  hdr extra headers (dict or list of pairs), ret Return-Path override, kind special builder
  p profile, t topics, act action, why one line
"""
import base64
import datetime as dt
import glob
import html
import importlib.util
import os
import quopri
import random
import re
import struct
import sys
import tomllib
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import encode_rfc2231, format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
URL = "https://magistere.education.fr/ac-grenoble/"

LABELS = {"g": "greeting", "t": "thanks", "c": "context", "s": "small_talk", "o": "other_request",
          "u": "unclear", "r": "robot", "fu": "forgotten_username", "fp": "forgotten_password",
          "l": "login", "fc": "find_course"}
TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
PROFILES = {"academic", "university", "other"}
ACTIONS = {"reply", "escalate", "ignore"}

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

MARK = re.compile(r"<<([a-z]{1,2}):(.*?)>>", re.S)

# ---------------------------------------------------------------- invitation


def invitation_text(m, inv_dt):
    opening = (inv_dt + dt.timedelta(days=m.get("open", 6))).date()
    return (
        "Bonjour,\n\n"
        f"Vous êtes inscrit(e) à la formation « {m['co']} » proposée par l'École académique de la "
        "formation continue (EAFC) de l'académie de Grenoble.\n\n"
        "Cette formation hybride comporte une partie à distance sur la plateforme M@gistère. "
        f"Le parcours sera ouvert à partir du {opening.day if opening.day > 1 else '1er'} {MOIS[opening.month - 1]} {opening.year}.\n\n"
        "Pour rejoindre le parcours :\n"
        f"1. rendez-vous sur {URL}\n"
        "2. choisissez votre mode de connexion (compte académique, compte de l'enseignement "
        "supérieur, ou « Connexion directe à M@gistère » si votre compte a été créé manuellement) ;\n"
        "3. cliquez sur le titre de la formation dans la liste de vos parcours.\n\n"
        "Le guide « Comment rejoindre une e-formation sur M@gistère ? » est disponible sur la page "
        "d'accueil de la plateforme.\n\n"
        "Bonne formation,\n\n"
        "L'équipe EAFC - M@gistère\n"
        "École académique de la formation continue\n"
        "Académie de Grenoble"
    )


def invitation_html(text):
    out = []
    for para in text.split("\n\n"):
        h = html.escape(para, quote=False).replace("\n", "<br>\n")
        h = h.replace(URL, f'<a href="{URL}">{URL}</a>')
        out.append(f"<p>{h}</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- dates


def fr_long(d):  # mardi 17 novembre 2026 08:42
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"


def gmail_attr(d):
    return f"Le {JOURS_AB[d.weekday()]} {d.day} {MOIS_AB[d.month - 1]} {d.year} à {d:%H:%M}"


def apple_attr(d):
    return f"Le {d.day} {MOIS_AB[d.month - 1]} {d.year} à {d:%H:%M}"


# ---------------------------------------------------------------- quoting styles

def inv_headers_block(style, m, inv_dt, subject):
    to = m.get("to_inv") or m["a"]
    if style == "outlook":
        return ("De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>\n"
                f"Envoyé : {fr_long(inv_dt)}\nÀ : {to}\nObjet : {subject}")
    if style == "outlook_old":
        return ("-----Message d'origine-----\nDe : EAFC Grenoble [mailto:formation-magistere@ac-grenoble.fr] \n"
                f"Envoyé : {fr_long(inv_dt)}\nÀ : {to}\nObjet : {subject}")
    if style == "owa":
        return ("________________________________\nDe : EAFC Grenoble <formation-magistere@ac-grenoble.fr>\n"
                f"Envoyé : {fr_long(inv_dt)}\nÀ : {to}\nObjet : {subject}")
    if style == "outlook_mobile":
        h = inv_dt.hour % 12 or 12
        ampm = "AM" if inv_dt.hour < 12 else "PM"
        return ("________________________________\nFrom: EAFC Grenoble <formation-magistere@ac-grenoble.fr>\n"
                f"Sent: {DAYS_EN[inv_dt.weekday()]}, {MONTHS_EN[inv_dt.month - 1]} {inv_dt.day}, {inv_dt.year} "
                f"{h}:{inv_dt:%M}:00 {ampm}\nTo: {to} <{to}>\nSubject: {subject}")
    if style == "zimbra":
        return ('----- Mail original -----\nDe: "EAFC Grenoble" <formation-magistere@ac-grenoble.fr>\n'
                f'À: "{m["n"]}" <{to}>\nEnvoyé: {JOURS[inv_dt.weekday()].capitalize()} {inv_dt.day} '
                f'{MOIS[inv_dt.month - 1].capitalize()} {inv_dt.year} {inv_dt:%H:%M:%S}\nObjet: {subject}')
    if style == "orange":
        return (f"Message du {inv_dt:%d/%m/%y %H:%M}\nDe : \"EAFC Grenoble\" <formation-magistere@ac-grenoble.fr>\n"
                f"A : {to}\nCopie à : \nObjet : {subject}")
    if style == "samsung":
        return ("-------- Message d'origine --------\nDe : EAFC Grenoble <formation-magistere@ac-grenoble.fr> \n"
                f"Date : {inv_dt:%d/%m/%Y %H:%M} (GMT+01:00) \nÀ : {to} \nObjet : {subject} ")
    raise KeyError(style)


def attribution(style, inv_dt):
    who = "EAFC Grenoble <formation-magistere@ac-grenoble.fr>"
    if style == "gmail":
        return f"{gmail_attr(inv_dt)}, {who} a écrit :"
    if style == "apple":
        return f"{apple_attr(inv_dt)}, {who} a écrit :"
    if style == "thunderbird":
        return f"Le {inv_dt:%d/%m/%Y} à {inv_dt:%H:%M}, EAFC Grenoble a écrit :"
    if style == "yahoo":
        return (f"Le {JOURS[inv_dt.weekday()]} {inv_dt.day} {MOIS[inv_dt.month - 1]} {inv_dt.year} "
                f"à {inv_dt:%H:%M:%S} UTC+1, {who} a écrit :")
    if style == "roundcube":
        return f"Le {inv_dt:%Y-%m-%d %H:%M}, EAFC Grenoble a écrit\u00a0:"
    raise KeyError(style)


def fwd_block(style, m, inv_dt, subject):
    to = m.get("to_inv") or m["a"]
    if style in ("outlook", "owa", "outlook_old", "outlook_mobile", "zimbra", "orange", "samsung"):
        return inv_headers_block(style, m, inv_dt, subject)
    if style == "gmail":
        return ("---------- Forwarded message ---------\nDe : EAFC Grenoble <formation-magistere@ac-grenoble.fr>\n"
                f"Date: {JOURS_AB[inv_dt.weekday()]} {inv_dt.day} {MOIS_AB[inv_dt.month - 1]} {inv_dt.year} à {inv_dt:%H:%M}\n"
                f"Subject: {subject}\nTo: <{to}>")
    if style == "apple":
        return ("Début du message réexpédié :\n\nDe: EAFC Grenoble <formation-magistere@ac-grenoble.fr>\n"
                f"Objet: {subject}\nDate: {inv_dt.day} {MOIS[inv_dt.month - 1]} {inv_dt.year} à {inv_dt:%H:%M:%S} UTC+1\n"
                f"À: {to}")
    if style == "thunderbird":
        return ("-------- Message transféré --------\n"
                f"Sujet :\t{subject}\nDate :\t{inv_dt:%a, %d %b %Y %H:%M:%S} +0100\n"
                f"De :\tEAFC Grenoble <formation-magistere@ac-grenoble.fr>\nPour :\t{to}")
    if style in ("yahoo", "roundcube"):
        return (f"----- Message transmis ----- De : EAFC Grenoble <formation-magistere@ac-grenoble.fr> "
                f"À : {to} Envoyé : {fr_long(inv_dt)} Objet : {subject}")
    raise KeyError(style)


# ---------------------------------------------------------------- clients

# style: quoting style; pre: ">" prefix in plain quotes; subj: reply prefix; fwd: forward prefix;
# f: default body format; cs/e: default charset/encoding; tag: mobile tagline
CLIENTS = {
    "outlook": dict(style="outlook", pre="", subj="RE : ", fwd="TR : ", f="alt", cs="windows-1252", e="quoted-printable"),
    "outlook_old": dict(style="outlook_old", pre="", subj="RE: ", fwd="TR: ", f="alt", cs="iso-8859-1", e="quoted-printable"),
    "outlookcom": dict(style="owa", pre="", subj="RE: ", fwd="TR: ", f="html", cs="iso-8859-1", e="quoted-printable"),
    "owa": dict(style="owa", pre="", subj="RE: ", fwd="TR: ", f="alt", cs="utf-8", e="base64"),
    "outlook_mobile": dict(style="outlook_mobile", pre="", subj="Re: ", fwd="Fw: ", f="alt", cs="utf-8", e="base64",
                           tag="Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>"),
    "gmail": dict(style="gmail", pre="> ", subj="Re: ", fwd="Fwd: ", f="alt", cs="utf-8", e="quoted-printable"),
    "gmail_html": dict(style="gmail", pre="> ", subj="Re: ", fwd="Fwd: ", f="html", cs="utf-8", e="quoted-printable"),
    "gmail_mobile": dict(style="gmail", pre="> ", subj="Re: ", fwd="Fwd: ", f="alt", cs="utf-8", e="base64"),
    "apple": dict(style="apple", pre="> ", subj="Re: ", fwd="Fwd: ", f="alt", cs="utf-8", e="quoted-printable"),
    "iphone": dict(style="apple", pre="> ", subj="Re: ", fwd="Fwd: ", f="alt", cs="utf-8", e="quoted-printable",
                   tag="Envoyé de mon iPhone"),
    "ipad": dict(style="apple", pre="> ", subj="Re: ", fwd="Fwd: ", f="plain", cs="utf-8", e="quoted-printable",
                 tag="Envoyé de mon iPad"),
    "thunderbird": dict(style="thunderbird", pre="> ", subj="Re: ", fwd="Fwd: ", f="plain", cs="utf-8", e="8bit"),
    "zimbra": dict(style="zimbra", pre="", subj="Re: ", fwd="Tr: ", f="alt", cs="utf-8", e="quoted-printable"),
    "orange": dict(style="orange", pre="> ", subj="RE: ", fwd="TR: ", f="html", cs="utf-8", e="quoted-printable"),
    "samsung": dict(style="samsung", pre="", subj="RE: ", fwd="TR: ", f="alt", cs="utf-8", e="base64",
                    tag="Envoyé depuis mon appareil Galaxy"),
    "yahoo": dict(style="yahoo", pre="", subj="Re: ", fwd="Fwd: ", f="alt", cs="utf-8", e="quoted-printable",
                  tag="Envoyé de Yahoo Mail pour Android"),
    "roundcube": dict(style="roundcube", pre="> ", subj="Re: ", fwd="Fwd: ", f="plain", cs="utf-8", e="8bit"),
}


def uid(rnd, n, chars="0123456789ABCDEF"):
    return "".join(rnd.choice(chars) for _ in range(n))


def client_headers(c, m, rnd, when):
    dom = m["a"].split("@")[1]
    ts = int(when.timestamp())
    h = []
    if c in ("outlook", "outlook_old"):
        mid = f"<{uid(rnd, 12)}{uid(rnd, 8)}@{dom}>" if c == "outlook_old" else \
              f"<00{uid(rnd, 2).lower()}01db{uid(rnd, 8).lower()}${uid(rnd, 8).lower()}${uid(rnd, 8).lower()}@{dom}>"
        h += [("X-Mailer", "Microsoft Outlook 16.0" if c == "outlook" else "Microsoft Office Outlook 14.0"),
              ("Thread-Index", "AQH" + uid(rnd, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "=="),
              ("Content-Language", "fr")]
    elif c in ("outlookcom", "owa", "outlook_mobile"):
        srv = rnd.choice(["PAVPR", "AM7PR", "DB9PR", "PR3PR", "VI1PR"]) + f"0{rnd.randint(1,9)}MB{rnd.randint(1000,9999)}"
        mid = f"<{srv}{uid(rnd, 18)}@{srv}.eurprd0{rnd.randint(1,9)}.prod.outlook.com>"
        h += [("Thread-Topic", None), ("Thread-Index", "AQHb" + uid(rnd, 20, "abcdefghijklmnopqrstuvwxyz0123456789") + "=="),
              ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
              ("X-MS-Has-Attach", "yes" if m.get("img") else ""), ("X-MS-TNEF-Correlator", "")]
    elif c.startswith("gmail"):
        mid = "<CA" + uid(rnd, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+") + "@mail.gmail.com>"
    elif c in ("apple", "iphone", "ipad"):
        mid = f"<{uid(rnd, 8)}-{uid(rnd, 4)}-{uid(rnd, 4)}-{uid(rnd, 4)}-{uid(rnd, 12)}@{dom}>"
        h.append(("X-Mailer", {"apple": "Apple Mail (2.3826.400.131.1.6)", "iphone": "iPhone Mail (22B91)",
                               "ipad": "iPad Mail (21H216)"}[c]))
    elif c == "thunderbird":
        mid = f"<{uid(rnd, 8).lower()}-{uid(rnd, 4).lower()}-{uid(rnd, 4).lower()}-{uid(rnd, 4).lower()}-{uid(rnd, 12).lower()}@{dom}>"
        h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    elif c == "zimbra":
        mid = f"<{rnd.randint(100000000, 999999999)}.{rnd.randint(10000, 99999)}.{ts}{rnd.randint(100,999)}.JavaMail.zimbra@{dom}>"
        h += [("X-Mailer", "Zimbra 10.0.8_GA_4612 (ZimbraWebClient - FF132 (Win)/10.0.8_GA_4612)"),
              ("Thread-Topic", None), ("Thread-Index", uid(rnd, 28, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "=")]
    elif c == "orange":
        mid = f"<{rnd.randint(100000000, 999999999)}.{rnd.randint(1000, 9999)}.{ts}{rnd.randint(100,999)}.JavaMail.www@wwinf{rnd.randint(1000, 9999)}>"
        h += [("X-Originating-IP", f"[{rnd.randint(80,92)}.{rnd.randint(1,254)}.{rnd.randint(1,254)}.{rnd.randint(1,254)}]"),
              ("X-WUM-FROM", f"|~|{m['a']}|~|"), ("X-WUM-TO", f"|~|{EAFC}|~|")]
    elif c == "samsung":
        mid = f"<{uid(rnd, 10).lower()}{rnd.randint(1000,9999)}@email.android.com>"
    elif c == "yahoo":
        mid = f"<{rnd.randint(100000000, 999999999)}.{rnd.randint(100000, 999999)}.{ts}{rnd.randint(100,999)}@mail.yahoo.com>"
        h.append(("X-Mailer", "WebService/1.1.22876 YMailNorrin"))
    elif c == "roundcube":
        mid = f"<{uid(rnd, 32).lower()}@{dom}>"
        h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    else:
        raise KeyError(c)
    return mid, h


# ---------------------------------------------------------------- text helpers

NOT_LATIN1 = {"’": "'", "‘": "'", "œ": "oe", "Œ": "OE", "…": "...", "€": "EUR", "–": "-", "—": "-",
              "“": '"', "”": '"', "\u202f": " ", "•": "-"}


def fit_charset(text, cs):
    if cs == "utf-8":
        return text
    codec = py_codec(cs)
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(NOT_LATIN1.get(ch, "*"))
    return "".join(out)


def py_codec(cs):
    return {"cp1252-as-latin1": "cp1252", "windows-1252": "cp1252"}.get(cs, cs)


def decl_charset(cs):
    return "iso-8859-1" if cs == "cp1252-as-latin1" else cs


def flow(text, width=72):
    """format=flowed wrapping (soft breaks keep a trailing space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def text_to_html(text, tag="div"):
    parts = []
    for para in text.split("\n\n"):
        if not para.strip():
            continue
        h = html.escape(para, quote=False).replace("\n", "<br>\n")
        parts.append(f"<{tag}>{h}</{tag}>" if tag != "div" else f"<div>{h}</div>\n<div><br></div>")
    return "\n".join(parts)


def tiny_png(rnd, w=24, h=12):
    col = bytes([rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)])
    raw = b"".join(b"\x00" + col * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def encode_body(text, cs, cte):
    data = text.encode(py_codec(cs))
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode(py_codec(cs))  # 8bit: kept as text, written in the same charset


def leaf(ctype, text, cs, cte, extra=""):
    hdr = f"Content-Type: {ctype}; charset=\"{decl_charset(cs)}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return hdr, encode_body(text, cs, cte), cs


# ---------------------------------------------------------------- one message


def parse_body(b):
    """Return (plain text, [(text, label)])."""
    clauses = []

    def sub(mo):
        lab = LABELS[mo.group(1)]
        clauses.append((mo.group(2), lab))
        return mo.group(2)
    text = MARK.sub(sub, b.strip("\n"))
    return text, clauses


def html_wrap(inner, client):
    if client in ("outlook", "outlook_old"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>')
    if client.startswith("gmail"):
        return f'<div dir="ltr">{inner}</div>'
    if client in ("apple", "iphone", "ipad"):
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{inner}</body></html>')
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f'{inner}</div></body></html>')
    if client == "orange":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head><body>'
                f'<p style="margin: 0; padding: 0; font-family: Arial; font-size: 10pt;">{inner}</p></body></html>')
    if client == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>'
                f'<body><div dir="auto">{inner}</div></body></html>')
    if client == "yahoo":
        return ('<html><head></head><body><div class="ydp5f2c1b9ayahoo-style-wrap" style="font-family:Helvetica Neue, '
                f'Helvetica, Arial, sans-serif;font-size:13px;">{inner}</div></body></html>')
    if client in ("thunderbird", "roundcube"):
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                f'</head>\n<body>\n{inner}\n</body>\n</html>')
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            f'<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{inner}\n</div>\n</body>\n</html>')


def build_one(m, num):
    rnd = random.Random(m["s"])
    cl = CLIENTS[m["c"]]
    style = cl["style"]
    cs = m.get("cs", cl["cs"])
    cte = m.get("e", cl["e"])
    fmt = m.get("f", cl["f"])
    if m.get("img") and fmt == "alt":
        fmt = "rel"
    y, mo_, d_ = map(int, m["d"][:10].split("-"))
    hh, mm = map(int, m["d"][11:16].split(":"))
    tz = m.get("tz", "+0100")
    tzinfo = dt.timezone(dt.timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[3:])))
    when = dt.datetime(y, mo_, d_, hh, mm, rnd.randint(0, 59), tzinfo=tzinfo)
    inv_dt = (when - dt.timedelta(days=m.get("idays", 3))).replace(hour=rnd.choice([8, 9, 10, 14, 16]),
                                                                  minute=rnd.choice([0, 2, 5, 15, 30, 47]), second=0)
    q = m.get("q", "full")
    co = m.get("co", "Évaluer par compétences")
    inv_subject = m.get("inv_subj", f"Invitation : {co}")
    inv_id = f"<invitation-2026-{m.get('inv', 100 + num):03d}@ac-grenoble.fr>"

    own, clauses = parse_body(m["b"])
    own = fit_charset(own, cs)
    clauses = [(fit_charset(t, cs), lab) for t, lab in clauses]
    sig = fit_charset(m.get("sig", ""), cs)
    inv = fit_charset(invitation_text(m, inv_dt), cs)

    # subject
    if "subj" in m:
        subject = m["subj"]
    elif q == "fwd":
        subject = cl["fwd"] + inv_subject
    elif q == "none":
        subject = inv_subject if m.get("thr") else "Formation M@gistère"
    else:
        subject = cl["subj"] + inv_subject
    subject = fit_charset(subject, cs)

    # quote block (plain and html)
    qplain, qhtml = "", ""
    pre = cl["pre"]
    if q in ("full", "bottom"):
        body_q = "\n".join((pre + l).rstrip() if pre else l for l in inv.split("\n"))
        if style in ("outlook", "outlook_old", "owa", "outlook_mobile", "zimbra", "samsung"):
            hb = inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs))
            qplain = hb + "\n\n" + body_q
        elif style == "orange":
            hb = inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs))
            qplain = "\n".join("> " + l for l in hb.split("\n")) + "\n>\n" + body_q
        else:
            qplain = attribution(style, inv_dt) + "\n\n" + body_q
        ih = invitation_html(inv)
        if style in ("outlook", "outlook_old"):
            hb_h = html.escape(inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs)), quote=False)
            hb_h = re.sub(r"^(De|Envoyé|À|Objet) :", r"<b>\1&nbsp;:</b>", hb_h, flags=re.M).replace("\n", "<br>\n")
            qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{hb_h}</span></p>\n</div>\n{ih}')
        elif style in ("owa", "outlook_mobile"):
            hb_h = html.escape(inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs)), quote=False)
            hb_h = hb_h.replace("________________________________\n", "")
            hb_h = re.sub(r"^(De|Envoyé|À|Objet|From|Sent|To|Subject) ?:", r"<b>\1 :</b>", hb_h, flags=re.M).replace("\n", "<br>\n")
            qhtml = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                     f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hb_h}</font>\n'
                     f'<div>&nbsp;</div>\n</div>\n<div>{ih}</div>')
        elif style == "zimbra":
            hb = inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs)).split("\n", 1)[1]
            hb_h = re.sub(r"^(De|À|Envoyé|Objet):", r"<b>\1: </b>", html.escape(hb, quote=False), flags=re.M).replace("\n", "<br>")
            qhtml = (f'<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">{hb_h}</div><br>'
                     f'<div data-marker="__QUOTED_TEXT__">{ih}</div>')
        elif style == "orange":
            hb = inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs))
            qhtml = ('<blockquote style="margin-left: 5px; padding-left: 5px; border-left: 2px solid #ff6600;">'
                     f'<p>{html.escape(hb, quote=False).replace(chr(10), "<br>")}</p>{ih}</blockquote>')
        elif style == "samsung":
            hb = inv_headers_block(style, m, inv_dt, fit_charset(inv_subject, cs))
            qhtml = (f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
                     f'{html.escape(hb, quote=False).replace(chr(10), "<br>")}</div></div>{ih}')
        elif style == "gmail":
            qhtml = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f'{html.escape(attribution(style, inv_dt), quote=False)}<br></div><blockquote class="gmail_quote" '
                     f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{ih}</blockquote></div>')
        elif style == "apple":
            qhtml = (f'<div><br><blockquote type="cite"><div>{html.escape(attribution(style, inv_dt), quote=False)}</div>'
                     f'<br><div>{ih}</div></blockquote></div>')
        elif style == "thunderbird":
            qhtml = (f'<div class="moz-cite-prefix">{html.escape(attribution(style, inv_dt), quote=False)}<br></div>'
                     f'<blockquote type="cite" cite="mid:{inv_id[1:-1]}">{ih}</blockquote>')
        elif style == "yahoo":
            qhtml = (f'<div id="yahoo_quoted_{rnd.randint(1000000000, 9999999999)}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                     f'<div>{html.escape(attribution(style, inv_dt), quote=False)}</div><div><br></div><div>{ih}</div></div></div>')
        else:
            qhtml = f'<blockquote type="cite">{html.escape(attribution(style, inv_dt), quote=False)}<br>{ih}</blockquote>'
    elif q == "fwd":
        fb = fwd_block(style, m, inv_dt, fit_charset(inv_subject, cs))
        qplain = fb + "\n\n" + inv
        qhtml = (f'<div class="gmail_quote">{html.escape(fb, quote=False).replace(chr(10), "<br>")}<br><br>'
                 f'{invitation_html(inv)}</div>') if style == "gmail" else \
                (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'{html.escape(fb, quote=False).replace(chr(10), "<br>")}</div>{invitation_html(inv)}')

    tag = fit_charset(m.get("tag", cl.get("tag", "")), cs) if m.get("tagline", True) else ""
    cid = f"image00{rnd.randint(1, 3)}.png@01DB{uid(rnd, 4)}.{uid(rnd, 8)}"
    # plain part
    pieces = [own]
    if sig:
        pieces.append(sig if m["c"] not in ("gmail", "gmail_mobile", "gmail_html", "thunderbird") else "-- \n" + sig)
    if m.get("img") and m["c"] in ("outlook", "outlook_old", "owa", "outlookcom"):
        pieces.append(f"[cid:{cid}]")
    if tag:
        pieces.append(tag)
    top = "\n\n".join(pieces)
    if q == "bottom":
        plain = qplain + "\n\n" + top
    elif qplain:
        plain = top + "\n\n" + qplain
    else:
        plain = top
    if m["c"] == "thunderbird" or m.get("flowed"):
        plain = flow(plain)
    # html part
    tagh = {"outlook": "p", "outlook_old": "p"}.get(m["c"], "div")
    own_h = text_to_html(own, "p class=\"MsoNormal\"" if tagh == "p" else tagh).replace("</p class=\"MsoNormal\">", "</p>")
    sig_h = ""
    if sig:
        sig_h = '<div style="color:#555555;font-size:10pt">' + html.escape(sig, quote=False).replace("\n", "<br>\n") + "</div>"
    if m.get("img"):
        if fmt == "rel":
            sig_h += f'\n<div><img src="cid:{cid}" width="120" height="48" alt="logo" style="width:1.25in;height:.5in"></div>'
        else:
            src = (f'https://ci3.googleusercontent.com/mail-sig/AIorK4{uid(rnd, 30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}'
                   if m["c"].startswith("gmail") else f'https://www.{m["a"].split("@")[1]}/img/signature-logo.png')
            sig_h += f'\n<div><img src="{src}" width="160" height="60" alt="Logo"></div>'
    if tag:
        sig_h += f"<div><br></div><div dir=\"ltr\">{html.escape(tag, quote=False)}</div>"
    if q == "bottom":
        inner = qhtml + "\n" + own_h + "\n" + sig_h
    else:
        inner = own_h + "\n" + sig_h + "\n" + qhtml
    hbody = html_wrap(inner, m["c"]).replace("CHARSET", decl_charset(cs))
    hbody = re.sub(r"(>)(<)", r"\1\n\2", hbody) if len(max(hbody.split("\n"), key=len)) > 900 else hbody

    # MIME structure
    bnd = lambda: f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(100000000, 999999999)}.{int(when.timestamp())}"
    if m["c"] in ("apple", "iphone", "ipad"):
        bnd = lambda: f"Apple-Mail={uid(rnd, 8)}-{uid(rnd, 4)}-{uid(rnd, 4)}-{uid(rnd, 4)}-{uid(rnd, 12)}"
    elif m["c"].startswith("gmail"):
        bnd = lambda: "000000000000" + uid(rnd, 16, "0123456789abcdef")
    elif m["c"] in ("outlook", "outlook_old"):
        bnd = lambda: f"----=_NextPart_000_00{uid(rnd, 2)}_01DB{uid(rnd, 4)}.{uid(rnd, 8)}"
    elif m["c"] in ("outlookcom", "owa", "outlook_mobile"):
        bnd = lambda: f"_00{rnd.randint(0,9)}_{uid(rnd, 20)}prod_"
    plain_ct = "text/plain" + ('; format=flowed' if (m["c"] == "thunderbird" or m.get("flowed")) else "")
    if fmt == "plain":
        h, bdy, _ = leaf(plain_ct.split(";")[0], plain, cs, cte, "; format=flowed" if "flowed" in plain_ct else "")
        mime = h + "\n" + bdy + "\n"
        top_ct = None
    elif fmt == "html":
        h, bdy, _ = leaf("text/html", hbody, cs, cte)
        mime = h + "\n" + bdy + "\n"
    else:
        b1 = bnd()
        ph, pb, _ = leaf("text/plain", plain, cs, cte, "; format=flowed" if "flowed" in plain_ct else "")
        hh_, hb_, _ = leaf("text/html", hbody, cs, cte)
        alt = (f"--{b1}\n{ph}\n{pb}\n\n--{b1}\n{hh_}\n{hb_}\n\n--{b1}--\n")
        if fmt == "alt":
            mime = f'Content-Type: multipart/alternative;\n\tboundary="{b1}"\n\n{alt}'
        else:
            b0 = bnd()
            png = base64.encodebytes(tiny_png(rnd)).decode("ascii").rstrip("\n")
            name = cid.split("@")[0]
            mime = (f'Content-Type: multipart/related;\n\tboundary="{b0}";\n\ttype="multipart/alternative"\n\n'
                    f'--{b0}\nContent-Type: multipart/alternative;\n\tboundary="{b1}"\n\n{alt}\n'
                    f'--{b0}\nContent-Type: image/png; name="{name}"\nContent-Description: {name}\n'
                    f'Content-Disposition: inline; filename="{name}"; size={len(tiny_png(rnd))}\n'
                    f'Content-ID: <{cid}>\nContent-Transfer-Encoding: base64\n\n{png}\n\n--{b0}--\n')

    if m.get("att"):  # a real attachment (screenshot, scan): multipart/mixed around the body
        bm = bnd()
        fn, ctype = m["att"]
        blob = tiny_png(rnd, 64, 40) if ctype == "image/png" else b"%PDF-1.4\n% scan\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        enc = base64.encodebytes(blob).decode("ascii").rstrip("\n")
        mime = (f'Content-Type: multipart/mixed;\n\tboundary="{bm}"\n\n--{bm}\n{mime}\n--{bm}\n'
                f'Content-Type: {ctype}; name="{Header(fn, "utf-8").encode()}"\nContent-Disposition: attachment;\n\tfilename*={encode_rfc2231(fn, "utf-8")}\n'
                f'Content-Transfer-Encoding: base64\n\n{enc}\n\n--{bm}--\n')
    mid, ch = client_headers(m["c"], m, rnd, when)
    thr = m.get("thr", q in ("full", "bottom"))
    # some webmail/mobile clients drop the threading headers (Orange webmail, Samsung, Outlook mobile, Yahoo)
    if "thr" not in m and thr and m["c"] in ("orange", "samsung", "outlook_mobile", "yahoo") and random.Random(m["s"] + "thr").random() < 0.4:
        thr = False
    hcs = decl_charset(cs) if cs != "utf-8" else "utf-8"
    headers = []
    headers.append(("Return-Path", m.get("ret", f"<{m['a']}>")))
    dom = m["a"].split("@")[1]
    headers.append(("Received", f"from smtp.{dom} (smtp.{dom} [{rnd.randint(80, 212)}.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}])\n"
                                f"\tby mx1.ac-grenoble.fr (Postfix) with ESMTPS id {uid(rnd, 10)}\n\tfor <{m.get('to', EAFC)}>; {format_datetime(when)}"))
    try:
        fromh = formataddr((m["n"], m["a"]), charset=hcs) if m["n"] else m["a"]
    except UnicodeEncodeError:
        fromh = formataddr((m["n"], m["a"]), charset="utf-8")
    headers.append(("From", fromh))
    headers.append(("To", m.get("toh", f"EAFC Grenoble <{m.get('to', EAFC)}>")))
    for k, v in m.get("cc", []):
        headers.append((k, v))
    headers.append(("Subject", subject))
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", m.get("mid", mid)))
    if thr:
        headers.append(("In-Reply-To", inv_id))
        headers.append(("References", inv_id))
    for k, v in ch:
        if k == "Thread-Topic":
            v = inv_subject if q != "none" else subject
        headers.append((k, fit_charset(v, cs)))
    extra = m.get("hdr", {})
    for k, v in (extra.items() if isinstance(extra, dict) else extra):
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    out = []
    for k, v in headers:
        if any(ord(ch_) > 127 for ch_ in v):
            try:
                v = Header(v, hcs, header_name=k).encode(linesep="\n")
            except UnicodeEncodeError:
                v = Header(v, "utf-8", header_name=k).encode(linesep="\n")
        out.append(f"{k}: {v}")
    raw = "\n".join(out) + "\n" + mime
    crlf = m.get("crlf", m["c"] not in ("thunderbird", "roundcube"))
    data = raw.encode(py_codec(cs)) if cte == "8bit" else raw.encode("ascii")
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data, clauses


def build_special(m, num):
    """Robots written in full by hand: m['raw'] is the whole message (headers + body) as text;
    clauses are marked inline like in b."""
    clauses = []

    def sub(mo):
        t = mo.group(2)
        if m.get("qpc"):  # clause written quoted-printable in the raw text: label the decoded words
            t = quopri.decodestring(t.encode("ascii")).decode(py_codec(m["qpc"]))
        clauses.append((t.strip(), LABELS[mo.group(1)]))
        return mo.group(2)
    text = MARK.sub(sub, m["raw"].strip("\n") + "\n")
    cs = m.get("cs", "utf-8")
    data = text.encode(py_codec(cs))
    if m.get("crlf", True):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data, clauses


# ---------------------------------------------------------------- labels.toml


def tq(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


# ---------------------------------------------------------------- checks


def visible_texts(msg):
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True) or b""
        cs = (part.get_content_charset() or "utf-8").lower()
        if cs in ("iso-8859-1", "latin1", "us-ascii"):
            cs = "cp1252"
        t = raw.decode(cs, errors="replace")
        if part.get_content_subtype() == "html":
            t = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", t, flags=re.S | re.I)
            t = re.sub(r"<br\s*/?>", "\n", t, flags=re.I)
            t = re.sub(r"<[^>]+>", " ", t)
            t = html.unescape(t)
        texts.append(t)
    return texts


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def main():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    errors, toml_parts, seen = [], [], set()
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}-{m['s']}.eml"
        if m["s"] in seen:
            errors.append(f"duplicate slug {m['s']}")
        seen.add(m["s"])
        data, clauses = (build_special if "raw" in m else build_one)(m, i)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        topics = m.get("t", [])
        if topics != [t for t in TOPICS if t in topics] or len(set(topics)) != len(topics):
            errors.append(f"{fname}: topics not in guide order / unknown: {topics}")
        if m["p"] not in PROFILES or m["act"] not in ACTIONS:
            errors.append(f"{fname}: bad profile/action")
        lines = [f"[{tq(fname)}]", f"profile = {tq(m['p'])}", f"topics = [{', '.join(tq(t) for t in topics)}]",
                 f"action = {tq(m['act'])}", f"why = {tq(m['why'])}", "clauses = ["]
        for t, lab in clauses:
            lines.append(f"  {{ text = {tq(t)}, label = {tq(lab)} }},")
        lines.append("]")
        toml_parts.append("\n".join(lines))
        # parse check + clause check
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if msg["from"] is None or msg["subject"] is None and "raw" not in m:
            errors.append(f"{fname}: missing From/Subject")
        vis = [norm(t) for t in visible_texts(msg)]
        for t, lab in clauses:
            if not any(norm(t) in v for v in vis):
                errors.append(f"{fname}: clause not found: {t!r}")
        labs = {lab for _, lab in clauses}
        for tp in topics:
            if tp not in labs and m["act"] != "ignore":
                errors.append(f"{fname}: topic {tp} has no clause")
        for lab in labs & set(TOPICS):
            if lab not in topics:
                errors.append(f"{fname}: clause label {lab} not in topics")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels of w07-other-profiles-html (written by build.py from messages_NN.py)\n\n")
        fh.write("\n\n".join(toml_parts) + "\n")
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        lab = tomllib.load(fh)
    emls = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(lab) != emls:
        errors.append(f"labels/eml mismatch: {sorted(set(lab) ^ emls)}")
    from collections import Counter
    print(len(msgs), "messages;", dict(Counter(m["act"] for m in msgs)), dict(Counter(m["p"] for m in msgs)))
    print("topics:", dict(Counter(t for m in msgs for t in m.get("t", []))))
    print("clients:", dict(Counter(m.get("c", "raw") if "raw" not in m else "raw" for m in msgs)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
