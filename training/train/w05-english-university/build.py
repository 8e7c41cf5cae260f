#!/usr/bin/env python3
"""Wrap the hand-written messages of messages_NN.py into .eml files and one labels.toml."""
import zlib, glob, html, importlib.util, os, tomllib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as cs, policy
from email.utils import format_datetime, parsedate_to_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_FULL = "EAFC Grenoble <formation-magistere@ac-grenoble.fr>"
URL = "https://magistere.education.fr/ac-grenoble/"

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-MS-Has-Attach", ""),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Linux)/9.0.0_GA_4583)"),
    "gmail": (None, None),
    "gmail_mobile": (None, None),
    "iphone": ("X-Mailer", "iPhone Mail (21E236)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird 115.6.0"),
    "samsung": (None, None),
    "orange": ("X-Mailer", "Orange Messagerie 1.2"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.5"),
    "outlook_ios": (None, None),
}


def invitation(m):
    n = m.get("inv", 100)
    return (f"Bonjour,\n\nVous êtes inscrit(e) à la formation « {m['course']} » proposée par l'EAFC "
            f"de l'académie de Grenoble.\nCette formation hybride se déroule en partie sur la "
            f"plateforme M@gistère.\n\nPour rejoindre le parcours, connectez-vous à l'adresse :\n{URL}\n"
            f"puis cliquez sur le titre de la formation dans la liste de vos parcours.\n\n"
            f"Bonne formation,\nL'équipe de l'EAFC\nÉcole Académique de la Formation Continue - "
            f"académie de Grenoble\n")


def inv_date(m):
    return m.get("inv_date", "lun. 30 nov. 2026 09:12")


def quoted(m):
    """Return the body text below the trainee's words, in the client's own quoting style."""
    q = m.get("quote", "yes")
    if q == "no":
        return ""
    inv = invitation(m)
    c = m["client"]
    subj = f"Invitation : {m['course']}"
    if c in ("gmail", "gmail_mobile", "samsung"):
        head = f"Le {inv_date(m)}, EAFC Grenoble <{EAFC}> a écrit :"
        if c == "samsung":
            head = f"-------- Message d'origine --------\nDe : EAFC Grenoble <{EAFC}>\nDate : 30/11/2026 09:12 (GMT+01:00)\nÀ : {m['addr']}\nObjet : {subj}\n"
            return head + "\n" + inv
        return head + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in inv.splitlines())
    if c in ("outlook", "owa"):
        return ("________________________________\n" if c == "owa" else "") + \
            (f"De : EAFC Grenoble <{EAFC}>\nEnvoyé : lundi 30 novembre 2026 09:12\nÀ : {m['name']} <{m['addr']}>\nObjet : {subj}\n\n" + inv)
    if c == "outlook_ios":
        return (f"Obtenir Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: EAFC Grenoble <{EAFC}>\n"
                f"Sent: Monday, November 30, 2026 9:12:04 AM\nTo: {m['addr']} <{m['addr']}>\nSubject: {subj}\n\n" + inv)
    if c == "zimbra":
        return (f"----- Mail original -----\nDe: \"EAFC Grenoble\" <{EAFC}>\nÀ: \"{m['name']}\" <{m['addr']}>\n"
                f"Envoyé: Lundi 30 Novembre 2026 09:12:04\nObjet: {subj}\n\n" + inv)
    if c in ("iphone", "apple"):
        return (f"> Le 30 nov. 2026 à 09:12, EAFC Grenoble <{EAFC}> a écrit :\n>\n" +
                "".join("> " + l + "\n" if l else ">\n" for l in inv.splitlines()))
    if c == "thunderbird":
        return (f"Le 30/11/2026 à 09:12, EAFC Grenoble a écrit :\n" +
                "".join("> " + l + "\n" if l else ">\n" for l in inv.splitlines()))
    if c == "orange":
        return (f"> Message du 30/11/26 09:12\n> De : \"EAFC Grenoble\" <{EAFC}>\n> A : {m['addr']}\n> Copie à :\n> Objet : {subj}\n>\n" +
                "".join("> " + l + "\n" if l else ">\n" for l in inv.splitlines()))
    if c == "roundcube":
        return (f"Le 2026-11-30 09:12, EAFC Grenoble a\u00a0écrit\u00a0:\n" +
                "".join("> " + l + "\n" if l else ">\n" for l in inv.splitlines()))
    return "> " + inv.replace("\n", "\n> ")


def forward_block(m):
    subj = f"Invitation : {m['course']}"
    if m["client"] == "thunderbird":
        return (f"-------- Message transféré --------\nSujet :\t{subj}\nDate :\tMon, 30 Nov 2026 09:12:04 +0100\n"
                f"De :\tEAFC Grenoble <{EAFC}>\nPour :\t{m['addr']}\n\n" + invitation(m))
    if m["client"] in ("outlook", "owa"):
        return (f"De : EAFC Grenoble <{EAFC}>\nEnvoyé : lundi 30 novembre 2026 09:12\nÀ : {m['addr']}\nObjet : {subj}\n\n" + invitation(m))
    return (f"---------- Forwarded message ---------\nDe : EAFC Grenoble <{EAFC}>\nDate: lun. 30 nov. 2026 à 09:12\n"
            f"Subject: {subj}\nTo: <{m['addr']}>\n\n" + invitation(m))


def tagline(m):
    return {"iphone": "Envoyé de mon iPhone", "gmail_mobile": "Envoyé depuis mon smartphone Android",
            "samsung": "Envoyé depuis mon appareil Galaxy", "outlook_ios": ""}.get(m["client"], "")


def body_text(m):
    own = m["text"].strip("\n")
    sig = m.get("sig", "")
    parts = [own]
    if sig:
        parts.append(("-- \n" if m.get("sigdash") else "") + sig.strip("\n"))
    tl = tagline(m)
    if tl and not m.get("robot"):
        parts.append(tl)
    text = "\n\n".join(parts) + "\n"
    q = m.get("quote", "yes")
    if m.get("robot") or q == "no":
        return text
    if q == "fwd":
        return text + "\n" + forward_block(m)
    if q == "bottom":  # trainee writes below the quote
        return quoted(m) + "\n" + text
    return text + "\n" + quoted(m)


def to_html(text):
    out = []
    inq = False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                inq = True
            out.append(html.escape(line.lstrip("> ")) + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            out.append((html.escape(line) if line else "") + "<br>")
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div dir="ltr">' % "utf-8") + "\n".join(out) + "</div></body></html>"


def set_cte(part, charset, cte):
    pass


def make_part(text, subtype, charset, cte):
    import quopri, base64
    from email.message import Message
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = text.encode(charset, errors="replace")
    if cte == "qp":
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    return p


def enc_headers(msg):
    from email.header import Header
    new = []
    for k, v in msg._headers:
        if any(ord(ch) > 127 for ch in v) and k in ("Subject", "From", "To", "Cc"):
            if k == "Subject":
                v = Header(v, "utf-8").encode()
            else:
                from email.utils import getaddresses
                v = ", ".join(formataddr((n, a), charset="utf-8") for n, a in getaddresses([v]))
        new.append((k, v))
    msg._headers = new


def toml_str(s):
    out = '"'
    for ch in s:
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif ch == '\n': out += '\\n'
        elif ch == '\t': out += '\\t'
        elif ord(ch) < 32 or ord(ch) == 127: out += '\\u%04x' % ord(ch)
        else: out += ch
    return out + '"'


def main():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    lab = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        raw = build_final(m, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lab.append(f"[{toml_str(name)}]")
        lab.append(f"profile = {toml_str(m['profile'])}")
        lab.append("topics = [" + ", ".join(toml_str(t) for t in m["topics"]) + "]")
        lab.append(f"action = {toml_str(m['action'])}")
        lab.append(f"why = {toml_str(m['why'])}")
        lab.append("clauses = [")
        for t, l in m["clauses"]:
            lab.append(f"  {{ text = {toml_str(t)}, label = {toml_str(l)} }},")
        lab.append("]\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lab))
    print(len(msgs), "messages")


def build_final(m, i):
    if m.get("raw"):  # a robot written whole, headers included
        r = m["raw"].lstrip("\n")
        return r.replace("\n", "\r\n").encode(m.get("charset", "utf-8")) if m.get("crlf") else r.encode(m.get("charset", "utf-8"))
    text = body_text(m)
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp" if charset != "utf-8" else "8bit")
    fmt = m.get("fmt", "plain")
    if fmt == "plain":
        msg = make_part(text, "plain", charset, cte)
    elif fmt == "html":
        msg = make_part(to_html(text), "html", charset, cte)
    else:
        msg = MIMEMultipart("alternative", boundary=f"----=_Part_{i}_{zlib.crc32(m['slug'].encode())%99999}")
        msg.attach(make_part(text, "plain", charset, cte))
        msg.attach(make_part(to_html(text), "html", charset, cte))
    top = []
    top.append(("Return-Path", m.get("return_path", f"<{m['addr']}>")))
    top.append(("From", m.get("from") or (formataddr((m["name"], m["addr"]), charset="utf-8") if m["name"] else m["addr"])))
    top.append(("To", m.get("to", EAFC_FULL)))
    if m.get("cc"):
        top.append(("Cc", m["cc"]))
    subj = m.get("subject")
    if subj is None:
        pre = {"outlook": "RE: ", "owa": "RE: ", "zimbra": "RE: ", "orange": "RE: "}.get(m["client"], "Re: ")
        if m.get("quote") == "fwd":
            pre = "TR: " if m["client"] in ("outlook", "owa", "thunderbird", "zimbra") else "Fwd: "
        subj = pre + f"Invitation : {m['course']}"
    top.append(("Subject", subj))
    top.append(("Date", m["date"]))
    dom = m.get("msgid_domain", m["addr"].split("@")[-1])
    top.append(("Message-ID", m.get("msgid", f"<{(zlib.crc32(m['slug'].encode()) % 10**10):010d}.{i}@{dom}>")))
    if m.get("threaded", m.get("quote", "yes") in ("yes", "bottom")):
        ref = f"<invitation-2026-{m.get('inv', 100):03d}@ac-grenoble.fr>"
        top.append(("In-Reply-To", ref))
        top.append(("References", ref))
    k, v = MAILERS.get(m["client"], (None, None))
    if k:
        top.append((k, v))
    top.extend(m.get("headers", []))
    top.append(("MIME-Version", "1.0"))
    msg._headers = top + [h for h in msg._headers if h[0] != "MIME-Version"]
    enc_headers(msg)
    raw = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if m.get("crlf") else "\n", max_line_length=998))
    return raw


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
