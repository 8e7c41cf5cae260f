#!/usr/bin/env python3
"""Build the w02-long-stories examples: messages_NN.py (hand-written texts) -> NNN-slug.eml + labels.toml.

Standard library only. Each messages_NN.py defines MESSAGES, a list of dicts. The trainee's own
text is written with inline clause markers: "[label]" starts a clause that runs until the next
marker (trailing whitespace and a lone bullet token are not part of the clause; lines starting
with ">" typed between the answers are quoted material, never clause text). "[-]" starts text that
is not a clause. The markers are removed from the message; the clauses go to labels.toml.

Keys of a message dict:
  slug, name, addr, client, course, text, sig, profile, topics, action, why   (required)
  charset (utf-8 | iso-8859-1 | windows-1252), cte (8bit | quoted-printable | base64),
  html (None | "alt" | "only"), quote (True/False), subject, new (True: fresh mail, no quote,
  no In-Reply-To), irt (False: client dropped In-Reply-To/References), to, inv_to,
  return_path ("" = header absent), extra (list of (name, value) headers), hours (delay after the
  invitation), kind ("human" | "bounce" | "mdn" | "robot"), robot_* (see build_robot).
"""
import base64
import glob
import html
import html.parser
import importlib.util
import json
import os
import quopri
import random
import re
import sys
import tomllib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
PROFILES = {"academic", "university", "other"}
TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
ACTIONS = {"reply", "escalate", "ignore"}
CLAUSE_LABELS = set(TOPICS) | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}
TZ = timezone(timedelta(hours=1))

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS3 = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS3 = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

# ----------------------------------------------------------------------------- invitation

INVITATIONS = [
    """Bonjour,

Vous êtes inscrit(e) à la formation « {course} » proposée par l'École académique de la formation continue (EAFC) de Grenoble.

Cette formation comporte une partie à distance sur la plateforme M@gistère. Le parcours sera ouvert à partir du {open}.

Pour le rejoindre :
1. rendez-vous sur https://magistere.education.fr/ac-grenoble/
2. choisissez votre mode de connexion (compte académique, enseignement supérieur ou connexion directe) ;
3. cliquez sur le titre de la formation dans la liste de vos parcours.

En cas de difficulté de connexion, vous pouvez répondre à ce message.

Cordialement,

L'équipe M@gistère
EAFC - Académie de Grenoble""",
    """Madame, Monsieur,

Nous avons le plaisir de vous informer que votre inscription à la formation hybride « {course} » est confirmée.

Avant la première séance en présence, un temps de travail à distance vous est proposé sur M@gistère, à partir du {open} : https://magistere.education.fr/ac-grenoble/

Connectez-vous avec vos identifiants habituels puis retrouvez le parcours dans la rubrique « Mes parcours ».

Bonne formation,

EAFC Grenoble - Pôle formation à distance
Ce message vous est adressé par l'École académique de la formation continue.""",
    """Bonjour,

Votre formateur vous invite à rejoindre le parcours M@gistère « {course} ».

Adresse de la plateforme : https://magistere.education.fr/ac-grenoble/
Ouverture du parcours : {open}

Si vous ne parvenez pas à vous connecter, consultez le guide « Comment rejoindre une e-formation sur M@gistère ? » ou répondez à ce courriel.

L'équipe de l'EAFC de Grenoble""",
]


def course_info(course):
    h = sum(ord(c) * (i + 7) for i, c in enumerate(course))
    num = 100 + h % 880
    rnd = random.Random(course)
    sent = datetime(2026, 11, 9, 7, 30, tzinfo=TZ) + timedelta(days=rnd.randint(0, 14), minutes=rnd.randint(0, 600))
    opened = sent + timedelta(days=rnd.randint(3, 12))
    open_txt = f"{JOURS[opened.weekday()]} {opened.day} {MOIS[opened.month - 1]} {opened.year}"
    text = INVITATIONS[h % len(INVITATIONS)].format(course=course, open=open_txt)
    return {"num": num, "sent": sent, "text": text, "msgid": f"<invitation-2026-{num:03d}@ac-grenoble.fr>",
            "subject": f"Invitation : {course}"}


# ----------------------------------------------------------------------------- clause markup

MARK = re.compile(r"\[(-|[a-z_]+)\]")
BULLET_TAIL = re.compile(r"\n[ \t]*([-*•·➢>]|\d+[.)]|[a-z][.)])?[ \t]*$")


def parse_markup(src):
    """Return (plain text, [(clause, label)])."""
    parts = MARK.split(src)
    out = [parts[0]]
    clauses = []
    for i in range(1, len(parts), 2):
        label, seg = parts[i], parts[i + 1]
        out.append(seg)
        if label == "-":
            continue
        if label not in CLAUSE_LABELS:
            raise ValueError(f"unknown clause label {label!r}")
        lines = seg.split("\n")
        keep = []
        for ln in lines:
            if ln.lstrip().startswith(">") and keep:
                break
            keep.append(ln)
        c = "\n".join(keep).rstrip()
        while True:
            c2 = BULLET_TAIL.sub("", c).rstrip()
            if c2 == c:
                break
            c = c2
        c = c.strip()
        if not c:
            raise ValueError(f"empty clause in {src[:60]!r}")
        clauses.append((c, label))
    return "".join(out), clauses


# ----------------------------------------------------------------------------- dates

def fr_long(d):  # lundi 16 novembre 2026 10:02
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"


def gmail_attr(d):
    return f"Le {JOURS3[d.weekday()]} {d.day} {MOIS3[d.month - 1]} {d.year} à {d:%H:%M}"


def apple_attr(d):
    return f"Le {d.day} {MOIS3[d.month - 1]} {d.year} à {d:%H:%M}"


# ----------------------------------------------------------------------------- quoting

def prefix(text, p="> "):
    return "\n".join((p + ln) if ln else p.rstrip() for ln in text.split("\n"))


def to_html_paras(text):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    return "\n".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>" for p in paras)


def to_html_divs(text):
    out = []
    for ln in text.split("\n"):
        out.append("<div>" + (html.escape(ln, quote=False) if ln.strip() else "<br>") + "</div>")
    return "\n".join(out)


def quote_plain(m, inv, style):
    d = inv["sent"]
    who = m.get("inv_to", m["addr"])
    subj = inv["subject"]
    t = inv["text"]
    if style == "outlook":
        return ("-----Message d'origine-----\n"
                f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\nÀ : {who}\nObjet : {subj}\n\n{t}")
    if style == "owa":
        return ("________________________________\n"
                f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\nÀ : {m['name']} <{who}>\nObjet : {subj}\n\n{t}")
    if style == "outlook_mobile":
        return ("________________________________\n"
                f"From: {EAFC_NAME} <{EAFC}>\nSent: {d:%A, %B} {d.day}, {d:%Y %I:%M:%S %p}\nTo: {who}\nSubject: {subj}\n\n{t}")
    if style == "zimbra":
        head = (f"----- Mail original -----\nDe: \"{EAFC_NAME}\" <{EAFC}>\nÀ: \"{m['name']}\" <{who}>\n"
                f"Envoyé: {JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}\n"
                f"Objet: {subj}\n\n")
        return head + (prefix(t) if m.get("zprefix") else t)
    if style == "gmail":
        return f"{gmail_attr(d)}, {EAFC_NAME} <\n{EAFC}> a écrit :\n\n{prefix(t)}"
    if style in ("iphone", "apple"):
        return f"> {apple_attr(d)}, {EAFC_NAME} <{EAFC}> a écrit :\n> \n{prefix(t)}"
    if style == "thunderbird":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {EAFC_NAME} a écrit :\n{prefix(t)}"
    if style == "samsung":
        return ("-------- Message d'origine --------\n"
                f"De : {EAFC_NAME} <{EAFC}> \nDate : {d:%d/%m/%Y %H:%M} (GMT+01:00) \nÀ : {who} \nObjet : {subj} \n\n{t}")
    if style == "orange":
        return prefix(f"Message du {d:%d/%m/%y %H:%M}\nDe : \"{EAFC_NAME}\" <{EAFC}>\nA : {who}\nCopie à : \n"
                      f"Objet : {subj}\n\n{t}")
    if style == "yahoo":
        return (f"Le {fr_long(d).replace(f'{d:%H:%M}', f'à {d:%H:%M:%S}')} UTC+1, {EAFC_NAME} <{EAFC}> a écrit :\n\n"
                + prefix(t, "    "))
    if style == "roundcube":
        return f"Le {d:%Y-%m-%d %H:%M}, {EAFC_NAME} a écrit\u00a0:\n{prefix(t)}"
    if style == "fwd_outlook":
        return (f"De : {EAFC_NAME} <{EAFC}>\nEnvoyé : {fr_long(d)}\nÀ : {who}\nObjet : {subj}\n\n{t}")
    if style == "fwd_gmail":
        return ("---------- Forwarded message ---------\n"
                f"De : {EAFC_NAME} <{EAFC}>\nDate: {gmail_attr(d)[3:]}\nSubject: {subj}\nTo: <{who}>\n\n\n{t}")
    if style == "fwd_tb":
        return ("-------- Message transféré --------\n"
                f"Sujet :\t{subj}\nDate :\t{format_datetime(d)}\nDe :\t{EAFC_NAME} <{EAFC}>\nPour :\t{who}\n\n{t}")
    if style == "fwd_apple":
        return (f"Début du message réexpédié :\n\n> De: {EAFC_NAME} <{EAFC}>\n> Objet: {subj}\n"
                f"> Date: {d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M:%S} UTC+1\n> À: {who}\n> \n{prefix(t)}")
    raise ValueError(style)


def quote_html(m, inv, style):
    d = inv["sent"]
    who = m.get("inv_to", m["addr"])
    subj = html.escape(inv["subject"])
    body = to_html_paras(inv["text"])
    eafc = html.escape(f"{EAFC_NAME} <{EAFC}>")
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(gmail_attr(d))}, '
                f'{EAFC_NAME} &lt;<a href="mailto:{EAFC}">{EAFC}</a>&gt; a écrit&nbsp;:<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{body}</blockquote></div>")
    if style in ("outlook", "fwd_outlook"):
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal"><b>De&nbsp;:</b> {eafc}<br><b>Envoyé&nbsp;:</b> {html.escape(fr_long(d))}<br>'
                f'<b>À&nbsp;:</b> {html.escape(who)}<br><b>Objet&nbsp;:</b> {subj}</p></div>{body}')
    if style in ("owa", "outlook_mobile"):
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                f'<b>De :</b> {eafc}<br><b>Envoyé :</b> {html.escape(fr_long(d))}<br><b>À :</b> {html.escape(who)}<br>'
                f'<b>Objet :</b> {subj}</font><div>&nbsp;</div></div><div>{body}</div>')
    if style in ("iphone", "apple"):
        return (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(d))}, {eafc} a écrit&nbsp;:<br><br></blockquote></div>'
                f'<blockquote type="cite"><div dir="ltr">{body}</div></blockquote>')
    if style == "zimbra":
        return ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>'
                f'"{EAFC_NAME}" &lt;{EAFC}&gt;<br><b>À: </b>{html.escape(who)}<br><b>Envoyé: </b>{html.escape(fr_long(d))}<br>'
                f'<b>Objet: </b>{subj}<br></div><br><div data-marker="__QUOTED_TEXT__">{body}</div>')
    if style == "samsung":
        return (f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
                f'-------- Message d\'origine --------</div><div>De : {eafc} </div><div>Date : {d:%d/%m/%Y %H:%M} (GMT+01:00) </div>'
                f'<div>À : {html.escape(who)} </div><div>Objet : {subj} </div><div><br></div></div>{body}')
    if style == "yahoo":
        return (f'<div class="yahoo_quoted" id="yahoo_quoted_{abs(hash(m["slug"])) % 10**10}"><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#26282a">'
                f'<div>{html.escape(fr_long(d))} UTC+1, {eafc} a écrit :</div><div><br></div><div><br></div><div>{body}</div></div></div>')
    if style == "thunderbird":
        return (f'<div class="moz-cite-prefix">Le {d:%d/%m/%Y} à {d:%H:%M}, {EAFC_NAME} a écrit&nbsp;:<br></div>'
                f'<blockquote type="cite" cite="mid:{inv["msgid"][1:-1]}">{body}</blockquote>')
    if style == "orange":
        return (f'<blockquote style="border-left:2px solid #ff6600;padding-left:5px"><div>Message du {d:%d/%m/%y %H:%M}<br>'
                f'De : {eafc}<br>A : {html.escape(who)}<br>Copie à : <br>Objet : {subj}<br><br></div>{body}</blockquote>')
    return "<br><br>" + html.escape(quote_plain(m, inv, style)).replace("\n", "<br>\n")


# ----------------------------------------------------------------------------- clients

CLIENTS = {
    # name: (quote style, default cte, default html, crlf, tagline, bottom-post)
    "outlook": ("outlook", "quoted-printable", "alt", True, "", False),
    "outlook_plain": ("outlook", "quoted-printable", None, True, "", False),
    "owa": ("owa", "quoted-printable", "alt", True, "", False),
    "outlook_mobile": ("outlook_mobile", "base64", "alt", True, "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>", False),
    "zimbra": ("zimbra", "quoted-printable", None, False, "", False),
    "zimbra_html": ("zimbra", "quoted-printable", "alt", False, "", False),
    "gmail": ("gmail", "quoted-printable", "alt", True, "", False),
    "gmail_mobile": ("gmail", "base64", "alt", True, "", False),
    "iphone": ("iphone", "quoted-printable", None, False, "Envoyé de mon iPhone", False),
    "ipad": ("iphone", "quoted-printable", None, False, "Envoyé de mon iPad", False),
    "apple": ("apple", "quoted-printable", "alt", False, "", False),
    "thunderbird": ("thunderbird", "8bit", None, False, "", True),
    "thunderbird_top": ("thunderbird", "8bit", None, False, "", False),
    "samsung": ("samsung", "base64", "only", True, "Envoyé depuis mon appareil Galaxy", False),
    "orange": ("orange", "quoted-printable", "alt", False, "", False),
    "yahoo": ("yahoo", "quoted-printable", "alt", True, "", False),
    "roundcube": ("roundcube", "8bit", None, False, "", True),
    "roundcube_top": ("roundcube", "8bit", None, False, "", False),
}


def rid(rnd, n, alphabet="0123456789abcdef"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def client_headers(client, m, rnd, dt):
    dom = m["addr"].split("@")[1]
    u = lambda: f"{rid(rnd,8)}-{rid(rnd,4)}-{rid(rnd,4)}-{rid(rnd,4)}-{rid(rnd,12)}"
    if client.startswith("outlook") and client != "outlook_mobile":
        mid = f"<000{rid(rnd,1)}01dc{rid(rnd,4)}${rid(rnd,8)}${rid(rnd,8)}$@{dom}>"
        hs = [("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Index", base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()),
              ("Content-Language", "fr")]
    elif client in ("owa", "outlook_mobile"):
        box = f"PR3P{rnd.randint(100,299)}MB{rnd.randint(1000,9999)}"
        mid = f"<{box}{rid(rnd,16,'0123456789ABCDEF')}@{box}.EURP{rnd.randint(100,299)}.PROD.OUTLOOK.COM>"
        hs = [("Thread-Topic", m.get("_inv_subject", "")), ("Thread-Index", "AQH" + rid(rnd, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
              ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif client.startswith("zimbra"):
        mid = f"<{rnd.randint(10**8,10**9)}.{rnd.randint(10**5,10**6)}.{int(dt.timestamp()*1000)}.JavaMail.zimbra@{dom}>"
        hs = [("X-Mailer", f"Zimbra 10.0.{rnd.randint(5,9)}_GA_{rnd.randint(4500,4700)} (ZimbraWebClient - FF{rnd.randint(118,133)} (Win)/10.0.8_GA_4611)"),
              ("Thread-Topic", m.get("_inv_subject", "")), ("Thread-Index", rid(rnd, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))]
    elif client.startswith("gmail"):
        mid = f"<CA{rid(rnd,2,'ABCDEFGHKLMNP')}{rid(rnd,40,'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>"
        hs = []
    elif client in ("iphone", "ipad"):
        mid = f"<{u().upper()}@{dom}>"
        hs = [("X-Mailer", f"{'iPhone' if client=='iphone' else 'iPad'} Mail (22{rnd.choice('ABCD')}{rnd.randint(20,99)})")]
    elif client == "apple":
        mid = f"<{u().upper()}@{dom}>"
        hs = [("X-Mailer", f"Apple Mail (2.{rnd.randint(3700,3900)}.{rnd.randint(100,700)}.1.{rnd.randint(1,9)})")]
    elif client.startswith("thunderbird"):
        mid = f"<{u()}@{dom}>"
        hs = [("User-Agent", f"Mozilla Thunderbird {rnd.choice(['128.5.0', '140.4.0', '115.16.1', '145.0'])}"),
              ("Content-Language", "fr")]
    elif client == "samsung":
        mid = f"<{rid(rnd,6)}-{rid(rnd,8)}-{rid(rnd,4)}@email.android.com>"
        hs = []
    elif client == "orange":
        mid = f"<{rnd.randint(10**8,10**9)}.{rnd.randint(1000,99999)}.{int(dt.timestamp())}{rnd.randint(100,999)}.JavaMail.open-xchange@opme11oxm{rnd.randint(10,99)}>"
        hs = [("X-Originating-IP", f"[90.{rnd.randint(1,254)}.{rnd.randint(1,254)}.{rnd.randint(1,254)}]"),
              ("X-Mailer", "Webmail Orange")]
    elif client == "yahoo":
        mid = f"<{rnd.randint(10**8,10**9)}.{rnd.randint(10**6,10**7)}.{int(dt.timestamp()*1000)}@mail.yahoo.com>"
        hs = [("X-Mailer", f"WebService/1.1.{rnd.randint(20000,25000)} YMailNorrin")]
    elif client.startswith("roundcube"):
        mid = f"<{rid(rnd,32)}@{dom}>"
        hs = [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", m["addr"])]
    else:
        raise ValueError(client)
    return mid, hs


# ----------------------------------------------------------------------------- encoding

def enc_header(name, value):
    try:
        value.encode("ascii")
        return f"{name}: {value}"
    except UnicodeEncodeError:
        return f"{name}: " + Header(value, "utf-8", maxlinelen=76, header_name=name).encode()


def addr_header(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def encode_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "8bit":
        if all(c < 128 for c in b):
            return b, "7bit"
        return b, "8bit"
    if cte == "quoted-printable":
        return quopri.encodestring(b), "quoted-printable"
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)), "base64"
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    body, cte2 = encode_body(text, charset, cte)
    flowed = extra
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{flowed}\nContent-Transfer-Encoding: {cte2}\n\n"
    return head.encode("ascii") + body.replace(b"\r\n", b"\n")


def html_doc(inner, client):
    if client.startswith("outlook") or client == "owa":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="FR"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
                f'<body lang="FR" link="#0563C1"><div class="WordSection1">{inner}</div></body></html>')
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{inner}</body></html>'


# ----------------------------------------------------------------------------- build one

def build_human(m, inv, rnd):
    client = m["client"]
    style, cte, htmlmode, crlf, tagline, bottom = CLIENTS[client]
    cte = m.get("cte", cte)
    htmlmode = m.get("html", htmlmode)
    charset = m.get("charset", "utf-8")
    own, clauses = parse_markup(m["text"].strip("\n"))
    sig = m.get("sig", "")
    tag = m.get("tagline", tagline)
    quote = m.get("quote", True) and not m.get("new")
    fwd = m.get("fwd")
    if fwd:
        style = fwd
        quote = True
    bottom = m.get("bottom", bottom) and not fwd

    own_block = own
    if sig:
        sep = "-- \n" if client.startswith("thunderbird") or client.startswith("roundcube") else ""
        own_block += "\n\n" + sep + sig
    if tag:
        own_block += "\n\n" + tag
    if quote:
        q = quote_plain(m, inv, style)
        plain = (q + "\n\n" + own_block + "\n") if bottom else (own_block + "\n\n" + q + "\n")
    else:
        plain = own_block + "\n"

    parts_html = None
    if htmlmode:
        own_h = to_html_divs(own) if client in ("gmail", "gmail_mobile", "zimbra_html", "yahoo", "samsung") else to_html_paras(own)
        if client.startswith("outlook") or client == "owa":
            own_h = own_h.replace("<p>", '<p class="MsoNormal">')
        sig_h = ("<br>" + to_html_paras(sig)) if sig else ""
        if client.startswith("gmail") and sig:
            sig_h = f'<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{to_html_divs(sig)}</div>'
        tag_h = f"<br><div>{html.escape(tag)}</div>" if tag else ""
        qh = quote_html(m, inv, style) if quote else ""
        inner = (qh + "<br>" + own_h + sig_h + tag_h) if bottom else (own_h + sig_h + tag_h + "<br>" + qh)
        if client.startswith("gmail"):
            inner = (f'{qh}<br><div dir="ltr">{own_h}{sig_h}</div>' if bottom
                     else f'<div dir="ltr">{own_h}{sig_h}</div><br>{qh}')
        parts_html = html_doc(inner, client)
    return plain, parts_html, clauses, charset, cte, htmlmode, crlf


def build(m, idx):
    rnd = random.Random(m["slug"] + str(idx))
    inv = course_info(m.get("course", "Accueillir un élève allophone"))
    m["_inv_subject"] = inv["subject"]
    dt = m.get("date") or (inv["sent"] + timedelta(hours=m.get("hours", rnd.randint(2, 200)), minutes=rnd.randint(0, 59)))
    if m.get("kind", "human") == "human" and not m.get("date") and dt.hour < 7:
        dt += timedelta(hours=8)
    if dt > datetime(2026, 12, 2, 19, 0, tzinfo=TZ):
        dt = datetime(2026, 12, 2, 8, 0, tzinfo=TZ) + timedelta(minutes=rnd.randint(0, 600))
    kind = m.get("kind", "human")
    lines = []
    rp = m.get("return_path", m.get("addr"))
    if rp is not None and rp != "":
        lines.append(f"Return-Path: <{rp}>")
    lines.append("Delivered-To: " + EAFC)
    if kind != "human":
        return build_robot(m, inv, rnd, dt, lines)
    client = m["client"]
    mid, hs = client_headers(client, m, rnd, dt)
    plain, html_body, clauses, charset, cte, htmlmode, crlf = build_human(m, inv, rnd)
    if html_body:
        html_body = html_body.replace('content="text/html; charset=utf-8"', f'content="text/html; charset={charset}"')
    lines.append(f"Received: from {rnd.choice(['smtp', 'out', 'relay', 'mail'])}{rnd.randint(1,9)}.{m['addr'].split('@')[1]} "
                 f"([{rnd.randint(10,200)}.{rnd.randint(1,254)}.{rnd.randint(1,254)}.{rnd.randint(1,254)}]) by mx1.ac-grenoble.fr "
                 f"with ESMTPS id {rid(rnd,10,'0123456789ABCDEF')}; {format_datetime(dt + timedelta(seconds=rnd.randint(2,40)))}")
    lines.append(enc_header("From", addr_header(m["name"], m["addr"])))
    to = m.get("to", rnd.choice([f"{EAFC_NAME} <{EAFC}>", EAFC, f"\"{EAFC_NAME}\" <{EAFC}>"]))
    lines.append(enc_header("To", to))
    for k, v in m.get("cc", []):
        lines.append(enc_header(k, v))
    if m.get("subject"):
        subj = m["subject"]
    elif m.get("fwd"):
        subj = ("TR: " if m["fwd"] == "fwd_outlook" else "Fwd: ") + inv["subject"]
    else:
        pre = "RE: " if client.startswith("outlook") or client == "owa" else "Re: "
        if client == "outlook" and rnd.random() < 0.3:
            pre = "RE : "
        subj = pre + inv["subject"]
    lines.append(enc_header("Subject", subj))
    lines.append("Date: " + format_datetime(dt))
    lines.append("Message-ID: " + mid)
    if not m.get("new") and m.get("irt", True) and not m.get("fwd"):
        lines.append("In-Reply-To: " + inv["msgid"])
        lines.append("References: " + inv["msgid"])
    for k, v in hs:
        lines.append(enc_header(k, v) if v else f"{k}: ")
    for k, v in m.get("extra", []):
        lines.append(enc_header(k, v))
    lines.append("MIME-Version: 1.0" if client not in ("iphone", "ipad", "apple") else "Mime-Version: 1.0 (1.0)")
    flowed = "; format=flowed" if client.startswith("thunderbird") and cte == "8bit" else ""
    if htmlmode == "only":
        hb, cte2 = encode_body(html_body, "utf-8" if charset == "utf-8" else charset, cte)
        lines.append(f"Content-Type: text/html; charset=\"{charset}\"")
        lines.append(f"Content-Transfer-Encoding: {cte2}")
        head = "\n".join(lines) + "\n\n"
        raw = head.encode("ascii") + hb.replace(b"\r\n", b"\n")
    elif htmlmode == "alt":
        b = f"{'----=_NextPart_' if client.startswith('outlook') else '000000000000'}{rid(rnd,24)}"
        lines.append(f"Content-Type: multipart/alternative; boundary=\"{b}\"")
        head = "\n".join(lines) + "\n\n"
        raw = head.encode("ascii")
        if client.startswith("outlook"):
            raw += b"This is a multipart message in MIME format.\n\n"
        raw += f"--{b}\n".encode() + leaf("text/plain", plain, charset, cte) + b"\n"
        raw += f"--{b}\n".encode() + leaf("text/html", html_body, charset, cte) + b"\n"
        raw += f"--{b}--\n".encode()
    else:
        body, cte2 = encode_body(plain, charset, cte)
        lines.append(f"Content-Type: text/plain; charset=\"{charset}\"{flowed}" if client != "iphone" else f"Content-Type: text/plain; charset={charset}")
        lines.append(f"Content-Transfer-Encoding: {cte2}")
        head = "\n".join(lines) + "\n\n"
        raw = head.encode("ascii") + body.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw, clauses


def build_robot(m, inv, rnd, dt, lines):
    """kind: robot (plain auto-reply / acknowledgement), bounce (multipart/report DSN), mdn (read receipt)."""
    kind = m["kind"]
    text, clauses = parse_markup(m["text"].strip("\n"))
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    lines.append(enc_header("From", addr_header(m["name"], m["addr"])))
    lines.append(enc_header("To", m.get("to", EAFC)))
    lines.append(enc_header("Subject", m["subject"]))
    lines.append("Date: " + format_datetime(dt))
    dom = m["addr"].split("@")[1] if "@" in m["addr"] else "localhost"
    lines.append(f"Message-ID: <{rid(rnd,12)}.{rid(rnd,6)}@{m.get('mid_domain', dom)}>")
    if m.get("irt", True):
        lines.append("In-Reply-To: " + inv["msgid"])
        lines.append("References: " + inv["msgid"])
    for k, v in m.get("extra", []):
        lines.append(enc_header(k, v) if v else f"{k}: ")
    lines.append("MIME-Version: 1.0")
    if kind == "robot":
        if m.get("html") == "only":
            body, cte2 = encode_body(html_doc(to_html_paras(text), "x"), charset, cte)
            lines.append(f"Content-Type: text/html; charset=\"{charset}\"")
        else:
            body, cte2 = encode_body(text + "\n", charset, cte)
            lines.append(f"Content-Type: text/plain; charset=\"{charset}\"")
        lines.append(f"Content-Transfer-Encoding: {cte2}")
        raw = ("\n".join(lines) + "\n\n").encode("ascii") + body.replace(b"\r\n", b"\n")
    else:
        b = f"{rid(rnd,8)}.{int(dt.timestamp())}/{dom}"
        rtype = "delivery-status" if kind == "bounce" else "disposition-notification"
        lines.append(f"Content-Type: multipart/report; report-type={rtype}; boundary=\"{b}\"")
        raw = ("\n".join(lines) + "\n\nThis is a MIME-encapsulated message.\n\n").encode("ascii")
        raw += f"--{b}\n".encode() + leaf("text/plain", text + "\n", charset, cte) + b"\n"
        if kind == "bounce":
            st = m.get("status", "5.1.1")
            act = "delayed" if st.startswith("4") else "failed"
            rcpt = m.get("failed", "inconnu@example.fr")
            ds = (f"Reporting-MTA: dns; {m.get('mta', dom if dom.startswith('mx') else 'mx1.' + dom)}\nArrival-Date: {format_datetime(dt - timedelta(minutes=1))}\n\n"
                  f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {act}\nStatus: {st}\n"
                  f"Diagnostic-Code: smtp; {m.get('diag', '550 5.1.1 User unknown')}\n")
            raw += f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}\n".encode()
            orig = (f"From: {EAFC_NAME} <{EAFC}>\nTo: {rcpt}\nSubject: {inv['subject']}\n"
                    f"Date: {format_datetime(inv['sent'])}\nMessage-ID: {inv['msgid']}\n")
            raw += f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n{orig}\n".encode()
        else:
            rcpt = m["addr"]
            ds = (f"Reporting-UA: {m.get('ua', 'Microsoft Outlook 16.0')}\nFinal-Recipient: rfc822;{rcpt}\n"
                  f"Original-Message-ID: {inv['msgid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
            raw += f"--{b}\nContent-Type: message/disposition-notification\n\n{ds}\n".encode()
        raw += f"--{b}--\n".encode()
    if m.get("crlf"):
        raw = raw.replace(b"\n", b"\r\n")
    return raw, clauses


# ----------------------------------------------------------------------------- checks

class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "li", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("p", "div", "li"):
            self.out.append("\n")

    def handle_data(self, d):
        self.out.append(d)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_texts(msg):
    texts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            p = Strip()
            p.feed(part.get_content())
            texts.append("".join(p.out))
    return [norm(t) for t in texts]


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "messages_*.py")))
    msgs = []
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    out = []
    errors = []
    slugs = set()
    for i, m in enumerate(msgs, 1):
        fname = f"{i:03d}-{m['slug']}.eml"
        if m["slug"] in slugs:
            errors.append(f"duplicate slug {m['slug']}")
        slugs.add(m["slug"])
        raw, clauses = build(m, i)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        # checks
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = body_texts(msg)
        for c, lab in clauses:
            if not any(norm(c) in t for t in texts):
                errors.append(f"{fname}: clause not in body: {c!r}")
        if m["profile"] not in PROFILES:
            errors.append(f"{fname}: profile {m['profile']}")
        if m["action"] not in ACTIONS:
            errors.append(f"{fname}: action {m['action']}")
        if any(t not in TOPICS for t in m["topics"]) or m["topics"] != sorted(m["topics"], key=TOPICS.index) \
                or len(set(m["topics"])) != len(m["topics"]):
            errors.append(f"{fname}: topics {m['topics']}")
        clause_topics = sorted({lab for _, lab in clauses if lab in TOPICS}, key=TOPICS.index)
        if clause_topics != m["topics"]:
            errors.append(f"{fname}: topics {m['topics']} vs clause topics {clause_topics}")
        labs = {lab for _, lab in clauses}
        if m["action"] == "reply" and labs & {"other_request", "unclear", "robot"}:
            errors.append(f"{fname}: reply with {labs & {'other_request', 'unclear', 'robot'}}")
        if m["action"] == "reply" and not m["topics"]:
            errors.append(f"{fname}: reply without topic")
        if m["action"] == "escalate" and not labs & {"other_request", "unclear"} and not m.get("tech"):
            errors.append(f"{fname}: escalate without other_request/unclear clause")
        out.append((fname, m, clauses))
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("# w02-long-stories: long stories, several questions at once (generated by build.py)\n")
        for fname, m, clauses in out:
            fh.write(f"\n[{toml_str(fname)}]\n")
            fh.write(f"profile = {toml_str(m['profile'])}\n")
            fh.write("topics = [" + ", ".join(toml_str(t) for t in m["topics"]) + "]\n")
            fh.write(f"action = {toml_str(m['action'])}\n")
            fh.write(f"why = {toml_str(m['why'])}\n")
            fh.write("clauses = [\n")
            for c, lab in clauses:
                fh.write(f"  {{ text = {toml_str(c)}, label = {toml_str(lab)} }},\n")
            fh.write("]\n")
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        lab = tomllib.load(fh)
    emls = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(lab) != emls:
        errors.append(f"labels/eml mismatch: {set(lab) ^ emls}")
    from collections import Counter
    print(len(out), "messages;", dict(Counter(m["action"] for _, m, _ in out)), dict(Counter(m["profile"] for _, m, _ in out)))
    print("topics:", dict(Counter(t for _, m, _ in out for t in m["topics"])),
          "n_topics:", dict(Counter(len(m["topics"]) for _, m, _ in out)))
    print("clients:", dict(Counter(m.get("client", m.get("kind")) for _, m, _ in out)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)


if __name__ == "__main__":
    main()
