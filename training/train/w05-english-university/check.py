import glob, os, tomllib, email, re
from email import policy
H = os.path.dirname(os.path.abspath(__file__))
lab = tomllib.load(open(os.path.join(H, "labels.toml"), "rb"))
emls = sorted(os.path.basename(p) for p in glob.glob(os.path.join(H, "*.eml")))
assert set(emls) == set(lab), (set(emls) ^ set(lab))
ORDER = ["forgotten_username", "forgotten_password", "login", "find_course"]
CL = set(ORDER) | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}
norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
for f in emls:
    m = email.message_from_bytes(open(os.path.join(H, f), "rb").read(), policy=policy.default)
    txt = ""
    for part in m.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() == "message/delivery-status":
            try: txt += part.get_content() + "\n"
            except Exception: txt += str(part.get_payload()) + "\n"
    L = lab[f]
    assert L["profile"] in ("academic", "university", "other"), f
    assert L["action"] in ("reply", "escalate", "ignore"), f
    assert L["topics"] == [t for t in ORDER if t in L["topics"]], f
    import html as H2
    t2 = norm(H2.unescape(re.sub(r"<br>", "\n", txt)))
    for c in L["clauses"]:
        assert c["label"] in CL, (f, c)
        assert norm(c["text"]) in t2, (f, c["text"])
print("OK", len(emls))
