MESSAGES = [
dict(slug="ac-sender-uga-phd-login", name="Pierre Lanthier", addr="pierre.lanthier@ac-grenoble.fr",
 date="Tue, 30 Mar 2027 18:22:10 +0200", client="zimbra", charset="utf-8", cte="qp", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Professeur de philosophie et doctorant à l'UGA ; on m'a inscrit avec mon compte UGA de doctorant. I don't know which button to use for that account, the blue one didn't work.

Merci""",
 sig="P. Lanthier",
 profile="university", topics=["login"], action="reply",
 why="ac-grenoble.fr sender who says he is enrolled with his UGA doctoral account; tried the academic button",
 clauses=[("Bonjour,","greeting"),("Professeur de philosophie et doctorant à l'UGA ; on m'a inscrit avec mon compte UGA de doctorant.","context"),
  ("I don't know which button to use for that account,","login"),("the blue one didn't work.","login"),("Merci","thanks")]),

dict(slug="usmb-student-username-gmail-html", name="Finn Larsen", addr="finn.larsen.dk@gmail.com",
 date="Wed, 31 Mar 2027 09:10:45 +0200", client="gmail", fmt="html", course="Didactique des mathématiques au lycée", inv=110,
 text="""Hej,

I'm an exchange student at USMB (Annecy). I have a USMB account but forgot the username. Thanks for helping!

Finn""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="gmail sender with a USMB account; forgot the username",
 clauses=[("Hej,","greeting"),("I'm an exchange student at USMB (Annecy).","context"),("I have a USMB account but forgot the username.","forgotten_username"),("Thanks for helping!","thanks")]),

dict(slug="inp-researcher-certificate-pwd", name="Marta Nowak", addr="marta.nowak@grenoble-inp.fr",
 date="Wed, 31 Mar 2027 13:27:09 +0200", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

Two things: I've forgotten my INP password, and I'll need a certificate at the end for my "Qualification" file. Can you help with both?

Marta Nowak""",
 profile="university", topics=["forgotten_password"], action="escalate",
 why="forgotten password (guide) plus a certificate request",
 clauses=[("Hello,","greeting"),("Two things: I've forgotten my INP password,","forgotten_password"),
  ("and I'll need a certificate at the end for my \"Qualification\" file.","other_request"),("Can you help with both?","other_request")]),

dict(slug="teacher-ac-english-login-iphone", name="Jack Fournier", addr="jack.fournier@ac-grenoble.fr",
 date="Wed, 31 Mar 2027 19:40:33 +0200", client="iphone", course="Évaluer par compétences", inv=105,
 text="""Hi, the academic portal keeps sending me back to the M@gistère page without logging me in. Is there something I'm doing wrong?""",
 profile="academic", topics=["login"], action="reply",
 why="teacher of the académie: login loop",
 clauses=[("Hi,","greeting"),("the academic portal keeps sending me back to the M@gistère page without logging me in.","login"),("Is there something I'm doing wrong?","login")]),

dict(slug="oof-iphone-usmb", raw="""Return-Path: <>
From: Noah Girard <noah.girard@univ-smb.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Absence_du_bureau_/_Out_of_office?=
Date: Thu, 01 Apr 2027 08:00:00 +0200
Message-ID: <oof-usmb-1144@univ-smb.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Absent jusqu'au 12 avril (colloque à Montréal). Back on 12 April.
""", profile="university", topics=[], action="ignore",
 why="out-of-office",
 clauses=[("Absent jusqu'au 12 avril (colloque à Montréal).","robot"),("Back on 12 April.","robot")]),

dict(slug="phd-usmb-quit-course", name="Nina Kovač", addr="nina.kovac@univ-smb.fr",
 date="Thu, 01 Apr 2027 11:36:22 +0200", client="thunderbird", charset="utf-8", cte="qp", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

I'm defending my thesis in May and won't have time for the course after all. Please withdraw my registration, and sorry for the inconvenience.

Nina Kovač""",
 profile="university", topics=[], action="escalate",
 why="asks to withdraw from the course",
 clauses=[("Hello,","greeting"),("I'm defending my thesis in May and won't have time for the course after all.","context"),
  ("Please withdraw my registration,","other_request"),("and sorry for the inconvenience.","small_talk")]),

dict(slug="uga-international-office-which", name="Hélène Dubois-Carter", addr="helene.dubois-carter@univ-grenoble-alpes.fr",
 date="Thu, 01 Apr 2027 15:15:49 +0200", client="owa", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonjour,

I work at the UGA international office. Quand je clique sur le bouton violet, je dois choisir un guichet : which one, "SUPIDP - Université Grenoble Alpes"?

Merci""",
 sig="Hélène Dubois-Carter\nDirection des relations internationales - UGA",
 profile="university", topics=["login"], action="reply",
 why="UGA staff checks which portal to choose",
 clauses=[("Bonjour,","greeting"),("I work at the UGA international office.","context"),
  ("Quand je clique sur le bouton violet, je dois choisir un guichet : which one, \"SUPIDP - Université Grenoble Alpes\"?","login"),("Merci","thanks")]),

dict(slug="parent-volunteer-no-voice-other", name="Simon Blackwood", addr="simon.blackwood@sfr.fr",
 date="Fri, 02 Apr 2027 09:20:11 +0200", client="thunderbird", course="Conduire un projet eTwinning", inv=113,
 text="""Hello,

I'm a British researcher at the ESRF, helping a collège with its eTwinning project. I got a M@gistère username by email but the password link says my email address is not recognised.

Simon""",
 profile="other", topics=["forgotten_password"], action="escalate",
 why="guest account: the password-recovery page does not recognise his address, which the guide cannot fix",
 clauses=[("Hello,","greeting"),("I'm a British researcher at the ESRF, helping a collège with its eTwinning project.","context"),
  ("I got a M@gistère username by email","context"),("but the password link says my email address is not recognised.","forgotten_password")]),

dict(slug="uga-student-done-thanks-fr", name="Marion Chevallier", addr="marion.chevallier@etu.univ-grenoble-alpes.fr",
 date="Fri, 02 Apr 2027 14:02:58 +0200", client="gmail_mobile", fmt="alt", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""C'est bon j'ai réussi à me connecter, thanks!""",
 profile="university", topics=[], action="ignore",
 why="closes the matter",
 clauses=[("C'est bon j'ai réussi à me connecter,","context"),("thanks!","thanks")]),

dict(slug="lecturer-mobile-find-course-samsung", name="Yannick Olsen", addr="yannick.olsen@univ-grenoble-alpes.fr",
 date="Fri, 02 Apr 2027 18:45:30 +0200", client="samsung", charset="utf-8", cte="qp", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonjour, connecté via UGA, mais "Tous mes parcours" is empty. Merci""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA lecturer logged in, course list empty",
 clauses=[("Bonjour,","greeting"),("connecté via UGA,","context"),("mais \"Tous mes parcours\" is empty.","find_course"),("Merci","thanks")]),
]
