#!/usr/bin/env python3
"""Wrap the hand-written messages of messages_NN.py into .eml files and one labels.toml.

Standard library only. Each messages_NN.py defines MESSAGES, a list of dicts:
  slug, name, addr, client, text, labels (profile, topics, action, why, clauses)
optional: cs (utf-8 | iso-8859-1 | windows-1252), enc (8bit | qp | base64),
  html (False | "only" | "alt"), quote (bool, default True), irt (bool, default = quote),
  course, subject, sig (personal signature, not labelled), day, hour, raw (full robot
  message: dict of headers + body, built as is), extra (list of (header, value)).
The texts are written by hand; this script only wraps them.
"""
import base64
import glob
import hashlib
import importlib.util
import json
import os
import quopri
import random
import re
import sys
import tomllib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_NAME = "EAFC Grenoble"
PORTAL = "https://magistere.education.fr/ac-grenoble/"
PARIS = dt.timezone(dt.timedelta(hours=1))

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]

ALLOWED_PROFILES = {"academic", "university", "other"}
TOPIC_ORDER = ["forgotten_username", "forgotten_password", "login", "find_course"]
ALLOWED_ACTIONS = {"reply", "escalate", "ignore"}
ALLOWED_CLAUSES = set(TOPIC_ORDER) | {"greeting", "thanks", "context", "small_talk",
                                      "other_request", "unclear", "robot"}


def invitation_text(course, inv_date):
    return (
        "Bonjour,\n\n"
        f"Vous êtes inscrit(e) à la formation « {course} » proposée par l'École académique "
        "de la formation continue (EAFC) de l'académie de Grenoble.\n\n"
        "Une partie de cette formation se déroule à distance sur la plateforme M@gistère. "
        "Pour rejoindre le parcours :\n"
        f"1. connectez-vous sur {PORTAL}\n"
        "2. choisissez le bouton de connexion qui correspond à votre compte ;\n"
        "3. cliquez sur le titre de la formation dans la liste de vos parcours.\n\n"
        "Le guide « Comment rejoindre une e-formation sur M@gistère ? » est joint à ce message.\n\n"
        "Bien cordialement,\n"
        "L'équipe EAFC Grenoble\n"
        "École académique de la formation continue - Rectorat de Grenoble"
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


def prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def fr_long(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"


def attribution(client, inv_d, to_addr, subject, fwd=False):
    """Return (plain quote header, style) for a client."""
    a = f"{EAFC_NAME} <{EAFC}>"
    if fwd and client in ("iphone", "ipad"):
        return (f"Début du message réexpédié :\n\n> De: {a}\n> Date: {inv_d.day} {MOIS[inv_d.month - 1]} {inv_d.year} "
                f"à {inv_d:%H:%M:%S} UTC+1\n> À: {to_addr}\n> Objet: {subject}\n>", "gt")
    if fwd and client in ("gmail_android", "gmail_ios"):
        return (f"---------- Forwarded message ---------\nDe : {a}\nDate: {JOURS_ABR[inv_d.weekday()]} {inv_d.day} "
                f"{MOIS_ABR[inv_d.month - 1]} {inv_d.year} à {inv_d:%H:%M}\nSubject: {subject}\nTo: <{to_addr}>\n", "plain")
    if fwd and client == "samsung":
        return (f"-------- Message transféré --------\nDe : {a} \nDate : {inv_d:%d/%m/%Y %H:%M} (GMT+01:00) \n"
                f"À : {to_addr} \nObjet : {subject} \n", "plain")
    if fwd:
        raise ValueError("fwd not written for " + client)
    if client in ("iphone", "ipad"):
        return f"> Le {inv_d.day} {MOIS_ABR[inv_d.month - 1]} {inv_d.year} à {inv_d:%H:%M}, {a} a écrit :\n>", "gt_attr_quoted"
    if client in ("gmail_android", "gmail_ios"):
        return (f"Le {JOURS_ABR[inv_d.weekday()]} {inv_d.day} {MOIS_ABR[inv_d.month - 1]} {inv_d.year}, "
                f"{inv_d:%H:%M}, {EAFC_NAME} <\n{EAFC}> a écrit :\n\n", "gt")
    if client == "samsung":
        return (f"-------- Message d'origine --------\nDe : {a} \nDate : {inv_d:%d/%m/%Y %H:%M} (GMT+01:00) \n"
                f"À : {to_addr} \nObjet : {subject} \n", "plain")
    if client == "outlook_mobile":
        return (f"Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n________________________________\n"
                f"De : {a}\nEnvoyé : {fr_long(inv_d)}\nÀ : {to_addr}\nObjet : {subject}\n", "plain")
    if client == "outlook_ios":
        return (f"Obtenir Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\n"
                f"De : {a}\nEnvoyé : {fr_long(inv_d)}\nÀ : {to_addr}\nObjet : {subject}\n", "plain")
    if client == "orange":
        return (f"> Message du {inv_d:%d/%m/%y %H:%M}\n> De : \"{EAFC_NAME}\" <{EAFC}>\n> A : {to_addr}\n"
                f"> Copie à : \n> Objet : {subject}\n>\n", "gt")
    if client == "zimbra":
        return (f"----- Mail original -----\nDe: \"{EAFC_NAME}\" <{EAFC}>\nÀ: {to_addr}\n"
                f"Envoyé: {fr_long(inv_d).capitalize()}:00\nObjet: {subject}\n", "gt")
    if client == "yahoo":
        return (f"   Le {JOURS[inv_d.weekday()]} {inv_d.day} {MOIS[inv_d.month - 1]} {inv_d.year} à "
                f"{inv_d:%H:%M:%S} UTC+1, {a} a écrit :  \n", "indent")
    if client == "sfr":
        return (f"Le {inv_d:%d/%m/%Y %H:%M}, \"{EAFC_NAME}\" <{EAFC}> a écrit :\n", "gt")
    raise ValueError(client)


TAGLINES = {
    "iphone": "Envoyé de mon iPhone",
    "ipad": "Envoyé de mon iPad",
    "samsung": "Envoyé depuis mon appareil Galaxy",
    "gmail_android": "",
    "gmail_ios": "",
    "outlook_mobile": "",
    "outlook_ios": "",
    "orange": "",
    "zimbra": "",
    "yahoo": "Envoyé de Yahoo Mail pour Android",
    "sfr": "Envoyé depuis l'application SFR Mail",
}


def mailer_headers(client, rnd, domain):
    h = []
    hexs = lambda n: "".join(rnd.choice("0123456789ABCDEF") for _ in range(n))
    if client in ("iphone", "ipad"):
        mid = f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{domain}>"
        h.append(("X-Mailer", rnd.choice(["iPhone Mail (22B91)", "iPhone Mail (21G93)", "iPhone Mail (22C152)"])
                  if client == "iphone" else "iPad Mail (22B83)"))
    elif client in ("gmail_android", "gmail_ios"):
        tail = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+") for _ in range(40))
        mid = f"<CA{tail}@mail.gmail.com>"
    elif client == "samsung":
        mid = f"<{hexs(6).lower()}.{hexs(8).lower()}@email.android.com>" if rnd.random() < .5 else \
              f"<{rnd.randint(10**12, 10**13)}.{hexs(4).lower()}@{domain}>"
    elif client in ("outlook_mobile", "outlook_ios"):
        mid = f"<PAXP{rnd.randint(100, 999)}MB{rnd.randint(1000, 9999)}{hexs(24)}@PAXP{rnd.randint(100,999)}MB{rnd.randint(1000,9999)}.EURP{rnd.randint(100,299)}.PROD.OUTLOOK.COM>"
        h.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    elif client == "orange":
        mid = f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**5, 10**6)}.{rnd.randint(10**12, 10**13)}.JavaMail.open-xchange@opme11oxm{rnd.randint(10,99)}nd1>"
        h.append(("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev60"))
    elif client == "zimbra":
        mid = f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}.JavaMail.zimbra@{domain}>"
        h.append(("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Android)/9.0.0_GA_4546)"))
    elif client == "yahoo":
        mid = f"<{rnd.randint(10**8, 10**9)}.{rnd.randint(10**6, 10**7)}.{rnd.randint(10**12, 10**13)}@mail.yahoo.com>"
        h.append(("X-Mailer", "WebService/1.1.22876 YMailNorrin"))
    elif client == "sfr":
        mid = f"<{hexs(16).lower()}@webmail.sfr.fr>"
        h.append(("X-Mailer", "SFR Mail Android 5.4"))
    else:
        raise ValueError(client)
    return mid, h


def encode_body(text, cs, enc):
    data = text.replace("\n", "\r\n").encode(cs)  # strict: a wrong charset choice must fail here
    if enc == "8bit":
        if all(b < 128 for b in data):
            return data, "7bit"
        return data, "8bit"
    if enc == "qp":
        return quopri.encodestring(data), "quoted-printable"
    if enc == "base64":
        return base64.encodebytes(data), "base64"
    raise ValueError(enc)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html_lines(s):
    return "".join(f"<div>{html_escape(l) if l else '<br>'}</div>" for l in s.split("\n"))


def build_html(m, own, tag, qhead, qbody, client):
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>' % m["cs"]]
    if client in ("gmail_android", "gmail_ios"):
        parts.append(f'<div dir="auto">{to_html_lines(own)}</div>')
        if qbody is not None:
            parts.append(f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                         f'{html_escape(qhead.replace("<" + chr(10), "<").replace(chr(10), " ").strip())}<br></div>'
                         f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                         f'{to_html_lines(qbody)}</blockquote></div>')
    elif client in ("iphone", "ipad"):
        parts.append(f'<div dir="ltr">{to_html_lines(own)}</div>')
        if tag:
            parts.append(f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{html_escape(tag)}</div></div>')
        if qbody is not None:
            h = qhead.replace("> ", "", 1).split("\n")[0]
            parts.append(f'<div dir="ltr"><br><blockquote type="cite">{html_escape(h)}<br><br></blockquote></div>'
                         f'<blockquote type="cite"><div dir="ltr">{to_html_lines(qbody)}</div></blockquote>')
    elif client in ("outlook_mobile", "outlook_ios"):
        parts.append(f'<div dir="auto">{to_html_lines(own)}</div>')
        if qbody is not None:
            hl = qhead.split("\n")
            parts.append(f'<div dir="auto">{html_escape(hl[0])}</div><div id="appendonsend"></div>'
                         f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                         f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                         + "<br>".join(f"<b>{html_escape(x.split(' : ', 1)[0])} :</b> {html_escape(x.split(' : ', 1)[1])}"
                                       for x in hl[2:] if " : " in x)
                         + f'</font><div>&nbsp;</div></div><div>{to_html_lines(qbody)}</div>')
    elif client == "zimbra":
        parts.append(f'<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                     f'{to_html_lines(own)}')
        if qbody is not None:
            hl = qhead.split("\n")[1:]
            parts.append('<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                         + "<br>".join(f"<b>{html_escape(x.split(': ', 1)[0])}: </b>{html_escape(x.split(': ', 1)[1])}"
                                       for x in hl if ": " in x)
                         + f'<br></div><br><div data-marker="__QUOTED_TEXT__">{to_html_lines(qbody)}</div>')
        parts.append("</div>")
    else:  # samsung, orange, yahoo, sfr: plain-looking html
        parts.append(f'<div dir="auto">{to_html_lines(own)}</div>')
        if tag:
            parts.append(f'<div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                         f'<div style="font-size:85%;color:#575757">{html_escape(tag)}</div></div>')
        if qbody is not None:
            parts.append(f'<div><br></div><div style="font-size:100%;color:#000000"><div>'
                         f'{to_html_lines(re.sub(r"(?m)^> ?", "", qhead).rstrip())}</div>'
                         f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                         f'{to_html_lines(qbody)}</blockquote></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8" if cs == "utf-8" else cs).encode()


def build_one(idx, m):
    rnd = random.Random(hashlib.sha256(m["slug"].encode()).hexdigest())
    client = m["client"]
    m.setdefault("cs", "utf-8")
    # what each client usually does when the writer did not choose
    r = rnd.random()
    ascii_only = all(ord(c) < 128 for c in m["text"])
    if client.startswith("gmail"):
        m.setdefault("html", "alt")
        m.setdefault("enc", "8bit" if ascii_only else "qp")
    elif client == "samsung":
        m.setdefault("html", "alt" if r < .6 else False)
        m.setdefault("enc", "base64" if r < .4 else "8bit")
    elif client.startswith("outlook"):
        m.setdefault("html", "alt")
        m.setdefault("enc", "qp" if r < .7 else "base64")
    elif client in ("iphone", "ipad"):
        m.setdefault("html", "alt" if r < .35 else False)
        m.setdefault("enc", "qp" if (r > .5 and not ascii_only) else "8bit")
    elif client in ("yahoo", "orange"):
        m.setdefault("html", "alt" if r < .5 else False)
        m.setdefault("enc", "qp" if r < .7 else "8bit")
    m.setdefault("enc", "8bit")
    m.setdefault("html", False)
    m.setdefault("quote", True)
    m.setdefault("irt", m["quote"] and not m.get("fwd"))
    course = m.get("course", "Évaluer par compétences")
    inv_no = m.get("inv", 100 + (idx * 7) % 800)
    day = m.get("day", 2 + (idx * 11) % 28)
    month = m.get("month", 11 if day <= 30 and idx % 3 else 12)
    if month == 12:
        day = min(day, 2)
    hour = m.get("hour", 7 + (idx * 5) % 16)
    if (month, day) == (12, 2):
        hour = min(hour, 19)  # not later than today
    minute = (idx * 37) % 60
    sent = dt.datetime(2026, month, day, hour, minute, rnd.randint(0, 59), tzinfo=PARIS)
    inv_d = (sent - dt.timedelta(days=rnd.randint(1, 8))).replace(
        hour=rnd.randint(8, 17), minute=rnd.randint(0, 59), second=0)
    while inv_d.weekday() >= 5:  # the EAFC sends on working days
        inv_d -= dt.timedelta(days=1)
    inv_subject = f"Invitation : {course}"
    subject = m.get("subject")
    if subject is None:
        if m.get("fwd"):
            subject = {"gmail_android": "Fwd: ", "gmail_ios": "Fwd: ", "samsung": "TR: "}.get(client, "Tr: ") + inv_subject
        else:
            subject = ("Re: " if client.startswith(("iphone", "ipad", "gmail", "yahoo", "sfr")) else "RE: ") + inv_subject
    domain = m["addr"].split("@")[1]
    to_addr = m["addr"]
    if m.get("fwd"):
        m.setdefault("irt", False)
    mid, mh = mailer_headers(client, rnd, domain)

    own = m["text"]
    sig = m.get("sig", "")
    tag = m.get("tag", TAGLINES[client])
    qhead = qbody = None
    body = own
    if not own:
        body = ""
        tag = tag or ""
    if sig:
        body += "\n" + sig
    if tag:
        body += ("\n\n" if body else "") + tag
    if "body" in m:  # hand-laid body: answers typed between quoted lines, bottom-posting
        body = m["body"].replace("{PORTAL}", PORTAL)
        qhead = qbody = None
        m["quote"] = False
    elif m["quote"]:
        qhead, style = attribution(client, inv_d, m.get("orig_to", to_addr), inv_subject, m.get("fwd", False))
        qbody = wrap(invitation_text(course, inv_d))
        if style in ("gt", "gt_attr_quoted"):
            q = prefix(qbody)
        elif style == "indent":
            q = "\n".join("    " + l if l else "" for l in qbody.split("\n"))
        else:
            q = "\n" + qbody
        body += "\n\n" + qhead + ("\n" if not qhead.endswith("\n") else "") + q
    body += "\n"

    headers = [
        ("Return-Path", f"<{m['addr']}>"),
        ("From", formataddr((m["name"], m["addr"]), charset="utf-8") if m["name"] else m["addr"]),
        ("To", m.get("to", f"{EAFC_NAME} <{EAFC}>" if m["quote"] else EAFC)),
        ("Subject", hdr(subject, m["cs"])),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid),
    ]
    if m["irt"]:
        headers.append(("In-Reply-To", f"<invitation-2026-{inv_no:03d}@ac-grenoble.fr>"))
        headers.append(("References", f"<invitation-2026-{inv_no:03d}@ac-grenoble.fr>"))
    headers += mh
    headers += m.get("extra", [])
    headers.append(("MIME-Version", "1.0"))

    cs, enc = m["cs"], m["enc"]
    if m["html"] == "only":
        html = build_html(m, own + ("\n" + sig if sig else ""), tag, qhead, qbody, client)
        data, cte = encode_body(html, cs, enc)
        headers += [("Content-Type", f'text/html; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
        payload = data
    elif m["html"] == "alt":
        boundary = "----=_Part_" + "".join(rnd.choice("0123456789") for _ in range(12))
        if client.startswith("iphone") or client == "ipad":
            boundary = "Apple-Mail-" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(8)) + "-" + \
                       "".join(rnd.choice("0123456789ABCDEF") for _ in range(4))
        elif client.startswith("gmail"):
            boundary = "0000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))
        html = build_html(m, own + ("\n" + sig if sig else ""), tag, qhead, qbody, client)
        p1, c1 = encode_body(body, cs, enc)
        p2, c2 = encode_body(html, cs, enc)
        headers.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        payload = (f"--{boundary}\r\nContent-Type: text/plain; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {c1}\r\n\r\n").encode() + p1 + \
                  (f"\r\n--{boundary}\r\nContent-Type: text/html; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {c2}\r\n\r\n").encode() + p2 + \
                  f"\r\n--{boundary}--\r\n".encode()
    else:
        data, cte = encode_body(body, cs, enc)
        fmt = "; format=flowed" if client in ("iphone", "ipad") and rnd.random() < .5 else ""
        headers += [("Content-Type", f'text/plain; charset="{cs}"{fmt}'), ("Content-Transfer-Encoding", cte)]
        payload = data
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii") + b"\r\n" + payload
    return raw


def build_raw(m):
    """Robots: headers and body given by hand in m['raw'] = {'headers': [...], 'body': str, 'cs': ...}."""
    r = m["raw"]
    cs = r.get("cs", "utf-8")
    hs = "".join(f"{k}: {v}\r\n" for k, v in r["headers"])
    return hs.encode("ascii") + b"\r\n" + r["body"].replace("\n", "\r\n").encode(cs)


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def own_words(msg, m):
    """The trainee's words as decoded from the .eml (for the clause check)."""
    body = msg.get_body(("plain", "html"))
    text = body.get_content() if body is not None else ""
    if body is not None and body.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", "\n", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ")
    return norm(text) + " " + norm(str(msg["subject"] or ""))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\r", "")).strip().casefold()


def main():
    files = sorted(glob.glob(os.path.join(HERE, "messages_*.py")))
    allm = []
    for f in files:
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        allm.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    errors = []
    toml = ["# labels for w01-sms-mobile (SMS style, phones), written by hand, see build.py\n"]
    slugs = set()
    for i, m in enumerate(allm, 1):
        if m["slug"] in slugs:
            errors.append(f"duplicate slug {m['slug']}")
        slugs.add(m["slug"])
        fname = f"{i:03d}-{m['slug']}.eml"
        raw = build_raw(m) if "raw" in m else build_one(i, m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        L = m["labels"]
        # checks
        if L["profile"] not in ALLOWED_PROFILES:
            errors.append(f"{fname}: profile {L['profile']}")
        if L["action"] not in ALLOWED_ACTIONS:
            errors.append(f"{fname}: action {L['action']}")
        if any(t not in TOPIC_ORDER for t in L["topics"]) or \
                L["topics"] != sorted(L["topics"], key=TOPIC_ORDER.index) or len(set(L["topics"])) != len(L["topics"]):
            errors.append(f"{fname}: topics {L['topics']}")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects or any(p.defects for p in msg.walk()):
            errors.append(f"{fname}: defects {msg.defects}")
        words = own_words(msg, m)
        if "raw" not in m and "body" not in m:
            # the hand-written text must survive the wrapping, and clauses must come from it (not the quote)
            if norm(m["text"]) not in words:
                errors.append(f"{fname}: own text not found in the decoded message")
            words = norm(m["text"]) + " " + norm(m.get("subject") or "")
        for text, lab in L["clauses"]:
            if lab not in ALLOWED_CLAUSES:
                errors.append(f"{fname}: clause label {lab}")
            if norm(text) not in words:
                errors.append(f"{fname}: clause not found: {text!r}")
        ctopics = [lab for _, lab in L["clauses"] if lab in TOPIC_ORDER]
        if set(ctopics) != set(L["topics"]):
            errors.append(f"{fname}: clause topics {sorted(set(ctopics))} vs topics {L['topics']}")
        toml.append(f'\n[{toml_str(fname)}]\n')
        toml.append(f'profile = {toml_str(L["profile"])}\n')
        toml.append("topics = [" + ", ".join(toml_str(t) for t in L["topics"]) + "]\n")
        toml.append(f'action = {toml_str(L["action"])}\n')
        toml.append(f'why = {toml_str(L["why"])}\n')
        toml.append("clauses = [\n" + "".join(
            f"  {{ text = {toml_str(t)}, label = {toml_str(l)} }},\n" for t, l in L["clauses"]) + "]\n")
    path = os.path.join(HERE, "labels.toml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(toml))
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    emls = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(data) != emls:
        errors.append(f"labels/eml mismatch: {sorted(set(data) ^ emls)}")
    from collections import Counter
    print(f"{len(allm)} messages;", dict(Counter(m["labels"]["action"] for m in allm)),
          dict(Counter(m["labels"]["profile"] for m in allm)),
          dict(Counter(t for m in allm for t in m["labels"]["topics"])))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
