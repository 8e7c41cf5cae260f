MESSAGES = [
dict(slug="private-school-academic", name="Hannah Leclerc-Wood", addr="h.leclerc-wood@externat-notre-dame.fr",
 date="Thu, 11 Feb 2027 08:20:14 +0100", client="outlook", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonjour,

I teach English at the Externat Notre-Dame (private school under contract), and I do have an academic account with an identifier and a password. Where do I enter them on M@gistère? Il y a plusieurs boutons.

Merci,""",
 sig="Hannah Leclerc-Wood\nExternat Notre-Dame - Grenoble",
 profile="academic", topics=["login"], action="reply",
 why="private-school teacher who says she has an academic account; asks where to log in",
 clauses=[("Bonjour,","greeting"),
  ("I teach English at the Externat Notre-Dame (private school under contract), and I do have an academic account with an identifier and a password.","context"),
  ("Where do I enter them on M@gistère?","login"),("Il y a plusieurs boutons.","login"),("Merci,","thanks")]),

dict(slug="town-hall-coordinator-pwd", name="Emma Sanchez-Reid", addr="e.sanchez-reid@ville-meylan.fr",
 date="Thu, 11 Feb 2027 11:45:09 +0100", client="owa", fmt="alt", charset="windows-1252", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Coordinatrice du périscolaire à la mairie de Meylan, j'ai un compte M@gistère créé pour cette formation. I have the username (esanchezreid) but I forgot the password. Comment en obtenir un nouveau ?

Bien à vous,""",
 sig="Emma Sanchez-Reid\nService Enfance - Ville de Meylan",
 profile="other", topics=["forgotten_password"], action="reply",
 why="town-hall partner with a manual account; forgot the password",
 clauses=[("Bonjour,","greeting"),("Coordinatrice du périscolaire à la mairie de Meylan, j'ai un compte M@gistère créé pour cette formation.","context"),
  ("I have the username (esanchezreid) but I forgot the password.","forgotten_password"),("Comment en obtenir un nouveau ?","forgotten_password"),("Bien à vous,","thanks")]),

dict(slug="agalan-blocked", name="Giorgio Ferrante", addr="giorgio.ferrante@gmail.com",
 date="Thu, 11 Feb 2027 16:37:48 +0100", client="gmail", fmt="alt", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Salve,

I'm a researcher at UGA (LEGI) and my agalan account has been blocked by the DSI after a security alert. Until they unblock it, is there another way to access the course?

Grazie""",
 profile="university", topics=[], action="escalate",
 why="UGA researcher whose account is blocked; asks for another access, which the guide does not offer",
 clauses=[("Salve,","greeting"),("I'm a researcher at UGA (LEGI) and my agalan account has been blocked by the DSI after a security alert.","context"),
  ("Until they unblock it, is there another way to access the course?","other_request"),("Grazie","thanks")]),

dict(slug="assistant-identifiant-inconnu", name="Madison Clark", addr="madison.clark22@yahoo.com",
 date="Fri, 12 Feb 2027 09:12:40 +0100", client="gmail_mobile", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hi,
I'm the American language assistant at collège Fantin-Latour. I press the blue button, type what I thought was my identifier (mclark) and the portal says "identifiant inconnu". So I guess that's not my username? What is it?
Thanks!""",
 profile="academic", topics=["forgotten_username","login"], action="reply",
 why="language assistant of the académie, error at login showing she does not know her identifier",
 clauses=[("Hi,","greeting"),("I'm the American language assistant at collège Fantin-Latour.","context"),
  ("I press the blue button, type what I thought was my identifier (mclark) and the portal says \"identifiant inconnu\".","login"),
  ("So I guess that's not my username?","forgotten_username"),("What is it?","forgotten_username"),("Thanks!","thanks")]),

dict(slug="two-courses-same-name", name="Julien Rey-Martin", addr="julien.rey-martin@univ-smb.fr",
 date="Fri, 12 Feb 2027 13:55:02 +0100", client="thunderbird", course="Former à l'esprit critique", inv=114,
 text="""Hello,

I'm logged in. There are two courses called "Former à l'esprit critique" in my list (one says "session 1", the other "session 2"). Which one is mine?

Julien""",
 profile="university", topics=["find_course"], action="escalate",
 why="two sessions of the course in his list; only a human knows which one he belongs to",
 clauses=[("Hello,","greeting"),("I'm logged in.","context"),
  ("There are two courses called \"Former à l'esprit critique\" in my list (one says \"session 1\", the other \"session 2\").","find_course"),
  ("Which one is mine?","other_request")]),

dict(slug="inp-account-or-academic", name="Siddharth Rao", addr="siddharth.rao@grenoble-inp.fr",
 date="Mon, 15 Feb 2027 10:30:33 +0100", client="owa", fmt="html", course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

Can I use my Grenoble INP account to log in, or do I need an academic one? I'm a lecturer at Ense3, I have never had any academic account.

Thank you""",
 profile="university", topics=["login"], action="reply",
 why="INP lecturer asks whether to log in with his INP account",
 clauses=[("Hello,","greeting"),("Can I use my Grenoble INP account to log in, or do I need an academic one?","login"),
  ("I'm a lecturer at Ense3, I have never had any academic account.","context"),("Thank you","thanks")]),

dict(slug="sick-leave-follow", name="Annabelle Roux", addr="annabelle.roux@univ-grenoble-alpes.fr",
 date="Mon, 15 Feb 2027 14:08:21 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Je suis en arrêt maladie jusqu'à fin mars. Am I allowed to follow the online part during my sick leave, or should I postpone to the next session?

Merci""",
 profile="university", topics=[], action="escalate",
 why="administrative question about sick leave and postponement",
 clauses=[("Bonjour,","greeting"),("Je suis en arrêt maladie jusqu'à fin mars.","context"),
  ("Am I allowed to follow the online part during my sick leave, or should I postpone to the next session?","other_request"),("Merci","thanks")]),

dict(slug="stop-only", name="Kyle Morgan", addr="kyle.morgan@etu.univ-grenoble-alpes.fr",
 date="Mon, 15 Feb 2027 21:40:00 +0100", client="iphone", course="Éduquer aux médias et à l'information", inv=115,
 text="""STOP""",
 profile="university", topics=[], action="escalate",
 why="asks to stop receiving these emails: an unsubscribe request for a human",
 clauses=[("STOP","other_request")]),

dict(slug="left-uga-new-address", raw="""Return-Path: <>
From: Sarah Jennings <sarah.jennings@univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Auto: I have left UGA
Date: Tue, 16 Feb 2027 07:14:55 +0100
Message-ID: <auto-left-5521@univ-grenoble-alpes.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

I have left the Université Grenoble Alpes. Please write to my new address: s=
arah.jennings@ed.ac.uk
J'ai quitt=C3=A9 l'UGA, merci d'utiliser ma nouvelle adresse.
""", profile="university", topics=[], action="ignore",
 why="auto-reply announcing a departure",
 clauses=[("I have left the Université Grenoble Alpes.","robot"),("J'ai quitté l'UGA, merci d'utiliser ma nouvelle adresse.","robot")]),

dict(slug="ac-sender-inp-apprentice", name="Thibault Mercier", addr="thibault.mercier@ac-grenoble.fr",
 date="Tue, 16 Feb 2027 12:20:37 +0100", client="zimbra", course="Enseigner l'informatique en NSI", inv=111,
 text="""Bonjour,

Je suis enseignant contractuel et en parallèle élève-ingénieur en formation continue à Grenoble INP ; l'inscription à ce parcours a été faite avec mon compte INP. Problem is I don't remember my INP login, je ne l'utilise que pour Chamilo.

Merci""",
 sig="Thibault Mercier",
 profile="university", topics=["forgotten_username"], action="reply",
 why="ac-grenoble.fr sender who says he was enrolled with his INP account; does not remember the INP login",
 clauses=[("Bonjour,","greeting"),
  ("Je suis enseignant contractuel et en parallèle élève-ingénieur en formation continue à Grenoble INP ; l'inscription à ce parcours a été faite avec mon compte INP.","context"),
  ("Problem is I don't remember my INP login,","forgotten_username"),("je ne l'utilise que pour Chamilo.","context"),("Merci","thanks")]),

dict(slug="aesh-gmail-blue-button", name="Nora Haddou", addr="nora.haddou.aesh@gmail.com",
 date="Tue, 16 Feb 2027 18:02:14 +0100", client="samsung", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonsoir, je suis AESH à Échirolles, j'ai mon identifiant académique mais je ne trouve pas le bouton bleu, sorry my phone shows the page in English. Where is it?""",
 profile="academic", topics=["login"], action="reply",
 why="gmail AESH of the académie cannot find the academic login button",
 clauses=[("Bonsoir,","greeting"),("je suis AESH à Échirolles, j'ai mon identifiant académique","context"),("mais je ne trouve pas le bouton bleu,","login"),
  ("sorry my phone shows the page in English.","context"),("Where is it?","login")]),

dict(slug="since-maintenance-complaint", name="Marcus Lee", addr="marcus.lee@univ-grenoble-alpes.fr",
 date="Wed, 17 Feb 2027 09:33:48 +0100", client="outlook", fmt="alt", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

Since the maintenance announced yesterday I can't log in anymore with my UGA account, I get "Service temporarily unavailable". The virtual class is tomorrow. Please fix this or tell me what to do, it's urgent.

Marcus Lee""",
 profile="university", topics=["login"], action="escalate",
 why="cannot log in since a maintenance (service unavailable), urgent: a platform problem for a human",
 clauses=[("Hello,","greeting"),("Since the maintenance announced yesterday I can't log in anymore with my UGA account, I get \"Service temporarily unavailable\".","login"),
  ("The virtual class is tomorrow.","context"),("Please fix this or tell me what to do, it's urgent.","other_request")]),

dict(slug="usmb-staff-pwd-login", name="Cécile Anthonioz", addr="cecile.anthonioz@univ-smb.fr",
 date="Wed, 17 Feb 2027 11:06:29 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Deux soucis : I forgot my USMB password, and I'm not sure I pick the right guichet, there is no "Savoie" but maybe "SUPIDP - Université Savoie Mont Blanc"?

Merci beaucoup""",
 sig="Cécile Anthonioz\nBibliothèque universitaire - USMB Jacob-Bellecombette",
 profile="university", topics=["forgotten_password","login"], action="reply",
 why="USMB staff: forgotten password and which portal to choose",
 clauses=[("Bonjour,","greeting"),("Deux soucis :","context"),("I forgot my USMB password,","forgotten_password"),
  ("and I'm not sure I pick the right guichet, there is no \"Savoie\" but maybe \"SUPIDP - Université Savoie Mont Blanc\"?","login"),("Merci beaucoup","thanks")]),

dict(slug="is-it-free", name="Kwame Asante", addr="kwame.asante@univ-grenoble-alpes.fr",
 date="Wed, 17 Feb 2027 15:50:11 +0100", client="apple", charset="utf-8", cte="qp", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

Is this training free of charge for university researchers, or does my lab have to pay something?

Kind regards,
Kwame Asante, TIMC""",
 profile="university", topics=[], action="escalate",
 why="asks whether the course is free",
 clauses=[("Hello,","greeting"),("Is this training free of charge for university researchers, or does my lab have to pay something?","other_request"),("Kind regards,","thanks")]),

dict(slug="retired-inp-hotmail", name="Alan Whitmore", addr="alan.whitmore@hotmail.com",
 date="Thu, 18 Feb 2027 10:22:36 +0100", client="owa", fmt="html", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Good morning,

I'm a retired Grenoble INP lecturer; my INP account was closed when I retired last year. I volunteer in the outreach programme. I don't have any username or password for M@gistère as far as I know.

Best wishes,
Alan Whitmore""",
 profile="other", topics=["forgotten_username","forgotten_password"], action="reply",
 why="retired, institution account closed: guest account; does not know username nor password",
 clauses=[("Good morning,","greeting"),("I'm a retired Grenoble INP lecturer; my INP account was closed when I retired last year.","context"),
  ("I volunteer in the outreach programme.","context"),("I don't have any username","forgotten_username"),("or password for M@gistère as far as I know.","forgotten_password"),
  ("Best wishes,","thanks")]),

dict(slug="lottery-spam", raw="""Return-Path: <claims@euro-lotto-winners.net>
From: "EuroMillions Claims Department" <claims@euro-lotto-winners.net>
To: undisclosed-recipients:;
Subject: CONGRATULATIONS!!! You have won 850,000 EUR
Date: Thu, 18 Feb 2027 04:04:04 +0000
Message-ID: <win-777@euro-lotto-winners.net>
X-Spam-Status: Yes, score=12.1
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Winner, your email address was selected in our annual draw. To claim your prize send your full name, address and bank details to our agent.
""", profile="other", topics=[], action="ignore",
 why="lottery spam",
 clauses=[("Dear Winner, your email address was selected in our annual draw.","robot")]),

dict(slug="download-offline", name="Ingrid Solberg", addr="ingrid.solberg@univ-grenoble-alpes.fr",
 date="Thu, 18 Feb 2027 14:44:05 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hi,

I'm in the course. Is there a way to download all the resources as PDF so I can read them offline on the train?

Thanks,
Ingrid (PhD, LIDILEM)""",
 profile="university", topics=[], action="escalate",
 why="question about the course resources",
 clauses=[("Hi,","greeting"),("I'm in the course.","context"),("Is there a way to download all the resources as PDF so I can read them offline on the train?","other_request"),("Thanks,","thanks")]),

dict(slug="erasmus-base64-html-pwd", name="Lucía Gómez", addr="lucia.gomez@etu.univ-grenoble-alpes.fr",
 date="Fri, 19 Feb 2027 09:58:17 +0100", client="gmail", fmt="html", charset="utf-8", cte="base64", course="Développer l'oral en langue vivante", inv=107,
 text="""Hola, hello,

Olvidé mi contraseña, I mean I forgot my UGA password. ¿Cómo la cambio? How do I change it?

Gracias,
Lucía""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="UGA Erasmus student forgot her password",
 clauses=[("Hola, hello,","greeting"),("Olvidé mi contraseña, I mean I forgot my UGA password.","forgotten_password"),
  ("¿Cómo la cambio? How do I change it?","forgotten_password"),("Gracias,","thanks")]),

dict(slug="trainer-email-request", name="Pauline Garcia", addr="pauline.garcia@univ-smb.fr",
 date="Fri, 19 Feb 2027 13:31:44 +0100", client="roundcube", course="Didactique des mathématiques au lycée", inv=110,
 text="""Bonjour,

Could you give me the email address of the trainer? J'ai une question sur le devoir à rendre.

Merci,
Pauline Garcia (ATER, USMB)""",
 profile="university", topics=[], action="escalate",
 why="asks for the trainer's address about an assignment",
 clauses=[("Bonjour,","greeting"),("Could you give me the email address of the trainer?","other_request"),("J'ai une question sur le devoir à rendre.","other_request"),("Merci,","thanks")]),

dict(slug="read-receipt-english-text", raw="""Return-Path: <george.hill@grenoble-inp.fr>
From: George Hill <george.hill@grenoble-inp.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Read: Invitation : Enseigner l'informatique en NSI
Date: Mon, 22 Feb 2027 08:30:12 +0100
Message-ID: <read-3321@grenoble-inp.fr>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Your message

 To: George Hill
 Subject: Invitation : Enseigner l'informatique en NSI
 Sent: Monday, November 30, 2026 9:12:04 AM (UTC+01:00)

was read on Monday, February 22, 2027 8:30:09 AM (UTC+01:00).
""", profile="university", topics=[], action="ignore",
 why="read receipt sent as plain text",
 clauses=[("was read on Monday, February 22, 2027 8:30:09 AM (UTC+01:00).","robot")]),

dict(slug="aucun-parcours-bottom", name="Eva Lindström", addr="eva.lindstrom@univ-grenoble-alpes.fr",
 date="Mon, 22 Feb 2027 11:47:30 +0100", client="roundcube", quote="bottom", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

I log in fine (UGA), but the home page says "Aucun parcours". Where is "Accueillir un élève allophone"?

Eva, Service des langues""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA lecturer logged in, course not listed",
 clauses=[("Hello,","greeting"),("I log in fine (UGA), but the home page says \"Aucun parcours\".","find_course"),
  ("Where is \"Accueillir un élève allophone\"?","find_course")]),

dict(slug="teacher-which-link", name="Oliver Bertrand", addr="oliver.bertrand@ac-grenoble.fr",
 date="Mon, 22 Feb 2027 17:19:05 +0100", client="thunderbird", charset="utf-8", cte="8bit", course="Conduire un projet eTwinning", inv=113,
 text="""Hi,

English teacher at collège Jean Moulin here. Should I log in through the invitation link or through the ENT? Je ne sais jamais par où passer.

Thanks""",
 sig="Oliver Bertrand",
 profile="academic", topics=["login"], action="reply",
 why="teacher of the académie asks where to log in",
 clauses=[("Hi,","greeting"),("English teacher at collège Jean Moulin here.","context"),("Should I log in through the invitation link or through the ENT?","login"),
  ("Je ne sais jamais par où passer.","login"),("Thanks","thanks")]),

dict(slug="password-and-next-session", name="Mariam Khalil", addr="mariam.khalil@etu.univ-smb.fr",
 date="Tue, 23 Feb 2027 10:04:52 +0100", client="gmail_mobile", fmt="alt", course="Éduquer aux médias et à l'information", inv=115,
 text="""Bonjour,
I forgot my USMB password and I missed the first session anyway. Can I register for the next session instead, and how do I get my password back?
Merci""",
 profile="university", topics=["forgotten_password"], action="escalate",
 why="forgot her USMB password (guide) and asks to move to the next session (not in guide)",
 clauses=[("Bonjour,","greeting"),("I forgot my USMB password","forgotten_password"),("and I missed the first session anyway.","context"),
  ("Can I register for the next session instead,","other_request"),("and how do I get my password back?","forgotten_password"),("Merci","thanks")]),

dict(slug="unclear-tuesday", name="Rhys Parry", addr="rhys.parry@grenoble-inp.fr",
 date="Tue, 23 Feb 2027 15:27:38 +0100", client="iphone", course="Le numérique au service de la pédagogie", inv=106,
 text="""Is it the one from Tuesday or did I miss something?""",
 profile="university", topics=[], action="escalate",
 why="unclear question",
 clauses=[("Is it the one from Tuesday or did I miss something?","unclear")]),
]
