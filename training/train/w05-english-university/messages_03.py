MESSAGES = [
dict(slug="inp-phd-login-and-course", name="Mehdi Bouzid", addr="mehdi.bouzid@grenoble-inp.fr",
 date="Fri, 18 Dec 2026 14:12:09 +0100", client="outlook", crlf=True, fmt="alt", charset="windows-1252", cte="qp", course="Enseigner l'informatique en NSI", inv=111,
 text="""Bonjour,

Doctorant au LIG (Grenoble INP), je n'arrive pas à me connecter à M@gistère, I don't know which portal to pick. Et une fois connecté, where will the course be?

Merci d'avance,""",
 sig="Mehdi Bouzid\nDoctorant - LIG / Grenoble INP",
 profile="university", topics=["login","find_course"], action="reply",
 why="INP PhD candidate cannot log in and asks where the course will be",
 clauses=[("Bonjour,","greeting"),("Doctorant au LIG (Grenoble INP),","context"),("je n'arrive pas à me connecter à M@gistère,","login"),
  ("I don't know which portal to pick.","login"),("Et une fois connecté, where will the course be?","find_course"),("Merci d'avance,","thanks")]),

dict(slug="fwd-colleague-password", name="Christophe Albert", addr="christophe.albert@univ-grenoble-alpes.fr",
 date="Fri, 18 Dec 2026 16:30:44 +0100", client="outlook", fmt="alt", quote="fwd", threaded=False, to="formation-magistere@ac-grenoble.fr",
 course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonjour,

Je vous transfère l'invitation de ma collègue Helen Price (lectrice, UFR LLASIC), qui n'a pas encore accès à sa messagerie UGA. She says she knows her UGA username but has forgotten the password. Que doit-elle faire ?

Cordialement,""",
 sig="Christophe Albert\nUFR LLASIC - Université Grenoble Alpes",
 profile="university", topics=["forgotten_password"], action="escalate",
 why="UGA staff writes on behalf of a colleague (forgotten UGA password); the guide covers the password but acting for someone else needs a human",
 clauses=[("Bonjour,","greeting"),("Je vous transfère l'invitation de ma collègue Helen Price (lectrice, UFR LLASIC), qui n'a pas encore accès à sa messagerie UGA.","other_request"),
  ("She says she knows her UGA username but has forgotten the password.","forgotten_password"),("Que doit-elle faire ?","forgotten_password"),("Cordialement,","thanks")]),

dict(slug="erasmus-both-forgotten", name="Niamh Gallagher", addr="niamhgallagher01@gmail.com",
 date="Sat, 19 Dec 2026 11:04:27 +0100", client="gmail_mobile", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Hi! I'm on Erasmus at UGA (from Trinity Dublin). I forgot both my UGA username and my password, I only used them once in September 🙈 Help please""",
 profile="university", topics=["forgotten_username","forgotten_password"], action="reply",
 why="gmail sender who says she has a UGA account; forgot username and password",
 clauses=[("Hi!","greeting"),("I'm on Erasmus at UGA (from Trinity Dublin).","context"),("I forgot both my UGA username","forgotten_username"),
  ("and my password,","forgotten_password"),("I only used them once in September 🙈","context"),("Help please","small_talk")]),

dict(slug="usmb-researcher-no-account", name="Ahmed Karimi", addr="ahmed.karimi@univ-smb.fr",
 date="Mon, 21 Dec 2026 09:45:10 +0100", client="thunderbird", charset="utf-8", cte="qp", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Dear all,

I am a foreign researcher at LOCIE (USMB), my contract started two weeks ago. I have this email address but I was never told a username for the USMB authentication page. What is it?

Best regards,
Ahmed Karimi""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="USMB researcher who does not know his institution username",
 clauses=[("Dear all,","greeting"),("I am a foreign researcher at LOCIE (USMB), my contract started two weeks ago.","context"),
  ("I have this email address but I was never told a username for the USMB authentication page.","forgotten_username"),
  ("What is it?","forgotten_username"),("Best regards,","thanks")]),

dict(slug="ac-sender-usmb-prag-error", name="Valérie Chapuis", addr="valerie.chapuis@ac-grenoble.fr",
 date="Mon, 21 Dec 2026 13:18:35 +0100", client="zimbra", charset="utf-8", cte="8bit", fmt="alt", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Je suis PRAG d'anglais à l'USMB et je garde mon adresse académique par habitude. Je me connecte avec mon compte USMB via le bouton violet : après la saisie de mon mot de passe, j'ai une page « Erreur d'authentification, veuillez réessayer ». Que se passe-t-il ?

Bien à vous""",
 sig="V. Chapuis",
 profile="university", topics=["login"], action="reply",
 why="ac-grenoble.fr sender who logs in with her USMB account; error when logging in",
 clauses=[("Bonjour,","greeting"),("Je suis PRAG d'anglais à l'USMB et je garde mon adresse académique par habitude.","context"),
  ("Je me connecte avec mon compte USMB via le bouton violet : après la saisie de mon mot de passe, j'ai une page « Erreur d'authentification, veuillez réessayer ».","login"),
  ("Que se passe-t-il ?","login"),("Bien à vous","thanks")]),

dict(slug="aesh-gmail-english-find", name="Grace Ndlovu", addr="grace.ndlovu.aesh@gmail.com",
 date="Mon, 21 Dec 2026 20:51:03 +0100", client="iphone", charset="utf-8", cte="qp", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonsoir, I'm an AESH in Échirolles (école Marcel Cachin). I logged in with my academic account, it worked, but I don't see the training on the page. Where do I click?""",
 profile="academic", topics=["find_course"], action="reply",
 why="gmail AESH of the académie, logged in with her academic account, does not see the course",
 clauses=[("Bonsoir,","greeting"),("I'm an AESH in Échirolles (école Marcel Cachin).","context"),("I logged in with my academic account, it worked,","context"),
  ("but I don't see the training on the page.","find_course"),("Where do I click?","find_course")]),

dict(slug="lecturer-teacher-which-account", name="Isabelle Tournier", addr="isabelle.tournier@univ-grenoble-alpes.fr",
 date="Tue, 22 Dec 2026 10:02:17 +0100", client="zimbra", charset="utf-8", cte="qp", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Je suis à la fois professeure agrégée en lycée (mi-temps) et chargée de cours à l'UGA. J'ai donc deux comptes : which one should I use for this course, le compte académique ou le compte UGA ?

Merci""",
 profile="university", topics=["forgotten_username","login"], action="escalate",
 why="has both accounts and does not say which one she was enrolled with; domain says university; only a human can check the enrolment",
 clauses=[("Bonjour,","greeting"),("Je suis à la fois professeure agrégée en lycée (mi-temps) et chargée de cours à l'UGA.","context"),
  ("J'ai donc deux comptes : which one should I use for this course, le compte académique ou le compte UGA ?","forgotten_username"),("Merci","thanks")]),

dict(slug="teacher-colleague-numen-worked", name="Fabien Roche", addr="fabien.roche@ac-grenoble.fr",
 date="Tue, 22 Dec 2026 17:36:58 +0100", client="thunderbird", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour,

Ma collègue d'anglais, Mrs Taylor, m'a dit que pour elle le NUMEN avait marché comme mot de passe (le sien : 05E0987654XYZ). Moi j'ai tapé le mien et ça ne passe pas. J'ai peut-être changé le mot de passe il y a longtemps ?

Merci""",
 sig="Fabien Roche\nProfesseur de technologie - Collège Lucie Aubrac",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="teacher of the académie; quotes a colleague's NUMEN (changes nothing); his own default password is refused",
 clauses=[("Bonjour,","greeting"),
  ("Ma collègue d'anglais, Mrs Taylor, m'a dit que pour elle le NUMEN avait marché comme mot de passe (le sien : 05E0987654XYZ).","context"),
  ("Moi j'ai tapé le mien et ça ne passe pas.","forgotten_password"),("J'ai peut-être changé le mot de passe il y a longtemps ?","forgotten_password"),("Merci","thanks")]),

dict(slug="list-universities-hotmail-lecturer", name="Patrick Doyle", addr="patrick.doyle@hotmail.fr",
 date="Wed, 23 Dec 2026 09:27:40 +0100", client="owa", fmt="html", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

I give English classes in several places: UGA, Grenoble INP and USMB, all as a vacataire. I clicked the link but I'm stuck on the first page, I don't know how to log in.

Regards,
Patrick""",
 profile="other", topics=["login"], action="reply",
 why="lists universities he teaches at but names no account he uses; hotmail domain decides: other; does not know how to log in",
 clauses=[("Hello,","greeting"),("I give English classes in several places: UGA, Grenoble INP and USMB, all as a vacataire.","context"),
  ("I clicked the link but I'm stuck on the first page,","login"),("I don't know how to log in.","login"),("Regards,","thanks")]),

dict(slug="inp-admin-merci-ok", name="Corinne Vial", addr="corinne.vial@grenoble-inp.fr",
 date="Wed, 23 Dec 2026 11:50:02 +0100", client="owa", fmt="alt", course="Prévenir le harcèlement", inv=112, quote="yes",
 text="""Merci, it's working now, I found the course. Bonnes fêtes !""",
 sig="Corinne Vial\nDirection des ressources humaines\nGrenoble INP - UGA",
 profile="university", topics=[], action="ignore",
 why="INP staff says it works now; closes the matter",
 clauses=[("Merci,","thanks"),("it's working now, I found the course.","context"),("Bonnes fêtes !","small_talk")]),

dict(slug="oof-usmb-zimbra-conge", raw="""Return-Path: <>
From: Jean-Luc Favre <jean-luc.favre@univ-smb.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Absent_/_Away_:_Re:_Invitation_:_Former_=C3=A0_l'esprit_critique?=
Date: Thu, 24 Dec 2026 00:00:03 +0100
Message-ID: <1218455.oof@zimbra.univ-smb.fr>
Auto-Submitted: auto-replied (zimbra; vacation)
X-Zimbra-Vacation: 1
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Je suis en cong=E9s jusqu'au 4 janvier 2027. En cas d'urgence, contactez le=
 secr=E9tariat du d=E9partement.
I am on leave until 4 January 2027.
""", profile="university", topics=[], action="ignore",
 why="Zimbra vacation auto-reply in French and English",
 clauses=[("Je suis en congés jusqu'au 4 janvier 2027.","robot"),("En cas d'urgence, contactez le secrétariat du département.","robot"),
  ("I am on leave until 4 January 2027.","robot")]),

dict(slug="address-changed-autoreply", raw="""Return-Path: <noreply@etu.univ-grenoble-alpes.fr>
From: noreply@etu.univ-grenoble-alpes.fr
To: formation-magistere@ac-grenoble.fr
Subject: Adresse obsolete / Address no longer in use
Date: Thu, 24 Dec 2026 08:13:47 +0100
Message-ID: <obsolete-4471@etu.univ-grenoble-alpes.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Cette adresse n'est plus utilisee depuis la fin du cursus de son titulaire. Votre message n'a pas ete transmis.
This address is no longer in use since the end of the holder's studies. Your message has not been forwarded.
""", profile="university", topics=[], action="ignore",
 why="automatic notice that a former student's address is no longer used",
 clauses=[("Cette adresse n'est plus utilisee depuis la fin du cursus de son titulaire.","robot"),("Votre message n'a pas ete transmis.","robot"),
  ("This address is no longer in use since the end of the holder's studies.","robot"),("Your message has not been forwarded.","robot")]),

dict(slug="exam-period-compulsory", name="Maxime Gauthier", addr="maxime.gauthier@etu.univ-grenoble-alpes.fr",
 date="Mon, 28 Dec 2026 14:40:22 +0100", client="gmail", fmt="alt", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Bonjour,

Honestly I'm a bit annoyed: the course starts right in the middle of our January exams at the INSPÉ. Est-ce que c'est obligatoire ? If it is, can I do it later?

Maxime, M1 MEEF""",
 profile="university", topics=[], action="escalate",
 why="UGA student complains about the timing and asks if the course is compulsory or can be postponed",
 clauses=[("Bonjour,","greeting"),("Honestly I'm a bit annoyed: the course starts right in the middle of our January exams at the INSPÉ.","other_request"),
  ("Est-ce que c'est obligatoire ?","other_request"),("If it is, can I do it later?","other_request")]),

dict(slug="subtitles-accessibility", name="Oscar Lindgren", addr="oscar.lindgren@etu.univ-smb.fr",
 date="Tue, 29 Dec 2026 10:11:59 +0100", client="apple", charset="utf-8", cte="qp", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

I'm hard of hearing. Are the videos of the course subtitled, in French or English? If not, is there a transcript I could get?

Thank you,
Oscar""",
 profile="university", topics=[], action="escalate",
 why="accessibility request about the course content",
 clauses=[("Hello,","greeting"),("I'm hard of hearing.","context"),("Are the videos of the course subtitled, in French or English?","other_request"),
  ("If not, is there a transcript I could get?","other_request"),("Thank you,","thanks")]),

dict(slug="clil-content-question", name="Fiona Graham", addr="fiona.graham@univ-grenoble-alpes.fr",
 date="Tue, 29 Dec 2026 15:23:05 +0100", client="thunderbird", course="Enseigner les sciences en anglais (EMILE)", inv=108, quote="bottom",
 text="""Hello,

Before I start: does the EMILE course also cover primary school, or only collège and lycée? I train future primary teachers at the INSPÉ.

Best wishes,
Fiona Graham""",
 profile="university", topics=[], action="escalate",
 why="question about the course content",
 clauses=[("Hello,","greeting"),("Before I start: does the EMILE course also cover primary school, or only collège and lycée?","other_request"),
  ("I train future primary teachers at the INSPÉ.","context"),("Best wishes,","thanks")]),

dict(slug="uga-html-base64-credentials", name="Kevin Marchand", addr="kevin.marchand@univ-grenoble-alpes.fr",
 date="Wed, 30 Dec 2026 09:08:31 +0100", client="owa", fmt="html", charset="utf-8", cte="base64", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Je suis technicien au service des bâtiments de l'UGA. J'ai cliqué sur le bouton violet, choisi SUPIDP - Université Grenoble Alpes et tapé mon login agalan, mais on me répond "Identifiant ou mot de passe incorrect". Je pense que c'est le mot de passe qui ne va pas.

Cordialement""",
 sig="Kevin Marchand\nDirection du patrimoine - UGA",
 profile="university", topics=["forgotten_password","login"], action="reply",
 why="UGA staff, error at login that he attributes to his password",
 clauses=[("Bonjour,","greeting"),("Je suis technicien au service des bâtiments de l'UGA.","context"),
  ("J'ai cliqué sur le bouton violet, choisi SUPIDP - Université Grenoble Alpes et tapé mon login agalan, mais on me répond \"Identifiant ou mot de passe incorrect\".","login"),
  ("Je pense que c'est le mot de passe qui ne va pas.","forgotten_password"),("Cordialement","thanks")]),

dict(slug="csi-british-section-guest", name="Rebecca Hughes", addr="rebecca.hughes.csi@gmail.com",
 date="Wed, 30 Dec 2026 18:27:14 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

I teach in the British section of the Cité Scolaire Internationale, but I'm employed by the parents' association, not by the académie, so I have no academic account. I got an email from M@gistère with a username in October, but I lost the password. Can I get a new one?

Many thanks,
Rebecca Hughes""",
 profile="other", topics=["forgotten_password"], action="reply",
 why="teacher employed by an association, guest account; has the username but lost the password",
 clauses=[("Hello,","greeting"),
  ("I teach in the British section of the Cité Scolaire Internationale, but I'm employed by the parents' association, not by the académie, so I have no academic account.","context"),
  ("I got an email from M@gistère with a username in October,","context"),("but I lost the password.","forgotten_password"),
  ("Can I get a new one?","forgotten_password"),("Many thanks,","thanks")]),

dict(slug="inp-phd-direct-login-fails", name="Lina Haddad", addr="lina.haddad@grenoble-inp.fr",
 date="Thu, 31 Dec 2026 10:44:50 +0100", client="samsung", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour, I tried "Connexion directe à M@gistère" with my INP login and password and it says invalid login. Any idea?
Lina, doctorante SIMaP""",
 profile="university", topics=["login"], action="reply",
 why="INP PhD candidate used the wrong login button with her INP account",
 clauses=[("Bonjour,","greeting"),("I tried \"Connexion directe à M@gistère\" with my INP login and password and it says invalid login.","login"),
  ("Any idea?","login")]),

dict(slug="connected-cant-find-franglais", name="Julie Nguyen", addr="julie.nguyen@etu.univ-grenoble-alpes.fr",
 date="Sat, 02 Jan 2027 16:02:38 +0100", client="roundcube", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

C'est bon pour la connexion (UGA), but then I'm lost: je ne trouve pas le parcours « Accueillir un élève allophone ».

Thanks!""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA student logged in, cannot find the course",
 clauses=[("Hello,","greeting"),("C'est bon pour la connexion (UGA),","context"),("but then I'm lost:","find_course"),
  ("je ne trouve pas le parcours « Accueillir un élève allophone ».","find_course"),("Thanks!","thanks")]),

dict(slug="wrong-address-grades", name="Hamza El Idrissi", addr="hamza.elidrissi@etu.univ-grenoble-alpes.fr",
 date="Mon, 04 Jan 2027 08:30:12 +0100", client="gmail_mobile", fmt="alt", quote="no", threaded=False, subject="note partiel didactique", to="formation-magistere@ac-grenoble.fr", course="",
 text="""Bonjour madame, I didn't get my mark for the didactics midterm on the ENT, could you check please? Student number 22104587""",
 profile="university", topics=[], action="escalate",
 why="UGA student writes to the wrong address about an exam mark; a human must redirect him",
 clauses=[("Bonjour madame,","greeting"),("I didn't get my mark for the didactics midterm on the ENT, could you check please?","other_request"),
  ("Student number 22104587","context")]),

dict(slug="empty-reply-quote-only", name="Paul Anderson", addr="paul.anderson@univ-grenoble-alpes.fr",
 date="Mon, 04 Jan 2027 11:17:45 +0100", client="outlook", fmt="alt", course="Évaluer par compétences", inv=105,
 text="", sig="Paul Anderson\nLecturer in English - UFR LLASIC\nUniversité Grenoble Alpes",
 profile="university", topics=[], action="escalate",
 why="empty reply (signature and quote only): nothing can be answered automatically, a human should check what was meant",
 clauses=[]),

dict(slug="account-locked-samsung", name="Ethan Brooks", addr="ethan.brooks@etu.univ-smb.fr",
 date="Mon, 04 Jan 2027 19:55:20 +0100", client="samsung", charset="utf-8", cte="base64", course="Didactique des mathématiques au lycée", inv=110,
 text="""Hi, I can't connect anymore, the USMB page now says my account is locked after too many attempts. What do I do? Thx""",
 profile="university", topics=["login"], action="escalate",
 why="USMB student whose account is locked; not covered by the guide",
 clauses=[("Hi,","greeting"),("I can't connect anymore,","login"),("the USMB page now says my account is locked after too many attempts.","other_request"),
  ("What do I do?","other_request"),("Thx","thanks")]),

dict(slug="mdn-thunderbird-fr-en", raw="""Return-Path: <claire.moreno@univ-smb.fr>
From: Claire Moreno <claire.moreno@univ-smb.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Accusé de réception (affiché) : Invitation : Former à l'esprit critique
Date: Tue, 05 Jan 2027 08:02:00 +0100
Message-ID: <mdn-6b2f@univ-smb.fr>
User-Agent: Mozilla Thunderbird 115.6.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="------------mdn77"

--------------mdn77
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier que vous avez envoyé à <claire.moreno@univ-smb.fr>.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire.

--------------mdn77
Content-Type: message/disposition-notification; name="MDNPart2.txt"

Reporting-UA: univ-smb.fr; Mozilla Thunderbird 115.6.0
Final-Recipient: rfc822;claire.moreno@univ-smb.fr
Original-Message-ID: <invitation-2026-114@ac-grenoble.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn77--
""", profile="university", topics=[], action="ignore",
 why="Thunderbird read receipt",
 clauses=[("Ceci est un accusé de réception pour le courrier que vous avez envoyé à <claire.moreno@univ-smb.fr>.","robot")]),

dict(slug="lecturer-students-group", name="Harriet Cole", addr="harriet.cole@univ-smb.fr",
 date="Tue, 05 Jan 2027 10:36:41 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonjour,

I coordinate the MEEF anglais at USMB. 28 of my students should follow this course but only a few received the invitation. Could you enrol the whole group? And for those who got it, they log in with their USMB student account, right?

Merci,
Harriet Cole""",
 profile="university", topics=["login"], action="escalate",
 why="USMB lecturer asks to enrol a group of students (not in guide) and checks which account they use",
 clauses=[("Bonjour,","greeting"),("I coordinate the MEEF anglais at USMB.","context"),
  ("28 of my students should follow this course but only a few received the invitation.","other_request"),
  ("Could you enrol the whole group?","other_request"),("And for those who got it, they log in with their USMB student account, right?","login"),("Merci,","thanks")]),
]
