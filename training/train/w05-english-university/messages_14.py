MESSAGES = [
dict(slug="ac-sender-uga-student-find-iphone", name="Sofia Marchand", addr="sofia.marchand@ac-grenoble.fr",
 date="Thu, 08 Apr 2027 07:55:12 +0200", client="iphone", charset="utf-8", cte="qp", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonjour, je suis AED et étudiante à l'UGA, je me suis connectée avec mon compte étudiant UGA comme demandé but the course isn't there. Merci""",
 profile="university", topics=["find_course"], action="reply",
 why="ac-grenoble.fr sender who logged in with her UGA student account; course not there",
 clauses=[("Bonjour,","greeting"),("je suis AED et étudiante à l'UGA, je me suis connectée avec mon compte étudiant UGA comme demandé","context"),
  ("but the course isn't there.","find_course"),("Merci","thanks")]),

dict(slug="lecturer-teacher-numen-own-academic", name="Françoise Tissot", addr="francoise.tissot@univ-smb.fr",
 date="Thu, 08 Apr 2027 12:40:36 +0200", client="thunderbird", charset="iso-8859-1", cte="qp", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Certifiée d'anglais au lycée Vaugelas et chargée de cours à l'USMB. Je suis inscrite avec mon compte académique (ftissot). I typed my NUMEN in capitals as the password and it's refused. Could it be that I changed it years ago?

Merci""",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="USMB sender who says she is enrolled with her academic account; default password refused",
 clauses=[("Bonjour,","greeting"),("Certifiée d'anglais au lycée Vaugelas et chargée de cours à l'USMB.","context"),
  ("Je suis inscrite avec mon compte académique (ftissot).","context"),("I typed my NUMEN in capitals as the password and it's refused.","forgotten_password"),
  ("Could it be that I changed it years ago?","forgotten_password"),("Merci","thanks")]),

dict(slug="intl-phd-gmail-list-no-account", name="Arash Tehrani", addr="arash.tehrani90@gmail.com",
 date="Thu, 08 Apr 2027 17:22:08 +0200", client="gmail", fmt="alt", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

I did research stays at UGA, Grenoble INP and Université Savoie Mont Blanc. I can't find where to log in on the M@gistère page.

Thanks,
Arash""",
 profile="other", topics=["login"], action="reply",
 why="list of universities, no own account named; gmail: other; cannot find where to log in",
 clauses=[("Hello,","greeting"),("I did research stays at UGA, Grenoble INP and Université Savoie Mont Blanc.","context"),
  ("I can't find where to log in on the M@gistère page.","login"),("Thanks,","thanks")]),

dict(slug="inp-admin-colleague-numen-pwd", name="Gilles Rivière", addr="gilles.riviere@grenoble-inp.fr",
 date="Fri, 09 Apr 2027 09:33:44 +0200", client="owa", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Un collègue enseignant du secondaire m'a dicté son NUMEN pour que je teste : 11E4455667XYZ. Évidemment ça ne marche pas. Moi je suis personnel administratif de Grenoble INP, how do I log in?

Cordialement,""",
 sig="Gilles Rivière\nDirection des affaires juridiques - Grenoble INP",
 profile="university", topics=["login"], action="reply",
 why="INP admin; a colleague's NUMEN changes nothing; asks how to log in",
 clauses=[("Bonjour,","greeting"),("Un collègue enseignant du secondaire m'a dicté son NUMEN pour que je teste : 11E4455667XYZ.","context"),
  ("Évidemment ça ne marche pas.","context"),("Moi je suis personnel administratif de Grenoble INP, how do I log in?","login"),("Cordialement,","thanks")]),

dict(slug="uga-student-ask-trainer-content", name="Clément Vidal", addr="clement.vidal@etu.univ-grenoble-alpes.fr",
 date="Fri, 09 Apr 2027 15:02:11 +0200", client="roundcube", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Hello,

In module 2, the quiz says I failed but all my answers look right. Can someone check my results?

Clément""",
 profile="university", topics=[], action="escalate",
 why="problem inside the course (quiz results)",
 clauses=[("Hello,","greeting"),("In module 2, the quiz says I failed but all my answers look right.","other_request"),("Can someone check my results?","other_request")]),

dict(slug="auto-ack-inspe-secretariat", raw="""Return-Path: <secretariat-inspe@univ-grenoble-alpes.fr>
From: "Secrétariat INSPÉ" <secretariat-inspe@univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_automatique?=
Date: Fri, 09 Apr 2027 18:00:03 +0200
Message-ID: <ack-inspe-2211@univ-grenoble-alpes.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Le secrétariat est fermé pendant les vacances de printemps. Votre message sera lu à partir du 26 avril.
The office is closed for the spring holidays.
""", profile="university", topics=[], action="ignore",
 why="automatic acknowledgement from a service mailbox",
 clauses=[("Le secrétariat est fermé pendant les vacances de printemps.","robot"),("Votre message sera lu à partir du 26 avril.","robot"),
  ("The office is closed for the spring holidays.","robot")]),
]
