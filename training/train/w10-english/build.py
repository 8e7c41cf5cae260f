#!/usr/bin/env python3
"""Wrap the hand-written texts of messages_NN.py into .eml files and one labels.toml.

Standard library only. Each messages_NN.py defines MESSAGES, a list of dicts (keys below).
  s     slug                      n, a   sender name and address
  d     "MM-DD HH:MM" (2026, +0100)   c    client style (see CLIENTS)
  cs    charset  enc  8bit|qp|b64  fmt  plain|html|alt
  q     quote the invitation (default True); "fwd" = forwarded invitation
  irt   keep In-Reply-To/References (default True)   subj  subject override
  co    course title   inv  invitation number
  b     the sender's own text      sig  signature (after the text)
  inline  list of (quoted_line_block, answer) for answers typed between quoted lines
  robot oof|bounce|mdn|list  h  extra headers (dict or list of pairs)   rp  Return-Path override
  p t act why cl   labels (profile, topics, action, why, clauses as (text, label) pairs)
"""
import base64, zlib, glob, html, importlib.util, os, quopri, re, sys, tomllib
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
DAYS_FR_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON_FR_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"]
EAFC = "formation-magistere@ac-grenoble.fr"
EAFC_FULL = "EAFC Grenoble <formation-magistere@ac-grenoble.fr>"
URL = "https://magistere.education.fr/ac-grenoble/"
TRAINERS = ["Claire Vasseur", "Julien Rey", "Sophie Marchand", "Nadia Benali", "Thomas Girard",
            "Hélène Fabre", "Marc Lefort", "Isabelle Gautier"]

CLIENTS = {
    # name: (quote style, default fmt, default enc, mailer header, tagline)
    "outlook_en": ("outlook_en", "alt", "qp", ("X-Mailer", "Microsoft Outlook 16.0"), None),
    "outlook_fr": ("outlook_fr", "alt", "qp", ("X-Mailer", "Microsoft Outlook 16.0"), None),
    "owa_en": ("owa_en", "html", "qp", None, None),
    "outlook_ios": ("outlook_ios", "alt", "b64", None, "Get Outlook for iOS<https://aka.ms/o0ukef>"),
    "outlook_android": ("outlook_ios", "alt", "b64", None, "Get Outlook for Android<https://aka.ms/AAb9ysg>"),
    "zimbra_fr": ("zimbra_fr", "alt", "qp",
                  ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF121 (Win)/9.0.0_GA_4583)"), None),
    "zimbra_en": ("zimbra_en", "alt", "qp",
                  ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC120 (Mac)/9.0.0_GA_4583)"), None),
    "gmail_en": ("gmail_en", "alt", "qp", None, None),
    "gmail_fr": ("gmail_fr", "alt", "qp", None, None),
    "gmail_mobile_en": ("gmail_en", "alt", "b64", None, None),
    "iphone_en": ("apple_en", "plain", "qp", ("X-Mailer", "iPhone Mail (21F90)"), "Sent from my iPhone"),
    "iphone_fr": ("apple_fr", "plain", "qp", ("X-Mailer", "iPhone Mail (21F90)"), "Envoyé de mon iPhone"),
    "applemail_en": ("apple_en", "alt", "qp", ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), None),
    "ipad_en": ("apple_en", "plain", "8bit", ("X-Mailer", "iPad Mail (21F90)"), "Sent from my iPad"),
    "thunderbird_en": ("tb_en", "plain", "8bit",
                       ("User-Agent", "Mozilla Thunderbird 115.6.0"), None),
    "thunderbird_fr": ("tb_fr", "plain", "8bit",
                       ("User-Agent", "Mozilla Thunderbird 128.3.1"), None),
    "samsung_en": ("samsung_en", "alt", "b64", None, "Sent from my Galaxy"),
    "samsung_fr": ("samsung_fr", "alt", "b64", None, "Envoyé depuis mon appareil Galaxy"),
    "orange": ("orange", "alt", "qp", ("X-Mailer", "Orange Mail"), None),
    "yahoo_en": ("yahoo_en", "alt", "qp",
                 ("X-Mailer", "WebService/1.1.22941 YMailNorrin"), None),
    "yahoo_fr": ("yahoo_fr", "alt", "qp",
                 ("X-Mailer", "WebService/1.1.22941 YMailNorrin"), None),
    "roundcube": ("roundcube", "plain", "qp", ("User-Agent", "Roundcube Webmail/1.6.5"), None),
    "plain_new": (None, "plain", "8bit", None, None),
}


def crc(x):
    return zlib.crc32(repr(x).encode())


def dt(d):
    return datetime.strptime("2026-" + d, "%Y-%m-%d %H:%M")


def rfcdate(t, sec=0):
    return "%s, %02d %s %d %02d:%02d:%02d +0100" % (DAYS_EN[t.weekday()], t.day, MON_EN[t.month - 1],
                                                     t.year, t.hour, t.minute, sec)


def course_of(m):
    return m.get("co", "Évaluer par compétences")


def inv_id(m):
    return "<invitation-2026-%03d@ac-grenoble.fr>" % m.get("inv", 100)


def inv_time(m):
    t = dt(m["d"])
    n = m.get("inv", 100)
    back = timedelta(days=1 + n % 9, hours=n % 5)
    it = t - back
    return it.replace(hour=8 + n % 3, minute=(n * 7) % 60)


def invitation_text(m):
    co = course_of(m)
    tr = TRAINERS[m.get("inv", 100) % len(TRAINERS)]
    return ("Bonjour,\n\n"
            "Vous êtes inscrit(e) à la formation « %s » proposée par l'École académique de la "
            "formation continue (EAFC) de l'académie de Grenoble.\n\n"
            "La partie à distance de cette formation se déroule sur la plateforme M@gistère. "
            "Pour rejoindre le parcours, connectez-vous à l'adresse suivante :\n%s\n\n"
            "Vous trouverez le parcours dans la rubrique « Mes parcours » de votre page d'accueil.\n"
            "En cas de difficulté de connexion, consultez le guide « Comment rejoindre une e-formation "
            "sur M@gistère ? » joint à ce message.\n\n"
            "Votre formateur : %s\n\n"
            "Bonne formation,\n"
            "L'équipe de l'EAFC Grenoble\n"
            "Ce message est envoyé automatiquement, merci de ne pas modifier son objet." % (co, URL, tr))


def inv_subject(m):
    return "Invitation : %s" % course_of(m)


def gt(lines, pref="> "):
    return "\n".join((pref + l) if l else pref.rstrip() for l in lines.split("\n"))


def quote_block(m, style):
    it = inv_time(m)
    inv = invitation_text(m)
    subj = inv_subject(m)
    w = it.weekday()
    if style == "outlook_en":
        return ("\n\nFrom: EAFC Grenoble <%s>\nSent: %s, %d %s %d %02d:%02d\nTo: %s\nSubject: %s\n\n%s"
                % (EAFC, DAYS_EN_LONG[w], it.day, MON_EN_LONG[it.month - 1], it.year, it.hour, it.minute,
                   m["a"], subj, inv))
    if style == "outlook_fr":
        return ("\n\nDe : EAFC Grenoble <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                % (EAFC, DAYS_FR_LONG[w], it.day, MON_FR_LONG[it.month - 1], it.year, it.hour, it.minute,
                   m["a"], subj, inv))
    if style == "owa_en":
        return ("\n\n________________________________\nFrom: EAFC Grenoble <%s>\nSent: %02d %s %d %02d:%02d\n"
                "To: %s <%s>\nSubject: %s\n\n%s"
                % (EAFC, it.day, MON_EN_LONG[it.month - 1], it.year, it.hour, it.minute, m["n"], m["a"],
                   subj, inv))
    if style == "outlook_ios":
        return ("\n________________________________\nFrom: EAFC Grenoble <%s>\nSent: %s, %s %d, %d %d:%02d:%02d AM\n"
                "To: %s <%s>\nSubject: %s\n\n%s"
                % (EAFC, DAYS_EN_LONG[w], MON_EN_LONG[it.month - 1], it.day, it.year, it.hour, it.minute, 0,
                   m["n"], m["a"], subj, inv))
    if style == "zimbra_fr":
        return ("\n\n----- Mail original -----\nDe: \"EAFC Grenoble\" <%s>\nÀ: \"%s\" <%s>\n"
                "Envoyé: %s %d %s %d %02d:%02d:00\nObjet: %s\n\n%s"
                % (EAFC, m["n"], m["a"], DAYS_FR_LONG[w].capitalize(), it.day, MON_FR_LONG[it.month - 1],
                   it.year, it.hour, it.minute, subj, inv))
    if style == "zimbra_en":
        return ("\n\n----- Original Message -----\nFrom: \"EAFC Grenoble\" <%s>\nTo: \"%s\" <%s>\n"
                "Sent: %s, %s %d, %d %d:%02d:00 AM\nSubject: %s\n\n%s"
                % (EAFC, m["n"], m["a"], DAYS_EN_LONG[w], MON_EN_LONG[it.month - 1], it.day, it.year,
                   it.hour, it.minute, subj, inv))
    if style == "gmail_en":
        return ("\n\nOn %s, %d %s %d at %02d:%02d, EAFC Grenoble <%s>\nwrote:\n\n%s"
                % (DAYS_EN[w], it.day, MON_EN[it.month - 1], it.year, it.hour, it.minute, EAFC, gt(inv)))
    if style == "gmail_fr":
        return ("\n\nLe %s %d %s %d à %02d:%02d, EAFC Grenoble <%s> a\nécrit :\n\n%s"
                % (DAYS_FR[w], it.day, MON_FR[it.month - 1], it.year, it.hour, it.minute, EAFC, gt(inv)))
    if style == "apple_en":
        return ("\n\n> On %d %s %d, at %02d:%02d, EAFC Grenoble <%s> wrote:\n>\n%s"
                % (it.day, MON_EN[it.month - 1], it.year, it.hour, it.minute, EAFC, gt(inv)))
    if style == "apple_fr":
        return ("\n\n> Le %d %s %d à %02d:%02d, EAFC Grenoble <%s> a écrit :\n>\n%s"
                % (it.day, MON_FR[it.month - 1], it.year, it.hour, it.minute, EAFC, gt(inv)))
    if style == "tb_en":
        return ("\n\nOn %02d/%02d/%d %02d:%02d, EAFC Grenoble wrote:\n%s"
                % (it.day, it.month, it.year, it.hour, it.minute, gt(inv)))
    if style == "tb_fr":
        return ("\n\nLe %02d/%02d/%d à %02d:%02d, EAFC Grenoble a écrit :\n%s"
                % (it.day, it.month, it.year, it.hour, it.minute, gt(inv)))
    if style == "samsung_en":
        return ("\n\n-------- Original message --------\nFrom: EAFC Grenoble <%s>\nDate: %02d/%02d/%d %02d:%02d (GMT+01:00)\n"
                "To: %s\nSubject: %s\n\n%s" % (EAFC, it.day, it.month, it.year, it.hour, it.minute, m["a"], subj, inv))
    if style == "samsung_fr":
        return ("\n\n-------- Message d'origine --------\nDe : EAFC Grenoble <%s>\nDate : %02d/%02d/%d %02d:%02d (GMT+01:00)\n"
                "À : %s Objet : %s\n\n%s" % (EAFC, it.day, it.month, it.year % 100, it.hour, it.minute, m["a"], subj, inv))
    if style == "orange":
        return ("\n\n> Message du %02d/%02d/%02d %02d:%02d\n> De : \"EAFC Grenoble\" <%s>\n> A : %s\n> Copie à : \n"
                "> Objet : %s\n>\n%s" % (it.day, it.month, it.year % 100, it.hour, it.minute, EAFC, m["a"], subj, gt(inv)))
    if style == "yahoo_en":
        return ("\n\nOn %s, %d %s %d at %02d:%02d:00 CET, EAFC Grenoble <%s> wrote:\n\n%s"
                % (DAYS_EN_LONG[w], it.day, MON_EN_LONG[it.month - 1], it.year, it.hour, it.minute, EAFC,
                   "\n".join(" " + l for l in inv.split("\n"))))
    if style == "yahoo_fr":
        return ("\n\nLe %s %d %s %d à %02d:%02d:00 UTC+1, EAFC Grenoble <%s> a écrit :\n\n%s"
                % (DAYS_FR_LONG[w], it.day, MON_FR_LONG[it.month - 1], it.year, it.hour, it.minute, EAFC,
                   "\n".join(" " + l for l in inv.split("\n"))))
    if style == "roundcube":
        return ("\n\nLe %d-%02d-%02d %02d:%02d, EAFC Grenoble a\u00a0écrit\u00a0:\n%s"
                % (it.year, it.month, it.day, it.hour, it.minute, gt(inv)))
    raise ValueError(style)


def forward_block(m, style):
    it = inv_time(m)
    inv = invitation_text(m)
    subj = inv_subject(m)
    if style and style.startswith("gmail"):
        return ("\n\n---------- Forwarded message ---------\nFrom: EAFC Grenoble <%s>\nDate: %s, %d %s %d at %02d:%02d\n"
                "Subject: %s\nTo: <%s>\n\n\n%s" % (EAFC, DAYS_EN[it.weekday()], it.day, MON_EN[it.month - 1], it.year,
                                                  it.hour, it.minute, subj, m.get("fwd_from", m["a"]), inv))
    if style and style.startswith("outlook"):
        return ("\n\nDe : EAFC Grenoble <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
                % (EAFC, DAYS_FR_LONG[it.weekday()], it.day, MON_FR_LONG[it.month - 1], it.year, it.hour,
                   it.minute, m.get("fwd_from", m["a"]), subj, inv))
    return ("\n\n-------- Forwarded Message --------\nSubject:\t%s\nDate:\t%s\nFrom:\tEAFC Grenoble <%s>\nTo:\t%s\n\n%s"
            % (subj, rfcdate(it), EAFC, m.get("fwd_from", m["a"]), inv))


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<div>" + "<br>\n".join(lines) + "</div>")
    return "\n<div><br></div>\n".join(out)


def html_doc(own_html, quote_html):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body>\n%s\n%s\n</body></html>\n" % (own_html, quote_html))


def html_quote(m, style, plain_quote):
    inv_h = to_html(invitation_text(m))
    if not plain_quote:
        return ""
    if style.startswith("gmail"):
        head = html.escape(plain_quote.strip().split("\n\n")[0].replace("\n", " "))
        return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                "rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (head, inv_h))
    if style in ("outlook_en", "outlook_fr"):
        hdr = plain_quote.strip().split("\n\n")[0]
        return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                "<p class=\"MsoNormal\">%s</p></div>%s" % ("<br>".join(html.escape(l) for l in hdr.split("\n")),
                                                           inv_h))
    if style in ("owa_en", "outlook_ios"):
        hdr = plain_quote.strip().strip("_").strip().split("\n\n")[0]
        return ("<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%%\">"
                "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
                "%s</font></div><div>%s</div>" % ("<br>".join(html.escape(l) for l in hdr.split("\n")), inv_h))
    if style.startswith("zimbra"):
        hdr = plain_quote.strip().split("\n\n")[0].split("\n")[1:]
        return ("<hr id=\"zwchr\" data-marker=\"__DIVIDER__\"><div data-marker=\"__HEADERS__\">%s</div><br>"
                "<div data-marker=\"__QUOTED_TEXT__\">%s</div>" % ("<br>".join(html.escape(l) for l in hdr), inv_h))
    if style.startswith("yahoo"):
        head = html.escape(plain_quote.strip().split("\n\n")[0])
        return ("<div class=\"ydp_yahoo_quoted\"><div>%s</div><div><blockquote>%s</blockquote></div></div>"
                % (head, inv_h))
    if style.startswith("apple"):
        head = html.escape(plain_quote.strip().split("\n")[0].lstrip("> "))
        return "<div><br><blockquote type=\"cite\"><div>%s</div><br>%s</blockquote></div>" % (head, inv_h)
    # samsung, orange and the rest: a plain block
    return "<div><br></div><div>%s</div>" % "<br>\n".join(html.escape(l) for l in plain_quote.strip().split("\n"))


def encode_part(text, ctype, cs, enc):
    data = text.replace("\n", "\r\n").encode(cs)
    if enc == "b64":
        body = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        cte = "base64"
    elif enc == "qp":
        body = quopri.encodestring(data).decode("ascii")
        body = body.replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n")
        cte = "quoted-printable"
    else:
        body = text.replace("\n", "\r\n")
        cte = "8bit"
    hdr = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n" % (ctype, cs, cte)
    return hdr, body, (body.encode(cs) if cte == "8bit" else body.encode("ascii"))


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        from email.header import Header
        return Header(value, "utf-8", maxlinelen=998).encode()


def enc_addr(name, addr):
    try:
        name.encode("ascii")
        if any(ch in name for ch in ",.;:()"):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name), addr)


def msgid(m, t):
    local, dom = m["a"].split("@")
    seed = crc((m["s"], m["a"])) % 10 ** 12
    c = m["c"]
    if c.startswith("gmail"):
        return "<CA%s%sw@mail.gmail.com>" % (base64.b32encode(m["s"].encode()[:10]).decode().rstrip("="), seed)
    if c.startswith("outlook") or c == "owa_en":
        return "<PAXP%d%s@%s.prod.outlook.com>" % (seed, m["s"][:6].upper(), "EURP193")
    if c.startswith("zimbra"):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (seed % 99999, seed % 7777, t.year, dom)
    if c.startswith(("iphone", "applemail", "ipad")):
        return "<%08X-%04X-4C2B-9E1A-%012X@%s>" % (seed % 2 ** 32, seed % 65536, seed, dom)
    if c.startswith("thunderbird"):
        return "<%08x-%04x-%04x@%s>" % (seed % 2 ** 32, seed % 65536, (seed >> 8) % 65536, dom)
    if c.startswith("yahoo"):
        return "<%d.%d@mail.yahoo.com>" % (seed, seed % 9999)
    return "<%d.%s@%s>" % (seed, m["s"].replace("-", "")[:10], dom)


def build(m):
    t = dt(m["d"])
    c = m["c"]
    style, fmt, enc, mailer, tag = CLIENTS[c]
    fmt = m.get("fmt", fmt)
    enc = m.get("enc", enc)
    cs = m.get("cs", "utf-8")
    if enc == "8bit" and cs == "us-ascii":
        pass
    own = m["b"].rstrip("\n")
    if m.get("sig"):
        own += "\n\n" + m["sig"].rstrip("\n")
    if tag and m.get("tag", True):
        own += "\n\n" + tag
    q = m.get("q", True)
    if m.get("robot"):
        q = False
    quote = ""
    if m.get("inline"):
        # answers typed between quoted lines of the invitation
        parts = [m["b"].rstrip("\n")] if m["b"].strip() else []
        it = inv_time(m)
        parts.append("Le %02d/%02d/%d à %02d:%02d, EAFC Grenoble a écrit :" % (it.day, it.month, it.year,
                                                                              it.hour, it.minute)
                     if style in ("tb_fr",) else
                     "On %02d/%02d/%d %02d:%02d, EAFC Grenoble wrote:" % (it.day, it.month, it.year, it.hour, it.minute))
        for qline, ans in m["inline"]:
            parts.append(gt(qline))
            if ans:
                parts.append(ans)
        own = "\n\n".join(parts)
        if m.get("sig"):
            own += "\n\n" + m["sig"]
        q = False
    elif q == "fwd":
        quote = forward_block(m, style or "tb")
    elif q and style:
        quote = quote_block(m, style)
    text = own + quote + "\n"
    subj = m.get("subj")
    if subj is None:
        if q == "fwd":
            subj = ("Fwd: " if (style or "").startswith(("gmail", "tb")) or style is None else "TR: ") + inv_subject(m)
        elif c.startswith(("outlook", "owa")):
            subj = "RE: " + inv_subject(m)
        elif c == "zimbra_fr":
            subj = "Re: " + inv_subject(m)
        else:
            subj = "Re: " + inv_subject(m)
    hdrs = []
    rp = m.get("rp", "<%s>" % m["a"])
    hdrs.append(("Return-Path", rp))
    hdrs.append(("Delivered-To", EAFC))
    hdrs.append(("From", m.get("from_raw") or enc_addr(m["n"], m["a"])))
    hdrs.append(("To", m.get("to", "EAFC Grenoble <%s>" % EAFC if not c.startswith("zimbra") else
                                   "\"EAFC Grenoble\" <%s>" % EAFC)))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", enc_header(subj)))
    hdrs.append(("Date", rfcdate(t, (crc(m["s"]) % 60))))
    hdrs.append(("Message-ID", m.get("mid") or msgid(m, t)))
    if m.get("irt", True) and q != "fwd" and not m.get("robot") in ("bounce",):
        hdrs.append(("In-Reply-To", inv_id(m)))
        hdrs.append(("References", inv_id(m)))
    if mailer:
        hdrs.append(mailer)
    if c.startswith(("outlook", "owa")) or c.startswith("zimbra"):
        hdrs.append(("Thread-Topic", enc_header(inv_subject(m))))
        hdrs.append(("Thread-Index", "AQH" + base64.b64encode(m["s"].encode()[:16]).decode()[:20] + "=="))
    if c.startswith(("outlook", "owa")):
        hdrs.append(("Content-Language", m.get("lang", "en-GB")))
    extra = m.get("h", [])
    if isinstance(extra, dict):
        extra = list(extra.items())
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))

    if m.get("robot") in ("bounce", "mdn") and "raw_body" not in m:
        m["raw_body"], m["ctype"] = report_body(m, t)
    if m.get("robot") in ("bounce", "mdn"):
        body_bytes = m["raw_body"].replace("\n", "\r\n").encode(cs, "replace")
        ctype = m["ctype"]
        head = "".join("%s: %s\r\n" % kv for kv in hdrs) + "Content-Type: %s\r\n" % ctype.replace("\n", "\r\n")
        return head.encode("utf-8") + b"\r\n" + body_bytes

    if fmt == "plain":
        ctype = "text/plain"
        if c.startswith("thunderbird") and enc == "8bit":
            ctype = "text/plain; format=flowed"
        ph, pbody, pbytes = encode_part(text, "text/plain", cs, enc)
        if ctype != "text/plain":
            ph = ph.replace("Content-Type: text/plain;", "Content-Type: text/plain; format=flowed;")
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hdrs) + ph
        return head.encode("utf-8") + b"\r\n" + pbytes
    own_h = to_html(own)
    quote_h = html_quote(m, style or "", quote) if q == True else (
        "<div><br></div><div>%s</div>" % "<br>\n".join(html.escape(l) for l in quote.strip().split("\n")) if quote else "")
    doc = html_doc(own_h, quote_h)
    if cs != "utf-8":
        doc = doc.replace("charset=utf-8", "charset=" + cs)
    hh, hbody, hbytes = encode_part(doc, "text/html", cs, enc if enc != "8bit" else "qp")
    if fmt == "html":
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hdrs) + hh
        return head.encode("utf-8") + b"\r\n" + hbytes
    bnd = "----=_Part_%d_%d" % (crc(m["s"]) % 99999, t.day)
    ph, pbody, pbytes = encode_part(text, "text/plain", cs, enc)
    head = "".join("%s: %s\r\n" % (k, v) for k, v in hdrs)
    head += "Content-Type: multipart/alternative; boundary=\"%s\"\r\n" % bnd
    out = head.encode("utf-8") + b"\r\n"
    out += ("--%s\r\n" % bnd).encode() + ph.encode() + b"\r\n" + pbytes + b"\r\n"
    out += ("--%s\r\n" % bnd).encode() + hh.encode() + b"\r\n" + hbytes + b"\r\n"
    out += ("--%s--\r\n" % bnd).encode()
    return out


def report_body(m, t):
    bnd = "%d/%s" % (crc(m["s"]) % 999999, m["a"].split("@")[1])
    it = inv_time(m)
    if m["robot"] == "bounce":
        fr = m.get("failed", "unknown@example.com")
        st = m.get("status", "5.1.1")
        diag = m.get("diag", "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % fr)
        orig = ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s"
                % (EAFC, EAFC_FULL, fr, m.get("orig_subj", inv_subject(m)), rfcdate(it),
                   m.get("orig_mid", inv_id(m)), m.get("orig_text", invitation_text(m)[:400])))
        body = ("This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\n"
                "Content-Type: text/plain; charset=us-ascii\n\n%s\n\n--%s\nContent-Description: Delivery report\n"
                "Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\nArrival-Date: %s\n\n"
                "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
                "Diagnostic-Code: %s\n\n--%s\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
                "%s\n\n--%s--\n" % (bnd, m["b"], bnd, m["a"].split("@")[1], rfcdate(t), fr, fr,
                                      m.get("action_dsn", "failed"), st, diag, bnd, orig, bnd))
        return body, 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd
    body = ("--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n--%s\n"
            "Content-Type: message/disposition-notification\n\nReporting-UA: %s\nFinal-Recipient: rfc822;%s\n"
            "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n"
            % (bnd, m["b"], bnd, m.get("ua", "Microsoft Outlook 16.0"), m["a"], inv_id(m), bnd))
    return body, 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd


def toml_str(s):
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
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


PROFILES = {"academic", "university", "other"}
TOPICS = ["forgotten_username", "forgotten_password", "login", "find_course"]
ACTIONS = {"reply", "escalate", "ignore"}
CLAUSES = set(TOPICS) | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, "messages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(old)
    errors = []
    toml = ["# w10-english: labels for every .eml of this folder (see training/WRITING.md)\n"]
    seen = set()
    for i, m in enumerate(msgs, 1):
        name = "%03d-%s.eml" % (i, m["s"])
        if m["s"] in seen:
            errors.append("duplicate slug " + m["s"])
        seen.add(m["s"])
        raw = build(m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        # checks
        if m["p"] not in PROFILES:
            errors.append(name + ": profile " + m["p"])
        if m["act"] not in ACTIONS:
            errors.append(name + ": action " + m["act"])
        if any(t not in TOPICS for t in m["t"]) or list(m["t"]) != sorted(m["t"], key=TOPICS.index):
            errors.append(name + ": topics " + repr(m["t"]))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    texts.append(part.get_content())
                except Exception as e:
                    errors.append(name + ": decode " + str(e))
        if m.get("robot") in ("bounce", "mdn"):
            texts = [m["raw_body"]]
        alltext = norm(html.unescape(re.sub(r"<[^>]+>", " ", " ".join(texts))))
        plain = norm(" ".join(texts))
        own = norm(m["b"] + " " + " ".join(a for _, a in m.get("inline", []) if a))
        for text, lab in m["cl"]:
            if lab not in CLAUSES:
                errors.append(name + ": clause label " + lab)
            if norm(text) not in own:
                errors.append(name + ": clause not in own text: " + text)
            if norm(text) not in plain and norm(html.escape(text, quote=False)) not in alltext and norm(text) not in alltext:
                errors.append(name + ": clause not in decoded mail: " + text)
        toml.append("[%s]\nprofile = %s\ntopics = [%s]\naction = %s\nwhy = %s\nclauses = [\n%s]\n" % (
            toml_str(name), toml_str(m["p"]), ", ".join(toml_str(t) for t in m["t"]), toml_str(m["act"]),
            toml_str(m["why"]),
            "".join("  { text = %s, label = %s },\n" % (toml_str(tx), toml_str(lb)) for tx, lb in m["cl"])))
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        lab = tomllib.load(fh)
    emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.eml")))
    if sorted(lab) != emls:
        errors.append("labels/eml mismatch")
    from collections import Counter
    print("messages:", len(msgs))
    print("action:", dict(Counter(m["act"] for m in msgs)))
    print("profile:", dict(Counter(m["p"] for m in msgs)))
    print("topics:", dict(Counter(t for m in msgs for t in m["t"])), "none:", sum(1 for m in msgs if not m["t"]))
    print("ntopics:", dict(Counter(len(m["t"]) for m in msgs)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
