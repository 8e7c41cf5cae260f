MESSAGES = [
dict(slug="outlookfr-uga-username-login", name="Jade Morel", addr="jade.morel@outlook.fr",
 date="Tue, 05 Jan 2027 21:10:33 +0100", client="owa", fmt="alt", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Bonsoir,

I'm in M2 MEEF at UGA and I'm supposed to use my UGA account. But what's my identifier, the one starting with my surname? And on which button do I click exactly?

Merci !
Jade""",
 profile="university", topics=["forgotten_username","login"], action="reply",
 why="outlook.fr sender who says she uses her UGA account; unsure of her identifier and which button",
 clauses=[("Bonsoir,","greeting"),("I'm in M2 MEEF at UGA and I'm supposed to use my UGA account.","context"),
  ("But what's my identifier, the one starting with my surname?","forgotten_username"),("And on which button do I click exactly?","login"),("Merci !","thanks")]),

dict(slug="emeritus-inp-wanadoo", name="Bernard Lacroix", addr="bernard.lacroix@wanadoo.fr",
 date="Wed, 06 Jan 2027 09:22:04 +0100", client="orange", charset="iso-8859-1", cte="qp", fmt="html", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Bonjour,

Professeur émérite à Grenoble INP, j'ai conservé mon compte INP. Mais je ne me souviens plus du mot de passe, je ne l'utilise presque jamais. Comment le récupérer ?

Bien cordialement,
B. Lacroix""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="wanadoo sender who says he kept his INP account; forgot the password",
 clauses=[("Bonjour,","greeting"),("Professeur émérite à Grenoble INP, j'ai conservé mon compte INP.","context"),
  ("Mais je ne me souviens plus du mot de passe, je ne l'utilise presque jamais.","forgotten_password"),("Comment le récupérer ?","forgotten_password"),
  ("Bien cordialement,","thanks")]),

dict(slug="english-teacher-pwd-and-hours", name="Laura Mitchell", addr="laura.mitchell@ac-grenoble.fr",
 date="Wed, 06 Jan 2027 12:48:19 +0100", client="zimbra", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

I'm an English teacher at Lycée Stendhal. I'm locked out because I forgot my academic password. Also, do the hours of this course count in my continuing training hours, and will I get a certificate?

Thanks,
Laura""",
 profile="academic", topics=["forgotten_password"], action="escalate",
 why="teacher forgot her password (guide) and asks about training hours and a certificate (not in guide)",
 clauses=[("Hello,","greeting"),("I'm an English teacher at Lycée Stendhal.","context"),("I'm locked out because I forgot my academic password.","forgotten_password"),
  ("Also, do the hours of this course count in my continuing training hours, and will I get a certificate?","other_request"),("Thanks,","thanks")]),

dict(slug="postdoc-how-to-join", name="Mateo Fernández", addr="mateo.fernandez@univ-grenoble-alpes.fr",
 date="Wed, 06 Jan 2027 15:05:57 +0100", client="apple", charset="utf-8", cte="qp", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hi,

I'm logged in with my UGA account. How do I actually join the EMILE course? Do I need to enrol somewhere or just click on it?

Cheers,
Mateo (postdoc, ISTerre)""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA postdoc logged in, asks how to join the course",
 clauses=[("Hi,","greeting"),("I'm logged in with my UGA account.","context"),("How do I actually join the EMILE course?","find_course"),
  ("Do I need to enrol somewhere or just click on it?","find_course"),("Cheers,","thanks")]),

dict(slug="sciencespo-which-guichet", name="Amelia Wright", addr="amelia.wright@etu.univ-grenoble-alpes.fr",
 date="Thu, 07 Jan 2027 10:19:42 +0100", client="gmail", fmt="alt", course="Éduquer aux médias et à l'information", inv=115,
 text="""Hello,

I'm an exchange student at Sciences Po Grenoble. In the list of SUPIDP I don't see Sciences Po, which guichet should I choose to log in?

Thank you""",
 profile="university", topics=["login"], action="reply",
 why="student with a UGA student address asks which authentication portal to choose",
 clauses=[("Hello,","greeting"),("I'm an exchange student at Sciences Po Grenoble.","context"),
  ("In the list of SUPIDP I don't see Sciences Po, which guichet should I choose to log in?","login"),("Thank you","thanks")]),

dict(slug="assistant-mentor-numen", name="Jack Thompson", addr="jack.thompson.fla@gmail.com",
 date="Thu, 07 Jan 2027 13:33:08 +0100", client="gmail_mobile", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hello, language assistant here (collège de Crolles). My mentor teacher said I could just log in with her NUMEN and her account to follow the course. Is that ok or do I need my own?""",
 profile="academic", topics=[], action="escalate",
 why="language assistant asks whether he may use his mentor's account and NUMEN; a human must answer",
 clauses=[("Hello,","greeting"),("language assistant here (collège de Crolles).","context"),
  ("My mentor teacher said I could just log in with her NUMEN and her account to follow the course.","context"),
  ("Is that ok or do I need my own?","other_request")]),

dict(slug="usmb-link-404", name="Nadia Chevalier", addr="nadia.chevalier@univ-smb.fr",
 date="Thu, 07 Jan 2027 16:51:30 +0100", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Le lien de l'invitation m'envoie sur une page « 404 - page not found ». Where should I go to log in then ?

Cordialement,""",
 sig="Nadia Chevalier\nService formation continue - USMB",
 profile="university", topics=["login"], action="reply",
 why="USMB staff: the invitation link fails, asks where to log in",
 clauses=[("Bonjour,","greeting"),("Le lien de l'invitation m'envoie sur une page « 404 - page not found ».","login"),
  ("Where should I go to log in then ?","login"),("Cordialement,","thanks")]),

dict(slug="ill-be-there", name="Samuel Okoro", addr="samuel.okoro@grenoble-inp.fr",
 date="Fri, 08 Jan 2027 08:40:16 +0100", client="iphone", course="Le numérique au service de la pédagogie", inv=106,
 text="""Noted, I'll be there. Thanks!""",
 profile="university", topics=[], action="ignore",
 why="short acknowledgement, nothing to answer",
 clauses=[("Noted, I'll be there.","context"),("Thanks!","thanks")]),

dict(slug="phone-tablet-question", name="Chiara Conti", addr="chiara.conti@etu.univ-smb.fr",
 date="Fri, 08 Jan 2027 12:02:51 +0100", client="samsung", course="Didactique des mathématiques au lycée", inv=110,
 text="""Bonjour, can I follow the whole course on my phone or do I need a computer? I don't have a laptop at the moment.""",
 profile="university", topics=[], action="escalate",
 why="asks about devices for the course, not a guide step",
 clauses=[("Bonjour,","greeting"),("can I follow the whole course on my phone or do I need a computer?","other_request"),
  ("I don't have a laptop at the moment.","context")]),

dict(slug="graduate-now-contractuel", name="Louis Perret", addr="louis.perret42@gmail.com",
 date="Fri, 08 Jan 2027 18:14:26 +0100", client="gmail", fmt="alt", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Bonjour,

J'ai fini mon master à l'UGA en juin, my UGA account has been closed since then. Depuis novembre je suis professeur contractuel d'anglais au collège de Vizille, so I guess I should have an academic account now, but I don't know my identifier.

Merci
Louis Perret""",
 profile="academic", topics=["forgotten_username"], action="reply",
 why="former UGA student whose account is closed, now contract teacher of the académie; does not know his academic identifier",
 clauses=[("Bonjour,","greeting"),("J'ai fini mon master à l'UGA en juin, my UGA account has been closed since then.","context"),
  ("Depuis novembre je suis professeur contractuel d'anglais au collège de Vizille,","context"),
  ("so I guess I should have an academic account now, but I don't know my identifier.","forgotten_username"),("Merci","thanks")]),

dict(slug="oof-maternity-inp", raw="""Return-Path: <helen.ward@grenoble-inp.fr>
From: Helen Ward <helen.ward@grenoble-inp.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Automatic reply: Invitation : Enseigner l'informatique en NSI
Date: Mon, 11 Jan 2027 09:00:40 +0000
Message-ID: <VI1PR07MB6543AB12@VI1PR07MB6543.eurprd07.prod.outlook.com>
In-Reply-To: <invitation-2026-111@ac-grenoble.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_VI1PR07MB6543_"

--_000_VI1PR07MB6543_
Content-Type: text/plain; charset="us-ascii"

I am on maternity leave until May 2027. For teaching matters please contact the Ensimag secretariat.

--_000_VI1PR07MB6543_
Content-Type: text/html; charset="us-ascii"

<html><body><p>I am on maternity leave until May 2027. For teaching matters please contact the Ensimag secretariat.</p></body></html>

--_000_VI1PR07MB6543_--
""", profile="university", topics=[], action="ignore",
 why="Exchange auto-reply (maternity leave)",
 clauses=[("I am on maternity leave until May 2027.","robot"),("For teaching matters please contact the Ensimag secretariat.","robot")]),

dict(slug="list-digest-inspe", raw="""Return-Path: <inspe-formateurs-owner@listes.univ-grenoble-alpes.fr>
From: inspe-formateurs-request@listes.univ-grenoble-alpes.fr
To: inspe-formateurs@listes.univ-grenoble-alpes.fr
Cc: formation-magistere@ac-grenoble.fr
Subject: Digest inspe-formateurs, Vol 42, Issue 3
Date: Mon, 11 Jan 2027 06:00:01 +0100
Message-ID: <digest.42.3@listes.univ-grenoble-alpes.fr>
Precedence: list
List-Id: INSPE formateurs <inspe-formateurs.listes.univ-grenoble-alpes.fr>
List-Post: <mailto:inspe-formateurs@listes.univ-grenoble-alpes.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Today's Topics:

   1. Réunion de rentrée du 18 janvier (Secrétariat INSPE)
   2. Re: Plateforme M@gistère - quelqu'un a-t-il réussi ? (J. Martin)

----------------------------------------------------------------------
Message: 1
Date: Fri, 8 Jan 2027 14:02:11 +0100
From: Secrétariat INSPE
Subject: Réunion de rentrée du 18 janvier

La réunion aura lieu en amphi 2 à 14h.
""", profile="university", topics=[], action="ignore",
 why="mailing-list digest copied to the EAFC address",
 clauses=[("La réunion aura lieu en amphi 2 à 14h.","robot")]),

dict(slug="gmail-bounce-not-found", raw="""Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: formation-magistere@ac-grenoble.fr
Subject: Delivery Status Notification (Failure)
Date: Mon, 11 Jan 2027 10:21:07 -0800 (PST)
Message-ID: <5f3c.dsn@mx.google.com>
Auto-Submitted: auto-replied
X-Failed-Recipients: sophie.ldn1990@gmail.com
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to sophie.ldn1990@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", profile="other", topics=[], action="ignore",
 why="Gmail bounce",
 clauses=[("Your message wasn't delivered to sophie.ldn1990@gmail.com because the address couldn't be found, or is unable to receive mail.","robot")]),

dict(slug="predatory-journal-spam", raw="""Return-Path: <editor@intl-journal-edu-research.org>
From: "International Journal of Educational Research and Innovation" <editor@intl-journal-edu-research.org>
To: formation-magistere@ac-grenoble.fr
Subject: Call for Papers - Fast publication in 7 days!
Date: Mon, 11 Jan 2027 02:44:19 +0000
Message-ID: <cfp-88812@intl-journal-edu-research.org>
List-Unsubscribe: <https://intl-journal-edu-research.org/unsub>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><body><p>Dear Esteemed Researcher,</p><p>We are pleased to invite you to submit your valuable manuscript to our indexed journal. Publication within 7 days, APC only 99 USD.</p></body></html>
""", profile="other", topics=[], action="ignore",
 why="bulk call-for-papers spam",
 clauses=[("We are pleased to invite you to submit your valuable manuscript to our indexed journal.","robot")]),

dict(slug="lecturer-teacher-otp", name="Claire Dubois-Smith", addr="claire.dubois-smith@univ-grenoble-alpes.fr",
 date="Tue, 12 Jan 2027 11:27:35 +0100", client="thunderbird", charset="utf-8", cte="qp", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Je suis professeure d'anglais en lycée et aussi chargée de TD à l'UGA. For this course I use my academic account: blue button, then my identifier and password, but then it asks me for an "OTP code" that I never set up. Je suis bloquée là.

Merci de votre aide""",
 sig="Claire Dubois-Smith",
 profile="academic", topics=["login"], action="escalate",
 why="says she uses her academic account; blocked at a one-time-code step the guide does not describe",
 clauses=[("Bonjour,","greeting"),("Je suis professeure d'anglais en lycée et aussi chargée de TD à l'UGA.","context"),
  ("For this course I use my academic account: blue button, then my identifier and password,","context"),
  ("but then it asks me for an \"OTP code\" that I never set up.","login"),("Je suis bloquée là.","login"),("Merci de votre aide","thanks")]),

dict(slug="phelma-only-grenoble-inp", name="Ravi Subramanian", addr="ravi.subramanian@grenoble-inp.org",
 date="Tue, 12 Jan 2027 14:44:09 +0100", client="gmail", fmt="alt", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

I'm a student at Grenoble INP - Phelma. In the guichet list there's only "SUPIDP - Grenoble INP", not Phelma, is that the right one?

Thanks""",
 profile="university", topics=["login"], action="reply",
 why="INP student checks which authentication portal to choose",
 clauses=[("Hello,","greeting"),("I'm a student at Grenoble INP - Phelma.","context"),
  ("In the guichet list there's only \"SUPIDP - Grenoble INP\", not Phelma, is that the right one?","login"),("Thanks","thanks")]),

dict(slug="happy-new-year-password", name="Olivia Martin", addr="olivia.martin@univ-grenoble-alpes.fr",
 date="Tue, 12 Jan 2027 18:30:52 +0100", client="zimbra", charset="utf-8", cte="8bit", course="Prévenir le harcèlement", inv=112,
 text="""Hello and happy new year! Bonne année !

Sorry, I've forgotten my UGA password again... how do I reset it?

Olivia""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="UGA staff forgot her password",
 clauses=[("Hello and happy new year!","greeting"),("Bonne année !","small_talk"),("Sorry, I've forgotten my UGA password again...","forgotten_password"),
  ("how do I reset it?","forgotten_password")]),

dict(slug="reply-all-trainer-content", name="Sebastian Wolff", addr="sebastian.wolff@univ-grenoble-alpes.fr",
 date="Wed, 13 Jan 2027 09:15:23 +0100", client="outlook", fmt="alt", course="Médiation scientifique auprès des scolaires", inv=109,
 cc="Formatrice EMS <marie.perrin@ac-grenoble.fr>",
 text="""Dear both,

Login is fine now, thank you. A question for the trainer: for the final project, can we work in pairs, and must it be in French?

Best,
Sebastian Wolff
Laboratoire Jean Kuntzmann""",
 profile="university", topics=[], action="escalate",
 why="logged in; question on the course project for the trainer",
 clauses=[("Dear both,","greeting"),("Login is fine now, thank you.","thanks"),("A question for the trainer: for the final project, can we work in pairs, and must it be in French?","other_request")]),

dict(slug="unclear-ok-12th", name="Ingrid Hansen", addr="ingrid.hansen@etu.univ-grenoble-alpes.fr",
 date="Wed, 13 Jan 2027 12:00:09 +0100", client="iphone", course="Enseigner en contexte plurilingue", inv=102,
 text="""ok for me for the 12th but not the other one""",
 profile="university", topics=[], action="escalate",
 why="unclear reply about dates that the invitation does not mention",
 clauses=[("ok for me for the 12th but not the other one","unclear")]),

dict(slug="ac-sender-usmb-du-student", name="Romain Berthier", addr="romain.berthier@ac-grenoble.fr",
 date="Wed, 13 Jan 2027 20:41:37 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Didactique des mathématiques au lycée", inv=110,
 text="""Bonsoir,

Contractuel en maths au collège de Rumilly, je suis aussi inscrit au DU de didactique à l'USMB, et c'est avec mon compte étudiant USMB que j'ai été inscrit à ce parcours. J'ai oublié le mot de passe de ce compte étudiant, and once I'm in, I'm not sure how to find the course either.

Merci""",
 profile="university", topics=["forgotten_password","find_course"], action="reply",
 why="ac-grenoble.fr sender who says he was enrolled with his USMB student account; forgot its password and asks how to find the course",
 clauses=[("Bonsoir,","greeting"),
  ("Contractuel en maths au collège de Rumilly, je suis aussi inscrit au DU de didactique à l'USMB, et c'est avec mon compte étudiant USMB que j'ai été inscrit à ce parcours.","context"),
  ("J'ai oublié le mot de passe de ce compte étudiant,","forgotten_password"),("and once I'm in, I'm not sure how to find the course either.","find_course"),("Merci","thanks")]),

dict(slug="tr-zimbra-admin-cannot-login", name="Martine Collomb", addr="martine.collomb@univ-grenoble-alpes.fr",
 date="Thu, 14 Jan 2027 10:05:18 +0100", client="zimbra", charset="utf-8", cte="qp", quote="fwd", threaded=False, to="formation-magistere@ac-grenoble.fr",
 subject="TR: Invitation : Prévenir le harcèlement", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Je vous transfère l'invitation car je ne sais pas à qui m'adresser : je suis gestionnaire RH à l'UGA et je n'arrive pas à me connecter sur M@gistère.

Cordialement,
Martine Collomb""",
 profile="university", topics=["login"], action="reply",
 why="UGA admin staff forwards the invitation: cannot log in",
 clauses=[("Bonjour,","greeting"),("Je vous transfère l'invitation car je ne sais pas à qui m'adresser :","context"),
  ("je suis gestionnaire RH à l'UGA","context"),("et je n'arrive pas à me connecter sur M@gistère.","login"),("Cordialement,","thanks")]),

dict(slug="researcher-guest-account-request", name="Hiroshi Sato", addr="hiroshi.sato@hotmail.com",
 date="Thu, 14 Jan 2027 15:38:44 +0100", client="owa", fmt="html", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Dear Madam or Sir,

I will be a visiting researcher at UGA from next month, but my UGA account will not be created before February. Could you create a temporary guest account for me so I can start the course now?

Yours sincerely,
Hiroshi Sato""",
 profile="university", topics=[], action="escalate",
 why="future UGA researcher asks for a temporary guest account; a human must decide",
 clauses=[("Dear Madam or Sir,","greeting"),
  ("I will be a visiting researcher at UGA from next month, but my UGA account will not be created before February.","context"),
  ("Could you create a temporary guest account for me so I can start the course now?","other_request"),("Yours sincerely,","thanks")]),

dict(slug="gmail-html-all-good", name="Sophie Laurent-Brown", addr="sophielaurentbrown@gmail.com",
 date="Fri, 15 Jan 2027 09:12:01 +0100", client="gmail", fmt="html", course="Accueillir un élève allophone", inv=101,
 text="""Thanks a lot, all good now, I'm in the course!""",
 profile="other", topics=[], action="ignore",
 why="says it works; closes the matter",
 clauses=[("Thanks a lot,","thanks"),("all good now, I'm in the course!","context")]),

dict(slug="usmb-student-yahoo-pwd", name="Megan Foster", addr="megan.foster@yahoo.fr",
 date="Fri, 15 Jan 2027 13:27:45 +0100", client="gmail", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Hi,

I'm a student at USMB in Chambéry (LLCER anglais). I know my login is fosterm but my password doesn't work anymore, can you reset it?

Megan""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="yahoo sender, USMB student with her institution login; password refused",
 clauses=[("Hi,","greeting"),("I'm a student at USMB in Chambéry (LLCER anglais).","context"),
  ("I know my login is fosterm but my password doesn't work anymore,","forgotten_password"),("can you reset it?","forgotten_password")]),
]
