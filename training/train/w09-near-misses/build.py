#!/usr/bin/env python3
"""Wrap the hand-written texts of messages_NN.py into .eml files and one labels.toml."""
import glob, importlib.util, os, tomllib, email, re, hashlib
from email import policy
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64, SHORTEST
from email.utils import format_datetime, formataddr
from email.header import Header
from datetime import datetime, timedelta, timezone
import html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
INV_FROM = "EAFC Grenoble <formation-magistere@ac-grenoble.fr>"
TO = "formation-magistere@ac-grenoble.fr"
PROFILES = {"academic", "university", "other"}
TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
ACTIONS = {"reply", "escalate", "ignore"}
CLAUSES = set(TOPICS) | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}
MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-Mailer", None),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Linux)/9.0.0_GA_4583)"),
    "gmail": (None, None),
    "gmail_mobile": (None, None),
    "iphone": ("X-Mailer", "iPhone Mail (21F90)"),
    "applemail": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0"),
    "samsung": ("X-Mailer", None),
    "orange": ("X-Mailer", "Orange Webmail"),
    "yahoo": ("X-Mailer", "WebService/1.1.22 YMailNorrin"),
    "robot": (None, None),
}

def load():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    return msgs

def invitation(course, when):
    return (f"Bonjour,\n\nVous êtes inscrit(e) à la formation « {course} » proposée par l'EAFC de l'académie de Grenoble.\n"
            f"Le parcours est accessible sur la plateforme M@gistère : https://magistere.education.fr/ac-grenoble/\n"
            f"Connectez-vous avec vos identifiants puis cliquez sur le titre de la formation.\n\n"
            f"Bien cordialement,\nL'équipe EAFC Grenoble\n")

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

def quoted(m, inv_date, body):
    q = m.get("q", "full")
    course = m["course"]
    inv = invitation(course, inv_date)
    d = inv_date
    if q == "none":
        return body
    client = m["c"]
    if q == "fwd":
        head = (f"-------- Message transféré --------\nSujet : \tInvitation : {course}\nDate : \t{d.strftime('%d/%m/%Y %H:%M')}\n"
                f"De : \t{INV_FROM}\nPour : \t{m['a']}\n\n")
        return body + "\n\n" + head + inv
    if client in ("outlook", "owa", "samsung") and q == "full":
        head = ("________________________________\n" if client == "owa" else "-----Message d'origine-----\n" if client == "samsung" else "")
        head += (f"De : {INV_FROM}\nEnvoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS_FULL[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
                 f"À : {m['a']}\nObjet : Invitation : {course}\n\n")
        return body + "\n\n" + head + inv
    if client == "zimbra":
        head = (f"----- Mail original -----\nDe: \"EAFC Grenoble\" <formation-magistere@ac-grenoble.fr>\nÀ: {m['a']}\n"
                f"Envoyé: {FR_DAYS[d.weekday()].capitalize()} {d.day} {FR_MONTHS_FULL[d.month-1].capitalize()} {d.year} {d.strftime('%H:%M:%S')}\n"
                f"Objet: Invitation : {course}\n\n")
        return body + "\n\n" + head + inv
    if client == "orange":
        head = (f"> Message du {d.strftime('%d/%m/%y %H:%M')}\n> De : \"EAFC Grenoble\" <formation-magistere@ac-grenoble.fr>\n"
                f"> A : {m['a']}\n> Copie à : \n> Objet : Invitation : {course}\n>\n")
        return body + "\n\n" + head + "\n".join("> " + l if l else ">" for l in inv.splitlines()) + "\n"
    if client in ("iphone", "applemail"):
        att = f"> Le {d.day} {FR_MONTHS[d.month-1]} {d.year} à {d.strftime('%H:%M')}, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n>\n"
        return body + "\n\n" + att + "\n".join("> " + l if l else ">" for l in inv.splitlines()) + "\n"
    if client == "yahoo":
        att = f"Le {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month-1].rstrip('.')} {d.year} à {d.strftime('%H:%M:%S')} UTC+1, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :\n\n"
        return body + "\n\n" + att + "\n".join("> " + l if l else ">" for l in inv.splitlines()) + "\n"
    if client == "thunderbird":
        att = f"Le {d.strftime('%d/%m/%Y')} à {d.strftime('%H:%M')}, EAFC Grenoble a écrit :\n"
        return body + "\n\n" + att + "\n".join("> " + l if l else ">" for l in inv.splitlines()) + "\n"
    # gmail & default
    att = (f"Le {FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS[d.month-1]} {d.year} à {d.strftime('%H:%M')}, EAFC Grenoble <\n"
           f"formation-magistere@ac-grenoble.fr> a écrit :\n\n")
    return body + "\n\n" + att + "\n".join("> " + l if l else ">" for l in inv.splitlines()) + "\n"

def to_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + htmlmod.escape(para, quote=False).replace("\n", "<br>\n") + "</p>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"

def part(text, sub, cs, enc):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    p = MIMEText("", sub, cs)
    del p["Content-Transfer-Encoding"]
    p.set_payload(text, c)
    return p

def build_one(i, m):
    base = datetime(2026, 9, 7, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    inv_no = 100 + (i * 7) % 380
    inv_date = base + timedelta(days=(i * 3) % 60, hours=(i * 5) % 9)
    date = (inv_date + timedelta(days=(i * 11) % 5)).replace(hour=7 + (i * 7) % 15, minute=(i * 13) % 60, second=(i * 17) % 60)
    if date <= inv_date:
        date += timedelta(days=1)
    own = m["body"].strip("\n")
    if m.get("sig"):
        own += "\n\n" + m["sig"].strip("\n")
    full = quoted(m, inv_date, own) if m["c"] != "robot" else own
    cs = m.get("cs", "utf-8"); enc = m.get("e", "qp"); h = m.get("h", "plain")
    if h == "plain":
        msg = part(full, "plain", cs, enc)
    elif h == "html":
        msg = part(to_html(full).replace("charset=utf-8", f"charset={cs}"), "html", cs, enc)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(part(full, "plain", cs, enc))
        msg.attach(part(to_html(full).replace("charset=utf-8", f"charset={cs}"), "html", cs, enc))
    inv_id = f"<invitation-2026-{inv_no:03d}@ac-grenoble.fr>"
    dom = m["a"].split("@")[1]
    hsh = hashlib.md5(m["s"].encode()).hexdigest()
    hdr = {}
    hdr["Return-Path"] = m.get("rp", f"<{m['a']}>")
    hdr["From"] = formataddr((m["n"], m["a"]), charset=m.get("hcs", "utf-8")) if m["n"] else m["a"]
    hdr["To"] = m.get("to", TO)
    subj = m.get("subj")
    if subj is None:
        pre = {"outlook": "RE: ", "owa": "RE: ", "zimbra": "Re: ", "samsung": "RE: ", "thunderbird": "Re: "}.get(m["c"], "Re: ")
        if m.get("q") == "fwd": pre = "Fwd: " if m["c"] not in ("outlook", "owa") else "TR: "
        subj = f"{pre}Invitation : {m['course']}"
    hdr["Subject"] = Header(subj, m.get("hcs", "utf-8")).encode() if not subj.isascii() else subj
    hdr["Date"] = format_datetime(date)
    hdr["Message-ID"] = f"<{hsh[:16]}.{i}@{dom if m['c']!='gmail' and m['c']!='gmail_mobile' else 'mail.gmail.com'}>"
    if m.get("irt", m.get("q", "full") != "none" and m["c"] != "robot"):
        hdr["In-Reply-To"] = inv_id
        hdr["References"] = inv_id
    k, v = MAILERS.get(m["c"], (None, None))
    if k and v:
        hdr[k] = v
    for kk, vv in m.get("xh", {}).items():
        hdr[kk] = vv
    for kk, vv in hdr.items():
        msg[kk] = vv
    # order: put routing headers first
    items = [(kk, msg[kk]) for kk in hdr] 
    for kk in hdr: del msg[kk]
    mime = list(msg.items())
    for kk, _ in mime: del msg[kk]
    for kk, vv in items + [("MIME-Version", "1.0")] + [x for x in mime if x[0] != "MIME-Version"]:
        msg[kk] = vv
    raw = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if i % 3 else "\n"))
    return raw, own

def toml_str(s):
    out = ['"']
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append('\\u%04x' % ord(ch))
        else: out.append(ch)
    out.append('"'); return "".join(out)

def body_text(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/plain"] or [p for p in msg.walk() if p.get_content_type() == "text/html"]
    t = parts[0].get_content()
    if parts[0].get_content_type() == "text/html":
        t = htmlmod.unescape(re.sub(r"<[^>]+>", "", t))
    return t.replace("\r\n", "\n")

def main():
    msgs = load()
    for f in glob.glob(os.path.join(HERE, "*.eml")): os.remove(f)
    seen = set(); lines = []; errors = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['s']}.eml"
        assert m["s"] not in seen, m["s"]; seen.add(m["s"])
        raw, own = build_one(i, m)
        with open(os.path.join(HERE, name), "wb") as fh: fh.write(raw)
        p, t, a = m["p"], m["t"], m["act"]
        if p not in PROFILES: errors.append(f"{name}: profile {p}")
        if a not in ACTIONS: errors.append(f"{name}: action {a}")
        if any(x not in TOPICS for x in t) or t != sorted(t, key=TOPICS.index): errors.append(f"{name}: topics {t}")
        text = body_text(raw)
        norm = lambda s: re.sub(r"\s+", " ", s)
        for ct, cl in m["cl"]:
            if cl not in CLAUSES: errors.append(f"{name}: clause label {cl}")
            if norm(ct) not in norm(text) or norm(ct) not in norm(m["body"]): errors.append(f"{name}: clause not in text: {ct!r}")
        lines.append(f"[{toml_str(name)}]")
        lines.append(f"profile = {toml_str(p)}")
        lines.append("topics = [" + ", ".join(toml_str(x) for x in t) + "]")
        lines.append(f"action = {toml_str(a)}")
        lines.append(f"why = {toml_str(m['why'])}")
        lines.append("clauses = [")
        for ct, cl in m["cl"]:
            lines.append(f"  {{ text = {toml_str(ct)}, label = {toml_str(cl)} }},")
        lines.append("]\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh: fh.write("\n".join(lines))
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh: lab = tomllib.load(fh)
    emls = {os.path.basename(f) for f in glob.glob(os.path.join(HERE, "*.eml"))}
    if set(lab) != emls: errors.append("labels/eml mismatch")
    from collections import Counter
    print(len(msgs), "messages;", Counter(m["act"] for m in msgs), Counter(m["p"] for m in msgs))
    print(Counter(x for m in msgs for x in m["t"]))
    for e in errors: print("ERROR", e)

if __name__ == "__main__":
    main()
