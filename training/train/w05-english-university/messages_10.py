MESSAGES = [
dict(slug="lecturer-teacher-ac-uses-uga", name="Hugo Béranger", addr="hugo.beranger@ac-grenoble.fr",
 date="Mon, 15 Mar 2027 18:22:10 +0100", client="thunderbird", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Bonjour,

Prof de physique au lycée Champollion et chargé de cours à Grenoble INP. Pour cette formation, c'est mon compte INP qu'on m'a demandé d'utiliser, but I can't find the course after logging in with it.

Merci""",
 sig="Hugo Béranger",
 profile="university", topics=["find_course"], action="reply",
 why="ac-grenoble.fr sender who says he uses his INP account for this course; logged in, cannot find the course",
 clauses=[("Bonjour,","greeting"),("Prof de physique au lycée Champollion et chargé de cours à Grenoble INP.","context"),
  ("Pour cette formation, c'est mon compte INP qu'on m'a demandé d'utiliser,","context"),("but I can't find the course after logging in with it.","find_course"),("Merci","thanks")]),

dict(slug="usmb-admin-username-only", name="Claudine Perrier", addr="claudine.perrier@univ-smb.fr",
 date="Tue, 16 Mar 2027 08:31:44 +0100", client="zimbra", charset="iso-8859-1", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Gestionnaire financière à l'USMB, je ne connais pas mon identifiant pour le guichet de l'université, je me connecte toujours depuis mon poste sans rien taper. Which username is it?

Cordialement""",
 sig="Claudine Perrier\nAgence comptable - USMB",
 profile="university", topics=["forgotten_username"], action="reply",
 why="USMB staff does not know her username",
 clauses=[("Bonjour,","greeting"),("Gestionnaire financière à l'USMB, je ne connais pas mon identifiant pour le guichet de l'université,","forgotten_username"),
  ("je me connecte toujours depuis mon poste sans rien taper.","context"),("Which username is it?","forgotten_username"),("Cordialement","thanks")]),

dict(slug="visiting-prof-guest-pwd-html", name="Michael O'Brien", addr="m.obrien@ucd.ie",
 date="Tue, 16 Mar 2027 12:48:27 +0000", client="outlook", fmt="html", course="Développer l'oral en langue vivante", inv=107,
 text="""Dear colleagues,

I'm a visiting professor from University College Dublin, giving one session in this course. I received a guest username, but the password in the email does not work. Could you help?

Best wishes,
Michael O'Brien""",
 profile="other", topics=["forgotten_password"], action="reply",
 why="foreign visiting professor with a guest account; password refused",
 clauses=[("Dear colleagues,","greeting"),("I'm a visiting professor from University College Dublin, giving one session in this course.","context"),
  ("I received a guest username, but the password in the email does not work.","forgotten_password"),("Could you help?","forgotten_password"),("Best wishes,","thanks")]),

dict(slug="intl-student-login-and-attestation", name="Chen Jing", addr="jing.chen@etu.univ-grenoble-alpes.fr",
 date="Tue, 16 Mar 2027 20:05:33 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonsoir,

I'm a Chinese master's student at UGA. I don't know how to log in with my student account. Also, I need a document proving I'm enrolled in this training, for my residence permit. Can you give me one?

Merci beaucoup,
Chen Jing""",
 profile="university", topics=["login"], action="escalate",
 why="UGA student asks how to log in (guide) and for an enrolment certificate (not in guide)",
 clauses=[("Bonsoir,","greeting"),("I'm a Chinese master's student at UGA.","context"),("I don't know how to log in with my student account.","login"),
  ("Also, I need a document proving I'm enrolled in this training, for my residence permit.","other_request"),("Can you give me one?","other_request"),("Merci beaucoup,","thanks")]),

dict(slug="oof-english-teacher-academic", raw="""Return-Path: <>
From: Paul Jenkins <paul.jenkins@ac-grenoble.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Absence : Invitation : Développer l'oral en langue vivante
Date: Wed, 17 Mar 2027 07:00:22 +0100
Message-ID: <zimbra-oof-ac-88122@ac-grenoble.fr>
Auto-Submitted: auto-replied (zimbra; vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

I'm on a school trip to London with my pupils until 22 March. Je suis en voyage scolaire jusqu'au 22 mars.
""", profile="academic", topics=[], action="ignore",
 why="bilingual Zimbra vacation reply from a teacher",
 clauses=[("I'm on a school trip to London with my pupils until 22 March.","robot"),("Je suis en voyage scolaire jusqu'au 22 mars.","robot")]),

dict(slug="phd-both-pwd-login", name="Amir Rahimi", addr="amir.rahimi@grenoble-inp.fr",
 date="Wed, 17 Mar 2027 10:27:19 +0100", client="gmail", fmt="alt", course="Enseigner l'informatique en NSI", inv=111,
 text="""Hello,

Doctoral student at Verimag. I'm not sure my INP password is still valid, it's been refused twice, and I'm also not sure I'm using the correct button (I used the blue one).

Thanks,
Amir""",
 profile="university", topics=["forgotten_password","login"], action="reply",
 why="INP PhD candidate: password refused, used the academic button",
 clauses=[("Hello,","greeting"),("Doctoral student at Verimag.","context"),("I'm not sure my INP password is still valid, it's been refused twice,","forgotten_password"),
  ("and I'm also not sure I'm using the correct button (I used the blue one).","login"),("Thanks,","thanks")]),

dict(slug="language-assistant-wrong-course", name="Lily Evans-Garcia", addr="lily.evansgarcia@gmail.com",
 date="Wed, 17 Mar 2027 15:11:50 +0100", client="gmail_mobile", fmt="alt", course="Didactique des mathématiques au lycée", inv=110,
 text="""Hi! I'm an English language assistant and I just got invited to a maths didactics course?? I think it's a mistake, maybe it was meant for another person with my name.""",
 profile="academic", topics=[], action="escalate",
 why="language assistant thinks the invitation is a mistake",
 clauses=[("Hi!","greeting"),("I'm an English language assistant and I just got invited to a maths didactics course??","context"),
  ("I think it's a mistake, maybe it was meant for another person with my name.","other_request")]),

dict(slug="uga-staff-merci-found", name="Florence Bonnet", addr="florence.bonnet@univ-grenoble-alpes.fr",
 date="Thu, 18 Mar 2027 09:09:30 +0100", client="owa", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Finally found it with the search box, thank you! Bonne journée.""",
 sig="Florence Bonnet\nPôle RH - UGA",
 profile="university", topics=[], action="ignore",
 why="says she found the course; closes the matter",
 clauses=[("Finally found it with the search box, thank you!","thanks"),("Bonne journée.","small_talk")]),

dict(slug="windows1252-inp-username-pwd", name="Sébastien Morel", addr="sebastien.morel@grenoble-inp.fr",
 date="Thu, 18 Mar 2027 14:22:16 +0100", client="outlook", crlf=True, fmt="plain", charset="windows-1252", cte="qp", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour,

Arrivé à Grenoble INP en janvier (enseignant contractuel, Génie Industriel), je n'ai ni mon identifiant ni mon mot de passe INP, la DSI ne me les a jamais transmis je crois.

Cordialement,""",
 sig="Sébastien Morel",
 profile="university", topics=["forgotten_username","forgotten_password"], action="reply",
 why="new INP staff without his INP username and password; the guide says to ask the institution",
 clauses=[("Bonjour,","greeting"),("Arrivé à Grenoble INP en janvier (enseignant contractuel, Génie Industriel),","context"),
  ("je n'ai ni mon identifiant","forgotten_username"),("ni mon mot de passe INP,","forgotten_password"),("la DSI ne me les a jamais transmis je crois.","context"),("Cordialement,","thanks")]),

dict(slug="course-content-level", name="Rebecca Stone", addr="rebecca.stone@univ-smb.fr",
 date="Thu, 18 Mar 2027 17:37:04 +0100", client="thunderbird", course="Former à l'esprit critique", inv=114,
 text="""Hello,

Is this course designed for beginners in teaching, or does it assume some pedagogical background? I'm a researcher with very little teaching experience.

Rebecca""",
 profile="university", topics=[], action="escalate",
 why="question about the course level",
 clauses=[("Hello,","greeting"),("Is this course designed for beginners in teaching, or does it assume some pedagogical background?","other_request"),
  ("I'm a researcher with very little teaching experience.","context")]),

dict(slug="spam-fake-magistere", raw="""Return-Path: <security@magistere-education-fr.com>
From: "M@gistere Securite" <security@magistere-education-fr.com>
To: formation-magistere@ac-grenoble.fr
Subject: Action requise : votre compte M@gistere sera suspendu
Date: Fri, 19 Mar 2027 03:33:33 +0000
Message-ID: <phish-3391@magistere-education-fr.com>
X-Spam-Flag: YES
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p>Votre compte sera suspendu sous 24h. Confirmez vos identifiants ici / Your account will be suspended within 24h. Confirm your credentials here.</p></body></html>
""", profile="other", topics=[], action="ignore",
 why="phishing imitating the platform",
 clauses=[("Votre compte sera suspendu sous 24h.","robot")]),

dict(slug="aesh-orange-login-course", name="Sandra Mbeki", addr="sandra.mbeki@orange.fr",
 date="Fri, 19 Mar 2027 11:48:55 +0100", client="orange", charset="iso-8859-1", cte="qp", fmt="html", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonjour,

AESH au collège de Saint-Égrève, I have my academic identifier and password. Mais je ne sais pas où les taper sur M@gistère, et après je ne sais pas où est la formation.

Merci""",
 profile="academic", topics=["login","find_course"], action="reply",
 why="orange.fr AESH of the académie: where to log in and where the course is",
 clauses=[("Bonjour,","greeting"),("AESH au collège de Saint-Égrève, I have my academic identifier and password.","context"),
  ("Mais je ne sais pas où les taper sur M@gistère,","login"),("et après je ne sais pas où est la formation.","find_course"),("Merci","thanks")]),

dict(slug="fwd-gmail-to-eafc-student", name="Ilaria Bruno", addr="ilaria.bruno@etu.univ-smb.fr",
 date="Fri, 19 Mar 2027 16:20:28 +0100", client="gmail", fmt="alt", quote="fwd", threaded=False, to="formation-magistere@ac-grenoble.fr",
 course="Éduquer aux médias et à l'information", inv=115,
 text="""Hello, forwarding you the invitation: I'm a USMB student and I don't know my USMB password anymore, what can I do?""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="USMB student forwards the invitation: forgot her USMB password",
 clauses=[("Hello,","greeting"),("forwarding you the invitation:","context"),("I'm a USMB student and I don't know my USMB password anymore,","forgotten_password"),
  ("what can I do?","forgotten_password")]),

dict(slug="quote-colleague-numen-list", name="Eleanor Vance", addr="eleanor.vance@laposte.net",
 date="Mon, 22 Mar 2027 09:40:12 +0100", client="thunderbird", charset="utf-8", cte="8bit", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Hello,

My friend who teaches at a lycée gave me her NUMEN and said to try it, but I'm not a teacher, I'm an educational consultant (I did my studies at UGA and USMB). It didn't work, obviously. I don't know how I'm supposed to log in.

Eleanor""",
 profile="other", topics=["login"], action="reply",
 why="a friend's NUMEN and a list of universities change nothing; laposte: other; does not know how to log in",
 clauses=[("Hello,","greeting"),("My friend who teaches at a lycée gave me her NUMEN and said to try it,","context"),
  ("but I'm not a teacher, I'm an educational consultant (I did my studies at UGA and USMB).","context"),("It didn't work, obviously.","context"),
  ("I don't know how I'm supposed to log in.","login")]),

dict(slug="unclear-attachment-only", name="Omar Saleh", addr="omar.saleh@etu.univ-grenoble-alpes.fr",
 date="Mon, 22 Mar 2027 13:15:05 +0100", client="samsung", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""here""",
 profile="university", topics=[], action="escalate",
 why="one-word reply, meaning unknown",
 clauses=[("here","unclear")]),

dict(slug="late-enrolment-deadline", name="Alice Renard-Smith", addr="alice.renard-smith@univ-grenoble-alpes.fr",
 date="Mon, 22 Mar 2027 17:52:40 +0100", client="apple", charset="utf-8", cte="qp", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

I only saw the invitation today, the course started three weeks ago. Is it too late to join, and will the first activities still be open? I log in fine with my UGA account.

Alice""",
 profile="university", topics=[], action="escalate",
 why="late start: asks whether she can still join and about deadlines",
 clauses=[("Hello,","greeting"),("I only saw the invitation today, the course started three weeks ago.","context"),
  ("Is it too late to join, and will the first activities still be open?","other_request"),("I log in fine with my UGA account.","context")]),

dict(slug="teacher-english-password-default", name="Gemma Fraser", addr="gemma.fraser@ac-grenoble.fr",
 date="Tue, 23 Mar 2027 08:14:33 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

New English teacher (stagiaire) at collège Louis Lumière. What is the default password of the academic account? I've never changed it.

Thanks!""",
 sig="Gemma Fraser",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="trainee teacher asks for the default academic password",
 clauses=[("Hello,","greeting"),("New English teacher (stagiaire) at collège Louis Lumière.","context"),
  ("What is the default password of the academic account?","forgotten_password"),("I've never changed it.","context"),("Thanks!","thanks")]),

dict(slug="inp-student-ndr-relay", raw="""Return-Path: <>
From: postmaster@grenoble-inp.org
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?Q?Non_remis_:_Invitation_:_Enseigner_l'informatique_en_NSI?=
Date: Tue, 23 Mar 2027 10:10:10 +0000
Message-ID: <ndr-org-9981@grenoble-inp.org>
X-Failed-Recipients: k.dubois@grenoble-inp.org
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Remise à ces destinataires ou groupes impossible :
k.dubois@grenoble-inp.org
L'adresse de messagerie que vous avez entrée est introuvable.
""", profile="university", topics=[], action="ignore",
 why="French Exchange non-delivery report",
 clauses=[("Remise à ces destinataires ou groupes impossible :","robot"),("L'adresse de messagerie que vous avez entrée est introuvable.","robot")]),
]
