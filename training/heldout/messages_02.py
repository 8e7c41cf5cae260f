# Batch 02
MESSAGES = [
dict(slug="zimbra-vacation-auto-submitted", name="Agnès Rivoire", addr="agnes.rivoire@ac-grenoble.fr", client="server", irt=True, c=13, quote="none",
     subject="Re: Invitation : Enseigner l'anglais en primaire avec le numérique",
     headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
     body="""Bonjour,
Je suis en formation hors de l'école jusqu'au 27 novembre. Je répondrai à votre message à mon retour.
Agnès Rivoire
Directrice - École primaire de Montbonnot""",
     a="i", why="Zimbra vacation reply (Auto-Submitted auto-replied (zimbra; vacation))",
     cl=[("r", "Je suis en formation hors de l'école jusqu'au 27 novembre."), ("r", "Je répondrai à votre message à mon retour.")]),

dict(slug="gmail-vacation-bilingue", name="Sarah O'Connell", addr="sarah.oconnell.lv@gmail.com", client="gmail", c=13, quote="none", fmt="alt",
     subject="Re: Invitation : Enseigner l'anglais en primaire avec le numérique",
     headers=[("Auto-Submitted", "auto-replied")],
     body="""Hi! I'm travelling back home to Dublin for the holidays and won't check my emails until January 4th.
Bonjour ! Je suis en Irlande jusqu'au 4 janvier et ne lirai pas mes messages avant.
Sarah""",
     a="i", why="Gmail vacation responder with Auto-Submitted header, bilingual",
     cl=[("r", "Hi! I'm travelling back home to Dublin for the holidays and won't check my emails until January 4th."),
         ("r", "Bonjour ! Je suis en Irlande jusqu'au 4 janvier et ne lirai pas mes messages avant.")]),

dict(slug="humaine-arret-maladie-ressemble-absence", name="Laurence Pichon", addr="laurence.pichon@ac-grenoble.fr", client="iphone", c=20, fmt="alt", cte="qp",
     subject="Absence",
     body="""Bonjour,
Je suis en arrêt maladie jusqu'au 18 décembre et je ne pourrai donc pas commencer le parcours à la date prévue. Est-ce que je pourrai le rattraper ensuite ou faut-il que je me réinscrive à une autre session ?
Merci de votre compréhension
Laurence Pichon""",
     a="e", why="a person (not a robot despite the subject 'Absence') asking about catching up or another session: human must answer",
     cl=[("g", "Bonjour,"), ("c", "Je suis en arrêt maladie jusqu'au 18 décembre et je ne pourrai donc pas commencer le parcours à la date prévue."),
         ("o", "Est-ce que je pourrai le rattraper ensuite ou faut-il que je me réinscrive à une autre session ?"),
         ("t", "Merci de votre compréhension")]),

dict(slug="dsn-retard-googlemail", name="Mail Delivery Subsystem", addr="mailer-daemon@googlemail.com", raw="dsn", c=16, return_path="", d="2026-11-25 13:46",
     rcpt="m.assani.prof@gmail.com", subject="Delivery Status Notification (Delay)", dsn_action="delayed", status="4.4.1",
     diag="smtp; 421 4.4.1 Connection timed out",
     body="""** Message non distribué pour l'instant **

Un problème temporaire a empêché la distribution de votre message à m.assani.prof@gmail.com. Gmail va réessayer pendant encore 46 heures. Vous serez informé si la distribution échoue définitivement.""",
     topics=[], a="i", why="delay delivery status notification from Gmail, robot",
     cl=[("r", "Un problème temporaire a empêché la distribution de votre message à m.assani.prof@gmail.com."),
         ("r", "Gmail va réessayer pendant encore 46 heures.")]),

dict(slug="non-remis-postmaster-html-sans-report", name="postmaster@institution-ndl-chambery.fr", addr="postmaster@institution-ndl-chambery.fr", client="server", c=2, quote="none", irt=False, fmt="html", d="2026-11-04 10:13",
     return_path="", subject="Non remis : Invitation : Enseigner l'oral au lycée professionnel",
     html_body="""<html><body><p><b><font color="#000066" size="3">Votre message n'a pas pu être remis à ces destinataires :</font></b></p>
<p>s.ducret@institution-ndl-chambery.fr<br>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.</p>
<p>Diagnostic pour les administrateurs :<br>Serveur de génération : MX01.institution-ndl-chambery.fr<br>#550 5.2.2 mailbox full ##</p></body></html>""",
     body="", topics=[], a="i", why="Exchange-style non-delivery report sent as plain HTML (no multipart/report), null Return-Path",
     cl=[("r", "Votre message n'a pas pu être remis à ces destinataires :"),
         ("r", "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.")]),

dict(slug="accuse-reception-mairie-sans-entete", name="Mairie de Crolles - Accueil", addr="accueil@ville-crolles.fr", client="outlook", c=21, quote="none",
     subject="Accusé de réception : RE: Invitation : Découvrir la didactique des sciences (partenaires de l'éducation)",
     body="""Madame, Monsieur,

Nous accusons bonne réception de votre courriel. Il sera transmis au service concerné et traité dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.

Le service Accueil
Mairie de Crolles""",
     a="i", why="automatic acknowledgement of a town hall mailbox, no auto headers but clearly machine-written",
     cl=[("r", "Nous accusons bonne réception de votre courriel."), ("r", "Il sera transmis au service concerné et traité dans les meilleurs délais."),
         ("r", "Ceci est un message automatique, merci de ne pas y répondre.")]),

dict(slug="spam-boite-pleine-phishing", name="Support Messagerie", addr="support@webmail-securite-acad.com", client="gmail", c=None, quote="none", irt=False, fmt="html",
     subject="Votre quota de messagerie est atteint - action requise",
     headers=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=11.4 required=5.0")],
     html_body="""<html><body><p>Cher utilisateur,</p><p>Votre boîte aux lettres a atteint 99% de sa capacité. Pour éviter la suppression de vos messages, validez votre compte en cliquant <a href="http://webmail-securite-acad.com/valider">ICI</a> sous 24h.</p><p>L'équipe Support</p></body></html>""",
     body="", topics=[], a="i", why="phishing spam flagged by the MTA",
     cl=[("r", "Votre boîte aux lettres a atteint 99% de sa capacité."),
         ("r", "Pour éviter la suppression de vos messages, validez votre compte en cliquant ICI sous 24h.")]),

dict(slug="humain-reponse-automatique-inutile-mdp-refuse", name="Stéphane Baud", addr="stephane.baud@ac-grenoble.fr", client="outlook", c=0, fmt="alt",
     subject="RE: Réponse automatique",
     body="""Bonjour,

J'ai bien reçu votre réponse automatique avec le lien de réinitialisation, mais ça ne règle rien : j'ai réinitialisé mon mot de passe avec mon NUMEN hier soir, il fonctionne sur le webmail, et sur M@gistère il est toujours refusé après le bouton bleu. Pourriez-vous regarder mon compte ?

Merci""",
     sig="Stéphane Baud\nCollège Louis Lumière - Échirolles",
     a="e", why="human reply saying the guide's reset did not solve it; password works elsewhere but refused on M@gistère: needs a human check",
     cl=[("g", "Bonjour,"), ("c", "J'ai bien reçu votre réponse automatique avec le lien de réinitialisation, mais ça ne règle rien :"),
         ("c", "j'ai réinitialisé mon mot de passe avec mon NUMEN hier soir, il fonctionne sur le webmail,"),
         ("l", "et sur M@gistère il est toujours refusé après le bouton bleu."),
         ("o", "Pourriez-vous regarder mon compte ?"), ("t", "Merci")]),

dict(slug="sms-gmail-ou-est-la-formation-invite", name="Dylan", addr="dylan.faure07@gmail.com", client="gmail_mobile", c=21,
     body="""slt c ou la formation jla trouve pa, je suis connecté sur magistere pourtant""",
     a="r", why="no clue on the account, gmail -> other; logged in but cannot find the course: step 3",
     cl=[("g", "slt"), ("fc", "c ou la formation jla trouve pa,"), ("c", "je suis connecté sur magistere pourtant")]),

dict(slug="anxieuse-formation-demain-pas-connectee", name="Monique Dérieux", addr="monique.derieux@ac-grenoble.fr", client="zimbra", c=10, fmt="alt",
     body="""Bonsoir,

Je panique un peu : la formation commence lundi et je n'ai encore jamais réussi à me connecter à cette plateforme. Je ne suis vraiment pas à l'aise avec l'informatique. Je suis professeure des écoles à Saint-Égrève. Pouvez-vous m'expliquer, étape par étape, comment on se connecte ?

Je vous remercie infiniment.""",
     sig="Monique Dérieux",
     a="r", why="academic teacher, anxious, only asks how to log in: step 2 academic section answers it",
     cl=[("g", "Bonsoir,"), ("s", "Je panique un peu :"), ("l", "la formation commence lundi et je n'ai encore jamais réussi à me connecter à cette plateforme."),
         ("c", "Je ne suis vraiment pas à l'aise avec l'informatique."), ("c", "Je suis professeure des écoles à Saint-Égrève."),
         ("l", "Pouvez-vous m'expliquer, étape par étape, comment on se connecte ?"), ("t", "Je vous remercie infiniment.")]),

dict(slug="anxieux-penalite-et-connexion", name="Romain Chabert", addr="romain.chabert@ac-grenoble.fr", client="thunderbird", c=0,
     body="""Bonjour,

Je n'arrive pas à me connecter, la page me renvoie sans arrêt vers l'accueil. Et je m'inquiète : si je ne fais pas la partie à distance avant le 16 novembre, est-ce que ça va compter comme une absence dans mon dossier ? Mon inspection doit venir en janvier.

Merci de me rassurer""",
     sig="R. Chabert, PE à Voiron",
     a="e", why="login problem plus a worry about absences in his file: not in the guide",
     cl=[("g", "Bonjour,"), ("l", "Je n'arrive pas à me connecter, la page me renvoie sans arrêt vers l'accueil."),
         ("o", "Et je m'inquiète : si je ne fais pas la partie à distance avant le 16 novembre, est-ce que ça va compter comme une absence dans mon dossier ?"),
         ("c", "Mon inspection doit venir en janvier."), ("o", "Merci de me rassurer")]),

dict(slug="autre-academie-lyon-identifiants", name="Isabelle Garnier", addr="isabelle.garnier@ac-lyon.fr", client="zimbra", c=18, fmt="alt",
     body="""Madame, Monsieur,

Professeure de SES dans l'académie de Lyon, je suis inscrite exceptionnellement à votre formation sur le Grand Oral. Mes identifiants de l'académie de Lyon ne sont pas reconnus sur votre plateforme. Quels identifiants dois-je utiliser, et par quel bouton dois-je passer ?

Avec mes remerciements,""",
     sig="Isabelle Garnier\nLycée Ampère, Lyon",
     a="r", why="other académie -> manual account ('autre cas'): username notified by email, recovery page, 'Connexion directe' button",
     cl=[("g", "Madame, Monsieur,"), ("c", "Professeure de SES dans l'académie de Lyon, je suis inscrite exceptionnellement à votre formation sur le Grand Oral."),
         ("l", "Mes identifiants de l'académie de Lyon ne sont pas reconnus sur votre plateforme."),
         ("fu", "Quels identifiants dois-je utiliser,"), ("l", "et par quel bouton dois-je passer ?"),
         ("t", "Avec mes remerciements,")]),

dict(slug="etu-usmb-numero-etudiant-ou-nom", name="Clara Dufour", addr="clara.dufour@etu.univ-smb.fr", client="gmail", c=11,
     body="""Bonjour,
je suis étudiante en master à l'USMB et je ne sais pas quel est mon nom d'utilisateur pour le guichet de l'université : c'est mon numéro étudiant ou prénom.nom ? j'ai perdu le papier de la rentrée
Merci beaucoup
Clara""",
     a="r", why="USMB student unsure of her institution username: guide says the institution gives it",
     cl=[("g", "Bonjour,"), ("c", "je suis étudiante en master à l'USMB"),
         ("fu", "et je ne sais pas quel est mon nom d'utilisateur pour le guichet de l'université : c'est mon numéro étudiant ou prénom.nom ?"),
         ("c", "j'ai perdu le papier de la rentrée"), ("t", "Merci beaucoup")]),

dict(slug="aed-adresse-academique-inscrit-etudiant-uga", name="Hugo Sanchez", addr="hugo.sanchez@ac-grenoble.fr", client="outlook", c=11, fmt="alt",
     body="""Bonjour,

J'écris depuis mon adresse académique parce que je suis AED au collège Fantin-Latour, mais je suis inscrit à cette formation en tant qu'étudiant de l'UGA, avec mon compte étudiant. Après avoir choisi le guichet « SUPIDP - Université Grenoble Alpes » et saisi mes identifiants, j'ai un message « Accès refusé ». Que dois-je faire ?

Cordialement,""",
     sig="Hugo Sanchez",
     p="u", a="r", why="ac-grenoble sender but enrolled with his UGA student account -> university; error at login: university login section",
     cl=[("g", "Bonjour,"),
         ("c", "J'écris depuis mon adresse académique parce que je suis AED au collège Fantin-Latour, mais je suis inscrit à cette formation en tant qu'étudiant de l'UGA, avec mon compte étudiant."),
         ("l", "Après avoir choisi le guichet « SUPIDP - Université Grenoble Alpes » et saisi mes identifiants, j'ai un message « Accès refusé »."),
         ("l", "Que dois-je faire ?"), ("g", "Cordialement,")]),

dict(slug="prive-sous-contrat-mdp-oublie", name="Anne-Sophie Collomb", addr="as.collomb@ecole-stjoseph-voiron.fr", client="outlook", c=10, fmt="alt",
     body="""Bonjour,

Je suis enseignante dans une école privée sous contrat. J'ai une adresse académique que je n'utilise jamais (mes collègues disent que c'est avec elle qu'il faut se connecter à M@gistère) et j'ai oublié son mot de passe. Comment puis-je le récupérer ?

Merci d'avance,""",
     sig="Anne-Sophie Collomb\nÉcole Saint-Joseph, Voiron",
     p="a", a="r", why="private-school sender with an academic account she says she uses -> academic; forgotten password: section B",
     cl=[("g", "Bonjour,"), ("c", "Je suis enseignante dans une école privée sous contrat."),
         ("c", "J'ai une adresse académique que je n'utilise jamais (mes collègues disent que c'est avec elle qu'il faut se connecter à M@gistère)"),
         ("fp", "et j'ai oublié son mot de passe."), ("fp", "Comment puis-je le récupérer ?"), ("t", "Merci d'avance,")]),

dict(slug="tr-tr-chef-etablissement-pas-inscrite", name="Lina Morel", addr="lina.morel@ac-grenoble.fr", client="owa", c=3, quote="fwd", fmt="alt",
     fwd_to_name="Principal Collège Europole", fwd_to="ce.0383333k@ac-grenoble.fr",
     subject="TR: TR: Invitation : Prévenir le harcèlement : le programme pHARe",
     body="""Bonjour,

Mon chef d'établissement m'a transféré ce mail en me disant que je devais suivre cette formation. Mais moi je n'ai rien reçu et je ne crois pas être inscrite. Comment faire pour m'inscrire ?

Lina Morel""",
     a="e", why="forwarded invitation addressed to someone else; she asks to be registered: not in the guide",
     cl=[("g", "Bonjour,"), ("c", "Mon chef d'établissement m'a transféré ce mail en me disant que je devais suivre cette formation."),
         ("c", "Mais moi je n'ai rien reçu et je ne crois pas être inscrite."), ("o", "Comment faire pour m'inscrire ?")]),

dict(slug="gmail-entre-lignes-orthophoniste", name="Pauline Achard", addr="pauline.achard.ortho@gmail.com", client="gmail", c=17, quote="inline",
     body="""Bonjour,

Le jeu. 26 nov. 2026 à 13:00, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :

> Vous êtes inscrit(e) à la formation « Accompagner les élèves à besoins éducatifs particuliers en EPS », qui se déroule en partie à distance sur la plateforme M@gistère.

oui, en tant qu'orthophoniste libérale partenaire du collège

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/ puis cliquez sur le titre de la formation dans la liste de vos parcours.

je n'ai pas de compte académique, quel bouton de connexion dois-je utiliser ?

Merci,
Pauline Achard""",
     a="r", why="external partner answering between quoted lines; which button for a guest account: 'Connexion directe'",
     cl=[("g", "Bonjour,"), ("c", "oui, en tant qu'orthophoniste libérale partenaire du collège"),
         ("c", "je n'ai pas de compte académique,"), ("l", "quel bouton de connexion dois-je utiliser ?"), ("t", "Merci,")]),

dict(slug="hotmail-tout-perdu-quatre-etapes", name="Fatima Ouali", addr="fatima.ouali@hotmail.fr", client="outlook_mobile", c=5, fmt="alt",
     body="""Bonjour je suis AESH au lycée Jean Jaurès de Grenoble avec un compte académique mais je ne connais pas mon identifiant, pas non plus le mot de passe, je ne sais pas où il faut se connecter et après je ne sais pas où est la formation. Pouvez vous m'aider svp
Fatima""",
     p="a", a="r", why="AESH with an academic account (says so) stuck at every step: all four guide sections",
     cl=[("g", "Bonjour"), ("c", "je suis AESH au lycée Jean Jaurès de Grenoble avec un compte académique"),
         ("fu", "mais je ne connais pas mon identifiant,"), ("fp", "pas non plus le mot de passe,"),
         ("l", "je ne sais pas où il faut se connecter"), ("fc", "et après je ne sais pas où est la formation."),
         ("s", "Pouvez vous m'aider svp")],
     topics=["fu", "fp", "l", "fc"]),

dict(slug="merci-je-serai-la", name="Olivier Brun", addr="olivier.brun@ac-grenoble.fr", client="iphone", c=19, fmt="alt", cte="qp",
     body="""Merci pour l'invitation, je serai là ! Bonne journée""",
     topics=[], a="i", why="acknowledgement with no question: nobody needs to answer",
     cl=[("t", "Merci pour l'invitation,"), ("s", "je serai là !"), ("s", "Bonne journée")]),

dict(slug="enregistrement-webinaire-et-mdp", name="Damien Lacroix", addr="damien.lacroix@ac-grenoble.fr", client="gmail", c=16, fmt="alt",
     body="""Bonjour,

Deux choses : j'ai oublié mon mot de passe académique (je l'avais changé en septembre), et je ne pourrai pas assister à la classe virtuelle d'ouverture. Sera-t-elle enregistrée et mise dans le parcours ?

Merci,
Damien""",
     a="e", why="forgotten password (guide) mixed with a question on a recording (not in the guide)",
     cl=[("g", "Bonjour,"), ("c", "Deux choses :"), ("fp", "j'ai oublié mon mot de passe académique (je l'avais changé en septembre),"),
         ("c", "et je ne pourrai pas assister à la classe virtuelle d'ouverture."),
         ("o", "Sera-t-elle enregistrée et mise dans le parcours ?"), ("t", "Merci,")]),

dict(slug="desinscription-seche", name="Jean-Paul Guichard", addr="jp.guichard@ac-grenoble.fr", client="outlook_old", c=9,
     body="""Bonjour,
Je ne souhaite pas suivre cette formation, merci de me désinscrire.
JP Guichard""",
     topics=[], a="e", why="unsubscribe request: a human handles it",
     cl=[("g", "Bonjour,"), ("o", "Je ne souhaite pas suivre cette formation, merci de me désinscrire.")]),

dict(slug="bug-quiz-module2", name="Sophie Marchand", addr="sophie.marchand@ac-grenoble.fr", client="zimbra", c=6,
     body="""Bonjour,

Je suis bien dans le parcours sur l'ENT mais le quiz du module 2 ne s'enregistre pas : quand je clique sur « Terminer le test » la page se recharge et mes réponses ont disparu. J'ai essayé avec Firefox et Edge.

Cordialement""",
     sig="Sophie Marchand\nProfesseure documentaliste - Cité scolaire de Die",
     topics=[], a="e", why="a bug inside the course: the guide does not cover it",
     cl=[("g", "Bonjour,"), ("c", "Je suis bien dans le parcours sur l'ENT"),
         ("o", "mais le quiz du module 2 ne s'enregistre pas : quand je clique sur « Terminer le test » la page se recharge et mes réponses ont disparu."),
         ("c", "J'ai essayé avec Firefox et Edge."), ("g", "Cordialement")]),

dict(slug="assistante-langue-anglais-invite-perdu", name="Megan Holloway", addr="megan.holloway92@gmail.com", client="gmail", c=13, fmt="alt",
     body="""Hello,

I'm the English language assistant at the école Jean Macé in Fontaine. I was told I don't have an academic account, and last month I received an email with a guest login for Magistère but I deleted it by mistake. How can I get my username and password again?

Many thanks,
Megan""",
     a="r", why="language assistant with a guest (manual) account, lost username and password: recovery page of 'autre cas'",
     cl=[("g", "Hello,"), ("c", "I'm the English language assistant at the école Jean Macé in Fontaine."),
         ("c", "I was told I don't have an academic account, and last month I received an email with a guest login for Magistère but I deleted it by mistake."),
         ("fu", "How can I get my username"), ("fp", "and password again?"), ("t", "Many thanks,")]),

dict(slug="iphone-impossible-connexion-une-ligne", name="Christophe Vidal", addr="christophe.vidal@ac-grenoble.fr", client="iphone", c=15,
     body="""Impossible de me connecter""",
     a="r", why="academic, one line: cannot log in, login section",
     cl=[("l", "Impossible de me connecter")]),

dict(slug="thunderbird-latin9-parcours-grise", name="Régis Bonnard", addr="regis.bonnard@ac-grenoble.fr", client="thunderbird", c=9, cs="iso-8859-15",
     body="""Bonjour,

Je suis connecté et je vois bien le parcours « Sécurité et prévention des risques en atelier » dans ma liste, mais il est grisé et rien ne se passe quand je clique dessus. Est-ce normal ?

Cordialement,""",
     sig="--\nRégis Bonnard\nPLP génie mécanique - LP Jules Verne, Chambéry",
     a="e", why="he sees the course but cannot open it (greyed out): the guide only says click the title; needs a human",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis connecté et je vois bien le parcours « Sécurité et prévention des risques en atelier » dans ma liste,"),
         ("fc", "mais il est grisé et rien ne se passe quand je clique dessus."), ("o", "Est-ce normal ?"), ("g", "Cordialement,")]),
]
