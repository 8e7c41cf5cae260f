MESSAGES = [
dict(slug="uga-researcher-username-find", name="Kenji Watanabe", addr="kenji.watanabe@univ-grenoble-alpes.fr",
 date="Tue, 23 Mar 2027 15:30:21 +0100", client="outlook", fmt="alt", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

Researcher at LPNC. My UGA username is not my email, right? I don't know it. And after logging in, how do I get to "Médiation scientifique auprès des scolaires"?

Best regards,
Kenji Watanabe""",
 profile="university", topics=["forgotten_username","find_course"], action="reply",
 why="UGA researcher does not know his username and asks how to reach the course",
 clauses=[("Hello,","greeting"),("Researcher at LPNC.","context"),("My UGA username is not my email, right?","forgotten_username"),("I don't know it.","forgotten_username"),
  ("And after logging in, how do I get to \"Médiation scientifique auprès des scolaires\"?","find_course"),("Best regards,","thanks")]),

dict(slug="apple-mail-usmb-course-quote", name="Camille Dupraz", addr="camille.dupraz@univ-smb.fr",
 date="Wed, 24 Mar 2027 09:02:47 +0100", client="apple", charset="utf-8", cte="8bit", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Connected with my USMB account, I typed "esprit critique" in the search box and nothing comes up. Any idea?

Camille""",
 profile="university", topics=["find_course"], action="reply",
 why="USMB staff logged in, search does not find the course",
 clauses=[("Bonjour,","greeting"),("Connected with my USMB account, I typed \"esprit critique\" in the search box and nothing comes up.","find_course"),("Any idea?","find_course")]),

dict(slug="postdoc-pay-hours", name="Ivan Petrov", addr="ivan.petrov@univ-grenoble-alpes.fr",
 date="Wed, 24 Mar 2027 13:44:09 +0100", client="thunderbird", course="Enseigner les sciences en anglais (EMILE)", inv=108,
 text="""Hello,

Will the hours spent on this training be paid or counted as teaching hours for postdocs? My contract doesn't say anything about it.

Ivan Petrov, LNCMI""",
 profile="university", topics=[], action="escalate",
 why="question about pay/hours, not in guide",
 clauses=[("Hello,","greeting"),("Will the hours spent on this training be paid or counted as teaching hours for postdocs?","other_request"),
  ("My contract doesn't say anything about it.","context")]),

dict(slug="assistant-yahoo-solved", name="Ben Harper", addr="ben.harper.uk@yahoo.co.uk",
 date="Wed, 24 Mar 2027 18:19:30 +0000", client="gmail", fmt="alt", course="Conduire un projet eTwinning", inv=113,
 text="""Hi, just to say I found my academic username with the NUMEN link, all good now. Cheers!""",
 profile="academic", topics=[], action="ignore",
 why="language assistant says it is solved",
 clauses=[("Hi,","greeting"),("just to say I found my academic username with the NUMEN link, all good now.","context"),("Cheers!","thanks")]),

dict(slug="erasmus-outlookfr-pwd-login", name="Sara Lindahl", addr="sara.lindahl@outlook.fr",
 date="Thu, 25 Mar 2027 10:25:55 +0100", client="owa", fmt="html", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

Swedish Erasmus student at UGA, writing from my personal address. I forgot my UGA password, and also which option is for students on the M@gistère page?

Tack!""",
 profile="university", topics=["forgotten_password","login"], action="reply",
 why="outlook.fr sender, UGA Erasmus student: forgotten password, which option",
 clauses=[("Hello,","greeting"),("Swedish Erasmus student at UGA, writing from my personal address.","context"),("I forgot my UGA password,","forgotten_password"),
  ("and also which option is for students on the M@gistère page?","login"),("Tack!","thanks")]),

dict(slug="complaint-and-find", name="Jonathan Reeves", addr="jonathan.reeves@grenoble-inp.fr",
 date="Thu, 25 Mar 2027 16:40:40 +0100", client="outlook", fmt="alt", course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

I'm logged in but the course is nowhere. Honestly, sending an invitation to a course that people can't find is not very professional. I want an explanation from the person in charge.

J. Reeves""",
 profile="university", topics=["find_course"], action="escalate",
 why="cannot find the course, plus a complaint asking for an explanation",
 clauses=[("Hello,","greeting"),("I'm logged in but the course is nowhere.","find_course"),
  ("Honestly, sending an invitation to a course that people can't find is not very professional.","other_request"),
  ("I want an explanation from the person in charge.","other_request")]),

dict(slug="ldap-autoreply-samsung-none", raw="""Return-Path: <anne.marie.roux@etu.univ-grenoble-alpes.fr>
From: anne.marie.roux@etu.univ-grenoble-alpes.fr
To: formation-magistere@ac-grenoble.fr
Subject: Re: Invitation : Accueillir un élève allophone
Date: Fri, 26 Mar 2027 00:00:01 +0100
Message-ID: <autoreply-ldap-41@etu.univ-grenoble-alpes.fr>
X-Autoreply: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

En stage à l'étranger jusqu'en juin / On internship abroad until June. Réponse automatique.
""", profile="university", topics=[], action="ignore",
 why="student's automatic reply",
 clauses=[("En stage à l'étranger jusqu'en juin / On internship abroad until June.","robot"),("Réponse automatique.","robot")]),

dict(slug="inp-staff-violet-error-and-dates", name="Monique Barral", addr="monique.barral@grenoble-inp.fr",
 date="Fri, 26 Mar 2027 09:33:18 +0100", client="zimbra", charset="utf-8", cte="qp", fmt="alt", course="Prévenir le harcèlement", inv=112,
 text="""Bonjour,

When I select Grenoble INP I get "Erreur : le fournisseur d'identité a refusé la requête". Et par ailleurs, quand a lieu la journée en présentiel ?

Merci,""",
 sig="Monique Barral\nSecrétariat de direction - Grenoble INP",
 profile="university", topics=["login"], action="escalate",
 why="login error plus a question on the in-person date",
 clauses=[("Bonjour,","greeting"),("When I select Grenoble INP I get \"Erreur : le fournisseur d'identité a refusé la requête\".","login"),
  ("Et par ailleurs, quand a lieu la journée en présentiel ?","other_request"),("Merci,","thanks")]),

dict(slug="gmail-aesh-mixed-username-pwd-login", name="Rosa Fernandes", addr="rosa.fernandes.aesh@gmail.com",
 date="Fri, 26 Mar 2027 19:58:02 +0100", client="gmail_mobile", fmt="alt", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Bonsoir,
AESH à l'école de Seyssinet. Je ne connais ni mon identifiant académique ni le mot de passe, and I don't know which button to press on M@gistère. Sorry!
Merci""",
 profile="academic", topics=["forgotten_username","forgotten_password","login"], action="reply",
 why="gmail AESH of the académie: identifier, password, and which button",
 clauses=[("Bonsoir,","greeting"),("AESH à l'école de Seyssinet.","context"),("Je ne connais ni mon identifiant académique","forgotten_username"),
  ("ni le mot de passe,","forgotten_password"),("and I don't know which button to press on M@gistère.","login"),("Sorry!","small_talk"),("Merci","thanks")]),

dict(slug="usmb-lecturer-co-train", name="Anthony Blanc-Harris", addr="anthony.blanc-harris@univ-smb.fr",
 date="Mon, 29 Mar 2027 08:47:11 +0100", client="thunderbird", course="Didactique des mathématiques au lycée", inv=110,
 text="""Hello,

I would be interested in co-facilitating the next session of this course with the EAFC trainers. Who should I contact about that?

Anthony Blanc-Harris
MCF, LAMA - USMB""",
 profile="university", topics=[], action="escalate",
 why="offers to co-facilitate a session; for a human",
 clauses=[("Hello,","greeting"),("I would be interested in co-facilitating the next session of this course with the EAFC trainers.","other_request"),
  ("Who should I contact about that?","other_request")]),

dict(slug="base64-iphone-uga-login", name="Mia Horvat", addr="mia.horvat@etu.univ-grenoble-alpes.fr",
 date="Mon, 29 Mar 2027 12:31:26 +0200", client="iphone", charset="utf-8", cte="base64", course="Développer l'oral en langue vivante", inv=107,
 text="""Hello, I can't log in on my phone, the page with the buttons is cut and I don't know where to tap for UGA. Help 🙏""",
 profile="university", topics=["login"], action="reply",
 why="UGA student does not find the right login button on her phone",
 clauses=[("Hello,","greeting"),("I can't log in on my phone, the page with the buttons is cut and I don't know where to tap for UGA.","login"),("Help 🙏","small_talk")]),

dict(slug="wanadoo-guest-both-course", name="Graham Pollard", addr="graham.pollard@wanadoo.fr",
 date="Mon, 29 Mar 2027 17:05:50 +0200", client="orange", charset="iso-8859-1", cte="qp", course="Tutorat des professeurs stagiaires", inv=116,
 text="""Hello,

Retired head of English (I left the académie in 2023), now a volunteer mentor. I lost the M@gistère password and I'm not even sure of the username. Where is the course once I'm in?

Graham""",
 profile="other", topics=["forgotten_username","forgotten_password","find_course"], action="reply",
 why="retired, guest account: password lost, unsure of username, where the course is",
 clauses=[("Hello,","greeting"),("Retired head of English (I left the académie in 2023), now a volunteer mentor.","context"),
  ("I lost the M@gistère password","forgotten_password"),("and I'm not even sure of the username.","forgotten_username"),
  ("Where is the course once I'm in?","find_course")]),

dict(slug="two-students-one-mail", name="Lea Brunner", addr="lea.brunner@etu.univ-smb.fr",
 date="Tue, 30 Mar 2027 10:14:02 +0200", client="roundcube", course="Éduquer aux médias et à l'information", inv=115,
 text="""Hello,

My classmate Jonas and I are both Erasmus at USMB. I managed to log in, but he never got the invitation email. Can you add him? His address is jonas.meier@etu.univ-smb.fr.

Thanks,
Lea""",
 profile="university", topics=[], action="escalate",
 why="asks to register a classmate",
 clauses=[("Hello,","greeting"),("My classmate Jonas and I are both Erasmus at USMB.","context"),("I managed to log in,","context"),
  ("but he never got the invitation email.","other_request"),("Can you add him?","other_request"),("His address is jonas.meier@etu.univ-smb.fr.","context"),("Thanks,","thanks")]),

dict(slug="thanks-for-guide", name="Patricia Reid", addr="patricia.reid@univ-grenoble-alpes.fr",
 date="Tue, 30 Mar 2027 14:44:36 +0200", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Thank you for the guide, it was clear and I'm in. Merci !""",
 profile="university", topics=[], action="ignore",
 why="thanks and confirms she is in",
 clauses=[("Thank you for the guide, it was clear and I'm in.","thanks"),("Merci !","thanks")]),
]
