MESSAGES = [
dict(slug="ooo-en-contact", name="Sarah Klein", addr="sarah.klein@gmail.com", subject="Re: Invitation : Enseigner en anglais (EMILE)", date="Tue, 24 Nov 2026 09:12:51 +0100", inv=103,
 body="Hi, I'm currently away and will reply when I'm back on 8 December. Thanks for your patience!\nSarah",
 profile="other", topics=[], action="ignore", why="Gmail vacation responder, no headers kept",
 clauses=[("I'm currently away and will reply when I'm back on 8 December.", "robot"), ("Thanks for your patience!", "robot")]),
dict(slug="ndr-colle-question", name="Agnès Ricard", addr="agnes.ricard@ac-grenoble.fr", subject="RE: Non remis", date="Wed, 25 Nov 2026 14:14:00 +0100", inv=None,
 body="Bonjour, je vous transfère le message d'erreur que j'ai eu en voulant joindre la classe virtuelle, et le lien de l'enregistrement de la séance 1 ne marche pas non plus.\n\nVotre message n'a pas pu être remis à ces destinataires ou groupes :\nclasse-virtuelle@ac-grenoble.fr\n",
 profile="academic", topics=[], action="escalate", why="human pasting an NDR, recording link broken: not in guide",
 clauses=[("Bonjour,", "greeting"), ("je vous transfère le message d'erreur que j'ai eu en voulant joindre la classe virtuelle,", "context"), ("et le lien de l'enregistrement de la séance 1 ne marche pas non plus.", "other_request")]),
dict(slug="mairie-stagiaire-connexion", name="Luc Perrier", addr="l.perrier@mairie-echirolles.fr", subject="RE: Invitation : Le numérique au service des apprentissages", date="Thu, 26 Nov 2026 10:30:00 +0100", inv=104, html="alt", charset="windows-1252",
 body="Bonjour,\nAnimateur périscolaire, je n'ai pas de compte académique. Comment je me connecte ?\nCordialement\nLuc Perrier\nService Éducation\nCe courriel est susceptible de contenir des informations confidentielles. Toute diffusion non autorisée est interdite. Pensez à l'environnement avant d'imprimer.",
 profile="other", topics=["login"], action="reply", why="town hall staff (guest account), asks how to log in; disclaimer is signature",
 clauses=[("Bonjour,", "greeting"), ("Animateur périscolaire, je n'ai pas de compte académique.", "context"), ("Comment je me connecte ?", "login")]),
]
