import glob, importlib.util, os, tomllib, json
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
D = os.path.dirname(os.path.abspath(__file__))
INV = "invitation-2026-%03d@ac-grenoble.fr"
def q(s): return json.dumps(s, ensure_ascii=False)
msgs = []
for f in sorted(glob.glob(os.path.join(D, "messages_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    msgs += m.MESSAGES
out = []
for i, m in enumerate(msgs, 1):
    fn = "%03d-%s.eml" % (i, m["slug"])
    e = EmailMessage(policy=policy.default.clone(linesep="\r\n" if i % 2 else "\n"))
    if m.get("return_path", True): e["Return-Path"] = "<%s>" % m.get("rp", m["addr"])
    e["From"] = "%s <%s>" % (m["name"], m["addr"]) if m["name"] else m["addr"]
    e["To"] = m.get("to", "formation-magistere@ac-grenoble.fr")
    e["Subject"] = m["subject"]
    e["Date"] = m["date"]
    e["Message-ID"] = "<%s.%d@%s>" % (m["slug"], i * 7919, m["addr"].split("@")[1])
    if m.get("inv"):
        e["In-Reply-To"] = "<%s>" % (INV % m["inv"]); e["References"] = "<%s>" % (INV % m["inv"])
    for k, v in m.get("headers", {}).items(): e[k] = v
    body = m["body"]
    cs = m.get("charset", "utf-8"); cte = m.get("cte", "8bit")
    if cs != "utf-8" and cte == "8bit" and not all(ord(c) < 256 for c in body): cs = "utf-8"
    if m.get("html"):
        import html
        h = "<html><body>" + "".join("<p>%s</p>" % html.escape(p) for p in body.split("\n")) + "</body></html>"
        if m["html"] == "only": e.set_content(h, subtype="html", charset=cs, cte=cte if cte != "8bit" else "quoted-printable")
        else:
            e.set_content(body, charset=cs, cte=cte); e.add_alternative(h, subtype="html", charset=cs, cte="quoted-printable")
    else:
        e.set_content(body, charset=cs, cte=cte)
    open(os.path.join(D, fn), "wb").write(e.as_bytes())
    L = ['[%s]' % q(fn), 'profile = %s' % q(m["profile"]), 'topics = [%s]' % ", ".join(q(t) for t in m["topics"]),
         'action = %s' % q(m["action"]), 'why = %s' % q(m["why"]), 'clauses = [']
    for t, l in m["clauses"]: L.append('  { text = %s, label = %s },' % (q(t), q(l)))
    L.append(']\n'); out.append("\n".join(L))
    # check
    p = BytesParser(policy=policy.default).parsebytes(open(os.path.join(D, fn), "rb").read())
    part = p.get_body(preferencelist=("plain", "html")); txt = part.get_content()
    import html as H
    txt2 = H.unescape(txt)
    for t, l in m["clauses"]:
        assert t in body, (fn, t)
    assert m["action"] in ("reply", "escalate", "ignore") and m["profile"] in ("academic", "university", "other")
    order = ["forgotten_username", "forgotten_password", "login", "find_course"]
    assert m["topics"] == [t for t in order if t in m["topics"]], fn
    for t, l in m["clauses"]: assert l in order + ["greeting","thanks","context","small_talk","other_request","unclear","robot"], (fn, l)
open(os.path.join(D, "labels.toml"), "w", encoding="utf-8").write("\n".join(out))
tomllib.load(open(os.path.join(D, "labels.toml"), "rb"))
print(len(msgs), "messages ok")
