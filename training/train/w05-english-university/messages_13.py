MESSAGES = [
dict(slug="inp-phd-username-login-crlf", name="Benedikt Krause", addr="benedikt.krause@grenoble-inp.fr",
 date="Mon, 05 Apr 2027 09:12:40 +0200", client="thunderbird", crlf=True, course="Le numérique au service de la pédagogie", inv=106,
 text="""Hello,

PhD at G-SCOP. I'm not sure what my INP username is (krauseb? bkrause?) and whether I should go through "Connexion directe" or the violet button.

Danke,
Benedikt""",
 profile="university", topics=["forgotten_username","login"], action="reply",
 why="INP PhD candidate: unsure of username and of the login option",
 clauses=[("Hello,","greeting"),("PhD at G-SCOP.","context"),("I'm not sure what my INP username is (krauseb? bkrause?)","forgotten_username"),
  ("and whether I should go through \"Connexion directe\" or the violet button.","login"),("Danke,","thanks")]),

dict(slug="assistant-pwd-login-course", name="Megan Doyle", addr="megan.doyle@ac-grenoble.fr",
 date="Mon, 05 Apr 2027 16:30:18 +0200", client="zimbra", charset="utf-8", cte="8bit", fmt="alt", course="Accueillir un élève allophone", inv=101,
 text="""Hiya,

Language assistant at lycée Aristide Bergès. My academic password doesn't work, I'm not sure I'm on the right login page either, and I've no clue where the course will be. Sorry, total beginner!

Megan""",
 profile="academic", topics=["forgotten_password","login","find_course"], action="reply",
 why="language assistant with an ac account: password, login page, where the course is",
 clauses=[("Hiya,","greeting"),("Language assistant at lycée Aristide Bergès.","context"),("My academic password doesn't work,","forgotten_password"),
  ("I'm not sure I'm on the right login page either,","login"),("and I've no clue where the course will be.","find_course"),("Sorry, total beginner!","small_talk")]),

dict(slug="uga-lecturer-pwd-find-escalate-recording", name="Olga Ivanova", addr="olga.ivanova@univ-grenoble-alpes.fr",
 date="Tue, 06 Apr 2027 10:05:27 +0200", client="gmail", fmt="alt", course="Enseigner en contexte plurilingue", inv=102,
 text="""Hello,

I forgot my UGA password and I don't know where the course is. I also missed the webinar: will the recording be in the course?

Olga Ivanova, ILCEA4""",
 profile="university", topics=["forgotten_password","find_course"], action="escalate",
 why="password and find course (guide) plus a recording request",
 clauses=[("Hello,","greeting"),("I forgot my UGA password","forgotten_password"),("and I don't know where the course is.","find_course"),
  ("I also missed the webinar: will the recording be in the course?","other_request")]),

dict(slug="hotmail-list-no-account-escalate", name="Daniel Okeke", addr="daniel.okeke@hotmail.fr",
 date="Tue, 06 Apr 2027 14:48:50 +0200", client="owa", fmt="html", course="Médiation scientifique auprès des scolaires", inv=109,
 text="""Hello,

I've been at UGA, Grenoble INP and USMB for different projects. Which account will you create for me for this course, and when?

Daniel""",
 profile="other", topics=[], action="escalate",
 why="list of institutions, no account named; asks which account will be created and when: a human question",
 clauses=[("Hello,","greeting"),("I've been at UGA, Grenoble INP and USMB for different projects.","context"),
  ("Which account will you create for me for this course, and when?","other_request")]),

dict(slug="usmb-student-login-orange", name="Clara Jensen", addr="clara.jensen@orange.fr",
 date="Wed, 07 Apr 2027 08:20:04 +0200", client="orange", charset="iso-8859-1", cte="qp", fmt="html", course="Former à l'esprit critique", inv=114,
 text="""Bonjour,

Étudiante en master à l'USMB, je me connecte avec mon compte étudiant USMB. I get "Session expirée" every time after the USMB page. Que faire ?

Clara""",
 profile="university", topics=["login"], action="reply",
 why="orange.fr sender with her USMB student account; error when logging in",
 clauses=[("Bonjour,","greeting"),("Étudiante en master à l'USMB, je me connecte avec mon compte étudiant USMB.","context"),
  ("I get \"Session expirée\" every time after the USMB page.","login"),("Que faire ?","login")]),

dict(slug="aesh-gmail-thanks-closing", name="Yasmina Ait-Ali", addr="yasmina.aitali@gmail.com",
 date="Wed, 07 Apr 2027 20:10:39 +0200", client="gmail_mobile", fmt="alt", course="Accompagner les élèves à besoins éducatifs particuliers", inv=104,
 text="""Merci beaucoup, j'ai retrouvé mon identifiant académique grâce au lien, everything is fine now.""",
 profile="academic", topics=[], action="ignore",
 why="AESH says it is solved",
 clauses=[("Merci beaucoup,","thanks"),("j'ai retrouvé mon identifiant académique grâce au lien, everything is fine now.","context")]),
]
