MESSAGES = [
dict(slug="language-assistant-username", name="Hannah Whitfield", addr="hannah.whitfield92@gmail.com",
 date="Mon, 30 Nov 2026 18:44:10 +0100", client="gmail", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

I am the English language assistant at Lycée Champollion this year (since October). I got this invitation but I have no idea what my username is for the academic account. Someone at the school told me I have one because I'm on a contract with the rectorat.

Thank you for your help!""",
 sig="Hannah Whitfield\nEnglish Language Assistant - Lycée Champollion, Grenoble",
 profile="academic", topics=["forgotten_username"], action="reply",
 why="language assistant under contract with the académie, does not know her academic identifier",
 clauses=[("Hello,","greeting"),("I am the English language assistant at Lycée Champollion this year (since October).","context"),
  ("I got this invitation but I have no idea what my username is for the academic account.","forgotten_username"),
  ("Someone at the school told me I have one because I'm on a contract with the rectorat.","context"),
  ("Thank you for your help!","thanks")]),

dict(slug="erasmus-which-button", name="Lukas Brandt", addr="lukas.brandt@etu.univ-grenoble-alpes.fr",
 date="Tue, 01 Dec 2026 10:02:33 +0100", client="zimbra", charset="utf-8", cte="qp", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hi,

I'm an Erasmus student from Leipzig doing the plurilingual module this semester. On the M@gistère page there are several "Connexion" buttons and I don't understand which one I should press. Can you tell me?

Best,
Lukas""",
 profile="university", topics=["login"], action="reply",
 why="UGA Erasmus student, does not know which login button to use",
 clauses=[("Hi,","greeting"),("I'm an Erasmus student from Leipzig doing the plurilingual module this semester.","context"),
  ("On the M@gistère page there are several \"Connexion\" buttons and I don't understand which one I should press.","login"),
  ("Can you tell me?","login"),("Best,","thanks")]),

dict(slug="ac-sender-uga-student-pwd", name="Clémence Arnaud", addr="clemence.arnaud@ac-grenoble.fr",
 date="Tue, 01 Dec 2026 21:15:02 +0100", client="zimbra", charset="utf-8", cte="8bit", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Bonjour,

Je suis étudiante en M2 MEEF anglais et stagiaire alternante au collège Jules Vallès. Hi again, sorry, I switch languages all the time. I was enrolled in this course with my UGA student account, not with this ac-grenoble address. The problem is I forgot the password of my UGA account (I know the username, it's arnaudcl).

Merci beaucoup""",
 sig="Clémence Arnaud\nM2 MEEF - UGA / Collège Jules Vallès",
 profile="university", topics=["forgotten_password"], action="reply",
 why="writes from ac-grenoble.fr but says she is enrolled with her UGA student account, knows the username, forgot the password",
 clauses=[("Bonjour,","greeting"),("Je suis étudiante en M2 MEEF anglais et stagiaire alternante au collège Jules Vallès.","context"),
  ("Hi again, sorry, I switch languages all the time.","small_talk"),
  ("I was enrolled in this course with my UGA student account, not with this ac-grenoble address.","context"),
  ("The problem is I forgot the password of my UGA account","forgotten_password"),("(I know the username, it's arnaudcl).","context"),
  ("Merci beaucoup","thanks")]),

dict(slug="aesh-gmail-password", name="Samira Benali", addr="samira.benali38@gmail.com",
 date="Wed, 02 Dec 2026 07:31:45 +0100", client="gmail_mobile", fmt="alt", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonjour
Je suis AESH au collège Le Grésivaudan à Meylan depuis la rentrée. Mon identifiant académique c'est sbenali, mais le mot de passe ne marche plus, je ne m'en souviens plus du tout. Comment je fais pour le retrouver ?
Merci""",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="gmail sender but AESH of the académie with her academic identifier; forgot the password",
 clauses=[("Bonjour","greeting"),("Je suis AESH au collège Le Grésivaudan à Meylan depuis la rentrée.","context"),
  ("Mon identifiant académique c'est sbenali,","context"),("mais le mot de passe ne marche plus, je ne m'en souviens plus du tout.","forgotten_password"),
  ("Comment je fais pour le retrouver ?","forgotten_password"),("Merci","thanks")]),

dict(slug="lecturer-also-teacher-academic", name="Marc Devillers", addr="marc.devillers@univ-grenoble-alpes.fr",
 date="Wed, 02 Dec 2026 12:20:11 +0100", client="thunderbird", charset="iso-8859-1", cte="qp", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

Je vous écris depuis mon adresse UGA mais pour cette formation je suis inscrit en tant que professeur certifié de SVT au lycée Vaucanson (je suis aussi chargé de cours à l'UFR de biologie). J'ai donc essayé avec mon identifiant académique, mdevillers, et mon mot de passe est refusé. Par défaut c'est bien le NUMEN ?

Cordialement""",
 sig="Marc Devillers\nPRCE - UFR Chimie Biologie / Lycée Vaucanson", sigdash=True,
 profile="academic", topics=["forgotten_password"], action="reply",
 why="UGA sender but enrolled as secondary teacher with his academic identifier; password refused, asks about the default password",
 clauses=[("Bonjour,","greeting"),
  ("Je vous écris depuis mon adresse UGA mais pour cette formation je suis inscrit en tant que professeur certifié de SVT au lycée Vaucanson","context"),
  ("(je suis aussi chargé de cours à l'UFR de biologie).","context"),
  ("J'ai donc essayé avec mon identifiant académique, mdevillers,","context"),("et mon mot de passe est refusé.","forgotten_password"),
  ("Par défaut c'est bien le NUMEN ?","forgotten_password"),("Cordialement","thanks")]),

dict(slug="inp-colleague-numen", name="Aurélie Faure", addr="aurelie.faure@grenoble-inp.fr",
 date="Wed, 02 Dec 2026 14:05:58 +0100", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour,

Je suis gestionnaire pédagogique à Grenoble INP - Ense3. Ma collègue du lycée m'a donné son NUMEN (12S1234567ABC) en me disant que c'était le mot de passe par défaut, mais ça ne marche pas sur la connexion violette avec mon compte INP. Quel est mon mot de passe alors ?

Bien cordialement,""",
 sig="Aurélie Faure\nService scolarité - Ense3\nGrenoble INP - UGA\n04 76 82 00 00",
 profile="university", topics=["forgotten_password"], action="reply",
 why="Grenoble INP staff using her INP account; someone else's NUMEN changes nothing; does not know her password",
 clauses=[("Bonjour,","greeting"),("Je suis gestionnaire pédagogique à Grenoble INP - Ense3.","context"),
  ("Ma collègue du lycée m'a donné son NUMEN (12S1234567ABC) en me disant que c'était le mot de passe par défaut,","context"),
  ("mais ça ne marche pas sur la connexion violette avec mon compte INP.","forgotten_password"),
  ("Quel est mon mot de passe alors ?","forgotten_password"),("Bien cordialement,","thanks")]),

dict(slug="list-of-universities-gmail", name="Tom Okafor", addr="tom.okafor.pro@gmail.com",
 date="Wed, 02 Dec 2026 16:40:00 +0100", client="gmail", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello,

I did my bachelor at Université Savoie Mont Blanc, a master at UGA and I was a visiting student at Grenoble INP, so I honestly don't know how I'm supposed to log in to this platform. Where do I log in?

Cheers,
Tom""",
 profile="other", topics=["login"], action="reply",
 why="lists universities he studied at but says nothing of his own account; gmail, so other; asks where to log in",
 clauses=[("Hello,","greeting"),
  ("I did my bachelor at Université Savoie Mont Blanc, a master at UGA and I was a visiting student at Grenoble INP,","context"),
  ("so I honestly don't know how I'm supposed to log in to this platform.","login"),("Where do I log in?","login"),("Cheers,","thanks")]),

dict(slug="oof-english-researcher", raw="""Return-Path: <j.hartley@univ-grenoble-alpes.fr>
From: James Hartley <j.hartley@univ-grenoble-alpes.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Automatic reply: Invitation : Enseigner les sciences en anglais (EMILE)
Date: Thu, 03 Dec 2026 08:00:12 +0000
Message-ID: <AM9PR02MB7332A1B2C3@AM9PR02MB7332.eurprd02.prod.outlook.com>
In-Reply-To: <invitation-2026-108@ac-grenoble.fr>
References: <invitation-2026-108@ac-grenoble.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: j.hartley@univ-grenoble-alpes.fr
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

Thank you for your email. I am currently on fieldwork in Svalbard with very
limited access to email until 18 December. For urgent matters regarding the
IGE lab, please contact the lab secretariat.

Best regards,
James Hartley
""", profile="university", topics=[], action="ignore",
 why="out-of-office auto-reply from a UGA researcher",
 clauses=[("Thank you for your email. I am currently on fieldwork in Svalbard with very\nlimited access to email until 18 December.","robot"),
  ("For urgent matters regarding the\nIGE lab, please contact the lab secretariat.","robot")]),

dict(slug="oof-bilingual-inp", raw="""Return-Path: <>
From: Sofia Martinelli <sofia.martinelli@grenoble-inp.fr>
To: formation-magistere@ac-grenoble.fr
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_/_Out_of_office?=
Date: Thu, 03 Dec 2026 09:14:03 +0100
Message-ID: <zimbra-auto-77120@grenoble-inp.fr>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, je suis absente jusqu'au 7 décembre inclus. Votre message sera traité à mon retour.
Hello, I am out of the office until 7 December. Your message will be dealt with on my return.

Sofia Martinelli - Maîtresse de conférences, Phelma
""", profile="university", topics=[], action="ignore",
 why="bilingual vacation auto-reply, empty Return-Path, Auto-Submitted",
 clauses=[("Bonjour, je suis absente jusqu'au 7 décembre inclus.","robot"),("Votre message sera traité à mon retour.","robot"),
  ("Hello, I am out of the office until 7 December.","robot"),("Your message will be dealt with on my return.","robot")]),

dict(slug="postdoc-attestation-course", name="Yuki Tanaka", addr="yuki.tanaka@univ-grenoble-alpes.fr",
 date="Thu, 03 Dec 2026 11:27:40 +0100", client="apple", charset="utf-8", cte="qp", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Dear EAFC team,

I am a postdoctoral researcher at LIPhy (UGA) and I take part in the science outreach programme with secondary schools. I managed to log in with the purple button and the UGA SUPIDP, but the course "Médiation scientifique auprès des scolaires" does not appear on my home page. Also, my lab director needs an official certificate of attendance for my training hours, could you send one after the session?

Kind regards,""",
 sig="Yuki Tanaka, PhD\nLIPhy - Université Grenoble Alpes",
 profile="university", topics=["find_course"], action="escalate",
 why="UGA postdoc logged in but does not see the course, plus a request for an attendance certificate (not in the guide)",
 clauses=[("Dear EAFC team,","greeting"),
  ("I am a postdoctoral researcher at LIPhy (UGA) and I take part in the science outreach programme with secondary schools.","context"),
  ("I managed to log in with the purple button and the UGA SUPIDP,","context"),
  ("but the course \"Médiation scientifique auprès des scolaires\" does not appear on my home page.","find_course"),
  ("Also, my lab director needs an official certificate of attendance for my training hours, could you send one after the session?","other_request"),
  ("Kind regards,","thanks")]),

dict(slug="phd-usmb-solved", name="Élodie Perrin", addr="elodie.perrin@univ-smb.fr",
 date="Thu, 03 Dec 2026 13:02:19 +0100", client="roundcube", course="Didactique des mathématiques au lycée", inv=110,
 text="""Re-bonjour,

Forget my previous email, c'est bon, j'ai trouvé le guichet SUPIDP - Université Savoie Mont Blanc et je suis connectée. Everything works now.

Merci et bonne journée""",
 sig="Élodie Perrin\nDoctorante - LAMA, USMB",
 profile="university", topics=[], action="ignore",
 why="USMB PhD candidate says it now works; closes the matter",
 clauses=[("Re-bonjour,","greeting"),("Forget my previous email,","context"),
  ("c'est bon, j'ai trouvé le guichet SUPIDP - Université Savoie Mont Blanc et je suis connectée.","context"),
  ("Everything works now.","context"),("Merci et bonne journée","thanks")]),

dict(slug="inp-student-session-dates", name="Wei Zhang", addr="wei.zhang@grenoble-inp.org",
 date="Thu, 03 Dec 2026 15:48:07 +0100", client="outlook_ios", fmt="html", course="Enseigner l'informatique en NSI", inv=111,
 text="""Hello,

I'm a Grenoble INP Ensimag student doing a teaching internship. I can access the course without problem. Could you tell me the dates and the room of the face-to-face sessions? The invitation only mentions the online part.

Thanks a lot""",
 sig="Wei ZHANG",
 profile="university", topics=[], action="escalate",
 why="INP student can access the course; asks for dates and room of in-person sessions",
 clauses=[("Hello,","greeting"),("I'm a Grenoble INP Ensimag student doing a teaching internship.","context"),
  ("I can access the course without problem.","context"),
  ("Could you tell me the dates and the room of the face-to-face sessions?","other_request"),
  ("The invitation only mentions the online part.","context"),("Thanks a lot","thanks")]),

dict(slug="uga-admin-register-colleague", name="Nathalie Rey", addr="nathalie.rey@univ-grenoble-alpes.fr",
 date="Fri, 04 Dec 2026 09:10:55 +0100", client="owa", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Je suis responsable administrative à l'INSPÉ (UGA). J'ai bien reçu l'invitation et j'arrive à me connecter. En revanche ma collègue Mme Karen O'Neill, lectrice d'anglais, souhaiterait suivre la même formation : pouvez-vous l'inscrire ? Son adresse est karen.oneill@univ-grenoble-alpes.fr.

Merci d'avance,""",
 sig="Nathalie Rey\nResponsable administrative\nINSPÉ - Université Grenoble Alpes",
 profile="university", topics=[], action="escalate",
 why="UGA admin staff asks to register a colleague; not in the guide",
 clauses=[("Bonjour,","greeting"),("Je suis responsable administrative à l'INSPÉ (UGA).","context"),
  ("J'ai bien reçu l'invitation et j'arrive à me connecter.","context"),
  ("En revanche ma collègue Mme Karen O'Neill, lectrice d'anglais, souhaiterait suivre la même formation : pouvez-vous l'inscrire ?","other_request"),
  ("Son adresse est karen.oneill@univ-grenoble-alpes.fr.","context"),("Merci d'avance,","thanks")]),

dict(slug="bounce-uga-unknown-user", raw="""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@smtps.univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Undelivered Mail Returned to Sender
Date: Fri, 04 Dec 2026 10:01:44 +0100 (CET)
Message-ID: <20261204090144.5A1B2C0D3@smtps.univ-grenoble-alpes.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="5A1B2C0D3.1764838904/smtps.univ-grenoble-alpes.fr"

This is a MIME-encapsulated message.

--5A1B2C0D3.1764838904/smtps.univ-grenoble-alpes.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtps.univ-grenoble-alpes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<p.nguyen@etu.univ-grenoble-alpes.fr>: host mailstore.univ-grenoble-alpes.fr said:
    550 5.1.1 <p.nguyen@etu.univ-grenoble-alpes.fr>: Recipient address rejected:
    User unknown in virtual mailbox table

--5A1B2C0D3.1764838904/smtps.univ-grenoble-alpes.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtps.univ-grenoble-alpes.fr
Arrival-Date: Fri,  4 Dec 2026 10:01:43 +0100 (CET)

Final-Recipient: rfc822; p.nguyen@etu.univ-grenoble-alpes.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--5A1B2C0D3.1764838904/smtps.univ-grenoble-alpes.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
To: p.nguyen@etu.univ-grenoble-alpes.fr
Subject: Invitation : Enseigner en contexte plurilingue
Message-ID: <invitation-2026-102@ac-grenoble.fr>

--5A1B2C0D3.1764838904/smtps.univ-grenoble-alpes.fr--
""", profile="university", topics=[], action="ignore",
 why="Postfix non-delivery report from the UGA mail server",
 clauses=[("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.","robot")]),

dict(slug="erasmus-gmail-student-number", name="Ana Sofía Ruiz", addr="anasofia.ruiz.m@gmail.com",
 date="Fri, 04 Dec 2026 11:33:21 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hola / Bonjour,

I'm an exchange student at UGA (from Universidad de Granada) and I have a UGA account, but I don't remember my username, is it my student number or my email? I'm writing from my personal address because I can't check the university one.

Gracias!
Ana""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="gmail sender who clearly says she has a UGA account; does not know which username is hers",
 clauses=[("Hola / Bonjour,","greeting"),("I'm an exchange student at UGA (from Universidad de Granada)","context"),
  ("and I have a UGA account, but I don't remember my username, is it my student number or my email?","forgotten_username"),
  ("I'm writing from my personal address because I can't check the university one.","context"),("Gracias!","thanks")]),

dict(slug="assistant-unsubscribe-hotmail", name="Connor Walsh", addr="connor_walsh@hotmail.co.uk",
 date="Fri, 04 Dec 2026 19:52:08 +0100", client="owa", fmt="html", course="Conduire un projet eTwinning", inv=113,
 text="""Hi there,

I'm a language assistant (English) in two collèges in Chambéry. I think I've been added to this eTwinning course by mistake, my contract ends in April and my teachers said I don't need it. Could you please remove me from the list?

Many thanks,
Connor""",
 profile="academic", topics=[], action="escalate",
 why="language assistant of the académie asks to be removed from the course",
 clauses=[("Hi there,","greeting"),("I'm a language assistant (English) in two collèges in Chambéry.","context"),
  ("I think I've been added to this eTwinning course by mistake,","other_request"),
  ("my contract ends in April and my teachers said I don't need it.","context"),
  ("Could you please remove me from the list?","other_request"),("Many thanks,","thanks")]),

dict(slug="usmb-lecturer-access-denied", name="Pierre-Yves Colin", addr="pierre-yves.colin@univ-smb.fr",
 date="Sat, 05 Dec 2026 10:14:37 +0100", client="thunderbird", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Maître de conférences à l'IUT d'Annecy. Quand je choisis SUPIDP - Université Savoie Mont Blanc et que je mets mes identifiants, I get "Accès refusé / access denied" and I'm back on the M@gistère page. Mes identifiants marchent pourtant sur l'ENT de l'USMB.

Cordialement,""",
 sig="P.-Y. Colin\nIUT Annecy - USMB", sigdash=True,
 profile="university", topics=["login"], action="reply",
 why="USMB lecturer gets an error when logging in through his institution's portal",
 clauses=[("Bonjour,","greeting"),("Maître de conférences à l'IUT d'Annecy.","context"),
  ("Quand je choisis SUPIDP - Université Savoie Mont Blanc et que je mets mes identifiants, I get \"Accès refusé / access denied\" and I'm back on the M@gistère page.","login"),
  ("Mes identifiants marchent pourtant sur l'ENT de l'USMB.","context"),("Cordialement,","thanks")]),

dict(slug="uga-staff-three-topics", name="Rachel Moreau-Evans", addr="rachel.moreau-evans@univ-grenoble-alpes.fr",
 date="Mon, 07 Dec 2026 08:47:50 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

I teach English at the Service des langues (UGA). I don't know which username I should use, I have forgotten my password too, and even if I get in, how do I find the course "Accueillir un élève allophone"?

Sorry for all the questions! Merci""",
 sig="Rachel Moreau-Evans\nPRAG anglais - SDL, Université Grenoble Alpes",
 profile="university", topics=["forgotten_username","forgotten_password","find_course"], action="reply",
 why="UGA lecturer: does not know the username, forgot the password, asks how to find the course",
 clauses=[("Hello,","greeting"),("I teach English at the Service des langues (UGA).","context"),
  ("I don't know which username I should use,","forgotten_username"),("I have forgotten my password too,","forgotten_password"),
  ("and even if I get in, how do I find the course \"Accueillir un élève allophone\"?","find_course"),
  ("Sorry for all the questions!","small_talk"),("Merci","thanks")]),

dict(slug="unclear-see-below", name="Dmitri Volkov", addr="d.volkov@etu.univ-smb.fr",
 date="Mon, 07 Dec 2026 13:30:00 +0100", client="samsung", course="Éduquer aux médias et à l'information", inv=115,
 text="""see below, same as last time??""",
 profile="university", topics=[], action="escalate",
 why="USMB student, message cannot be understood without context",
 clauses=[("see below, same as last time??","unclear")]),

dict(slug="read-receipt-outlook", raw="""Return-Path: <b.lambert@univ-grenoble-alpes.fr>
From: Benoit Lambert <b.lambert@univ-grenoble-alpes.fr>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Lu : Invitation : Évaluer par compétences
Date: Mon, 07 Dec 2026 14:02:10 +0100
Message-ID: <DB8PR10MB3690E1F2@DB8PR10MB3690.EURPRD10.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="_mdn_boundary_"

--_mdn_boundary_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Benoit Lambert
  Objet : Invitation : Évaluer par compétences
  Envoyé : lundi 30 novembre 2026 09:12:04 (UTC+01:00)

a été lu le lundi 7 décembre 2026 14:02:08 (UTC+01:00).

--_mdn_boundary_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; b.lambert@univ-grenoble-alpes.fr
Disposition: automatic-action/MDN-sent-automatically; displayed
Original-Message-ID: <invitation-2026-105@ac-grenoble.fr>

--_mdn_boundary_--
""", profile="university", topics=[], action="ignore",
 why="Outlook read receipt",
 clauses=[("a été lu le lundi 7 décembre 2026 14:02:08 (UTC+01:00).","robot")]),

dict(slug="complaint-third-time", name="Gareth Pryce", addr="gareth.pryce@univ-grenoble-alpes.fr",
 date="Mon, 07 Dec 2026 17:55:31 +0100", client="outlook", fmt="alt", course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

This is the third email I send you about this. Every time I click the purple button and choose UGA I end up on a blank page. I have lost two evenings on this and frankly the platform is not fit for purpose. I would like someone to actually call me back: 06 12 34 56 78.

Gareth Pryce""",
 profile="university", topics=["login"], action="escalate",
 why="UGA staff with a login error, third attempt, complaint and asks to be called back",
 clauses=[("Hello,","greeting"),("This is the third email I send you about this.","other_request"),
  ("Every time I click the purple button and choose UGA I end up on a blank page.","login"),
  ("I have lost two evenings on this and frankly the platform is not fit for purpose.","other_request"),
  ("I would like someone to actually call me back: 06 12 34 56 78.","other_request")]),

dict(slug="fwd-is-this-for-me", name="Giulia Romano", addr="giulia.romano@etu.univ-grenoble-alpes.fr",
 date="Tue, 08 Dec 2026 09:20:14 +0100", client="gmail", fmt="alt", quote="fwd", threaded=False, course="Former à l'esprit critique", inv=114,
 subject="Fwd: Invitation : Former à l'esprit critique", to="formation-magistere@ac-grenoble.fr",
 text="""Hello, I received this but I don't remember registering for anything like this. Is it really for me? I'm an international student in LLCER, not a teacher.""",
 profile="university", topics=[], action="escalate",
 why="UGA student forwards the invitation asking whether it is meant for her; enrolment question for a human",
 clauses=[("Hello,","greeting"),("I received this but I don't remember registering for anything like this.","other_request"),
  ("Is it really for me?","other_request"),("I'm an international student in LLCER, not a teacher.","context")]),

dict(slug="doctorant-nothing-in-courses", name="Karim Haddad", addr="karim.haddad@univ-grenoble-alpes.fr",
 date="Tue, 08 Dec 2026 11:42:29 +0100", client="thunderbird", charset="utf-8", cte="8bit", course="Didactique des mathématiques au lycée", inv=110, quote="bottom",
 text="""Bonjour,

Doctorant contractuel avec mission d'enseignement, je me connecte bien avec mon compte UGA mais la liste de mes parcours est vide, je ne vois pas « Didactique des mathématiques au lycée ». Where is it?

Merci,
Karim""",
 profile="university", topics=["find_course"], action="reply",
 why="UGA PhD candidate logged in, course not in his list",
 clauses=[("Bonjour,","greeting"),("Doctorant contractuel avec mission d'enseignement,","context"),
  ("je me connecte bien avec mon compte UGA","context"),
  ("mais la liste de mes parcours est vide, je ne vois pas « Didactique des mathématiques au lycée ».","find_course"),
  ("Where is it?","find_course"),("Merci,","thanks")]),

dict(slug="teacher-inp-wrong-account", name="Julien Mathieu", addr="julien.mathieu@ac-grenoble.fr",
 date="Tue, 08 Dec 2026 20:03:48 +0100", client="zimbra", course="Enseigner l'informatique en NSI", inv=111,
 text="""Bonjour,

Je suis prof de NSI au lycée Mounier et vacataire à Grenoble INP. Je me suis connecté avec mon compte INP (bouton violet) et je ne vois pas la formation NSI dans mes parcours. Est-ce que j'ai été inscrit avec mon compte académique ou avec le compte INP ? Je ne veux pas me retrouver avec deux comptes.

Merci""",
 sig="Julien Mathieu\nLycée Emmanuel Mounier",
 profile="university", topics=["login","find_course"], action="escalate",
 why="says he logs in with his INP account (outranks the ac domain); cannot find the course and asks with which account he was enrolled, which only a human can check",
 clauses=[("Bonjour,","greeting"),("Je suis prof de NSI au lycée Mounier et vacataire à Grenoble INP.","context"),
  ("Je me suis connecté avec mon compte INP (bouton violet)","context"),("et je ne vois pas la formation NSI dans mes parcours.","find_course"),
  ("Est-ce que j'ai été inscrit avec mon compte académique ou avec le compte INP ?","other_request"),
  ("Je ne veux pas me retrouver avec deux comptes.","login"),("Merci","thanks")]),

dict(slug="univ-newsletter-list", raw="""Return-Path: <bounce-list-actu@listes.univ-grenoble-alpes.fr>
From: UGA Actualités <actualites@univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: La lettre de l'UGA - décembre 2026
Date: Wed, 09 Dec 2026 07:00:00 +0100
Message-ID: <lettre-uga-2026-12@listes.univ-grenoble-alpes.fr>
List-Id: <actu-partenaires.listes.univ-grenoble-alpes.fr>
List-Unsubscribe: <mailto:sympa@listes.univ-grenoble-alpes.fr?subject=unsubscribe%20actu-partenaires>
Precedence: list
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><h1>La lettre de l'UGA</h1><p>Ce mois-ci : le campus fête ses 60 ans, retour sur la Nuit des chercheurs, appel à projets IDEX Formation.</p><p><a href="https://www.univ-grenoble-alpes.fr/">Lire la suite</a></p><p style="font-size:10px">Vous recevez cette lettre en tant que partenaire de l'UGA. <a href="mailto:sympa@listes.univ-grenoble-alpes.fr">Se désabonner</a></p></body></html>
""", profile="university", topics=[], action="ignore",
 why="university mailing-list newsletter",
 clauses=[("Ce mois-ci : le campus fête ses 60 ans, retour sur la Nuit des chercheurs, appel à projets IDEX Formation.","robot")]),
]
