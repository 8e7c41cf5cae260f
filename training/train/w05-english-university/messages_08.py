MESSAGES = [
dict(slug="phd-username-login-course", name="Oluwaseun Adeyemi", addr="oluwaseun.adeyemi@univ-grenoble-alpes.fr",
 date="Wed, 24 Feb 2027 09:15:40 +0100", client="outlook", fmt="alt", course="Didactique des mathématiques au lycée", inv=110,
 text="""Good morning,

PhD candidate at Institut Fourier here. I'm not sure what my UGA username is (my email is not accepted), I don't know which of the buttons I should use, and once inside I'd like to know where the course is listed.

Thank you very much,
Seun""",
 profile="university", topics=["forgotten_username","login","find_course"], action="reply",
 why="UGA PhD candidate: unsure of his username, which button, where the course is",
 clauses=[("Good morning,","greeting"),("PhD candidate at Institut Fourier here.","context"),
  ("I'm not sure what my UGA username is (my email is not accepted),","forgotten_username"),("I don't know which of the buttons I should use,","login"),
  ("and once inside I'd like to know where the course is listed.","find_course"),("Thank you very much,","thanks")]),

dict(slug="inp-staff-pwd-and-course", name="Laurent Chabert", addr="laurent.chabert@grenoble-inp.fr",
 date="Wed, 24 Feb 2027 14:40:26 +0100", client="thunderbird", charset="iso-8859-1", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Mot de passe INP oublié (j'ai bien mon login, lchabert). Et ensuite, comment je rejoins le parcours ? Sorry for the basic questions.

Laurent Chabert
Service logistique, Grenoble INP""",
 profile="university", topics=["forgotten_password","find_course"], action="reply",
 why="INP staff forgot his password and asks how to join the course",
 clauses=[("Bonjour,","greeting"),("Mot de passe INP oublié","forgotten_password"),("(j'ai bien mon login, lchabert).","context"),
  ("Et ensuite, comment je rejoins le parcours ?","find_course"),("Sorry for the basic questions.","small_talk")]),

dict(slug="goethe-partner-login-course", name="Katrin Vogel", addr="katrin.vogel@goethe-partner.de",
 date="Wed, 24 Feb 2027 17:02:13 +0100", client="apple", charset="utf-8", cte="qp", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

I'm a German teacher-trainer from a partner institute in Munich, I got a guest account for M@gistère. Which connection should I use, and where is the course after that?

Viele Grüße,
Katrin Vogel""",
 profile="other", topics=["login","find_course"], action="reply",
 why="foreign partner with a guest account: which login and where the course is",
 clauses=[("Hello,","greeting"),("I'm a German teacher-trainer from a partner institute in Munich, I got a guest account for M@gistère.","context"),
  ("Which connection should I use,","login"),("and where is the course after that?","find_course"),("Viele Grüße,","thanks")]),

dict(slug="apple-teacher-user-pwd", name="Thomas Wright-Bonnet", addr="thomas.wright-bonnet@ac-grenoble.fr",
 date="Thu, 25 Feb 2027 07:50:38 +0100", client="apple", charset="utf-8", cte="qp", fmt="alt", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Professeur d'anglais au lycée Pierre du Terrail. I honestly don't know my academic identifier, nor the password, je passe toujours par l'appli de l'ENT.

Merci !""",
 sig="Thomas Wright-Bonnet",
 profile="academic", topics=["forgotten_username","forgotten_password"], action="reply",
 why="teacher of the académie does not know his identifier nor his password",
 clauses=[("Bonjour,","greeting"),("Professeur d'anglais au lycée Pierre du Terrail.","context"),("I honestly don't know my academic identifier,","forgotten_username"),
  ("nor the password,","forgotten_password"),("je passe toujours par l'appli de l'ENT.","context"),("Merci !","thanks")]),

dict(slug="assistant-auth-failed", name="Chloe Nguyen-Smith", addr="chloe.ns.assistant@gmail.com",
 date="Thu, 25 Feb 2027 12:12:12 +0100", client="gmail", fmt="alt", course="Conduire un projet eTwinning", inv=113,
 text="""Hi,

Australian language assistant in Chambéry. On the academic portal I get "Authentication failed" after typing my identifier and password. I think I mistyped my password when I changed it last week.

Cheers,
Chloe""",
 profile="academic", topics=["forgotten_password","login"], action="reply",
 why="language assistant of the académie, login error due to a changed password she may not know",
 clauses=[("Hi,","greeting"),("Australian language assistant in Chambéry.","context"),
  ("On the academic portal I get \"Authentication failed\" after typing my identifier and password.","login"),
  ("I think I mistyped my password when I changed it last week.","forgotten_password"),("Cheers,","thanks")]),

dict(slug="meef-wrong-level", name="Baptiste Lemoine", addr="baptiste.lemoine@etu.univ-grenoble-alpes.fr",
 date="Thu, 25 Feb 2027 16:45:59 +0100", client="roundcube", course="Didactique des mathématiques au lycée", inv=110,
 text="""Bonjour,

Je suis en M1 MEEF premier degré, and this course is about lycée maths. I think I've been put in the wrong course. Pouvez-vous vérifier ?

Merci""",
 profile="university", topics=[], action="escalate",
 why="thinks he was enrolled in the wrong course",
 clauses=[("Bonjour,","greeting"),("Je suis en M1 MEEF premier degré, and this course is about lycée maths.","context"),
  ("I think I've been put in the wrong course.","other_request"),("Pouvez-vous vérifier ?","other_request"),("Merci","thanks")]),

dict(slug="oof-usmb-deplacement-noheaders", raw="""Return-Path: <francois.jacquier@univ-smb.fr>
From: =?iso-8859-1?Q?Fran=E7ois_Jacquier?= <francois.jacquier@univ-smb.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?iso-8859-1?Q?R=E9ponse_automatique_:_Invitation_:_Former_=E0_l'esprit_critique?=
Date: Fri, 26 Feb 2027 08:00:00 +0100
Message-ID: <rep-auto-221@univ-smb.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Je suis en d=E9placement =E0 Turin jusqu'au 3 mars avec un acc=E8s limit=E9 =E0 ma messagerie.
""", profile="university", topics=[], action="ignore",
 why="French out-of-office without auto-reply headers",
 clauses=[("Je suis en déplacement à Turin jusqu'au 3 mars avec un accès limité à ma messagerie.","robot")]),

dict(slug="merci-regle", name="Zoé Fontaine", addr="zoe.fontaine@etu.univ-grenoble-alpes.fr",
 date="Fri, 26 Feb 2027 10:30:41 +0100", client="gmail", fmt="alt", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Merci, c'est réglé ! Sorted, thanks.""",
 profile="university", topics=[], action="ignore",
 why="says the matter is solved",
 clauses=[("Merci, c'est réglé !","thanks"),("Sorted, thanks.","thanks")]),

dict(slug="submit-in-english", name="Hyun-woo Park", addr="hyunwoo.park@etu.univ-grenoble-alpes.fr",
 date="Fri, 26 Feb 2027 15:18:03 +0100", client="thunderbird", course="Éduquer aux médias et à l'information", inv=115,
 text="""Hello,

The course is in French. Can I write the final assignment in English? My French writing is not good enough yet.

Thank you,
Hyun-woo""",
 profile="university", topics=[], action="escalate",
 why="question about the course assignment language",
 clauses=[("Hello,","greeting"),("The course is in French.","context"),("Can I write the final assignment in English?","other_request"),
  ("My French writing is not good enough yet.","context"),("Thank you,","thanks")]),

dict(slug="ac-sender-uga-staff-username", name="Delphine Moulin", addr="delphine.moulin@ac-grenoble.fr",
 date="Mon, 01 Mar 2027 09:05:20 +0100", client="zimbra", charset="utf-8", cte="qp", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonjour,

Je suis PRAG à l'UGA (détachée du secondaire) et c'est avec mon compte UGA que je suis inscrite. I don't remember my UGA username, c'est l'identifiant agalan je crois ?

Merci d'avance""",
 sig="Delphine Moulin",
 profile="university", topics=["forgotten_username"], action="reply",
 why="ac-grenoble.fr sender who says she is enrolled with her UGA account; does not remember the username",
 clauses=[("Bonjour,","greeting"),("Je suis PRAG à l'UGA (détachée du secondaire) et c'est avec mon compte UGA que je suis inscrite.","context"),
  ("I don't remember my UGA username,","forgotten_username"),("c'est l'identifiant agalan je crois ?","forgotten_username"),("Merci d'avance","thanks")]),

dict(slug="two-invitations-two-addresses", name="Rémi Carrel", addr="remi.carrel@univ-grenoble-alpes.fr",
 date="Mon, 01 Mar 2027 13:33:47 +0100", client="owa", fmt="alt", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Je suis prof de maths en lycée et chargé de TD à l'UGA, and I received this invitation twice, once on my academic address and once on my UGA one. Suis-je inscrit deux fois ? Which account should I log in with?

Rémi""",
 profile="university", topics=["forgotten_username","login"], action="escalate",
 why="two invitations on two accounts: only a human can tell which enrolment is right; domain says university",
 clauses=[("Bonjour,","greeting"),("Je suis prof de maths en lycée et chargé de TD à l'UGA,","context"),
  ("and I received this invitation twice, once on my academic address and once on my UGA one.","context"),("Suis-je inscrit deux fois ?","other_request"),
  ("Which account should I log in with?","login")]),

dict(slug="usmb-do-i-have-numen", name="Stephen Hall", addr="stephen.hall@univ-smb.fr",
 date="Mon, 01 Mar 2027 17:10:31 +0100", client="thunderbird", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

A colleague from the lycée told me to type my NUMEN as password (she showed me hers, 10S...). But I'm a lecturer at USMB, I don't think I have a NUMEN. What password do I use then?

Stephen""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="USMB lecturer; a colleague's NUMEN changes nothing; asks which password to use",
 clauses=[("Hello,","greeting"),("A colleague from the lycée told me to type my NUMEN as password (she showed me hers, 10S...).","context"),
  ("But I'm a lecturer at USMB, I don't think I have a NUMEN.","context"),("What password do I use then?","forgotten_password")]),

dict(slug="free-list-login-course", name="Rosie Allen", addr="rosie.allen@free.fr",
 date="Tue, 02 Mar 2027 09:44:18 +0100", client="thunderbird", charset="iso-8859-1", cte="qp", course="Éduquer aux médias et à l'information", inv=115,
 text="""Bonjour,

J'ai étudié à l'UGA puis à l'USMB et à Grenoble INP, et je travaille maintenant pour une maison d'édition scolaire. I don't know which button to use on M@gistère, and then where is the course?

Merci""",
 profile="other", topics=["login","find_course"], action="reply",
 why="list of universities says nothing of her account; free.fr: other; which button and where the course is",
 clauses=[("Bonjour,","greeting"),("J'ai étudié à l'UGA puis à l'USMB et à Grenoble INP, et je travaille maintenant pour une maison d'édition scolaire.","context"),
  ("I don't know which button to use on M@gistère,","login"),("and then where is the course?","find_course"),("Merci","thanks")]),

dict(slug="orange-bounce-fr", raw="""Return-Path: <>
From: Mail Delivery System <mailer-daemon@orange.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Message non remis / Undelivered mail
Date: Tue, 02 Mar 2027 11:00:42 +0100
Message-ID: <nonremis-991@smtp.orange.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :
j.blake.anglais@orange.fr : adresse inconnue (550 5.1.1)
""", profile="other", topics=[], action="ignore",
 why="non-delivery report from Orange",
 clauses=[("Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :","robot")]),

dict(slug="inp-service-auto-ack", raw="""Return-Path: <scolarite-ense3@grenoble-inp.fr>
From: "Scolarité Ense3" <scolarite-ense3@grenoble-inp.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Accusé de réception - Scolarité Ense3
Date: Tue, 02 Mar 2027 14:20:09 +0100
Message-ID: <ack-ense3-4412@grenoble-inp.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Nous avons bien reçu votre message et y répondrons sous 48 h ouvrées.
We have received your message and will answer within 2 working days.
""", profile="university", topics=[], action="ignore",
 why="automatic acknowledgement from an INP service mailbox",
 clauses=[("Nous avons bien reçu votre message et y répondrons sous 48 h ouvrées.","robot"),("We have received your message and will answer within 2 working days.","robot")]),

dict(slug="ects-credits", name="Valentina Rossi", addr="valentina.rossi@etu.univ-grenoble-alpes.fr",
 date="Tue, 02 Mar 2027 18:36:27 +0100", client="gmail_mobile", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hi, does this course give ECTS credits that I can transfer to my home university in Bologna? I need it for my learning agreement. Thank you!""",
 profile="university", topics=[], action="escalate",
 why="asks about ECTS credits",
 clauses=[("Hi,","greeting"),("does this course give ECTS credits that I can transfer to my home university in Bologna?","other_request"),
  ("I need it for my learning agreement.","context"),("Thank you!","thanks")]),

dict(slug="erasmus-connected-no-course", name="Jan de Vries", addr="jan.devries@etu.univ-grenoble-alpes.fr",
 date="Wed, 03 Mar 2027 10:10:10 +0100", client="iphone", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonjour, je suis connecté mais je ne trouve pas le cours. Sorry my French. Where I click?""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA Erasmus student logged in, cannot find the course",
 clauses=[("Bonjour,","greeting"),("je suis connecté mais je ne trouve pas le cours.","find_course"),("Sorry my French.","small_talk"),("Where I click?","find_course")]),

dict(slug="forum-cannot-post", name="Sophie Garnier-Hughes", addr="sophie.garnier-hughes@univ-grenoble-alpes.fr",
 date="Wed, 03 Mar 2027 15:25:36 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour,

Dans le forum de l'activité 3, the "Répondre" button is greyed out, je ne peux rien poster. Is it normal?

Merci,""",
 sig="Sophie Garnier-Hughes\nIngénieure pédagogique - UGA",
 profile="university", topics=[], action="escalate",
 why="bug inside the course (forum)",
 clauses=[("Bonjour,","greeting"),("Dans le forum de l'activité 3, the \"Répondre\" button is greyed out, je ne peux rien poster.","other_request"),
  ("Is it normal?","other_request"),("Merci,","thanks")]),

dict(slug="aed-hotmail-academic-pwd", name="Léna Bouvier", addr="lena.bouvier@hotmail.fr",
 date="Thu, 04 Mar 2027 08:25:44 +0100", client="owa", fmt="html", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Je suis AED au lycée Mounier et étudiante en L2 d'anglais à l'UGA. For this course I use my academic account (lbouvier), but I forgot its password. Comment le réinitialiser ?

Merci""",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="hotmail sender, AED of the académie who says she uses her academic account; forgot the password",
 clauses=[("Bonjour,","greeting"),("Je suis AED au lycée Mounier et étudiante en L2 d'anglais à l'UGA.","context"),
  ("For this course I use my academic account (lbouvier), but I forgot its password.","forgotten_password"),("Comment le réinitialiser ?","forgotten_password"),("Merci","thanks")]),

dict(slug="too-many-emails-complaint", name="Edward Price", addr="edward.price@grenoble-inp.fr",
 date="Thu, 04 Mar 2027 12:50:03 +0100", client="outlook", fmt="alt", course="Enseigner l'informatique en NSI", inv=111,
 text="""This is the fifth email I receive about this course in two weeks. I'm already in the course and I don't need reminders every three days. This is becoming spam.

E. Price""",
 profile="university", topics=[], action="escalate",
 why="complaint about too many reminders; needs a human answer",
 clauses=[("This is the fifth email I receive about this course in two weeks.","other_request"),("I'm already in the course and I don't need reminders every three days.","other_request"),
  ("This is becoming spam.","other_request")]),

dict(slug="outlook-ios-inp-cant-login", name="Nadia Benyahia", addr="nadia.benyahia@grenoble-inp.fr",
 date="Thu, 04 Mar 2027 19:40:19 +0100", client="outlook_ios", fmt="html", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Bonsoir, I can't log in to M@gistère, je ne sais pas comment faire avec mon compte INP.

Nadia, doctorante LEPMI""",
 profile="university", topics=["login"], action="reply",
 why="INP PhD candidate does not know how to log in with her INP account",
 clauses=[("Bonsoir,","greeting"),("I can't log in to M@gistère,","login"),("je ne sais pas comment faire avec mon compte INP.","login")]),

dict(slug="samsung-ok-works", name="Mathis Girard", addr="mathis.girard@etu.univ-smb.fr",
 date="Fri, 05 Mar 2027 08:08:08 +0100", client="samsung", course="Didactique des mathématiques au lycée", inv=110,
 text="""Ok thanks it works now""",
 profile="university", topics=[], action="ignore",
 why="says it works now",
 clauses=[("Ok thanks it works now","thanks")]),
]
