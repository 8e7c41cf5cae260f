MESSAGES = [
dict(slug="english-teacher-username-find", name="Sian Roberts", addr="sian.roberts.teach@gmail.com",
 date="Mon, 18 Jan 2027 08:05:12 +0100", client="gmail", fmt="alt", course="Évaluer par compétences", inv=105,
 text="""Hello,

I'm a tenured English teacher at collège Henri Wallon (Saint-Martin-d'Hères). Two problems: I don't know my academic username (I always log in to the ENT through the school, it's automatic), and I don't know where the course will appear once I'm logged in.

Thank you,
Siân""",
 profile="academic", topics=["forgotten_username","find_course"], action="reply",
 why="gmail sender, teacher of the académie; does not know her academic username and where the course is",
 clauses=[("Hello,","greeting"),("I'm a tenured English teacher at collège Henri Wallon (Saint-Martin-d'Hères).","context"),
  ("Two problems: I don't know my academic username","forgotten_username"),("(I always log in to the ENT through the school, it's automatic),","context"),
  ("and I don't know where the course will appear once I'm logged in.","find_course"),("Thank you,","thanks")]),

dict(slug="irish-assistant-three", name="Ciarán Byrne", addr="ciaran.byrne@ac-grenoble.fr",
 date="Mon, 18 Jan 2027 17:44:38 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Conduire un projet eTwinning", inv=113,
 text="""Dia duit / Hello,

Language assistant in Annecy here. I forgot the password of my academic account, I'm also not sure which blue or violet button is for me, and my teacher says the course should be on my home page but I've never seen it.

Go raibh maith agat!""",
 profile="academic", topics=["forgotten_password","login","find_course"], action="reply",
 why="language assistant with an ac-grenoble account: forgotten password, which button, where is the course",
 clauses=[("Dia duit / Hello,","greeting"),("Language assistant in Annecy here.","context"),("I forgot the password of my academic account,","forgotten_password"),
  ("I'm also not sure which blue or violet button is for me,","login"),
  ("and my teacher says the course should be on my home page but I've never seen it.","find_course"),("Go raibh maith agat!","thanks")]),

dict(slug="freelance-trainer-guest", name="Nicholas Hale", addr="nick.hale@halelanguages.com",
 date="Tue, 19 Jan 2027 09:30:55 +0100", client="apple", charset="utf-8", cte="qp", course="Développer l'oral en langue vivante", inv=107,
 text="""Good morning,

I run a small language-training company and I'm co-leading a workshop in this course. I was sent a M@gistère username and password in the autumn but I've lost that email, so I have neither now. And where will I find the course once in?

Best regards,""",
 sig="Nicholas Hale\nHale Languages - Grenoble\n+33 6 98 76 54 32",
 profile="other", topics=["forgotten_username","forgotten_password","find_course"], action="reply",
 why="external partner with a manual account; lost username and password, asks where the course is",
 clauses=[("Good morning,","greeting"),("I run a small language-training company and I'm co-leading a workshop in this course.","context"),
  ("I was sent a M@gistère username and password in the autumn but I've lost that email, so I have neither now.","forgotten_username"),
  ("And where will I find the course once in?","find_course"),("Best regards,","thanks")]),

dict(slug="quebec-exchange-teacher", name="Geneviève Tremblay", addr="genevieve.tremblay@csdm.qc.ca",
 date="Tue, 19 Jan 2027 20:12:03 +0100", client="outlook", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonjour,

Je suis enseignante québécoise en échange cette année à Grenoble; on m'a créé un compte invité sur M@gistère, c'est ce qu'on m'a dit. Par où je me connecte? I tried the blue button and it doesn't recognise me.

Merci beaucoup!""",
 sig="Geneviève Tremblay",
 profile="other", topics=["login"], action="reply",
 why="exchange teacher with a guest account tried the academic button",
 clauses=[("Bonjour,","greeting"),("Je suis enseignante québécoise en échange cette année à Grenoble;","context"),
  ("on m'a créé un compte invité sur M@gistère, c'est ce qu'on m'a dit.","context"),("Par où je me connecte?","login"),
  ("I tried the blue button and it doesn't recognise me.","login"),("Merci beaucoup!","thanks")]),

dict(slug="purple-button-nothing", name="Florian Meyer", addr="florian.meyer@univ-grenoble-alpes.fr",
 date="Wed, 20 Jan 2027 10:48:21 +0100", client="thunderbird", course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

When I click the purple "Connexion" button nothing happens at all, the page just reloads. I tried Firefox and Edge, cleared the cache. Is the platform down?

Florian Meyer, IR at GIPSA-lab""",
 profile="university", topics=["login"], action="escalate",
 why="UGA engineer: the login button does nothing; looks like a platform problem the guide cannot solve",
 clauses=[("Hello,","greeting"),("When I click the purple \"Connexion\" button nothing happens at all, the page just reloads.","login"),
  ("I tried Firefox and Edge, cleared the cache.","context"),("Is the platform down?","other_request")]),

dict(slug="inp-invoice-cost", name="Agnès Rolland", addr="agnes.rolland@grenoble-inp.fr",
 date="Wed, 20 Jan 2027 14:20:37 +0100", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Pour notre service formation de Grenoble INP, pouvez-vous nous indiquer le coût de cette formation pour nos agents, et nous envoyer une convention ou une facture ?

Bien cordialement,""",
 sig="Agnès Rolland\nService formation des personnels - Grenoble INP",
 profile="university", topics=[], action="escalate",
 why="INP training office asks for cost and an agreement/invoice",
 clauses=[("Bonjour,","greeting"),
  ("Pour notre service formation de Grenoble INP, pouvez-vous nous indiquer le coût de cette formation pour nos agents, et nous envoyer une convention ou une facture ?","other_request"),
  ("Bien cordialement,","thanks")]),

dict(slug="calendar-accepted", raw="""Return-Path: <tom.baker@univ-grenoble-alpes.fr>
From: Tom Baker <tom.baker@univ-grenoble-alpes.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Accepted: Classe virtuelle - Enseigner les sciences en anglais (EMILE)
Date: Thu, 21 Jan 2027 08:55:14 +0100
Message-ID: <AS8PR05MB7777C0FFEE@AS8PR05MB7777.eurprd05.prod.outlook.com>
X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA
MIME-Version: 1.0
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Tom Baker:mailto:tom.baker@univ-grenoble-alpes.fr
SUMMARY:Accepted: Classe virtuelle - Enseigner les sciences en anglais (EMILE)
DTSTART:20270128T140000Z
END:VEVENT
END:VCALENDAR
""", profile="university", topics=[], action="ignore",
 why="calendar acceptance generated by Outlook, nothing to answer",
 clauses=[]),

dict(slug="mailbox-full-usmb", raw="""Return-Path: <>
From: MAILER-DAEMON@univ-smb.fr
To: formation-magistere@ac-grenoble.fr
Subject: Undelivered Mail Returned to Sender
Date: Thu, 21 Jan 2027 11:11:11 +0100
Message-ID: <20270121101111.AB12@mx.univ-smb.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.univ-smb.fr.

<lucas.girod@univ-smb.fr>: host imap.univ-smb.fr said: 552 5.2.2
    Mailbox full (quota exceeded)
""", profile="university", topics=[], action="ignore",
 why="bounce: mailbox full",
 clauses=[("<lucas.girod@univ-smb.fr>: host imap.univ-smb.fr said: 552 5.2.2\n    Mailbox full (quota exceeded)","robot")]),

dict(slug="phd-audit-english", name="Ayşe Demir", addr="ayse.demir@univ-grenoble-alpes.fr",
 date="Thu, 21 Jan 2027 15:33:49 +0100", client="gmail", fmt="alt", course="Didactique des mathématiques au lycée", inv=110,
 text="""Bonjour,

I'm a PhD candidate in mathematics education at UGA. Could I follow the course only as an observer, without doing the assignments? I'm interested for my thesis.

Teşekkürler / merci""",
 sig="Ayşe Demir\nDoctorante, Institut Fourier",
 profile="university", topics=[], action="escalate",
 why="asks to follow the course as an observer: a human decision",
 clauses=[("Bonjour,","greeting"),("I'm a PhD candidate in mathematics education at UGA.","context"),
  ("Could I follow the course only as an observer, without doing the assignments?","other_request"),("I'm interested for my thesis.","context"),
  ("Teşekkürler / merci","thanks")]),

dict(slug="ac-sender-switch-account", name="Manon Giraud", addr="manon.giraud@ac-grenoble.fr",
 date="Fri, 22 Jan 2027 09:09:09 +0100", client="zimbra", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Bonjour,

J'ai été inscrite avec mon compte étudiant UGA, mais je suis maintenant professeure stagiaire et mon compte étudiant expire fin janvier. Could you move my enrolment to my academic account (mgiraud3)?

Merci par avance""",
 sig="Manon Giraud\nPES - Lycée Louise Michel",
 profile="university", topics=[], action="escalate",
 why="enrolled with her UGA student account (outranks the ac domain); asks to move the enrolment to another account",
 clauses=[("Bonjour,","greeting"),
  ("J'ai été inscrite avec mon compte étudiant UGA, mais je suis maintenant professeure stagiaire et mon compte étudiant expire fin janvier.","context"),
  ("Could you move my enrolment to my academic account (mgiraud3)?","other_request"),("Merci par avance","thanks")]),

dict(slug="gmail-usmb-lecturer-username", name="Victor Dumas", addr="victor.dumas.73@gmail.com",
 date="Fri, 22 Jan 2027 12:37:15 +0100", client="gmail_mobile", fmt="alt", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,
Maître de conf à l'USMB, je me connecte normalement avec mon compte USMB mais je ne retrouve plus mon identifiant (c'est prénom.nom ou juste nom ?).
Thanks""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="gmail sender who says he uses his USMB account; unsure of his username",
 clauses=[("Bonjour,","greeting"),("Maître de conf à l'USMB,","context"),
  ("je me connecte normalement avec mon compte USMB mais je ne retrouve plus mon identifiant (c'est prénom.nom ou juste nom ?).","forgotten_username"),
  ("Thanks","thanks")]),

dict(slug="why-enrolled-researcher", name="Andrew Keane", addr="andrew.keane@univ-grenoble-alpes.fr",
 date="Fri, 22 Jan 2027 16:02:48 +0100", client="outlook", fmt="alt", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Hello,

Why have I been enrolled in a course about mentoring trainee teachers? I'm a physicist, I have never taught in secondary schools. This is the second invitation I get. Please explain or remove me.

A. Keane""",
 profile="university", topics=[], action="escalate",
 why="complains about an enrolment he does not understand, asks for removal",
 clauses=[("Hello,","greeting"),("Why have I been enrolled in a course about mentoring trainee teachers?","other_request"),
  ("I'm a physicist, I have never taught in secondary schools.","context"),("This is the second invitation I get.","context"),
  ("Please explain or remove me.","other_request")]),

dict(slug="ignore-previous-message", name="Lea Hoffmann", addr="lea.hoffmann@etu.univ-grenoble-alpes.fr",
 date="Mon, 25 Jan 2027 10:00:27 +0100", client="roundcube", course="Enseigner en contexte plurilingue", inv=102,
 text="""Sorry, please ignore my previous message, I was using the wrong button. Tout fonctionne.""",
 profile="university", topics=[], action="ignore",
 why="withdraws her previous question: it works",
 clauses=[("Sorry, please ignore my previous message, I was using the wrong button.","context"),("Tout fonctionne.","context")]),

dict(slug="erasmus-iphone-where-login", name="Mikkel Jensen", addr="mikkel.jensen@etu.univ-grenoble-alpes.fr",
 date="Mon, 25 Jan 2027 13:45:36 +0100", client="iphone", course="Développer l'oral en langue vivante", inv=107,
 text="""Hi, where is the page to log in? The link just opens a page in French with lots of text, I can't find where to type my UGA login.""",
 profile="university", topics=["login"], action="reply",
 why="UGA Erasmus student cannot find where to log in",
 clauses=[("Hi,","greeting"),("where is the page to log in?","login"),
  ("The link just opens a page in French with lots of text, I can't find where to type my UGA login.","login")]),

dict(slug="call-me-password", name="Béatrice Lambert-Young", addr="b.lambert-young@univ-smb.fr",
 date="Mon, 25 Jan 2027 18:20:03 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Bonjour,

Mot de passe USMB oublié, and honestly I'd rather someone phoned me to go through it step by step, I'm not good with these things. Mon numéro : 04 79 75 00 00 (bureau).

Merci""",
 profile="university", topics=["forgotten_password"], action="escalate",
 why="forgot her USMB password (guide) but asks to be phoned",
 clauses=[("Bonjour,","greeting"),("Mot de passe USMB oublié,","forgotten_password"),
  ("and honestly I'd rather someone phoned me to go through it step by step, I'm not good with these things.","other_request"),
  ("Mon numéro : 04 79 75 00 00 (bureau).","other_request"),("Merci","thanks")]),

dict(slug="orange-teacher-neither", name="Ruth Evans", addr="ruth.evans38@orange.fr",
 date="Tue, 26 Jan 2027 07:58:40 +0100", client="orange", charset="iso-8859-1", cte="qp", fmt="html", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

English teacher at lycée Portes de l'Oisans (Vizille), new in the académie since September. I know neither my academic username nor my password.

Regards,
Ruth Evans""",
 profile="academic", topics=["forgotten_username","forgotten_password"], action="reply",
 why="orange.fr sender, teacher of the académie; knows neither identifier nor password",
 clauses=[("Hello,","greeting"),("English teacher at lycée Portes de l'Oisans (Vizille), new in the académie since September.","context"),
  ("I know neither my academic username","forgotten_username"),("nor my password.","forgotten_password"),("Regards,","thanks")]),

dict(slug="diplomas-list-private-tutor", name="Olivia Grant-Mercier", addr="olivia.gm@laposte.net",
 date="Tue, 26 Jan 2027 11:23:19 +0100", client="thunderbird", charset="utf-8", cte="8bit", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonjour,

I studied at Université Lyon 2, at the University of Leeds and did a DU at UGA, and I now work as a tutor for a private tutoring company. I have my M@gistère username but the password is refused.

Merci d'avance,
Olivia""",
 profile="other", topics=["forgotten_password"], action="reply",
 why="list of universities says nothing of her account; laposte domain: other; password refused",
 clauses=[("Bonjour,","greeting"),
  ("I studied at Université Lyon 2, at the University of Leeds and did a DU at UGA, and I now work as a tutor for a private tutoring company.","context"),
  ("I have my M@gistère username but the password is refused.","forgotten_password"),("Merci d'avance,","thanks")]),

dict(slug="name-misspelled", name="Siobhan O'Reilly", addr="siobhan.oreilly@univ-smb.fr",
 date="Tue, 26 Jan 2027 15:10:58 +0100", client="owa", fmt="html", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

I'm in, thanks. Small thing: my name is spelled "Siobahn O Reilly" on the platform and on the participants list. Could it be corrected before the certificates are issued?

Siobhán""",
 profile="university", topics=[], action="escalate",
 why="asks to correct her name on the platform",
 clauses=[("Hello,","greeting"),("I'm in, thanks.","thanks"),("Small thing: my name is spelled \"Siobahn O Reilly\" on the platform and on the participants list.","other_request"),
  ("Could it be corrected before the certificates are issued?","other_request")]),

dict(slug="noreply-unmonitored", raw="""Return-Path: <ne-pas-repondre@univ-grenoble-alpes.fr>
From: UGA - ne pas repondre <ne-pas-repondre@univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Re: Invitation : Enseigner les sciences en anglais (EMILE)
Date: Wed, 27 Jan 2027 02:00:00 +0100
Message-ID: <nr-0001-2027@univ-grenoble-alpes.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Cette boîte aux lettres n'est pas consultée. This mailbox is not monitored.
""", profile="university", topics=[], action="ignore",
 why="automatic answer from an unmonitored no-reply mailbox",
 clauses=[("Cette boîte aux lettres n'est pas consultée.","robot"),("This mailbox is not monitored.","robot")]),

dict(slug="bottom-post-username", name="Arjun Mehta", addr="arjun.mehta@etu.univ-grenoble-alpes.fr",
 date="Wed, 27 Jan 2027 12:14:31 +0100", client="thunderbird", course="Éduquer aux médias et à l'information", inv=115, quote="bottom",
 text="""Hello,

What is my UGA username? I only know my email address.

Arjun""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="UGA student does not know his username (bottom-posted)",
 clauses=[("Hello,","greeting"),("What is my UGA username?","forgotten_username"),("I only know my email address.","context")]),

dict(slug="phishing-doubt", name="Emma Wilson", addr="emma.wilson@grenoble-inp.fr",
 date="Wed, 27 Jan 2027 16:40:22 +0100", client="outlook", fmt="alt", course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

Our IT department keeps warning us about phishing. Is this invitation genuine? I'd rather check before clicking on the link and typing my INP password.

Thanks,
Emma""",
 profile="university", topics=[], action="escalate",
 why="asks whether the invitation is genuine; a human should confirm",
 clauses=[("Hello,","greeting"),("Our IT department keeps warning us about phishing.","context"),("Is this invitation genuine?","other_request"),
  ("I'd rather check before clicking on the link and typing my INP password.","context"),("Thanks,","thanks")]),

dict(slug="teacher-lecturer-academic-username", name="Nicolas Garnier", addr="nicolas.garnier@ac-grenoble.fr",
 date="Thu, 28 Jan 2027 09:27:06 +0100", client="thunderbird", charset="iso-8859-1", cte="qp", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Bonjour,

Professeur d'histoire-géo au lycée Ferdinand Buisson et formateur associé à l'INSPÉ (UGA). Pour ce parcours j'utilise mon compte académique, mais mon adresse a changé l'an dernier (nouveau nom après mariage) et je ne sais plus quel est mon identifiant.

Merci""",
 sig="N. Garnier",
 profile="academic", topics=["forgotten_username"], action="reply",
 why="teacher and INSPÉ associate trainer who says he uses his academic account; does not know his identifier",
 clauses=[("Bonjour,","greeting"),("Professeur d'histoire-géo au lycée Ferdinand Buisson et formateur associé à l'INSPÉ (UGA).","context"),
  ("Pour ce parcours j'utilise mon compte académique,","context"),
  ("mais mon adresse a changé l'an dernier (nouveau nom après mariage) et je ne sais plus quel est mon identifiant.","forgotten_username"),("Merci","thanks")]),

dict(slug="already-did-last-year", name="Guillaume Besson", addr="guillaume.besson@grenoble-inp.fr",
 date="Thu, 28 Jan 2027 14:55:44 +0100", client="apple", charset="utf-8", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

I already did this exact course last year (session 2025-2026). Do I have to do it again?

Guillaume Besson
Ensimag""",
 profile="university", topics=[], action="escalate",
 why="asks whether he must redo a course he already followed",
 clauses=[("Bonjour,","greeting"),("I already did this exact course last year (session 2025-2026).","context"),("Do I have to do it again?","other_request")]),

dict(slug="merci-thank-you", name="Aïcha Traoré", addr="aicha.traore@etu.univ-smb.fr",
 date="Thu, 28 Jan 2027 19:02:13 +0100", client="samsung", course="Former à l'esprit critique", inv=114,
 text="""Merci / thank you 🙏""",
 profile="university", topics=[], action="ignore",
 why="thanks only",
 clauses=[("Merci / thank you 🙏","thanks")]),
]
