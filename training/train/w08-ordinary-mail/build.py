#!/usr/bin/env python3
"""Wrap the hand-written texts of messages_NN.py into .eml files and one labels.toml.

The texts are written by hand in the data files; this script only adds headers, quoting
(per mail client), charsets and transfer encodings. Standard library only.
"""
import base64
import glob
import hashlib
import html
import importlib.util
import os
import quopri
import sys
import tomllib
import email
from email import policy
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
LINK = "https://magistere.education.fr/ac-grenoble/"

ABBR = {"g": "greeting", "t": "thanks", "c": "context", "s": "small_talk", "o": "other_request",
        "u": "unclear", "r": "robot", "fu": "forgotten_username", "fp": "forgotten_password",
        "l": "login", "f": "find_course"}
TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
LABELS = set(ABBR.values())

# Courses: (title, code, trainer name, trainer address, invitation day in Nov 2026, hour)
COURSES = [
    ("Évaluer par compétences au cycle 3", "26A0080112", "Nathalie Berthier", "nathalie.berthier@ac-grenoble.fr", 9, 14),
    ("Accueillir un élève allophone", "26A0080231", "Karim Benaïssa", "karim.benaissa@ac-grenoble.fr", 10, 9),
    ("Le langage oral en maternelle", "26A0080044", "Sylvie Rochas", "sylvie.rochas@ac-grenoble.fr", 12, 16),
    ("Prévenir le harcèlement : programme pHARe", "26A0080310", "Olivier Mercier", "olivier.mercier@ac-grenoble.fr", 13, 10),
    ("Enseigner avec le numérique en SVT", "26A0080187", "Claire Dumoulin", "claire.dumoulin@ac-grenoble.fr", 16, 11),
    ("Accompagner les élèves à besoins éducatifs particuliers", "26A0080405", "Hélène Vial", "helene.vial@ac-grenoble.fr", 17, 15),
    ("Le chef-d'œuvre en lycée professionnel", "26A0080522", "Thierry Gaillard", "thierry.gaillard@ac-grenoble.fr", 18, 8),
    ("Éducation aux médias et à l'information au CDI", "26A0080276", "Isabelle Perrin", "isabelle.perrin@ac-grenoble.fr", 19, 13),
    ("Gestes professionnels de l'AESH", "26A0080618", "Fabienne Guichard", "fabienne.guichard@ac-grenoble.fr", 20, 17),
    ("Direction d'école : piloter le projet d'école", "26A0080089", "Patrick Lambert", "patrick.lambert@ac-grenoble.fr", 23, 9),
    ("Premiers secours en milieu scolaire (PSC1 formateurs)", "26A0080733", "Dr Anne Costaz", "anne.costaz@ac-grenoble.fr", 23, 14),
    ("Climat scolaire et vie scolaire : le rôle de l'AED", "26A0080350", "Mehdi Zerrouki", "mehdi.zerrouki@ac-grenoble.fr", 24, 10),
    ("Mathématiques en lycée : automatismes et calcul mental", "26A0080145", "Julien Arnaud", "julien.arnaud@ac-grenoble.fr", 25, 16),
    ("Accueil et secrétariat en EPLE : les outils", "26A0080801", "Brigitte Faure", "brigitte.faure@ac-grenoble.fr", 26, 11),
    ("Repérer les troubles des apprentissages", "26A0080467", "Laure Chabert", "laure.chabert@ac-grenoble.fr", 27, 9),
    ("Philosophie : la dissertation en terminale", "26A0080199", "Étienne Royer", "etienne.royer@ac-grenoble.fr", 30, 14),
]

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS3 = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MONTHS3 = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def weekday(y, mo, d):
    import datetime
    return datetime.date(y, mo, d).weekday()


def inv_paragraphs(ci):
    t, code, trainer, taddr, day, hour = COURSES[ci]
    return [
        "Bonjour,",
        f"Vous êtes inscrit(e) à la formation « {t} » (dispositif {code}).\n"
        "Cette formation hybride commence par un temps à distance sur la plateforme M@gistère.",
        "Pour rejoindre le parcours, connectez-vous à l'adresse suivante :\n"
        f"{LINK}\npuis cliquez sur le titre de la formation dans la liste de vos parcours.",
        "Le guide « Comment rejoindre une e-formation sur M@gistère ? » est joint à ce message.\n"
        "En cas de difficulté, vous pouvez répondre à ce courriel.",
        f"Votre formateur ou formatrice : {trainer}",
        "Bien cordialement,\nL'équipe M@gistère\nÉcole académique de la formation continue (EAFC)\nAcadémie de Grenoble",
    ]


def inv_subject(ci):
    return f"Invitation : {COURSES[ci][0]}"


def inv_mid(ci):
    return f"<invitation-2026-{101 + ci * 13:03d}@ac-grenoble.fr>"


def h(slug, n=8):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def parse_body(spec):
    """Return (lines, clauses). Spec lines: 'lab| text', '+lab| text' (same line), '=raw', '@q a-b', ''."""
    lines, clauses = [], []
    raw = spec.strip("\n").split("\n")
    for ln in raw:
        s = ln.strip()
        if not s:
            lines.append("")
        elif s.startswith("@q"):
            lines.append(("Q", s[2:].strip()))
        elif s.startswith("="):
            lines.append(s[1:])
        else:
            cont = s.startswith("+")
            if cont:
                s = s[1:]
            lab, _, text = s.partition("|")
            lab = ABBR.get(lab.strip(), lab.strip())
            text = text.strip()
            if lab not in LABELS:
                raise ValueError(f"bad label {lab!r} in {ln!r}")
            clauses.append({"text": text, "label": lab})
            if cont and lines and isinstance(lines[-1], str):
                lines[-1] = lines[-1] + " " + text
            else:
                lines.append(text)
    return lines, clauses


def qrange(r, n):
    if not r:
        return list(range(n))
    a, _, b = r.partition("-")
    a = int(a)
    b = int(b) if b else a
    return list(range(a, b + 1))


def fr_dates(y, mo, d, hh, mi):
    wd = weekday(y, mo, d)
    return dict(
        gmail=f"{DAYS3[wd]} {d} {MONTHS3[mo-1]} {y} à {hh:02d}:{mi:02d}",
        long=f"{DAYS[wd]} {d} {MONTHS[mo-1]} {y} {hh:02d}:{mi:02d}",
        num=f"{d:02d}/{mo:02d}/{y}",
        num2=f"{d:02d}/{mo:02d}/{y % 100:02d}",
        hm=f"{hh:02d}:{mi:02d}",
        apple=f"{d} {MONTHS3[mo-1]} {y} à {hh:02d}:{mi:02d}",
        zimbra=f"{DAYS[wd].capitalize()} {d} {MONTHS[mo-1].capitalize()} {y} {hh:02d}:{mi:02d}:17",
        yahoo=f"{DAYS[wd]} {d} {MONTHS[mo-1]} {y} à {hh:02d}:{mi:02d}:05 UTC+1",
        rfc=f"{EN_DAYS[wd]}, {d} {EN_MON[mo-1]} {y} {hh:02d}:{mi:02d}:00 +0100",
    )


def attribution(client, ci, to_addr):
    t, code, trainer, taddr, day, hour = COURSES[ci]
    D = fr_dates(2026, 11, day, hour, 2)
    subj = inv_subject(ci)
    ea = f"{EAFC_NAME} <{EAFC}>"
    if client in ("gmail", "gmail_mobile"):
        return f"Le {D['gmail']}, {ea} a écrit :", ">"
    if client in ("iphone", "applemail"):
        return f"Le {D['apple']}, {ea} a écrit :", ">"
    if client == "thunderbird":
        return f"Le {D['num']} à {D['hm']}, {EAFC_NAME} a écrit :", ">"
    if client == "roundcube":
        return f"Le 2026-11-{day:02d} {hour:02d}:02, {EAFC_NAME} a écrit\u00a0:", ">"
    if client == "yahoo":
        return f"Le {D['yahoo']}, {ea} a écrit :", ""
    if client == "outlookmac":
        return f"Le {D['num']} {D['hm']}, « {EAFC_NAME} » <{EAFC}> a écrit :", "    "
    if client == "outlook":
        return ("-----Message d'origine-----\n"
                f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {D['long']}\nÀ : {to_addr}\nObjet : {subj}"), ""
    if client == "owa":
        return ("________________________________\n"
                f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {D['long']}\nÀ : {to_addr}\nObjet : {subj}"), ""
    if client == "zimbra":
        return ("----- Mail original -----\n"
                f"De: \"{EAFC_NAME}\" <{EAFC}>\nÀ: {to_addr}\nEnvoyé: {D['zimbra']}\nObjet: {subj}"), ">"
    if client == "samsung":
        return ("-------- Message d'origine --------\n"
                f"De : {EAFC_NAME} <{EAFC}> \nDate : {D['num']} {D['hm']} (GMT+01:00) \nÀ : {to_addr} \nObjet : {subj} "), ""
    if client == "orange":
        return (f"Message du {D['num2']} {D['hm']}\nDe : \"{EAFC_NAME}\" <{EAFC}>\nA : {to_addr}\n"
                f"Copie à : \nObjet : {subj}"), ">"
    raise ValueError(client)


FWD_HEAD = {
    "gmail": "---------- Forwarded message ---------\nDe : {ea}\nDate: {gmail}\nSubject: {subj}\nTo: {to}",
    "outlook": "De : {ea}\nEnvoyé : {long}\nÀ : {to}\nObjet : {subj}",
    "thunderbird": "-------- Message transféré --------\nSujet :\t{subj}\nDate :\t{rfc}\nDe :\t{ea}\nPour :\t{to}",
    "zimbra": "----- Mail transféré -----\nDe: \"{EAFC_NAME}\" <{EAFC}>\nÀ: {to}\nEnvoyé: {zimbra}\nObjet: {subj}",
}

CLIENT_DEFAULTS = {
    # client: (charset, cte, fmt, eol)  fmt: plain | alt | html
    "outlook": ("windows-1252", "quoted-printable", "alt", "\r\n"),
    "owa": ("utf-8", "base64", "alt", "\r\n"),
    "outlookmac": ("utf-8", "quoted-printable", "alt", "\r\n"),
    "gmail": ("utf-8", "quoted-printable", "alt", "\r\n"),
    "gmail_mobile": ("utf-8", "base64", "alt", "\r\n"),
    "iphone": ("utf-8", "quoted-printable", "plain", "\r\n"),
    "applemail": ("utf-8", "quoted-printable", "alt", "\r\n"),
    "thunderbird": ("utf-8", "8bit", "plain", "\r\n"),
    "zimbra": ("utf-8", "quoted-printable", "alt", "\r\n"),
    "samsung": ("utf-8", "base64", "html", "\r\n"),
    "orange": ("iso-8859-1", "quoted-printable", "alt", "\n"),
    "yahoo": ("utf-8", "quoted-printable", "alt", "\r\n"),
    "roundcube": ("utf-8", "8bit", "plain", "\n"),
}

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlookmac": ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
    "owa": None,
    "gmail": None,
    "gmail_mobile": None,
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "applemail": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4597 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4597)"),
    "samsung": None,
    "orange": ("X-Mailer", "Orange Messagerie"),
    "yahoo": ("X-Mailer", "WebService/1.1.22876 YMailNorrin"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
}

TAGLINES = {
    "iphone": "Envoyé de mon iPhone",
    "samsung": "Envoyé depuis mon appareil Galaxy",
    "gmail_mobile": None,
    "owa": None,
}


def msgid(client, slug, addr):
    x = hashlib.sha1(slug.encode()).hexdigest()
    dom = addr.split("@")[1]
    if client in ("gmail", "gmail_mobile"):
        return f"<CAF{x[:6].upper()}k{x[6:20]}Q-{x[20:30]}w@mail.gmail.com>"
    if client in ("outlook", "owa") and dom not in ("ac-grenoble.fr",):
        return f"<PA4P190MB{x[:4].upper()}{x[4:10].upper()}@PA4P190MB{x[10:14].upper()}.EURP190.PROD.OUTLOOK.COM>"
    if client in ("iphone", "applemail"):
        u = x.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if client == "zimbra":
        return f"<{int(x[:8], 16)}.{int(x[8:14], 16)}.{int(x[14:22], 16)}.JavaMail.zimbra@{dom}>"
    if client == "yahoo":
        return f"<{int(x[:9], 16)}.{int(x[9:15], 16)}@mail.yahoo.com>"
    if client == "thunderbird":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"
    return f"<{x[:12]}.{x[12:20]}@{dom}>"


def enc_header_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def enc_subject(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            return Header(s, charset if charset != "windows-1252" else "utf-8", maxlinelen=76).encode()
        except UnicodeEncodeError:
            return Header(s, "utf-8", maxlinelen=76).encode()


def encode_part(text, charset, cte, eol):
    data = text.encode(charset, errors="strict")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
    else:
        out = data.decode(charset)
    return out


def to_html_lines(lines):
    return "".join(f"<div>{html.escape(l) if l else '<br>'}</div>\n" for l in lines)


def inv_html(ci):
    ps = inv_paragraphs(ci)
    return "".join("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>\n" for p in ps)


def build(msg, n):
    slug = msg["slug"]
    fname = f"{n:03d}-{slug}.eml"
    client = msg.get("client", "gmail")
    charset, cte, fmt, eol = CLIENT_DEFAULTS[client]
    charset = msg.get("charset", charset)
    cte = msg.get("cte", cte)
    fmt = msg.get("fmt", fmt)
    eol = msg.get("eol", eol)
    ci = msg.get("course", n % len(COURSES))
    quote = msg.get("quote", "bottom")  # bottom | inline | none | fwd | top (quote above = bottom-posting)
    name, addr = msg["name"], msg["addr"]
    lines, clauses = parse_body(msg["body"])
    sig = msg.get("sig", "")
    tag = msg.get("tag", TAGLINES.get(client))
    to_addr = msg.get("to_addr", addr)

    # plain text
    own = []
    qpar = inv_paragraphs(ci)
    attr, pref = attribution(client, ci, to_addr) if quote in ("bottom", "inline", "top") else ("", ">")
    if quote == "inline" and pref == "":
        pref = ">"

    def quoted(idx):
        out = []
        for i in idx:
            for l in qpar[i].split("\n"):
                out.append((pref + " " + l) if pref.strip() else (pref + l))
            out.append(pref.rstrip() if pref.strip() else "")
        return out

    for l in lines:
        if isinstance(l, tuple):
            own.extend(quoted(qrange(l[1], len(qpar))))
        else:
            own.append(l)
    text_own = "\n".join(own)
    if sig:
        text_own += "\n\n" + ("-- \n" if msg.get("sigdash") else "") + sig
    if tag:
        text_own += "\n\n" + tag
    if quote in ("bottom", "top"):
        qlines = []
        if client in ("iphone", "applemail"):
            qlines.append("> " + attr)
            qlines.append(">")
        else:
            qlines.extend(attr.split("\n"))
            if client not in ("outlook", "owa", "samsung"):
                pass
            qlines.append("")
        for i, p in enumerate(qpar):
            for l in p.split("\n"):
                if pref == ">":
                    qlines.append("> " + l)
                else:
                    qlines.append(pref + l)
            qlines.append(">" if pref == ">" else "")
        qtext = "\n".join(qlines).rstrip()
        if quote == "bottom":
            plain = text_own + "\n\n" + qtext + "\n"
        else:
            plain = qtext + "\n\n" + text_own + "\n"
    elif quote == "inline":
        plain = ("\n".join(attribution(client, ci, to_addr)[0].split("\n")) + "\n" + text_own + "\n")
    elif quote == "fwd":
        D = fr_dates(2026, 11, COURSES[ci][4], COURSES[ci][5], 2)
        fc = msg.get("fwdstyle", "gmail")
        head = FWD_HEAD[fc].format(ea=f"{EAFC_NAME} <{EAFC}>", subj=inv_subject(ci), to=msg.get("fwd_to", addr),
                                   EAFC_NAME=EAFC_NAME, EAFC=EAFC, **D)
        plain = text_own + "\n\n" + head + "\n\n" + "\n\n".join(qpar) + "\n"
    else:
        plain = text_own + "\n"

    # html
    def html_doc():
        own_html = []
        for l in lines:
            if isinstance(l, tuple):
                own_html.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                                + "".join("<p>" + "<br>".join(html.escape(x) for x in qpar[i].split("\n")) + "</p>"
                                          for i in qrange(l[1], len(qpar))) + "</blockquote>\n")
            else:
                own_html.append(f"<div>{html.escape(l) if l else '<br>'}</div>\n")
        body = "".join(own_html)
        if sig:
            body += "<div><br></div><div>" + "<br>".join(html.escape(x) for x in sig.split("\n")) + "</div>\n"
        if tag:
            body += f"<div><br></div><div>{html.escape(tag)}</div>\n"
        if quote in ("bottom", "top"):
            a = html.escape(attr).replace("\n", "<br>\n")
            ih = inv_html(ci)
            if client in ("gmail", "gmail_mobile"):
                qh = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{a}<br></div>'
                      f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{ih}</blockquote></div>\n')
            elif client in ("outlook", "owa"):
                qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                      f'<p class="MsoNormal"><b>De&nbsp;:</b> {html.escape(EAFC_NAME)} &lt;{EAFC}&gt;<br>'
                      f'<b>Envoyé&nbsp;:</b> {html.escape(fr_dates(2026, 11, COURSES[ci][4], COURSES[ci][5], 2)["long"])}<br>'
                      f'<b>À&nbsp;:</b> {html.escape(to_addr)}<br><b>Objet&nbsp;:</b> {html.escape(inv_subject(ci))}</p></div>\n{ih}')
                if client == "owa":
                    qh = '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">' + qh + "</div>"
            elif client in ("iphone", "applemail"):
                qh = f'<div><br><blockquote type="cite">{a}<br><br>{ih}</blockquote></div>\n'
            elif client == "thunderbird":
                qh = f'<div class="moz-cite-prefix">{a}<br></div><blockquote type="cite">{ih}</blockquote>\n'
            elif client == "zimbra":
                qh = (f'<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>"{EAFC_NAME}" &lt;{EAFC}&gt;<br>'
                      f'<b>À: </b>{html.escape(to_addr)}<br><b>Objet: </b>{html.escape(inv_subject(ci))}</div><br>'
                      f'<div data-marker="__QUOTED_TEXT__">{ih}</div>\n')
            elif client == "yahoo":
                qh = f'<div class="yahoo_quoted"><div>{a}</div><div>{ih}</div></div>\n'
            elif client == "outlookmac":
                qh = f'<div id="OLK_SRC_BODY_SECTION"><div>{a}</div><div>{ih}</div></div>\n'
            else:
                qh = f'<div><br></div><div>{a}</div><blockquote>{ih}</blockquote>\n'
            body = body + qh if quote == "bottom" else qh + body
        elif quote == "fwd":
            body += "<div><br></div><div>" + html.escape(plain.split("\n\n", 1)[-1]).replace("\n", "<br>\n") + "</div>"
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head>'
                '<body>\n' + body + "</body></html>\n")

    for cs in (charset, "windows-1252", "utf-8"):
        try:
            plain.encode(cs)
            html_doc().encode(cs)
            charset = cs
            break
        except UnicodeEncodeError:
            continue

    # headers
    reply = quote in ("bottom", "inline", "top") and not msg.get("new")
    subj = msg.get("subject")
    if subj is None:
        if quote == "fwd":
            subj = msg.get("fwdprefix", "TR: ") + inv_subject(ci)
        elif reply:
            subj = msg.get("reprefix", "RE: " if client in ("outlook", "owa", "samsung") else "Re: ") + inv_subject(ci)
        else:
            subj = ""
    dd = msg.get("date")
    if dd is None:
        day = min(COURSES[ci][4] + 1 + n % 9, 30)
        mon = 11
        if day > 30:
            day, mon = day - 30, 12
        hh = 7 + (n * 7) % 14
        mi = (n * 13) % 60
        wd = weekday(2026, mon, day)
        dd = f"{EN_DAYS[wd]}, {day} {EN_MON[mon-1]} 2026 {hh:02d}:{mi:02d}:{(n*17)%60:02d} +0100"
    H = []
    H.append(("Return-Path", f"<{addr}>"))
    hcs = "utf-8"
    H.append(("From", enc_header_addr(name, addr, hcs)))
    H.append(("To", msg.get("to", f"{EAFC_NAME} <{EAFC}>" if reply else EAFC)))
    if msg.get("cc"):
        from email.utils import getaddresses
        H.append(("Cc", ", ".join(enc_header_addr(nm, ad) for nm, ad in getaddresses(msg["cc"]))))
    H.append(("Subject", enc_subject(subj, charset)))
    H.append(("Date", dd))
    H.append(("Message-ID", msgid(client, slug, addr)))
    if reply and msg.get("refs", True):
        H.append(("In-Reply-To", inv_mid(ci)))
        H.append(("References", inv_mid(ci)))
    mailer = MAILERS.get(client)
    if mailer:
        H.append(mailer)
    if client in ("outlook", "owa"):
        H.append(("Thread-Topic", enc_subject(inv_subject(ci) if reply else subj, charset)))
        H.append(("Content-Language", "fr-FR"))
    H.append(("MIME-Version", "1.0 (1.0)" if client == "iphone" else "1.0"))

    out = []
    ctype_plain = f"text/plain; charset=\"{charset}\"" if client in ("outlook", "owa") else f"text/plain; charset={charset}"
    if client == "thunderbird" and cte == "8bit":
        ctype_plain += "; format=flowed"
    b = "----=_Part_" + h(slug, 10) + "_" + str(n)
    if fmt == "plain":
        H.append(("Content-Type", ctype_plain))
        H.append(("Content-Transfer-Encoding", cte))
        bodytxt = encode_part(plain, charset, cte, eol)
    elif fmt == "html":
        H.append(("Content-Type", f"text/html; charset={charset}"))
        H.append(("Content-Transfer-Encoding", cte))
        bodytxt = encode_part(html_doc(), charset, cte, eol)
    else:
        H.append(("Content-Type", f"multipart/alternative; boundary=\"{b}\""))
        bodytxt = ("--" + b + "\n" + f"Content-Type: {ctype_plain}\nContent-Transfer-Encoding: {cte}\n\n"
                   + encode_part(plain, charset, cte, eol) + "\n--" + b + "\n"
                   + f"Content-Type: text/html; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
                   + encode_part(html_doc(), charset, cte, eol) + "\n--" + b + "--\n")
    for k, v in msg.get("extra_headers", []):
        H.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in H)
    raw = head + "\n" + bodytxt
    if eol == "\r\n":
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    data = raw.encode(charset if cte == "8bit" else "ascii")

    topics = msg.get("topics")
    if topics is None:
        topics = [t for t in TOPICS if any(c["label"] == t for c in clauses)]
    label = dict(profile=msg["prof"], topics=topics, action=msg["act"], why=msg["why"], clauses=clauses)
    return fname, data, label, plain


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def main():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.M)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    toml = []
    slugs = set()
    errors = []
    for n, m in enumerate(msgs, 1):
        if m["slug"] in slugs:
            errors.append(f"duplicate slug {m['slug']}")
        slugs.add(m["slug"])
        fname, data, lab, plain = build(m, n)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        cl = ",\n".join(f"  {{ text = {tq(c['text'])}, label = {tq(c['label'])} }}" for c in lab["clauses"])
        toml.append(f"[{tq(fname)}]\nprofile = {tq(lab['profile'])}\ntopics = [{', '.join(tq(t) for t in lab['topics'])}]\n"
                    f"action = {tq(lab['action'])}\nwhy = {tq(lab['why'])}\nclauses = [\n{cl}\n]\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    # checks
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml")))
    if set(emls) != set(labels):
        errors.append("labels/eml mismatch")
    for fn in emls:
        L = labels[fn]
        with open(os.path.join(HERE, fn), "rb") as fh:
            em = email.message_from_bytes(fh.read(), policy=policy.default)
        if em.defects:
            errors.append(f"{fn}: defects {em.defects}")
        texts = []
        for part in em.walk():
            if part.get_content_maintype() == "text":
                texts.append(part.get_content())
        alltext = " ".join(" ".join(t.split()) for t in texts)
        alltext_h = html.unescape(alltext)
        for c in L["clauses"]:
            ct = " ".join(c["text"].split())
            if ct not in alltext and ct not in alltext_h:
                errors.append(f"{fn}: clause not found: {c['text']!r}")
            if c["label"] not in LABELS:
                errors.append(f"{fn}: bad label")
        if L["profile"] not in ("academic", "university", "other"):
            errors.append(f"{fn}: bad profile")
        if L["action"] not in ("reply", "escalate", "ignore"):
            errors.append(f"{fn}: bad action")
        if L["topics"] != [t for t in TOPICS if t in L["topics"]]:
            errors.append(f"{fn}: topics order/values")
        if not em.get("From") or not em.get("Date"):
            errors.append(f"{fn}: missing header")
    from collections import Counter
    print(len(emls), "messages;", dict(Counter(l["action"] for l in labels.values())),
          dict(Counter(l["profile"] for l in labels.values())))
    tc = Counter(t for l in labels.values() for t in l["topics"])
    print("topics:", dict(tc), "none:", sum(1 for l in labels.values() if not l["topics"]))
    print("clients:", dict(Counter(m.get("client", "gmail") for m in msgs)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)


if __name__ == "__main__":
    main()
