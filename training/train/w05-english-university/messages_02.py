MESSAGES = [
dict(slug="usmb-iphone-course-and-dates", name="Chloé Bernard", addr="chloe.bernard@etu.univ-smb.fr",
 date="Wed, 09 Dec 2026 08:12:40 +0100", client="iphone", charset="utf-8", cte="qp", course="Éduquer aux médias et à l'information", inv=115,
 text="""Hello! Je suis connectée avec mon compte USMB but I can't find the course anywhere. And when is the first class in person?""",
 profile="university", topics=["find_course"], action="escalate",
 why="USMB student logged in, cannot find the course, and asks for the in-person date",
 clauses=[("Hello!","greeting"),("Je suis connectée avec mon compte USMB","context"),("but I can't find the course anywhere.","find_course"),
  ("And when is the first class in person?","other_request")]),

dict(slug="visiting-researcher-no-inp-account", name="Rafael Lima", addr="rafael.lima.br@gmail.com",
 date="Wed, 09 Dec 2026 10:25:03 +0100", client="gmail", fmt="alt", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Good morning,

I'm a visiting researcher at Grenoble INP (G2Elab) for six months, arrived in November. I think I should use the violet button with Grenoble INP, but I don't know what my INP username is, I only have this gmail for now.

Obrigado,
Rafael Lima""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="gmail sender, visiting researcher at Grenoble INP who means to use his INP account, does not know his username",
 clauses=[("Good morning,","greeting"),("I'm a visiting researcher at Grenoble INP (G2Elab) for six months, arrived in November.","context"),
  ("I think I should use the violet button with Grenoble INP,","context"),
  ("but I don't know what my INP username is,","forgotten_username"),("I only have this gmail for now.","context"),("Obrigado,","thanks")]),

dict(slug="lectrice-usmb-orange-pwd", name="Emily Carter", addr="emily.carter73@orange.fr",
 date="Wed, 09 Dec 2026 18:40:17 +0100", client="orange", charset="iso-8859-1", cte="qp", fmt="html", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonsoir,

I'm the English lectrice at USMB (Chambéry campus). I log in with my USMB account usually but I forgot the password since I changed it in September. What should I do?

Thanks,
Emily""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="orange.fr sender but says she uses her USMB account; forgot the password",
 clauses=[("Bonsoir,","greeting"),("I'm the English lectrice at USMB (Chambéry campus).","context"),
  ("I log in with my USMB account usually but I forgot the password since I changed it in September.","forgotten_password"),
  ("What should I do?","forgotten_password"),("Thanks,","thanks")]),

dict(slug="retired-teacher-yahoo", name="Margaret Dufour", addr="maggie.dufour@yahoo.fr",
 date="Thu, 10 Dec 2026 09:05:44 +0100", client="gmail", fmt="alt", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Bonjour,

I'm a retired English teacher (I retired in June from the lycée du Grésivaudan) and I volunteer as a tutor. I don't have my academic account anymore. I've no idea what username and password I'm meant to use now.

Best wishes,
Margaret""",
 profile="other", topics=["forgotten_username","forgotten_password"], action="reply",
 why="retired teacher without an academic account: guest account; does not know username nor password",
 clauses=[("Bonjour,","greeting"),("I'm a retired English teacher (I retired in June from the lycée du Grésivaudan) and I volunteer as a tutor.","context"),
  ("I don't have my academic account anymore.","context"),
  ("I've no idea what username","forgotten_username"),("and password I'm meant to use now.","forgotten_password"),("Best wishes,","thanks")]),

dict(slug="british-council-speaker-login", name="Oliver Grant", addr="oliver.grant@britishcouncil.fr",
 date="Thu, 10 Dec 2026 11:18:26 +0100", client="outlook", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Dear colleagues,

I'm one of the external speakers for the plurilingualism module. I received a username and password from M@gistère last week, but where exactly do I type them? The page asks me to pick between academic, higher education and something else.

Kind regards""",
 sig="Oliver Grant\nEnglish Programmes Manager\nBritish Council France",
 profile="other", topics=["login"], action="reply",
 why="external speaker with a manual account, does not know which login option to use",
 clauses=[("Dear colleagues,","greeting"),("I'm one of the external speakers for the plurilingualism module.","context"),
  ("I received a username and password from M@gistère last week,","context"),("but where exactly do I type them?","login"),
  ("The page asks me to pick between academic, higher education and something else.","login"),("Kind regards","thanks")]),

dict(slug="uga-helpdesk-ticket-ack", raw="""Return-Path: <noreply-assistance@univ-grenoble-alpes.fr>
From: Assistance DGD SI UGA <noreply-assistance@univ-grenoble-alpes.fr>
To: formation-magistere@ac-grenoble.fr
Subject: [Ticket #2026120412] Votre demande a bien été enregistrée / Your request has been received
Date: Thu, 10 Dec 2026 12:00:05 +0100
Message-ID: <glpi-ticket-2026120412@assistance.univ-grenoble-alpes.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre demande a bien été enregistrée sous le numéro 2026120412. Un technicien la prendra en charge dans les meilleurs délais.

Your request has been registered under number 2026120412. A technician will handle it as soon as possible.

Ceci est un message automatique, merci de ne pas y répondre.
""", profile="university", topics=[], action="ignore",
 why="automatic acknowledgement from the UGA IT helpdesk",
 clauses=[("Votre demande a bien été enregistrée sous le numéro 2026120412.","robot"),
  ("Un technicien la prendra en charge dans les meilleurs délais.","robot"),
  ("Your request has been registered under number 2026120412.","robot"),
  ("A technician will handle it as soon as possible.","robot"),
  ("Ceci est un message automatique, merci de ne pas y répondre.","robot")]),

dict(slug="oof-yahoo-no-headers", raw="""Return-Path: <fiona.mcleod@yahoo.co.uk>
From: Fiona McLeod <fiona.mcleod@yahoo.co.uk>
To: EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Subject: Out of Office: Invitation : Accueillir un élève allophone
Date: Thu, 10 Dec 2026 13:44:00 +0000
Message-ID: <1733838240.5512@mail.yahoo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

I'm away in Scotland for the winter break and will reply when I'm back on 4 January.
Fiona (language assistant, Collège Champollion)
""", profile="academic", topics=[], action="ignore",
 why="holiday auto-reply without the usual headers, from a language assistant",
 clauses=[("I'm away in Scotland for the winter break and will reply when I'm back on 4 January.","robot")]),

dict(slug="well-received-thanks", name="Thomas Girard", addr="thomas.girard@grenoble-inp.fr",
 date="Thu, 10 Dec 2026 14:21:12 +0100", client="owa", fmt="html", course="Le numérique au service de la pédagogie", inv=106,
 text="""Well received, thanks. I'm in.""",
 sig="T. Girard\nGrenoble INP - Génie industriel",
 profile="university", topics=[], action="ignore",
 why="INP lecturer acknowledges and says he is logged in; closes the matter",
 clauses=[("Well received, thanks.","thanks"),("I'm in.","context")]),

dict(slug="teacher-phd-academic-find", name="Anaïs Lefèvre", addr="anais.lefevre@ac-grenoble.fr",
 date="Thu, 10 Dec 2026 20:30:45 +0100", client="thunderbird", charset="utf-8", cte="qp", course="Évaluer par compétences", inv=105,
 text="""Bonsoir,

Je suis professeure de lettres au collège Pablo Neruda et doctorante à l'UGA à côté (LIDILEM). Pour cette formation j'utilise mon compte académique, je suis bien connectée, mais dans « Tous mes parcours » il n'y a rien qui ressemble à « Évaluer par compétences ». I also tried the search box.

Merci d'avance""",
 sig="Anaïs Lefèvre",
 profile="academic", topics=["find_course"], action="reply",
 why="teacher and UGA PhD candidate who says she uses her academic account; logged in but cannot find the course",
 clauses=[("Bonsoir,","greeting"),("Je suis professeure de lettres au collège Pablo Neruda et doctorante à l'UGA à côté (LIDILEM).","context"),
  ("Pour cette formation j'utilise mon compte académique, je suis bien connectée,","context"),
  ("mais dans « Tous mes parcours » il n'y a rien qui ressemble à « Évaluer par compétences ».","find_course"),
  ("I also tried the search box.","find_course"),("Merci d'avance","thanks")]),

dict(slug="spam-mailbox-quota", raw="""Return-Path: <admin@mail-quota-univ.com>
From: "Webmail Administrator" <admin@mail-quota-univ.com>
To: formation-magistere@ac-grenoble.fr
Subject: Your mailbox has exceeded its storage limit
Date: Fri, 11 Dec 2026 03:12:00 +0000
Message-ID: <f3a9c1e0b2@mail-quota-univ.com>
X-Spam-Flag: YES
X-Spam-Status: Yes, score=9.8
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><body><p>Dear user,</p><p>Your mailbox has exceeded its storage limit of 2GB. To avoid losing incoming messages, please verify your account within 24 hours: <a href="http://mail-quota-univ.com/verify">VERIFY NOW</a></p><p>IT Service Desk</p></body></html>
""", profile="other", topics=[], action="ignore",
 why="phishing spam",
 clauses=[("Your mailbox has exceeded its storage limit of 2GB.","robot"),
  ("To avoid losing incoming messages, please verify your account within 24 hours:","robot")]),

dict(slug="intl-student-travel-costs", name="Amara Diallo", addr="amara.diallo@etu.univ-grenoble-alpes.fr",
 date="Fri, 11 Dec 2026 09:40:31 +0100", client="gmail_mobile", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,
I'm an international master's student at UGA doing an internship in a lycée in Voiron. Two questions: I can't log in, where is the login page exactly? And will my train tickets to the in-person day in Grenoble be refunded?
Merci beaucoup""",
 profile="university", topics=["login"], action="escalate",
 why="UGA student asks where to log in (guide) and about travel costs (not in guide)",
 clauses=[("Bonjour,","greeting"),("I'm an international master's student at UGA doing an internship in a lycée in Voiron.","context"),
  ("Two questions: I can't log in, where is the login page exactly?","login"),
  ("And will my train tickets to the in-person day in Grenoble be refunded?","other_request"),("Merci beaucoup","thanks")]),

dict(slug="erasmus-home-univ-not-listed", name="Katarina Novak", addr="katarina.novak@etu.univ-grenoble-alpes.fr",
 date="Fri, 11 Dec 2026 11:02:58 +0100", client="roundcube", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

When I click on the violet button, the list of SUPIDP does not contain my home university (University of Ljubljana). Should I use my Ljubljana account or the one from Grenoble? I have both, but I never used the UGA one.

Hvala / merci""",
 profile="university", topics=["login"], action="escalate",
 why="Erasmus student hesitates between her home-university account and her UGA one; the guide does not say which account she was enrolled with",
 clauses=[("Hello,","greeting"),("When I click on the violet button, the list of SUPIDP does not contain my home university (University of Ljubljana).","login"),
  ("Should I use my Ljubljana account or the one from Grenoble?","login"),
  ("I have both, but I never used the UGA one.","context"),("Hvala / merci","thanks")]),

dict(slug="inp-lecturer-forgot-login", name="Antoine Galaxy-Roux", addr="antoine.roux@grenoble-inp.fr",
 date="Fri, 11 Dec 2026 15:16:09 +0100", client="apple", charset="utf-8", cte="8bit", course="Enseigner l'informatique en NSI", inv=111,
 text="""Bonjour,

Sorry, quick one: c'est quoi mon login INP déjà ? I always use the email address and it doesn't work on the INP page.

Antoine""",
 profile="university", topics=["forgotten_username"], action="reply",
 why="INP lecturer does not know his INP username",
 clauses=[("Bonjour,","greeting"),("Sorry, quick one:","small_talk"),("c'est quoi mon login INP déjà ?","forgotten_username"),
  ("I always use the email address and it doesn't work on the INP page.","forgotten_username")]),

dict(slug="usmb-admin-webinar-recording", name="Sandrine Blanc", addr="sandrine.blanc@univ-smb.fr",
 date="Mon, 14 Dec 2026 09:33:27 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Secrétaire pédagogique au département LEA de l'USMB, je n'ai pas pu assister à la classe virtuelle de jeudi. Is there a recording available? Et le support de présentation, est-il déposé sur le parcours ?

Bonne journée""",
 sig="Sandrine Blanc\nDépartement LEA - Université Savoie Mont Blanc",
 profile="university", topics=[], action="escalate",
 why="USMB admin asks for a recording and the slides; not in the guide",
 clauses=[("Bonjour,","greeting"),("Secrétaire pédagogique au département LEA de l'USMB, je n'ai pas pu assister à la classe virtuelle de jeudi.","context"),
  ("Is there a recording available?","other_request"),("Et le support de présentation, est-il déposé sur le parcours ?","other_request"),
  ("Bonne journée","thanks")]),

dict(slug="usmb-phd-video-bug", name="Hugo Martins", addr="hugo.martins@univ-smb.fr",
 date="Mon, 14 Dec 2026 16:48:02 +0100", client="thunderbird", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hi,

I'm in the course, no problem to log in, but the video in section 2 ("La médiation en classe") never loads, it just shows a black square. Same with Firefox and Chrome.

Hugo (PhD, EDYTEM)""",
 profile="university", topics=[], action="escalate",
 why="USMB PhD candidate reports a bug inside the course",
 clauses=[("Hi,","greeting"),("I'm in the course, no problem to log in,","context"),
  ("but the video in section 2 (\"La médiation en classe\") never loads, it just shows a black square.","other_request"),
  ("Same with Firefox and Chrome.","other_request")]),

dict(slug="assistant-what-is-numen", name="Bethany Rose", addr="bethany.rose@laposte.net",
 date="Tue, 15 Dec 2026 12:10:50 +0100", client="gmail", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hello,

I'm an English language assistant (collège in Voiron). I clicked the link to find my academic username and it asks for my NUMEN. What is a NUMEN and where can I find mine? Nobody ever gave me one as far as I know.

Thanks in advance""",
 sig="Bethany",
 profile="academic", topics=["forgotten_username"], action="escalate",
 why="language assistant of the académie does not know her identifier and has no NUMEN; where to get the NUMEN is not in the guide",
 clauses=[("Hello,","greeting"),("I'm an English language assistant (collège in Voiron).","context"),
  ("I clicked the link to find my academic username and it asks for my NUMEN.","forgotten_username"),
  ("What is a NUMEN and where can I find mine?","other_request"),("Nobody ever gave me one as far as I know.","context"),
  ("Thanks in advance","thanks")]),

dict(slug="guest-researcher-change-group", name="Jonas Keller", addr="jonas.keller@univ-grenoble-alpes.fr",
 date="Tue, 15 Dec 2026 14:27:33 +0100", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

I'm a guest researcher at Institut Néel. I'm registered in group B (Tuesday), but I teach on Tuesdays. Would it be possible to move me to group A?

Danke and best regards,
Jonas Keller""",
 profile="university", topics=[], action="escalate",
 why="asks to change group",
 clauses=[("Hello,","greeting"),("I'm a guest researcher at Institut Néel.","context"),
  ("I'm registered in group B (Tuesday), but I teach on Tuesdays.","context"),
  ("Would it be possible to move me to group A?","other_request"),("Danke and best regards,","thanks")]),

dict(slug="uga-password-expired", name="Priya Raman", addr="priya.raman@etu.univ-grenoble-alpes.fr",
 date="Tue, 15 Dec 2026 22:05:11 +0100", client="samsung", charset="utf-8", cte="base64", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Hi, my UGA password has expired, the UGA login page says I must renew it and I don't remember the old one. How can I reset it? Thanks""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="UGA student whose password expired and who forgot it",
 clauses=[("Hi,","greeting"),("my UGA password has expired, the UGA login page says I must renew it and I don't remember the old one.","forgotten_password"),
  ("How can I reset it?","forgotten_password"),("Thanks","thanks")]),

dict(slug="interleaved-which-button", name="Sarah Lindqvist", addr="sarah.lindqvist@univ-grenoble-alpes.fr",
 date="Wed, 16 Dec 2026 09:01:39 +0100", client="thunderbird", raw_body=True, course="Développer l'oral en langue vivante", inv=107, quote="no", threaded=True,
 text="""Le 30/11/2026 à 09:12, EAFC Grenoble a écrit :
> Bonjour,
>
> Vous êtes inscrit(e) à la formation « Développer l'oral en langue vivante » proposée par l'EAFC de l'académie de Grenoble.
> Cette formation hybride se déroule en partie sur la plateforme M@gistère.
>
> Pour rejoindre le parcours, connectez-vous à l'adresse :
> https://magistere.education.fr/ac-grenoble/

I go there and see a blue button, a violet one and "Connexion directe". I work at UGA (lecturer in the English department), which one is mine?

> puis cliquez sur le titre de la formation dans la liste de vos parcours.

OK, this part I will try after.

> Bonne formation,
> L'équipe de l'EAFC

Sarah""",
 profile="university", topics=["login"], action="reply",
 why="UGA lecturer, answers between quoted lines, asks which login button is hers",
 clauses=[("I go there and see a blue button, a violet one and \"Connexion directe\".","context"),
  ("I work at UGA (lecturer in the English department), which one is mine?","login"),
  ("OK, this part I will try after.","small_talk")]),

dict(slug="aesh-uga-student-sfr-html", name="Inès Moulin", addr="ines.moulin@sfr.fr",
 date="Wed, 16 Dec 2026 13:22:47 +0100", client="owa", fmt="html", charset="utf-8", cte="qp", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonjour,

Je suis AESH à l'école Jean Jaurès de Fontaine et aussi étudiante en L3 psycho à l'UGA. On m'a dit que j'étais inscrite avec mon compte académique d'AESH (imoulin2). Je n'ai jamais changé le mot de passe, quel est-il ?

Merci""",
 sig="Inès Moulin",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="sfr sender, AESH and UGA student who says she is enrolled with her academic account; asks for the default password",
 clauses=[("Bonjour,","greeting"),("Je suis AESH à l'école Jean Jaurès de Fontaine et aussi étudiante en L3 psycho à l'UGA.","context"),
  ("On m'a dit que j'étais inscrite avec mon compte académique d'AESH (imoulin2).","context"),
  ("Je n'ai jamais changé le mot de passe, quel est-il ?","forgotten_password"),("Merci","thanks")]),

dict(slug="librarian-colleague-numen-free", name="Laura Bianchi", addr="laura.bianchi@free.fr",
 date="Wed, 16 Dec 2026 17:58:20 +0100", client="thunderbird", charset="iso-8859-1", cte="qp", course="Éduquer aux médias et à l'information", inv=115,
 text="""Bonjour,

Je suis bibliothécaire à la médiathèque de Grenoble (partenaire du projet EMI), pas enseignante. Une collègue professeure documentaliste m'a donné son NUMEN pour essayer mais évidemment ça ne marche pas. I never received any username or password from M@gistère. Comment faire ?

Cordialement,
Laura Bianchi""",
 profile="other", topics=["forgotten_username","forgotten_password"], action="reply",
 why="partner librarian with a guest account; a colleague's NUMEN changes nothing; has neither username nor password",
 clauses=[("Bonjour,","greeting"),("Je suis bibliothécaire à la médiathèque de Grenoble (partenaire du projet EMI), pas enseignante.","context"),
  ("Une collègue professeure documentaliste m'a donné son NUMEN pour essayer mais évidemment ça ne marche pas.","context"),
  ("I never received any username","forgotten_username"),("or password from M@gistère.","forgotten_password"),("Comment faire ?","forgotten_username")]),

dict(slug="new-mail-which-course", name="Daniel Schmidt", addr="daniel.schmidt@univ-grenoble-alpes.fr",
 date="Thu, 17 Dec 2026 08:15:06 +0100", client="gmail", fmt="alt", quote="no", threaded=False, subject="M@gistère - which course?", to="formation-magistere@ac-grenoble.fr", course="",
 text="""Hello,

I'm logged in (UGA account) and I see four courses on my home page. How do I know which one is the one I was invited to? The email was deleted by mistake.

Best,
Daniel Schmidt
LJK, UGA""",
 profile="university", topics=["find_course"], action="escalate",
 why="new mail: logged in but does not know which course is his because he deleted the invitation; only a human can tell him the course",
 clauses=[("Hello,","greeting"),("I'm logged in (UGA account) and I see four courses on my home page.","context"),
  ("How do I know which one is the one I was invited to?","find_course"),("The email was deleted by mistake.","other_request")]),

dict(slug="managed-but-deadline", name="Lucy Bennett", addr="lucy.bennett@etu.univ-smb.fr",
 date="Thu, 17 Dec 2026 19:44:52 +0100", client="iphone", course="Didactique des mathématiques au lycée", inv=110,
 text="""Thanks, I managed to get in! One more thing though: what is the deadline to finish the online modules?""",
 profile="university", topics=[], action="escalate",
 why="solved her login but asks for the deadline",
 clauses=[("Thanks, I managed to get in!","thanks"),("One more thing though: what is the deadline to finish the online modules?","other_request")]),

dict(slug="exchange-ndr-inp", raw="""Return-Path: <>
From: postmaster@grenoble-inp.fr
To: formation-magistere@ac-grenoble.fr
Subject: Undeliverable: Invitation : Tutorat des professeurs stagiaires
Date: Fri, 18 Dec 2026 07:30:21 +0000
Message-ID: <8f1c2d3e-ndr@grenoble-inp.fr>
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_b1"

--ndr_b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Your message to m.oconnor@grenoble-inp.fr couldn't be delivered.
m.oconnor wasn't found at grenoble-inp.fr.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--ndr_b1
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR02MB.eurprd02.prod.outlook.com
Final-Recipient: rfc822;m.oconnor@grenoble-inp.fr
Action: failed
Status: 5.1.10

--ndr_b1--
""", profile="university", topics=[], action="ignore",
 why="Exchange non-delivery report",
 clauses=[("Your message to m.oconnor@grenoble-inp.fr couldn't be delivered.","robot"),("m.oconnor wasn't found at grenoble-inp.fr.","robot")]),

dict(slug="english-guide-request", name="Eleni Papadopoulou", addr="eleni.papadopoulou@etu.univ-grenoble-alpes.fr",
 date="Fri, 18 Dec 2026 10:50:13 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Dear EAFC,

My French is still basic. Is there an English version of the instructions to join the course? Thank you very much.

Eleni (Erasmus, UGA)""",
 profile="university", topics=[], action="escalate",
 why="Erasmus student asks for an English version of the guide; not a guide step",
 clauses=[("Dear EAFC,","greeting"),("My French is still basic.","context"),
  ("Is there an English version of the instructions to join the course?","other_request"),("Thank you very much.","thanks")]),
]
