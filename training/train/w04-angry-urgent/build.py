#!/usr/bin/env python3
"""Wrap the hand-written messages of messages_NN.py into .eml files and one labels.toml.

Standard library only. Each message is written by hand in a messages_NN.py file as a call to M(...)
(see msg.py). The trainee's own text uses an inline markup: {label:clause text}; the braces are
removed in the .eml and each marked clause becomes a labelled clause. Unmarked text is glue
(spaces, line breaks, punctuation) or text deliberately left out of the clauses (none, normally).

Run: python3 build.py   (rewrites every .eml and labels.toml, then checks them)
"""
import base64
import datetime as dt
import email
import email.policy
import glob
import hashlib
import html
import importlib.util
import json
import os
import quopri
import re
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msg import ABBR, COURSES  # noqa: E402

EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
TOPIC_ORDER = ["forgotten_username", "forgotten_password", "login", "find_course"]
CLAUSE_LABELS = set(TOPIC_ORDER) | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}
PARIS = dt.timezone(dt.timedelta(hours=1))
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def h(seed, n=16, alphabet="0123456789abcdef"):
    d = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def parse_markup(text):
    """'{pw:j'ai oublié}' -> plain text and [(clause, label)]."""
    clauses = []

    def sub(m):
        lab = ABBR.get(m.group(1), m.group(1))
        if lab not in CLAUSE_LABELS:
            raise ValueError("bad clause label %r" % m.group(1))
        clauses.append((m.group(2), lab))
        return m.group(2)

    plain = re.sub(r"\{([a-z_]+):(.*?)\}", sub, text, flags=re.S)
    if "{" in plain or "}" in plain:
        raise ValueError("unbalanced markup in: " + text[:80])
    return plain, clauses


LATIN1_FIX = {"’": "'", "‘": "'", "œ": "oe", "Œ": "OE", "…": "...", "€": "EUR", "–": "-", "—": "-", "“": '"', "”": '"'}


def fit_charset(s, cs):
    if cs.lower() in ("iso-8859-1", "iso-8859-15", "us-ascii"):
        for a, b in LATIN1_FIX.items():
            if cs.lower() != "iso-8859-15" or a not in "œŒ€":
                s = s.replace(a, b)
        if cs.lower() == "us-ascii":
            s = s.encode("ascii", "replace").decode()
    return s


# ---------------------------------------------------------------- dates and quoting

def when(m):
    return dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


def inv_when(c):
    return dt.datetime.strptime(c["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


def invitation_text(c, m):
    first = m.get("greet_name") or ""
    return (
        f"Bonjour{(' ' + first) if first else ''},\n\n"
        f"Vous êtes inscrit(e) à la formation « {c['title']} » (dispositif {c['code']}), "
        f"animée par {c['trainer']}.\n\n"
        "Cette formation hybride comprend une partie à distance sur la plateforme M@gistère. "
        "Pour rejoindre le parcours, connectez-vous à l'adresse suivante :\n"
        "https://magistere.education.fr/ac-grenoble/\n"
        "puis cliquez sur le titre de la formation dans la liste de vos parcours.\n\n"
        f"La partie à distance est ouverte à partir du {c['open']}. "
        "Vous trouverez en pièce jointe le guide « Comment rejoindre une e-formation sur M@gistère ? ».\n\n"
        "Bonne formation,\n\n"
        "L'équipe de l'EAFC\n"
        "École académique de la formation continue - Académie de Grenoble\n"
    )


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def fr_long(d, seconds=False):
    s = f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"
    return s + (f":{d:%S}" if seconds else "")


def attribution(style, c, m):
    d = inv_when(c)
    to = f"{m['name']} <{m['addr']}>"
    subj = "Invitation : " + c["title"]
    if style == "gmail":
        return f"Le {JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {d:%H:%M}, {EAFC_NAME} <\n{EAFC}> a écrit :\n"
    if style == "apple":
        return f"> Le {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {d:%H:%M}, {EAFC_NAME} <{EAFC}> a écrit :\n>\n"
    if style == "thunderbird":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {EAFC_NAME} a écrit :\n"
    if style == "roundcube":
        return f"Le {d:%Y-%m-%d %H:%M}, {EAFC_NAME} a écrit\u00a0:\n"
    if style == "yahoo":
        return f"Le {fr_long(d, True)} UTC+1, {EAFC_NAME} <{EAFC}> a écrit :\n\n"
    if style == "outlook":
        return (f"-----Message d'origine-----\nDe : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\n"
                f"À : {to}\nObjet : {subj}\n\n")
    if style == "outlook_line":
        return (f"________________________________\nDe : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\n"
                f"À : {m['name']}\nObjet : {subj}\n\n")
    if style == "owa":
        return (f"________________________________\nDe : {EAFC_NAME} <{EAFC}>\n"
                f"Date : {JOURS[d.weekday()]}, {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}\n"
                f"À : {to}\nObjet : {subj}\n")
    if style == "outlook_mobile":
        return (f"________________________________\nFrom: {EAFC_NAME} <{EAFC}>\nSent: {d:%A, %B} {d.day}, {d.year} {d:%I:%M:%S %p}\n"
                f"To: {m['name']} <{m['addr']}>\nSubject: {subj}\n\n")
    if style == "zimbra":
        return (f"----- Mail original -----\nDe: \"{EAFC_NAME}\" <{EAFC}>\nÀ: \"{m['name']}\" <{m['addr']}>\n"
                f"Envoyé: {JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}\n"
                f"Objet: {subj}\n\n")
    if style == "samsung":
        return (f"-------- Message d'origine --------\nDe : {EAFC_NAME} <{EAFC}> \nDate : {d:%d/%m/%Y %H:%M} (GMT+01:00) \n"
                f"À : {m['addr']} \nObjet : {subj} \n\n")
    if style == "orange":
        return (f"> Message du {d:%d/%m/%y %H:%M}\n> De : \"{EAFC_NAME}\" <{EAFC}>\n> A : {m['addr']}\n"
                f"> Copie à : \n> Objet : {subj}\n>\n")
    if style == "fwd_outlook":
        return (f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\nÀ : {to}\nObjet : {subj}\n\n")
    if style == "fwd_thunderbird":
        return (f"-------- Message transféré --------\nSujet :\t{subj}\nDate :\t{format_datetime(d)}\n"
                f"De :\t{EAFC_NAME} <{EAFC}>\nPour :\t{m['addr']}\n\n")
    if style == "fwd_gmail":
        return (f"---------- Forwarded message ---------\nDe : {EAFC_NAME} <{EAFC}>\n"
                f"Date: {JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {d:%H:%M}\n"
                f"Subject: {subj}\nTo: <{m['addr']}>\n\n")
    if style == "fwd_apple":
        return (f"Début du message réexpédié :\n\nDe: {EAFC_NAME} <{EAFC}>\nObjet: {subj}\n"
                f"Date: {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M:%S UTC+1}\nÀ: {m['addr']}\n\n")
    raise ValueError(style)


# client -> (quote style, quote prefix, mailer header, tagline, subject prefix)
CLIENTS = {
    "outlook": ("outlook", "", ("X-Mailer", "Microsoft Outlook 16.0"), "", "RE: "),
    "outlook_line": ("outlook_line", "", ("X-Mailer", "Microsoft Outlook 16.0"), "", "RE : "),
    "owa": ("owa", "", None, "", "RE: "),
    "outlook_mobile": ("outlook_mobile", "", None, "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>", "RE: "),
    "outlook_ios": ("outlook_mobile", "", None, "Envoyé à partir de Outlook pour iOS<https://aka.ms/o0ukef>", "RE: "),
    "zimbra": ("zimbra", "", ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)"), "", "Re: "),
    "zimbra_gt": ("zimbra", "> ", ("X-Mailer", "Zimbra 10.0.6_GA_4652 (ZimbraWebClient - GC119 (Linux)/10.0.6_GA_4652)"), "", "Re: "),
    "gmail": ("gmail", "> ", None, "", "Re: "),
    "gmail_mobile": ("gmail", "> ", None, "", "Re: "),
    "iphone": ("apple", "", ("X-Mailer", "iPhone Mail (22B91)"), "Envoyé de mon iPhone", "Re: "),
    "ipad": ("apple", "", ("X-Mailer", "iPad Mail (22B91)"), "Envoyé de mon iPad", "Re: "),
    "apple": ("apple", "", ("X-Mailer", "Apple Mail (2.3826.200.121)"), "", "Re: "),
    "thunderbird": ("thunderbird", "> ", ("User-Agent", "Mozilla Thunderbird"), "", "Re: "),
    "samsung": ("samsung", "", None, "Envoyé depuis mon appareil Galaxy", "RE: "),
    "orange": ("orange", "", ("X-Mailer", "Orange Messagerie"), "", "RE: "),
    "roundcube": ("roundcube", "> ", ("User-Agent", "Roundcube Webmail/1.6.9"), "", "Re: "),
    "yahoo": ("yahoo", "    ", ("X-Mailer", "WebService/1.1.22876 YMailNorrin"), "", "Re: "),
}
for k, v in list(CLIENTS.items()):
    pass

ROBOTS = {"oof", "bounce", "mdn", "ack", "list", "spam", "rule_oof"}


def message_id(m):
    c, dom = m["client"], m["addr"].split("@")[1]
    s = m["slug"]
    if m.get("msgid"):
        return m["msgid"]
    if c.startswith("gmail"):
        return f"<CA{h(s, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}+{h(s + 'b', 22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@mail.gmail.com>"
    if c.startswith("zimbra"):
        return f"<{int(h(s, 8, '0123456789'))}.{h(s + 'z', 8, '0123456789')}.{int(when(m).timestamp() * 1000)}.JavaMail.zimbra@{dom}>"
    if c in ("outlook", "outlook_line"):
        if dom in ("hotmail.fr", "outlook.fr", "hotmail.com", "live.fr"):
            return f"<PR3P192MB{h(s, 4, '0123456789')}{h(s + 'x', 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@PR3P192MB{h(s, 4, '0123456789')}.EURP192.PROD.OUTLOOK.COM>"
        return f"<00{h(s, 4)}01db{h(s + 'a', 4)}${h(s + 'b', 8)}${h(s + 'c', 8)}$@{dom}>"
    if c in ("owa", "outlook_mobile", "outlook_ios"):
        return f"<AM{h(s, 1, '789')}PR0{h(s, 2, '0123456789')}MB{h(s + 'q', 4, '0123456789')}{h(s + 'y', 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@AM9PR01MB{h(s + 'q', 4, '0123456789')}.eurprd01.prod.exchangelabs.com>"
    if c in ("iphone", "ipad", "apple"):
        u = h(s, 32, "0123456789ABCDEF")
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if c == "thunderbird":
        u = h(s, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if c == "samsung":
        return f"<{h(s, 20, 'abcdefghijklmnopqrstuvwxyz0123456789')}@email.android.com>"
    if c == "orange":
        return f"<{int(h(s, 9, '0123456789'))}.{h(s, 5, '0123456789')}.{int(when(m).timestamp() * 1000)}.JavaMail.open-xchange@opme11oxm{h(s, 2, '0123456789')}.ifs.orange.fr>"
    if c == "roundcube":
        return f"<{h(s, 32)}@{dom}>"
    if c == "yahoo":
        return f"<{int(h(s, 10, '0123456789'))}.{int(h(s + 'v', 7, '0123456789'))}.{int(when(m).timestamp() * 1000)}@mail.yahoo.com>"
    return f"<{h(s, 24)}@{dom}>"


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"


def encode_body(text, cs, cte, crlf):
    raw = text.encode(cs)
    if cte == "base64":
        if crlf:
            raw = raw.replace(b"\n", b"\r\n")
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs)  # 8bit / 7bit: re-encoded at the end


def to_html(text):
    paras = []
    for line in text.split("\n"):
        paras.append(html.escape(line) if line else "<br>")
    return "\n".join(f"<div>{p}</div>" for p in paras)


def html_quote(style, attr, inv):
    inv_html = "<br>\n".join(html.escape(l) for l in inv.split("\n"))
    attr_html = "<br>\n".join(html.escape(l) for l in attr.strip().split("\n"))
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr_html}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inv_html}</blockquote></div>')
    if style == "apple":
        return f'<div><br><blockquote type="cite"><div>{attr_html}</div><div>{inv_html}</div></blockquote></div>'
    if style in ("outlook", "outlook_line", "owa", "outlook_mobile", "fwd_outlook"):
        return (f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{attr_html}</font>'
                f'<div>&nbsp;</div></div><div>{inv_html}</div>') if style in ("owa", "outlook_mobile") else (
                f'<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{attr_html}</p></div></div><p class="MsoNormal">{inv_html}</p>')
    if style == "zimbra":
        return (f'<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">{attr_html}</div><br>'
                f'<div data-marker="__QUOTED_TEXT__">{inv_html}</div>')
    if style == "yahoo":
        return f'<div class="yahoo_quoted"><div>{attr_html}</div><div>{inv_html}</div></div>'
    if style == "thunderbird":
        return f'<div class="moz-cite-prefix">{attr_html}<br></div><blockquote type="cite">{inv_html}</blockquote>'
    return f"<blockquote>{attr_html}<br>{inv_html}</blockquote>"


def html_doc(body, client):
    if client in ("outlook", "outlook_line"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
                f'<body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">{body}</div></body></html>')
    if client.startswith("gmail"):
        return f'<div dir="ltr">{body}</div>'
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head><body>{body}</body></html>'


# ---------------------------------------------------------------- one message

def build_human(m):
    c = COURSES[m["course"]]
    qs, prefix, mailer, tagline, sprefix = CLIENTS[m["client"]]
    if m.get("tagline") is not None:
        tagline = m["tagline"]
    cs, cte = m.get("cs", "utf-8"), m.get("cte", "8bit")
    own = fit_charset(m["_plain"], cs)
    sig = fit_charset(m.get("sig", ""), cs)
    quote = m.get("quote", "std")  # std | none | bottom | inline | fwd_*
    inv = fit_charset(invitation_text(c, m), cs)
    if quote.startswith("fwd_"):
        qs = quote
    attr = fit_charset(attribution(qs, c, m), cs) if quote not in ("none", "inline") else ""
    if qs == "apple":
        qtext = attr + gt(inv)
    elif qs == "orange":
        qtext = attr + gt(inv)
    elif prefix:
        qtext = attr + gt(wrap(inv, 74), prefix)
    else:
        qtext = attr + inv
    parts = [own.rstrip("\n")]
    if sig:
        parts.append(sig.rstrip("\n") if sig.startswith("-- ") else sig.rstrip("\n"))
    if tagline:
        parts.append(tagline)
    top = "\n\n".join(parts)
    if quote == "none" or quote == "inline":
        body = top + "\n"
    elif quote == "bottom":
        body = qtext.rstrip("\n") + "\n\n" + top + "\n"
    else:
        body = top + "\n\n" + qtext.rstrip("\n") + "\n"
    fmt = m.get("fmt", "plain")
    d = when(m)
    hdr = []
    if m.get("return_path", True) is not False:
        hdr.append(("Return-Path", m.get("return_path") or f"<{m['addr']}>"))
    hdr.append(("Delivered-To", EAFC))
    hdr.append(("Received", f"from {m.get('relay', 'smtp.' + m['addr'].split('@')[1])} (unknown [{int(h(m['slug'], 2, '0123456789')) + 80}.{int(h(m['slug'] + 'i', 2, '0123456789'))}.{int(h(m['slug'] + 'j', 2, '0123456789'))}.{int(h(m['slug'] + 'k', 2, '0123456789'))}])\n\tby mx1.ac-grenoble.fr (Postfix) with ESMTPS id {h(m['slug'], 10, '0123456789ABCDEF')}\n\tfor <{EAFC}>; {format_datetime(d + dt.timedelta(seconds=7))}"))
    hdr.append(("From", enc_addr(m["name"], m["addr"])))
    to = m.get("to", enc_addr(EAFC_NAME, EAFC))
    hdr.append(("To", to))
    if m.get("cc"):
        hdr.append(("Cc", m["cc"]))
    subj = m.get("subject")
    if subj is None:
        if quote.startswith("fwd_"):
            subj = ("TR: " if "outlook" in quote else "Fwd: ") + "Invitation : " + c["title"]
        else:
            subj = sprefix + "Invitation : " + c["title"]
    if subj != "":
        hdr.append(("Subject", enc_header(subj)))
    hdr.append(("Date", format_datetime(d)))
    hdr.append(("Message-ID", message_id(m)))
    inv_id = f"<invitation-2026-{c['inv']:03d}@ac-grenoble.fr>"
    threaded = m.get("thread", quote not in ("none",) and not quote.startswith("fwd_"))
    if threaded:
        hdr.append(("In-Reply-To", inv_id))
        hdr.append(("References", inv_id))
    if m["client"] in ("outlook", "outlook_line"):
        hdr.append(("Thread-Topic", enc_header("Invitation : " + c["title"])))
        hdr.append(("Thread-Index", "AQH" + h(m["slug"], 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=="))
        hdr.append(("Content-Language", "fr"))
    if mailer:
        hdr.append(mailer)
    for k, v in m.get("headers", []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0 (1.0)" if m["client"] in ("iphone", "ipad") else "1.0"))
    if fmt == "plain":
        ct = f"text/plain; charset={cs}" + ("; format=flowed" if m["client"] == "thunderbird" else "")
        if m["client"] in ("iphone", "ipad", "apple"):
            ct = f"text/plain;\n\tcharset={cs}"
        hdr.append(("Content-Type", ct))
        hdr.append(("Content-Transfer-Encoding", cte))
        payload = encode_body(body, cs, cte, m.get("crlf", True))
    else:
        own_html = to_html(top)
        if quote in ("none", "inline"):
            hbody = to_html(body.rstrip("\n"))
        elif quote == "bottom":
            hbody = html_quote(qs, attr, inv) + own_html
        else:
            hbody = own_html + "<br>" + html_quote(qs, attr, inv)
        hdoc = html_doc(hbody, m["client"]).replace("%CS%", cs)
        if fmt == "html":
            hdr.append(("Content-Type", f"text/html; charset=\"{cs}\""))
            hdr.append(("Content-Transfer-Encoding", cte))
            payload = encode_body(hdoc, cs, cte, m.get("crlf", True))
        else:
            b = "----=_Part_" + h(m["slug"], 12, "0123456789") if not m["client"].startswith("gmail") else "000000000000" + h(m["slug"], 16)
            hdr.append(("Content-Type", f"multipart/alternative;\n\tboundary=\"{b}\""))
            payload = (f"--{b}\nContent-Type: text/plain; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n\n"
                       + encode_body(body, cs, cte, m.get("crlf", True)).rstrip("\n") + "\n\n"
                       f"--{b}\nContent-Type: text/html; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n\n"
                       + encode_body(hdoc, cs, cte, m.get("crlf", True)).rstrip("\n") + f"\n\n--{b}--\n")
    return hdr, payload, cs


def build_robot(m):
    """Robots: headers and body are mostly given by the message itself."""
    c = COURSES[m["course"]]
    d = when(m)
    cs, cte = m.get("cs", "utf-8"), m.get("cte", "8bit")
    own = fit_charset(m["_plain"], cs)
    hdr = []
    rp = m.get("return_path", f"<{m['addr']}>")
    if rp is not False:
        hdr.append(("Return-Path", rp))
    hdr.append(("Delivered-To", EAFC))
    hdr.append(("Received", f"from {m.get('relay', 'mail.' + m['addr'].split('@')[1])}\n\tby mx1.ac-grenoble.fr (Postfix) with ESMTP id {h(m['slug'], 10, '0123456789ABCDEF')}\n\tfor <{EAFC}>; {format_datetime(d + dt.timedelta(seconds=3))}"))
    hdr.append(("From", enc_addr(m["name"], m["addr"])))
    hdr.append(("To", m.get("to", enc_addr(EAFC_NAME, EAFC))))
    subj = m.get("subject", "Réponse automatique : Invitation : " + c["title"])
    hdr.append(("Subject", enc_header(subj)))
    hdr.append(("Date", format_datetime(d)))
    hdr.append(("Message-ID", m.get("msgid") or f"<{h(m['slug'], 20)}@{m['addr'].split('@')[1]}>"))
    inv_id = f"<invitation-2026-{c['inv']:03d}@ac-grenoble.fr>"
    if m.get("thread", True):
        hdr.append(("In-Reply-To", inv_id))
        hdr.append(("References", inv_id))
    for k, v in m.get("headers", []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    kind = m["robot"]
    if kind in ("bounce", "mdn"):
        b = "=_" + h(m["slug"], 14)
        rtype = "delivery-status" if kind == "bounce" else "disposition-notification"
        hdr.append(("Content-Type", f"multipart/report; report-type={rtype};\n\tboundary=\"{b}\""))
        second = m["report"]
        orig_ct = "message/rfc822" if kind == "bounce" else "text/rfc822-headers"
        orig = (f"From: {EAFC_NAME} <{EAFC}>\nTo: {m.get('orig_to', m['addr'])}\nSubject: {enc_header('Invitation : ' + c['title'])}\n"
                f"Date: {format_datetime(inv_when(c))}\nMessage-ID: <invitation-2026-{c['inv']:03d}@ac-grenoble.fr>\n")
        if kind == "bounce":
            orig += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + invitation_text(c, m)
        payload = (f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset={cs}\n"
                   f"Content-Transfer-Encoding: {cte}\n\n{encode_body(own, cs, cte, True).rstrip()}\n\n"
                   f"--{b}\nContent-Type: message/{rtype}\n\n{second.strip()}\n\n"
                   f"--{b}\nContent-Type: {orig_ct}\n\n{orig}\n--{b}--\n")
    else:
        fmt = m.get("fmt", "plain")
        if fmt == "html":
            hdr.append(("Content-Type", f"text/html; charset=\"{cs}\""))
            hdr.append(("Content-Transfer-Encoding", cte))
            payload = encode_body(f"<html><body>{to_html(own.rstrip())}</body></html>\n", cs, cte, True)
        else:
            hdr.append(("Content-Type", f"text/plain; charset={cs}"))
            hdr.append(("Content-Transfer-Encoding", cte))
            payload = encode_body(own, cs, cte, True)
    return hdr, payload, cs


def render(m):
    hdr, payload, cs = (build_robot if m.get("robot") else build_human)(m)
    drop = set(m.get("drop_headers", []))
    lines = []
    for k, v in hdr:
        if k in drop:
            continue
        lines.append(f"{k}: {v}")
    text = "\n".join(lines) + "\n\n" + payload
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(cs, errors="strict") if True else b""
    nl = b"\r\n" if m.get("crlf", True) else b"\n"
    data = data.replace(b"\r\n", b"\n").replace(b"\n", nl)
    return data


# ---------------------------------------------------------------- labels and checks

def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def default_profile(addr):
    dom = addr.split("@")[1].lower()
    if dom == "ac-grenoble.fr":
        return "academic"
    if dom in ("univ-grenoble-alpes.fr", "etu.univ-grenoble-alpes.fr", "grenoble-inp.fr", "grenoble-inp.org",
               "univ-smb.fr", "etu.univ-smb.fr", "phelma.grenoble-inp.fr", "ensimag.grenoble-inp.fr"):
        return "university"
    return "other"


def load_messages():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    return msgs


def text_of(msg):
    """Decoded text of every text part (HTML stripped), for the clause check."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return re.sub(r"\s+", " ", " ".join(out))


def main():
    msgs = load_messages()
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    seen = set()
    toml = ["# Labels of w04-angry-urgent (see ../../WRITING.md). Generated by build.py from messages_*.py.\n"]
    errors = []
    for i, m in enumerate(msgs, 1):
        if m["slug"] in seen:
            errors.append("duplicate slug " + m["slug"])
        seen.add(m["slug"])
        plain, clauses = parse_markup(m["text"])
        m["_plain"] = plain
        fname = f"{i:03d}-{m['slug']}.eml"
        data = render(m)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        cs = m.get("cs", "utf-8")
        clauses = [(fit_charset(t, cs), l) for t, l in clauses]
        topics = m.get("topics")
        if topics is None:
            topics = [t for t in TOPIC_ORDER if any(l == t for _, l in clauses)]
        profile = m.get("profile") or default_profile(m["addr"])
        # checks
        em = email.message_from_bytes(data, policy=email.policy.default)
        if em.defects:
            errors.append(f"{fname}: defects {em.defects}")
        body = text_of(em)
        for t, l in clauses:
            if re.sub(r"\s+", " ", t) not in body:
                errors.append(f"{fname}: clause not in body: {t!r}")
        if m["action"] not in ("reply", "escalate", "ignore"):
            errors.append(f"{fname}: action {m['action']}")
        if profile not in ("academic", "university", "other"):
            errors.append(f"{fname}: profile {profile}")
        if [t for t in TOPIC_ORDER if t in topics] != list(topics):
            errors.append(f"{fname}: topics {topics}")
        if when(m) <= inv_when(COURSES[m["course"]]):
            errors.append(f"{fname}: dated before its invitation")
        if not m.get("why"):
            errors.append(f"{fname}: no why")
        toml.append(f"\n[{toml_str(fname)}]\n")
        toml.append(f"profile = {toml_str(profile)}\n")
        toml.append("topics = [" + ", ".join(toml_str(t) for t in topics) + "]\n")
        toml.append(f"action = {toml_str(m['action'])}\n")
        toml.append(f"why = {toml_str(m['why'])}\n")
        toml.append("clauses = [\n" + "".join(f"  {{ text = {toml_str(t)}, label = {toml_str(l)} }},\n" for t, l in clauses) + "]\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("".join(toml))
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        labels = tomllib.load(f)
    emls = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(labels) != emls:
        errors.append("labels/eml mismatch")
    from collections import Counter
    print(len(msgs), "messages;", dict(Counter(v["action"] for v in labels.values())),
          dict(Counter(v["profile"] for v in labels.values())),
          dict(Counter(t for v in labels.values() for t in v["topics"])),
          "topic counts:", dict(Counter(len(v["topics"]) for v in labels.values())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
