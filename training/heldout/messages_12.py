# Batch 12
MESSAGES = [
dict(slug="invite-champ-recuperation-lequel", name="Élodie Marchal", addr="elodie.marchal@laposte.net", client="thunderbird", c=21,
     body="""Bonjour,

Sur la page « Nom d'utilisateur ou mot de passe oublié ? », faut-il remplir le nom d'utilisateur ou l'adresse de courriel ? Je n'ai plus mon mot de passe, mais j'ai bien l'adresse avec laquelle on m'a inscrite.

Merci,
Élodie Marchal, association Arts et Sciences""",
     a="r", why="guest account, forgotten password, asks which field to fill on the recovery page: 'autre cas' section says the registered e-mail address",
     cl=[("g", "Bonjour,"), ("fp", "Sur la page « Nom d'utilisateur ou mot de passe oublié ? », faut-il remplir le nom d'utilisateur ou l'adresse de courriel ?"),
         ("fp", "Je n'ai plus mon mot de passe,"), ("c", "mais j'ai bien l'adresse avec laquelle on m'a inscrite."), ("t", "Merci,")]),

dict(slug="invite-prenom-nom-ou-prenomnom", name="Rachid Amrani", addr="rachid.amrani@free.fr", client="gmail", c=3,
     body="""Bonjour,
Intervenant associatif pour pHARe, je ne sais plus si mon nom d'utilisateur M@gistère est « rachid.amrani » ou « ramrani ». Comment le vérifier ?
Merci
Rachid""",
     a="r", why="guest account, unsure of his username: recovery page reminds it",
     cl=[("g", "Bonjour,"), ("c", "Intervenant associatif pour pHARe,"),
         ("fu", "je ne sais plus si mon nom d'utilisateur M@gistère est « rachid.amrani » ou « ramrani »."), ("fu", "Comment le vérifier ?"), ("t", "Merci")]),

dict(slug="invite-compte-google", name="Justine Pelletier", addr="justine.pelletier@gmail.com", client="gmail_mobile", c=19,
     body="""Bonjour, est-ce que je peux me connecter à M@gistère avec mon compte Google ? Je suis la médiatrice du musée pour le projet EAC et je n'ai pas de compte académique.""",
     a="r", why="museum mediator without academic account (manual account): the 'autre cas' login section answers how to log in",
     cl=[("g", "Bonjour,"), ("l", "est-ce que je peux me connecter à M@gistère avec mon compte Google ?"),
         ("c", "Je suis la médiatrice du musée pour le projet EAC et je n'ai pas de compte académique.")]),

dict(slug="invite-ecrit-perso-inscrit-pro-mdp", name="Arnaud Chevrier", addr="arnaud.chevrier@hotmail.fr", client="outlook", c=9,
     body="""Bonjour,

J'ai été inscrit avec mon adresse professionnelle (a.chevrier@menuiserie-chevrier.fr) mais je vous écris de ma boîte personnelle. J'ai oublié le mot de passe de mon compte M@gistère.

Cordialement,
Arnaud Chevrier""",
     a="r", why="craftsman with a manual account writing from another address; forgotten password: recovery page with the registered address",
     cl=[("g", "Bonjour,"), ("c", "J'ai été inscrit avec mon adresse professionnelle (a.chevrier@menuiserie-chevrier.fr) mais je vous écris de ma boîte personnelle."),
         ("fp", "J'ai oublié le mot de passe de mon compte M@gistère."), ("g", "Cordialement,")]),

dict(slug="invite-compte-valable-an-prochain", name="Carole Blanchard", addr="carole.blanchard@wanadoo.fr", client="outlook_old", c=14,
     body="""Bonjour,

Tout fonctionne avec mon compte invité. Restera-t-il valable l'an prochain si j'interviens de nouveau ?

Carole Blanchard""",
     topics=[], a="e", why="question about the validity of the guest account next year: human",
     cl=[("g", "Bonjour,"), ("c", "Tout fonctionne avec mon compte invité."), ("o", "Restera-t-il valable l'an prochain si j'interviens de nouveau ?")]),

dict(slug="uga-valence-identifiants-pas-recus", name="Ilyes Bouchra", addr="ilyes.bouchra@etu.univ-grenoble-alpes.fr", client="outlook_mobile", c=7,
     body="""Bonjour,
Je suis étudiant sur le site de Valence et je n'ai pas encore reçu mes identifiants UGA (mon inscription administrative vient d'être validée). Comment me connecter à M@gistère ?
Cordialement""",
     a="r", why="UGA student without identifiers yet: the guide says the institution provides them",
     cl=[("g", "Bonjour,"), ("c", "Je suis étudiant sur le site de Valence"),
         ("fu", "et je n'ai pas encore reçu mes identifiants UGA (mon inscription administrative vient d'être validée)."),
         ("l", "Comment me connecter à M@gistère ?"), ("g", "Cordialement")],
     topics=["fu", "fp", "l"]),

dict(slug="ense3-uga-ou-inp-guichet", name="Camille Reynier", addr="camille.reynier@grenoble-inp.fr", client="zimbra", c=11,
     body="""Bonjour,

Je suis à l'Ense3, qui fait partie de « Grenoble INP - UGA ». Sur la page des guichets, dois-je choisir celui de l'UGA ou celui de Grenoble INP ?

Merci,
Camille Reynier""",
     a="r", why="Grenoble INP staff unsure which portal: university login section (the one of the institution that gave the account)",
     cl=[("g", "Bonjour,"), ("c", "Je suis à l'Ense3, qui fait partie de « Grenoble INP - UGA »."),
         ("l", "Sur la page des guichets, dois-je choisir celui de l'UGA ou celui de Grenoble INP ?"), ("t", "Merci,")]),

dict(slug="uga-html-mdp-expire", name="Véronique Thibaud", addr="veronique.thibaud@univ-grenoble-alpes.fr", client="owa", c=11, fmt="html",
     body="""Bonjour,

Mon mot de passe UGA a expiré et le guichet de l'université refuse de me connecter. Comment le renouveler ?

Véronique Thibaud
UFR LLASIC""",
     a="r", why="UGA staff with an expired institution password: ask the institution",
     cl=[("g", "Bonjour,"), ("fp", "Mon mot de passe UGA a expiré et le guichet de l'université refuse de me connecter."), ("fp", "Comment le renouveler ?")]),

dict(slug="uga-renvoi-de-balle-identifiant", name="Mélanie Joubert", addr="melanie.joubert@etu.univ-grenoble-alpes.fr", client="gmail", c=7, fmt="alt",
     body="""Bonjour,

J'ai suivi votre guide et j'ai demandé mon identifiant à la scolarité de l'UGA, mais ils me répondent que c'est à l'EAFC de me le donner pour M@gistère. Qui a raison ? Je tourne en rond.

Mélanie""",
     a="e", why="followed the guide (asked the institution) and was sent back: a human must sort it out",
     cl=[("g", "Bonjour,"), ("c", "J'ai suivi votre guide et j'ai demandé mon identifiant à la scolarité de l'UGA,"),
         ("fu", "mais ils me répondent que c'est à l'EAFC de me le donner pour M@gistère."), ("o", "Qui a raison ?"), ("s", "Je tourne en rond.")]),

dict(slug="tr-principal-nom-absent-invitation", name="Delphine Aubry", addr="delphine.aubry@ac-grenoble.fr", client="owa", c=20, quote="fwd", fmt="alt",
     fwd_to_name="Principal Collège Ampère", fwd_to="ce.0381999c@ac-grenoble.fr",
     body="""Bonjour,

Mon principal m'a transféré cette invitation mais elle lui était adressée, pas à moi. Suis-je bien inscrite à titre personnel ?

Delphine Aubry""",
     topics=[], a="e", why="asks to confirm her enrolment: human",
     cl=[("g", "Bonjour,"), ("c", "Mon principal m'a transféré cette invitation mais elle lui était adressée, pas à moi."),
         ("o", "Suis-je bien inscrite à titre personnel ?")]),

dict(slug="sms-jpeu-pa-me-co", name="Enzo Ricci", addr="enzo.ricci@ac-grenoble.fr", client="iphone", c=9,
     body="""jpeu pa me co""",
     a="r", why="academic, cannot log in",
     cl=[("l", "jpeu pa me co")]),

dict(slug="gmail-entre-lignes-chevrons-parcours", name="Caroline Voisin", addr="caroline.voisin@ac-grenoble.fr", client="gmail", c=18, quote="inline",
     body="""Le ven. 27 nov. 2026 à 10:15, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :

> Bonjour,
>
> Vous êtes inscrit(e) à la formation « Le Grand Oral : préparer les élèves »

Bonjour, c'est noté.

> puis cliquez sur le titre de la formation dans la liste de vos parcours.

Connectée, mais le titre n'y est pas : je n'ai que « Tous mes parcours » et une liste vide.

Merci d'avance !
Caroline""",
     a="r", why="academic answering between '>' quoted lines; logged in, empty list: step 3",
     cl=[("g", "Bonjour,"), ("c", "c'est noté."), ("c", "Connectée,"),
         ("fc", "mais le titre n'y est pas : je n'ai que « Tous mes parcours » et une liste vide."), ("t", "Merci d'avance !")]),

dict(slug="outlook-html-latin1-jamais-eu-identifiants", name="Évelyne Guérin", addr="evelyne.guerin@ac-grenoble.fr", client="outlook", c=12, fmt="html", cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Agent d'accueil au lycée Stendhal depuis peu, je n'ai jamais eu ni identifiant ni mot de passe académique (je n'utilise que le téléphone et le cahier de liaison). Comment les obtenir ?

Cordialement,
Évelyne Guérin""",
     a="r", why="académie staff never given an identifier/password: sections A and B (NUMEN)",
     cl=[("g", "Bonjour,"), ("c", "Agent d'accueil au lycée Stendhal depuis peu,"), ("fu", "je n'ai jamais eu ni identifiant"),
         ("fp", "ni mot de passe académique"), ("c", "(je n'utilise que le téléphone et le cahier de liaison)."), ("fu", "Comment les obtenir ?"),
         ("g", "Cordialement,")]),

dict(slug="entreprise-oof-anglais-exchange", name="Thomas Keller", addr="thomas.keller@stmicro-partner.com", client="server", c=9, quote="none", irt=True,
     subject="Automatic reply: Invitation : Sécurité et prévention des risques en atelier",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "thomas.keller@stmicro-partner.com")],
     body="""I am currently out of the office with no access to email. I will be back on December 7th. For urgent matters, please contact hse-team@stmicro-partner.com.""",
     a="i", why="corporate Exchange automatic reply",
     cl=[("r", "I am currently out of the office with no access to email."), ("r", "I will be back on December 7th."),
         ("r", "For urgent matters, please contact hse-team@stmicro-partner.com.")]),

dict(slug="sendmail-returned-mail", name="Mail Delivery Subsystem", addr="MAILER-DAEMON@mail.lycee-international-grenoble.fr", raw="dsn", c=18, return_path="", d="2026-11-27 10:20",
     rcpt="p.ortega@lycee-international-grenoble.fr", subject="Returned mail: see transcript for details",
     body="""The original message was received at Fri, 27 Nov 2026 10:15:40 +0100
from mx.ac-grenoble.fr

   ----- The following addresses had permanent fatal errors -----
<p.ortega@lycee-international-grenoble.fr>
    (reason: 550 5.1.1 User unknown)""",
     topics=[], a="i", why="sendmail bounce (multipart/report)",
     cl=[("r", "----- The following addresses had permanent fatal errors -----"), ("r", "(reason: 550 5.1.1 User unknown)")]),

dict(slug="oof-avec-renvoi-vers-magistere", name="Danielle Gros", addr="danielle.gros@ac-grenoble.fr", client="server", c=0, quote="none", irt=True,
     subject="Réponse automatique : Invitation : Évaluer par compétences au cycle 3",
     headers=[("Auto-Submitted", "auto-replied")],
     body="""Je suis absente jusqu'au 16 novembre. Pour les questions de connexion à M@gistère, merci de contacter directement l'assistance académique. Pour le reste, je vous répondrai à mon retour.""",
     a="i", why="out-of-office whose text mentions M@gistère and connection: still a robot",
     cl=[("r", "Je suis absente jusqu'au 16 novembre."), ("r", "Pour les questions de connexion à M@gistère, merci de contacter directement l'assistance académique."),
         ("r", "Pour le reste, je vous répondrai à mon retour.")]),

dict(slug="reponse-auto-ma-aide-regle", name="Paul Girard", addr="paul.girard@ac-grenoble.fr", client="thunderbird", c=6, subject="Re: Réponse automatique : votre question",
     body="""Bonjour,

Votre réponse automatique m'a bien aidé, j'ai retrouvé mon identifiant avec mon NUMEN. C'est réglé, merci.

P. Girard""",
     topics=[], a="i", why="a human closing the matter (the word 'automatique' is about our answer)",
     cl=[("g", "Bonjour,"), ("c", "Votre réponse automatique m'a bien aidé, j'ai retrouvé mon identifiant avec mon NUMEN."), ("c", "C'est réglé,"), ("t", "merci.")]),

dict(slug="merci-bonne-soiree", name="Sylvie Martin", addr="sylvie.martin@ac-grenoble.fr", client="samsung", c=10,
     body="""Merci beaucoup pour votre aide, bonne soirée""",
     topics=[], a="i", why="thanks only",
     cl=[("t", "Merci beaucoup pour votre aide,"), ("s", "bonne soirée")]),

dict(slug="envoie-son-numen-verifier-compte", name="Gérard Lucas", addr="gerard.lucas@ac-grenoble.fr", client="outlook", c=4, fmt="alt",
     body="""Bonjour,

Mon mot de passe est refusé. Je vous envoie mon NUMEN : 12E3456789ABC. Pouvez-vous vérifier mon compte et me dire quel est mon mot de passe ?

Cordialement,
Gérard Lucas""",
     a="e", why="sends his NUMEN and asks staff to check his account and give his password: human (and sensitive data)",
     cl=[("g", "Bonjour,"), ("fp", "Mon mot de passe est refusé."), ("c", "Je vous envoie mon NUMEN : 12E3456789ABC."),
         ("o", "Pouvez-vous vérifier mon compte et me dire quel est mon mot de passe ?"), ("g", "Cordialement,")]),

dict(slug="compte-verrouille-24h", name="Noël Barral", addr="noel.barral@ac-grenoble.fr", client="zimbra", c=16,
     body="""Bonjour,

Après plusieurs essais, la page d'authentification académique affiche « Compte verrouillé pendant 24 heures suite à un trop grand nombre de tentatives ». La classe virtuelle est demain matin. Pouvez-vous le débloquer ?

Noël Barral""",
     a="e", why="account locked, asks for an unlock before a session: human",
     cl=[("g", "Bonjour,"),
         ("l", "Après plusieurs essais, la page d'authentification académique affiche « Compte verrouillé pendant 24 heures suite à un trop grand nombre de tentatives »."),
         ("c", "La classe virtuelle est demain matin."), ("o", "Pouvez-vous le débloquer ?")]),

dict(slug="outlook-old-base64-latin1-parcours", name="Monique Faure-Brac", addr="monique.faure-brac@ac-grenoble.fr", client="outlook_old", c=8, cs="iso-8859-1", cte="b64",
     body="""Bonjour,

Je suis connectée mais où se trouve la formation « Éducation au développement durable en géographie » ? Je ne la vois pas.

Merci,
M. Faure-Brac""",
     a="r", why="academic, logged in, cannot see the course: step 3",
     cl=[("g", "Bonjour,"), ("c", "Je suis connectée"), ("fc", "mais où se trouve la formation « Éducation au développement durable en géographie » ?"),
         ("fc", "Je ne la vois pas."), ("t", "Merci,")]),

dict(slug="sms-inspe-c-koi-le-guichet", name="Maëlys", addr="maelys.d@etu.univ-grenoble-alpes.fr", client="gmail_mobile", c=7,
     body="""c koi le guichet pr l inspe svp""",
     a="r", why="UGA student (INSPE is part of UGA), which portal: university login section",
     cl=[("l", "c koi le guichet pr l inspe svp")]),

dict(slug="formateur-pas-acces-espace-formateur", name="Stéphane Ollier", addr="stephane.ollier@ac-grenoble.fr", client="outlook", c=20, fmt="alt",
     body="""Bonjour,

Je suis l'un des formateurs du parcours climat scolaire mais je n'y ai accès qu'en tant que participant : je ne peux pas modifier les activités. Pouvez-vous corriger mon rôle ?

Merci,
Stéphane Ollier, formateur EAFC""",
     topics=[], a="e", why="trainer role problem inside the course: human",
     cl=[("g", "Bonjour,"), ("c", "Je suis l'un des formateurs du parcours climat scolaire"),
         ("o", "mais je n'y ai accès qu'en tant que participant : je ne peux pas modifier les activités."), ("o", "Pouvez-vous corriger mon rôle ?"),
         ("t", "Merci,")]),

dict(slug="service-civique-nom-utilisateur", name="Inès Girod", addr="ines.girod@gmail.com", client="gmail", c=3,
     body="""Bonjour,

Volontaire en service civique au collège Munch, je fais partie de l'équipe pHARe. J'ai reçu un mot de passe mais le mail avec mon nom d'utilisateur a disparu. Comment le récupérer ?

Inès""",
     a="r", why="civic-service volunteer (not académie staff) with a manual account; lost username: recovery page",
     cl=[("g", "Bonjour,"), ("c", "Volontaire en service civique au collège Munch, je fais partie de l'équipe pHARe."),
         ("fu", "J'ai reçu un mot de passe mais le mail avec mon nom d'utilisateur a disparu."), ("fu", "Comment le récupérer ?")]),
]
