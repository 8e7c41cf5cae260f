MESSAGES = [
dict(slug="intl-student-all-four", name="Fatima Zahra Benkirane", addr="fatimazahra.benkirane@etu.univ-grenoble-alpes.fr",
 date="Fri, 29 Jan 2027 22:48:02 +0100", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Bonsoir,

I'm sorry, I'm completely lost. I'm an international student at UGA (master FLE). I don't know my UGA username, I don't remember the password either, I don't understand which button to click on the page, and my classmates say the course is in "mes parcours" but I don't know where that is.

Merci beaucoup pour votre patience""",
 profile="university", topics=["forgotten_username","forgotten_password","login","find_course"], action="reply",
 why="UGA student stuck at every step: username, password, which button, where the course is",
 clauses=[("Bonsoir,","greeting"),("I'm sorry, I'm completely lost.","small_talk"),("I'm an international student at UGA (master FLE).","context"),
  ("I don't know my UGA username,","forgotten_username"),("I don't remember the password either,","forgotten_password"),
  ("I don't understand which button to click on the page,","login"),
  ("and my classmates say the course is in \"mes parcours\" but I don't know where that is.","find_course"),("Merci beaucoup pour votre patience","thanks")]),

dict(slug="aesh-gmail-pwd-course", name="Abena Mensah", addr="abena.mensah.aesh@gmail.com",
 date="Sat, 30 Jan 2027 10:15:48 +0100", client="gmail_mobile", fmt="alt", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Hello,
I work as AESH in the collège of Pont-de-Claix, with my academic account. I changed my password in December and now I forgot it. Also after I connect, where is the course?
Thank you""",
 profile="academic", topics=["forgotten_password","find_course"], action="reply",
 why="gmail AESH of the académie with her academic account: forgotten password, where the course is",
 clauses=[("Hello,","greeting"),("I work as AESH in the collège of Pont-de-Claix, with my academic account.","context"),
  ("I changed my password in December and now I forgot it.","forgotten_password"),("Also after I connect, where is the course?","find_course"),("Thank you","thanks")]),

dict(slug="cnrs-guest-which-button", name="Pavel Horák", addr="pavel.horak@neel.cnrs.fr",
 date="Mon, 01 Feb 2027 09:31:20 +0100", client="thunderbird", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

I'm a CNRS researcher (Institut Néel), so no UGA account. I got an email with a M@gistère username and password for this course. Which of the connection buttons is the right one for me?

Best,
Pavel""",
 profile="other", topics=["login"], action="reply",
 why="CNRS researcher without university account, has a manual M@gistère account; asks which button",
 clauses=[("Hello,","greeting"),("I'm a CNRS researcher (Institut Néel), so no UGA account.","context"),
  ("I got an email with a M@gistère username and password for this course.","context"),
  ("Which of the connection buttons is the right one for me?","login"),("Best,","thanks")]),

dict(slug="interleaved-pwd-and-dates", name="Joanna Kowalska", addr="joanna.kowalska@univ-grenoble-alpes.fr",
 date="Mon, 01 Feb 2027 14:07:55 +0100", client="thunderbird", quote="no", threaded=True, course="Développer l'oral en langue vivante", inv=107,
 text="""Le 30/11/2026 à 09:12, EAFC Grenoble a écrit :
> Vous êtes inscrit(e) à la formation « Développer l'oral en langue vivante » proposée par l'EAFC de l'académie de Grenoble.

When does it start? There is no date in your email.

> Cette formation hybride se déroule en partie sur la plateforme M@gistère.
> Pour rejoindre le parcours, connectez-vous à l'adresse :
> https://magistere.education.fr/ac-grenoble/

I tried, but my UGA password is not accepted any more. I think it expired.

Joanna Kowalska
Service des langues, UGA""",
 profile="university", topics=["forgotten_password"], action="escalate",
 why="answers between quoted lines: asks the start date (not in guide) and says her UGA password is refused",
 clauses=[("When does it start?","other_request"),("There is no date in your email.","other_request"),
  ("I tried, but my UGA password is not accepted any more.","forgotten_password"),("I think it expired.","forgotten_password")]),

dict(slug="not-enrolled-message", name="Lorenzo Ricci", addr="lorenzo.ricci@etu.univ-smb.fr",
 date="Mon, 01 Feb 2027 18:22:40 +0100", client="apple", charset="utf-8", cte="qp", course="Didactique des mathématiques au lycée", inv=110,
 text="""Hello,

I'm connected with my USMB account, but when I click on the course it says "Vous ne pouvez pas vous inscrire vous-même à ce cours". So I can't join it.

Grazie,
Lorenzo""",
 profile="university", topics=["find_course"], action="escalate",
 why="logged in but the platform refuses access to the course: enrolment problem for a human",
 clauses=[("Hello,","greeting"),("I'm connected with my USMB account,","context"),
  ("but when I click on the course it says \"Vous ne pouvez pas vous inscrire vous-même à ce cours\".","find_course"),("So I can't join it.","find_course"),("Grazie,","thanks")]),

dict(slug="two-academic-ids", name="Sarah Dupont-Kelly", addr="sarah.dupont-kelly@ac-grenoble.fr",
 date="Tue, 02 Feb 2027 08:12:33 +0100", client="zimbra", charset="utf-8", cte="8bit", fmt="alt", course="Conduire un projet eTwinning", inv=113,
 text="""Bonjour,

It seems I have two academic identifiers, sdupont and sdupontkelly, depuis mon changement de nom. Lequel est le mien pour M@gistère ?

Merci !""",
 sig="Sarah Dupont-Kelly\nProfesseure d'anglais, collège Le Chamandier",
 profile="academic", topics=["forgotten_username"], action="reply",
 why="teacher unsure which of two identifiers is hers",
 clauses=[("Bonjour,","greeting"),("It seems I have two academic identifiers, sdupont and sdupontkelly, depuis mon changement de nom.","context"),
  ("Lequel est le mien pour M@gistère ?","forgotten_username"),("Merci !","thanks")]),

dict(slug="gmail-vacation-responder", raw="""Return-Path: <matt.collins.uk@gmail.com>
From: Matt Collins <matt.collins.uk@gmail.com>
To: formation-magistere@ac-grenoble.fr
Subject: Re: Invitation : Conduire un projet eTwinning
Date: Tue, 2 Feb 2027 09:00:01 +0000
Message-ID: <CAJxV8a1vacation@mail.gmail.com>
In-Reply-To: <invitation-2026-113@ac-grenoble.fr>
References: <invitation-2026-113@ac-grenoble.fr>
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi! I'm travelling in Morocco with no internet until 15 February. Speak soon!
Matt (English assistant, Lycée du Mont-Blanc)
""", profile="academic", topics=[], action="ignore",
 why="Gmail vacation responder",
 clauses=[("Hi! I'm travelling in Morocco with no internet until 15 February.","robot"),("Speak soon!","robot")]),

dict(slug="delivery-delayed-warning", raw="""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@smtp.grenoble-inp.fr>
To: formation-magistere@ac-grenoble.fr
Subject: Delayed Mail (still being retried)
Date: Tue, 02 Feb 2027 13:00:00 +0100
Message-ID: <20270202120000.DELAY@smtp.grenoble-inp.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="delay-b"

--delay-b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.grenoble-inp.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

--delay-b
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.grenoble-inp.fr
Final-Recipient: rfc822; n.petit@grenoble-inp.fr
Action: delayed
Status: 4.4.1

--delay-b--
""", profile="university", topics=[], action="ignore",
 why="delivery-delay warning from a mail server",
 clauses=[("Your message could not be delivered for more than 4 hour(s).","robot"),("It will be retried until it is 5 day(s) old.","robot")]),

dict(slug="challenge-response-antispam", raw="""Return-Path: <verification@mailinblack.com>
From: "Protection anti-spam" <verification@mailinblack.com>
To: formation-magistere@ac-grenoble.fr
Subject: [Verification] Your message to d.fischer@techno-alpes.fr is pending
Date: Tue, 02 Feb 2027 15:47:10 +0100
Message-ID: <mib-pending-99231@mailinblack.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p>Bonjour / Hello,</p><p>Votre message est en attente. Pour le délivrer, merci de confirmer que vous n'êtes pas un robot en cliquant ici.</p><p>Your message is pending. Please confirm you are human by clicking here.</p></body></html>
""", profile="other", topics=[], action="ignore",
 why="challenge-response anti-spam robot",
 clauses=[("Votre message est en attente.","robot"),("Your message is pending.","robot")]),

dict(slug="certificate-after-completion", name="Caroline Petit", addr="caroline.petit@univ-grenoble-alpes.fr",
 date="Wed, 03 Feb 2027 10:36:09 +0100", client="owa", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

J'ai terminé tous les modules du parcours. How do I get my attestation de formation? Mon service RH en a besoin pour mon dossier.

Cordialement,""",
 sig="Caroline Petit\nDirection de la vie étudiante - UGA",
 profile="university", topics=[], action="escalate",
 why="asks for an attestation after finishing the course",
 clauses=[("Bonjour,","greeting"),("J'ai terminé tous les modules du parcours.","context"),("How do I get my attestation de formation?","other_request"),
  ("Mon service RH en a besoin pour mon dossier.","context"),("Cordialement,","thanks")]),

dict(slug="camera-virtual-class", name="Yasmin Okonkwo", addr="yasmin.okonkwo@etu.univ-grenoble-alpes.fr",
 date="Wed, 03 Feb 2027 17:20:51 +0100", client="iphone", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Hello, do we have to turn our camera on during the virtual class? My connection at home is really bad.""",
 profile="university", topics=[], action="escalate",
 why="question on how the virtual class runs",
 clauses=[("Hello,","greeting"),("do we have to turn our camera on during the virtual class?","other_request"),("My connection at home is really bad.","context")]),

dict(slug="gmail-lecturer-suppose-academic", name="Daniel Roussel", addr="daniel.roussel.prof@gmail.com",
 date="Thu, 04 Feb 2027 08:44:26 +0100", client="gmail", fmt="alt", course="Évaluer par compétences", inv=105,
 text="""Bonjour,

I teach physics in a lycée in Grenoble and I'm also a part-time lecturer at UGA. The invitation was sent to my academic address and I log in with my academic account, but my password doesn't work since the holidays.

Merci,
Daniel Roussel""",
 profile="academic", topics=["forgotten_password"], action="reply",
 why="gmail sender, teacher and part-time lecturer who says he logs in with his academic account; password refused",
 clauses=[("Bonjour,","greeting"),("I teach physics in a lycée in Grenoble and I'm also a part-time lecturer at UGA.","context"),
  ("The invitation was sent to my academic address and I log in with my academic account,","context"),
  ("but my password doesn't work since the holidays.","forgotten_password"),("Merci,","thanks")]),

dict(slug="inp-lecturer-colleague-numen-enrol", name="Richard Blake", addr="richard.blake@grenoble-inp.fr",
 date="Thu, 04 Feb 2027 11:58:37 +0100", client="outlook", fmt="alt", charset="windows-1252", cte="qp", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

A colleague of mine, Mme Julie Vernet, teaches physics in a lycée in Voiron and would like to join the EMILE course too. Her NUMEN is 08E1122334ABC if you need it for the registration.

Thanks in advance,""",
 sig="Richard Blake\nEnseignant-chercheur - Phelma, Grenoble INP",
 profile="university", topics=[], action="escalate",
 why="INP lecturer asks to register a colleague and gives her NUMEN (which changes nothing to his own profile)",
 clauses=[("Hello,","greeting"),
  ("A colleague of mine, Mme Julie Vernet, teaches physics in a lycée in Voiron and would like to join the EMILE course too.","other_request"),
  ("Her NUMEN is 08E1122334ABC if you need it for the registration.","context"),("Thanks in advance,","thanks")]),

dict(slug="career-list-find-course", name="Martina Weber", addr="martina.weber.sci@gmail.com",
 date="Thu, 04 Feb 2027 16:33:12 +0100", client="gmail", fmt="alt", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hi,

PhD from UGA, postdoc at Grenoble INP, and now I'm at EPFL but still involved in the outreach programme. I could log in, but the course page is empty, I see no "Médiation scientifique" course.

Best,
Martina""",
 profile="other", topics=["find_course"], action="reply",
 why="list of institutions, no account named; gmail: other; logged in but cannot find the course",
 clauses=[("Hi,","greeting"),("PhD from UGA, postdoc at Grenoble INP, and now I'm at EPFL but still involved in the outreach programme.","context"),
  ("I could log in,","context"),("but the course page is empty, I see no \"Médiation scientifique\" course.","find_course"),("Best,","thanks")]),

dict(slug="erasmus-leaving-unsubscribe", name="Tomás Oliveira", addr="tomas.oliveira@etu.univ-smb.fr",
 date="Fri, 05 Feb 2027 09:05:44 +0100", client="gmail_mobile", fmt="alt", course="Développer l'oral en langue vivante", inv=107,
 text="""Bonjour, my Erasmus ends early (family reasons), I go back to Lisbon next week. Please unsubscribe me from the course. Obrigado""",
 profile="university", topics=[], action="escalate",
 why="asks to be unsubscribed",
 clauses=[("Bonjour,","greeting"),("my Erasmus ends early (family reasons), I go back to Lisbon next week.","context"),
  ("Please unsubscribe me from the course.","other_request"),("Obrigado","thanks")]),

dict(slug="screenshot-error", name="Noémie Faure-Jones", addr="noemie.faure-jones@univ-grenoble-alpes.fr",
 date="Fri, 05 Feb 2027 14:28:19 +0100", client="owa", fmt="html", course="Le numérique au service de la pédagogie", inv=106,
 text="""Bonjour,

I get an error when I try to log in, see the screenshot attached. Je ne comprends pas le message.

Noémie""",
 profile="university", topics=["login"], action="escalate",
 why="login error described only in a screenshot (missing here): the error cannot be read, a human must look",
 clauses=[("Bonjour,","greeting"),("I get an error when I try to log in,","login"),("see the screenshot attached.","unclear"),
  ("Je ne comprends pas le message.","unclear")]),

dict(slug="uga-admin-quel-bouton", name="Gérard Pellissier", addr="gerard.pellissier@univ-grenoble-alpes.fr",
 date="Mon, 08 Feb 2027 09:50:02 +0100", client="zimbra", charset="iso-8859-1", cte="qp", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

Agent de la DSI à l'UGA. Sur la page de M@gistère il y a trois boutons de connexion, quel bouton dois-je utiliser ?

Cheers,
Gérard""",
 profile="university", topics=["login"], action="reply",
 why="UGA staff asks which login button to use",
 clauses=[("Bonjour,","greeting"),("Agent de la DSI à l'UGA.","context"),
  ("Sur la page de M@gistère il y a trois boutons de connexion, quel bouton dois-je utiliser ?","login"),("Cheers,","thanks")]),

dict(slug="inp-html-expired-pwd", name="Clara Schneider", addr="clara.schneider@grenoble-inp.org",
 date="Mon, 08 Feb 2027 13:14:46 +0100", client="gmail", fmt="html", course="Enseigner l'informatique en NSI", inv=111,
 text="""Hello,

My Grenoble INP password expired during the holidays and I don't remember the old one to change it. How can I get a new password?

Thanks!
Clara (Ensimag 2A)""",
 profile="university", topics=["forgotten_password"], action="reply",
 why="INP student whose password expired",
 clauses=[("Hello,","greeting"),("My Grenoble INP password expired during the holidays and I don't remember the old one to change it.","forgotten_password"),
  ("How can I get a new password?","forgotten_password"),("Thanks!","thanks")]),

dict(slug="got-it-see-you-thursday", name="Hélène Marchetti", addr="helene.marchetti@univ-smb.fr",
 date="Mon, 08 Feb 2027 18:01:30 +0100", client="roundcube", course="Former à l'esprit critique", inv=114,
 text="""Got it, thanks. See you on Thursday!""",
 profile="university", topics=[], action="ignore",
 why="acknowledgement, nothing to answer",
 clauses=[("Got it, thanks.","thanks"),("See you on Thursday!","small_talk")]),

dict(slug="french-only-complaint", name="William Foster", addr="william.foster@univ-grenoble-alpes.fr",
 date="Tue, 09 Feb 2027 10:40:12 +0100", client="outlook", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

For a course about plurilingualism, it's a bit ironic that all the emails and the platform are only in French. Many of us in the group are not French speakers. Could future communications be sent in English as well?

Regards,
William Foster
Visiting professor, ILCEA4""",
 profile="university", topics=[], action="escalate",
 why="complaint and request for English communications",
 clauses=[("Hello,","greeting"),("For a course about plurilingualism, it's a bit ironic that all the emails and the platform are only in French.","other_request"),
  ("Many of us in the group are not French speakers.","context"),("Could future communications be sent in English as well?","other_request"),("Regards,","thanks")]),

dict(slug="volunteer-association-username", name="Catherine Moore", addr="catherine.moore@alpes-fle-benevoles.org",
 date="Tue, 09 Feb 2027 15:15:27 +0100", client="thunderbird", charset="utf-8", cte="qp", course="Accueillir un élève allophone", inv=101,
 text="""Bonjour,

Bénévole dans une association d'aide aux familles allophones, j'ai reçu un compte pour M@gistère. I remember my password but not the username they gave me. Can you remind me?

Cordialement,
Catherine Moore""",
 profile="other", topics=["forgotten_username"], action="reply",
 why="volunteer with a manual account; forgot the username",
 clauses=[("Bonjour,","greeting"),("Bénévole dans une association d'aide aux familles allophones, j'ai reçu un compte pour M@gistère.","context"),
  ("I remember my password but not the username they gave me.","forgotten_username"),("Can you remind me?","forgotten_username"),("Cordialement,","thanks")]),

dict(slug="someone-elses-name", name="Benjamin Clarke", addr="benjamin.clarke@etu.univ-grenoble-alpes.fr",
 date="Wed, 10 Feb 2027 11:02:56 +0100", client="gmail", fmt="alt", course="Gérer l'hétérogénéité en classe", inv=103,
 text="""Hi,

This is weird: when I log in with my UGA account, the platform says "Bonjour Bérénice Clément" and shows her courses, not mine. Is there a mix-up with the accounts?

Ben""",
 profile="university", topics=[], action="escalate",
 why="account mix-up on the platform: a bug for a human",
 clauses=[("Hi,","greeting"),("This is weird: when I log in with my UGA account, the platform says \"Bonjour Bérénice Clément\" and shows her courses, not mine.","other_request"),
  ("Is there a mix-up with the accounts?","other_request")]),

dict(slug="qq-vacation-autoreply", raw="""Return-Path: <1234567890@qq.com>
From: "=?utf-8?B?546L6Im6?=" <1234567890@qq.com>
To: formation-magistere@ac-grenoble.fr
Subject: =?utf-8?B?6Ieq5Yqo5Zue5aSNOiBJbnZpdGF0aW9uIDogRW5zZWlnbmVyIGVuIGNvbnRleHRlIHBsdXJpbGluZ3Vl?=
Date: Wed, 10 Feb 2027 19:30:02 +0800
Message-ID: <tencent_vacation_A1B2@qq.com>
X-QQ-AUTOREPLY: 1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

6L+Z5piv5p2l6IeqUVHpgq7nrrHnmoTlgYfmnJ/oh6rliqjlm57lpI3pgq7ku7bjgIIKVGhpcyBp
cyBhbiBhdXRvbWF0aWMgaG9saWRheSByZXBseSBmcm9tIFFRIE1haWwuCg==
""", profile="other", topics=[], action="ignore",
 why="QQ Mail holiday auto-reply in Chinese and English",
 clauses=[("这是来自QQ邮箱的假期自动回复邮件。","robot"),("This is an automatic holiday reply from QQ Mail.","robot")]),
]
