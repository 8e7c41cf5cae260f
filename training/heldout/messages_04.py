# Batch 04
MESSAGES = [
dict(slug="sms-mdp-pa-bon-iphone", name="Marc Ferrier", addr="marc.ferrier@ac-grenoble.fr", client="iphone", c=9,
     body="""mot de passe pa bon alors que cest le meme que le webmail??""",
     a="r", why="academic, password refused although it is the webmail one: login/password sections (blue button, reset link)",
     cl=[("fp", "mot de passe pa bon alors que cest le meme que le webmail??")]),

dict(slug="sms-jai-pa-recu-identifiants-invite", name="Kelly Bonnet", addr="kelly.bonnet@laposte.net", client="gmail_mobile", c=21,
     body="""bonjour jai pa recu mes identifiant pour la formation, je suis animatrice periscolaire de la ville de fontaine. merci""",
     a="r", why="town employee (periscolaire) -> other, manual account; did not get username/password: recovery page",
     cl=[("g", "bonjour"), ("fu", "jai pa recu mes identifiant pour la formation,"), ("c", "je suis animatrice periscolaire de la ville de fontaine."), ("t", "merci")],
     topics=["fu", "fp"]),

dict(slug="sms-majuscules-bouton-connexion", name="René Arnaud", addr="rene.arnaud73@laposte.net", client="samsung", c=14,
     body="""JE TROUVE PAS LE BOUTON POUR ME CONNECTER SUR VOTRE SITE. JE SUIS INTERVENANT POUR LA LAICITE""",
     a="r", why="external speaker (guest account), cannot find the login button: 'Connexion directe' section",
     cl=[("l", "JE TROUVE PAS LE BOUTON POUR ME CONNECTER SUR VOTRE SITE."), ("c", "JE SUIS INTERVENANT POUR LA LAICITE")]),

dict(slug="atsem-lettre-formelle-mairie", name="Ghislaine Perroud", addr="g.perroud@mairie-sassenage.fr", client="outlook", c=5, fmt="alt", cs="windows-1252", cte="qp",
     body="""Madame, Monsieur,

Agent territorial (ATSEM) à l’école maternelle Vercors de Sassenage, j’ai été conviée par l’inspection à la formation « L’école inclusive : travailler avec les AESH » en qualité de partenaire. Je ne dispose d’aucun identifiant pour la plateforme M@gistère et ne sais donc pas comment y accéder.

Je vous remercie par avance de bien vouloir m’indiquer la marche à suivre, et vous prie de recevoir, Madame, Monsieur, mes salutations respectueuses.""",
     sig="Ghislaine Perroud\nService Enfance - Mairie de Sassenage",
     a="r", why="town-hall employee -> other (manual account); does not know her username nor how to access: 'autre cas' sections",
     cl=[("g", "Madame, Monsieur,"),
         ("c", "Agent territorial (ATSEM) à l’école maternelle Vercors de Sassenage, j’ai été conviée par l’inspection à la formation « L’école inclusive : travailler avec les AESH » en qualité de partenaire."),
         ("fu", "Je ne dispose d’aucun identifiant pour la plateforme M@gistère"), ("l", "et ne sais donc pas comment y accéder."),
         ("l", "Je vous remercie par avance de bien vouloir m’indiquer la marche à suivre,"),
         ("s", "et vous prie de recevoir, Madame, Monsieur, mes salutations respectueuses.")]),

dict(slug="ien-liste-inscrits-circonscription", name="Jean-Marc Sibille", addr="ien.grenoble4@ac-grenoble.fr", client="outlook", c=10, fmt="alt",
     body="""Bonjour,

Pourriez-vous me transmettre la liste des enseignants de ma circonscription inscrits au parcours « Lire et comprendre des textes au CP », ainsi que leur état d'avancement à la mi-décembre ? Je souhaite organiser une réunion de suivi en janvier.

Bien cordialement,""",
     sig="Jean-Marc Sibille\nInspecteur de l'Éducation nationale\nCirconscription Grenoble 4",
     topics=[], a="e", why="inspector asking for a list of trainees and their progress: human request",
     cl=[("g", "Bonjour,"),
         ("o", "Pourriez-vous me transmettre la liste des enseignants de ma circonscription inscrits au parcours « Lire et comprendre des textes au CP », ainsi que leur état d'avancement à la mi-décembre ?"),
         ("c", "Je souhaite organiser une réunion de suivi en janvier."), ("g", "Bien cordialement,")]),

dict(slug="formateur-fwd-stagiaires-ne-voient-pas", name="Alain Crozet", addr="alain.crozet@ac-grenoble.fr", client="thunderbird", c=18, quote="fwd",
     fwd_to_name="Alain Crozet", fwd_to="alain.crozet@ac-grenoble.fr",
     body="""Bonjour,

Je suis le formateur du Grand Oral. Plusieurs stagiaires (au moins cinq) m'écrivent qu'ils sont bien connectés mais qu'ils ne voient pas le parcours dans leur liste. Pouvez-vous vérifier que les inscriptions ont bien été faites sur la session ?

Merci,
Alain""",
     a="e", why="trainer reports that several trainees cannot see the course and asks to check the enrolments: a human must look",
     cl=[("g", "Bonjour,"), ("c", "Je suis le formateur du Grand Oral."),
         ("fc", "Plusieurs stagiaires (au moins cinq) m'écrivent qu'ils sont bien connectés mais qu'ils ne voient pas le parcours dans leur liste."),
         ("o", "Pouvez-vous vérifier que les inscriptions ont bien été faites sur la session ?"), ("t", "Merci,")]),

dict(slug="zimbra-entre-lignes-numen-majuscules", name="Pierre-Yves Tardy", addr="pierre-yves.tardy@ac-grenoble.fr", client="zimbra", c=16, quote="inline",
     body="""----- Mail original -----
De: "EAFC Grenoble" <formation-magistere@ac-grenoble.fr>
À: "Pierre-Yves Tardy" <pierre-yves.tardy@ac-grenoble.fr>
Envoyé: Mercredi 25 Novembre 2026 09:45:00
Objet: Invitation : L'intelligence artificielle en classe : enjeux et usages

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/ puis cliquez sur le titre de la formation dans la liste de vos parcours.

Bonjour, je n'ai jamais changé mon mot de passe académique. Est-ce que c'est le NUMEN ? En majuscules ou minuscules ?

> En cas de difficulté de connexion, vous pouvez répondre à ce message.

Merci.
PY Tardy""",
     a="r", why="academic answering under a quoted line: asks the default password (NUMEN, uppercase): section B",
     cl=[("g", "Bonjour,"), ("c", "je n'ai jamais changé mon mot de passe académique."), ("fp", "Est-ce que c'est le NUMEN ?"),
         ("fp", "En majuscules ou minuscules ?"), ("t", "Merci.")]),

dict(slug="outlook-message-origine-trois-sujets", name="Émilie Baudin", addr="emilie.baudin@ac-grenoble.fr", client="outlook_old", c=13, cs="iso-8859-1",
     body="""Bonjour,

Je suis professeure des écoles à Claix. Je ne me souviens ni de mon identifiant académique ni de mon mot de passe, et je ne sais pas où aller ensuite pour trouver la formation d'anglais.

Merci pour votre aide,
Émilie Baudin""",
     a="r", why="academic: forgotten username, password and where to find the course: sections A, B and step 3",
     cl=[("g", "Bonjour,"), ("c", "Je suis professeure des écoles à Claix."), ("fu", "Je ne me souviens ni de mon identifiant académique"),
         ("fp", "ni de mon mot de passe,"), ("fc", "et je ne sais pas où aller ensuite pour trouver la formation d'anglais."),
         ("t", "Merci pour votre aide,")]),

dict(slug="ipad-html-usmb-etudiante-mdp", name="Manon Chatel", addr="manon.chatel@etu.univ-smb.fr", client="applemail", c=11, fmt="html", tag="Envoyé de mon iPad",
     body="""Bonjour, j'ai oublié le mot de passe de mon compte étudiant USMB et je ne peux plus me connecter à M@gistère. Merci de votre aide""",
     a="r", why="USMB student, forgotten institution password: ask the institution",
     cl=[("g", "Bonjour,"), ("fp", "j'ai oublié le mot de passe de mon compte étudiant USMB"), ("l", "et je ne peux plus me connecter à M@gistère."),
         ("t", "Merci de votre aide")]),

dict(slug="boite-college-auto-submitted", name="Collège Les Allobroges - Secrétariat", addr="ce.0382456t@ac-grenoble.fr", client="server", c=3, quote="none", irt=True,
     subject="Réponse automatique : Invitation : Prévenir le harcèlement : le programme pHARe",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Le secrétariat du collège est fermé pendant les vacances scolaires. Les messages seront traités à la rentrée le 4 janvier.""",
     a="i", why="school mailbox automatic reply with auto headers",
     cl=[("r", "Le secrétariat du collège est fermé pendant les vacances scolaires."), ("r", "Les messages seront traités à la rentrée le 4 janvier.")]),

dict(slug="oof-exchange-html-seul-suppress", name="Nadine Corbet", addr="nadine.corbet@ac-grenoble.fr", client="outlook", c=12, quote="none", irt=True, fmt="html",
     subject="Réponse automatique : Invitation : Conduire un entretien professionnel (personnels administratifs)",
     headers=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "nadine.corbet@ac-grenoble.fr")],
     html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">Bonjour,<br><br>Je suis actuellement en congé. Je prendrai connaissance de votre message dès mon retour le 7 décembre.<br><br>Nadine Corbet<br>Division des examens et concours</div></body></html>""",
     body="", a="i", why="Exchange out-of-office in HTML only (X-Auto-Response-Suppress, Inbox-Rules-Loop, no Auto-Submitted)",
     cl=[("r", "Je suis actuellement en congé."), ("r", "Je prendrai connaissance de votre message dès mon retour le 7 décembre.")]),

dict(slug="noreply-magistere-notification", name="M@gistère", addr="noreply@magistere.education.fr", client="server", c=None, quote="none", fmt="html",
     subject="M@gistère : nouvelle inscription au parcours Gestion de classe et climat scolaire",
     html_body="""<html><body><p>Bonjour,</p><p>Vous avez été inscrit(e) au parcours <b>Gestion de classe et climat scolaire</b> avec le rôle Formateur.</p><p>Ce message a été envoyé automatiquement par la plateforme M@gistère, merci de ne pas y répondre.</p></body></html>""",
     body="", topics=[], a="i", why="platform notification from a no-reply address",
     cl=[("r", "Vous avez été inscrit(e) au parcours Gestion de classe et climat scolaire avec le rôle Formateur."),
         ("r", "Ce message a été envoyé automatiquement par la plateforme M@gistère, merci de ne pas y répondre.")]),

dict(slug="humain-disclaimer-automatique-signature", name="Delphine Routin", addr="delphine.routin@lycee-prive-externat-notre-dame.fr", client="outlook", c=18, fmt="alt",
     body="""Bonjour,

Je suis enseignante dans un lycée privé sous contrat et je me connecte à M@gistère avec mon identifiant académique sans problème. En revanche la formation sur le Grand Oral n'apparaît pas dans mes parcours. Pouvez-vous m'indiquer comment la trouver ?

Bien cordialement,""",
     sig="""Delphine Routin
Professeure de philosophie
Externat Notre-Dame - Grenoble

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Ce courriel a été vérifié automatiquement par notre antivirus. Ceci est une signature générée automatiquement.""",
     p="a", a="r", why="private-school teacher who logs in with her academic account -> academic; a machine-looking disclaimer in the signature does not make it a robot; find course",
     cl=[("g", "Bonjour,"), ("c", "Je suis enseignante dans un lycée privé sous contrat et je me connecte à M@gistère avec mon identifiant académique sans problème."),
         ("fc", "En revanche la formation sur le Grand Oral n'apparaît pas dans mes parcours."), ("fc", "Pouvez-vous m'indiquer comment la trouver ?"),
         ("g", "Bien cordialement,")]),

dict(slug="humain-accuse-reception-sujet-login", name="Françoise Maillet", addr="francoise.maillet@ac-grenoble.fr", client="zimbra", c=20, subject="Accusé de réception",
     body="""Bonjour,
J'accuse réception de votre invitation et vous confirme ma participation. Par contre je ne sais pas du tout comment me connecter à M@gistère, je ne l'ai jamais fait.
Cordialement
F. Maillet""",
     a="r", why="human despite the 'Accusé de réception' subject; asks how to log in: academic login section",
     cl=[("g", "Bonjour,"), ("c", "J'accuse réception de votre invitation et vous confirme ma participation."),
         ("l", "Par contre je ne sais pas du tout comment me connecter à M@gistère,"), ("c", "je ne l'ai jamais fait."), ("g", "Cordialement")]),

dict(slug="lu-outlook-texte-brut-sans-report", name="Jacques Villard", addr="jacques.villard@ac-grenoble.fr", client="outlook", c=6, quote="none", irt=False,
     subject="Lu : Invitation : Numérique éducatif : l'ENT au service des apprentissages",
     body="""Votre message

  À : Jacques Villard
  Objet : Invitation : Numérique éducatif : l'ENT au service des apprentissages
  Envoyé : mardi 10 novembre 2026 09:02:00 (UTC+01:00)

a été lu le mardi 10 novembre 2026 11:47:03 (UTC+01:00).""",
     d="2026-11-10 11:47", a="i", why="read receipt sent as plain text (no disposition-notification part)",
     cl=[("r", "a été lu le mardi 10 novembre 2026 11:47:03 (UTC+01:00).")]),

dict(slug="cpe-longue-tablette-question", name="Samia Khelifi", addr="samia.khelifi@ac-grenoble.fr", client="gmail", c=20, fmt="alt",
     body="""Bonjour,

Je suis CPE au lycée Marie Reynoard de Villard-Bonnot et je suis inscrite à la formation sur le climat scolaire.

Je n'ai pas d'ordinateur personnel et au lycée les postes du bureau vie scolaire sont toujours occupés. Est-ce que je peux suivre la partie à distance depuis ma tablette Android ?

Par ailleurs, je ne me souviens plus de mon identifiant académique : j'utilise toujours l'adresse mail dans l'application de messagerie du téléphone, sans jamais la taper.

Et dernière question, est-ce que la formation sera visible tout de suite dans mes parcours une fois connectée ?

Merci beaucoup,
Samia""",
     a="e", why="forgotten username and find course are in the guide; whether the course can be done on an Android tablet is a question for a human",
     cl=[("g", "Bonjour,"), ("c", "Je suis CPE au lycée Marie Reynoard de Villard-Bonnot et je suis inscrite à la formation sur le climat scolaire."),
         ("c", "Je n'ai pas d'ordinateur personnel et au lycée les postes du bureau vie scolaire sont toujours occupés."),
         ("o", "Est-ce que je peux suivre la partie à distance depuis ma tablette Android ?"),
         ("fu", "Par ailleurs, je ne me souviens plus de mon identifiant académique :"),
         ("c", "j'utilise toujours l'adresse mail dans l'application de messagerie du téléphone, sans jamais la taper."),
         ("fc", "Et dernière question, est-ce que la formation sera visible tout de suite dans mes parcours une fois connectée ?"),
         ("t", "Merci beaucoup,")]),

dict(slug="invitee-anxieuse-peur-casser-compte", name="Hélène Dumas", addr="helene.dumas@sfr.fr", client="orange", c=21, cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Je suis bénévole dans une association de culture scientifique. Je n'ose plus rien toucher sur M@gistère : j'ai essayé trois fois mon mot de passe et j'ai peur d'avoir bloqué mon compte. Je ne me souviens plus du bon. Que dois-je faire pour en avoir un nouveau sans tout casser ?

Merci beaucoup de votre patience,
Hélène Dumas""",
     a="r", why="guest account (association volunteer), forgotten password, anxious: recovery link of the 'autre cas' section",
     cl=[("g", "Bonjour,"), ("c", "Je suis bénévole dans une association de culture scientifique."),
         ("s", "Je n'ose plus rien toucher sur M@gistère :"),
         ("fp", "j'ai essayé trois fois mon mot de passe et j'ai peur d'avoir bloqué mon compte."), ("fp", "Je ne me souviens plus du bon."),
         ("fp", "Que dois-je faire pour en avoir un nouveau sans tout casser ?"), ("t", "Merci beaucoup de votre patience,")]),

dict(slug="inp-etudiant-gmail-agalan-parcours", name="Théo Mercier", addr="theo.mercier.2004@gmail.com", client="gmail", c=11, fmt="alt", quote="fwd",
     fwd_to_name="Théo Mercier", fwd_to="theo.mercier@grenoble-inp.org",
     body="""Bonjour,

Je me transfère ce mail sur ma boîte perso et je vous réponds d'ici. Je suis étudiant à Grenoble INP - Ense3 (tuteur en physique), je me connecte bien à M@gistère avec mon compte Grenoble INP, mais je ne trouve pas la formation sur l'hybridation. Où est-elle ?

Merci,
Théo""",
     p="u", a="r", why="gmail sender using his Grenoble INP account -> university; logged in, cannot find the course",
     cl=[("g", "Bonjour,"), ("c", "Je me transfère ce mail sur ma boîte perso et je vous réponds d'ici."),
         ("c", "Je suis étudiant à Grenoble INP - Ense3 (tuteur en physique), je me connecte bien à M@gistère avec mon compte Grenoble INP,"),
         ("fc", "mais je ne trouve pas la formation sur l'hybridation."), ("fc", "Où est-elle ?"), ("t", "Merci,")]),

dict(slug="fille-ecrit-pour-mere-aesh", name="Inès Bouaziz", addr="ines.bouaziz@hotmail.fr", client="outlook_mobile", c=5,
     body="""Bonjour,
J'écris pour ma mère qui est AESH à l'école Painlevé de Fontaine et qui ne parle pas bien français. Elle ne connaît pas son identifiant académique pour se connecter. Elle a son NUMEN sur une feuille. Comment elle peut retrouver l'identifiant ?
Merci
Inès""",
     p="a", a="r", why="daughter writes for her mother, an AESH: the account concerned is academic; unknown identifier with NUMEN available: section A",
     cl=[("g", "Bonjour,"), ("c", "J'écris pour ma mère qui est AESH à l'école Painlevé de Fontaine et qui ne parle pas bien français."),
         ("fu", "Elle ne connaît pas son identifiant académique pour se connecter."), ("c", "Elle a son NUMEN sur une feuille."),
         ("fu", "Comment elle peut retrouver l'identifiant ?"), ("t", "Merci")]),

dict(slug="changer-groupe-et-mdp", name="Ludovic Pasquier", addr="ludovic.pasquier@ac-grenoble.fr", client="owa", c=19, fmt="alt",
     body="""Bonjour,

J'ai oublié mon mot de passe académique. Et serait-il possible de passer dans le groupe du mercredi après-midi plutôt que celui du jeudi ? Le jeudi je suis en classe toute la journée.

Merci""",
     sig="Ludovic Pasquier - Arts plastiques, collège Charles Munch, Grenoble",
     a="e", why="forgotten password (guide) mixed with a change of group (human)",
     cl=[("g", "Bonjour,"), ("fp", "J'ai oublié mon mot de passe académique."),
         ("o", "Et serait-il possible de passer dans le groupe du mercredi après-midi plutôt que celui du jeudi ?"),
         ("c", "Le jeudi je suis en classe toute la journée."), ("t", "Merci")]),

dict(slug="contenu-lire-avant-seance", name="Annie Vasseur", addr="annie.vasseur@ac-grenoble.fr", client="applemail", c=16,
     body="""Bonjour,

Faut-il avoir lu les ressources du parcours avant la première classe virtuelle, ou est-ce qu'on les découvre ensemble ?

Merci,
Annie""",
     topics=[], a="e", why="question about the course content and organisation: the trainer or EAFC must answer",
     cl=[("g", "Bonjour,"), ("o", "Faut-il avoir lu les ressources du parcours avant la première classe virtuelle, ou est-ce qu'on les découvre ensemble ?"),
         ("t", "Merci,")]),

dict(slug="ca-ne-marche-toujours-pas-sans-contexte", name="Sébastien Roche", addr="sebastien.roche@ac-grenoble.fr", client="iphone", c=None, quote="none", subject="(sans objet)",
     body="""Ça ne marche toujours pas.""",
     topics=[], a="e", why="new mail with no subject and no context: cannot tell which step fails, unclear",
     cl=[("u", "Ça ne marche toujours pas.")]),

dict(slug="inp-anglais-mdp-oublie", name="Giulia Romano", addr="giulia.romano@grenoble-inp.fr", client="gmail", c=11, fmt="alt",
     body="""Dear all,

I'm a postdoc at Grenoble INP and I forgot the password of my Grenoble INP account, so I cannot go through the university login for Magistère. How can I reset it?

Kind regards,
Giulia Romano""",
     a="r", why="Grenoble INP postdoc, forgotten institution password: the institution handles it",
     cl=[("g", "Dear all,"), ("c", "I'm a postdoc at Grenoble INP"), ("fp", "and I forgot the password of my Grenoble INP account,"),
         ("l", "so I cannot go through the university login for Magistère."), ("fp", "How can I reset it?"), ("g", "Kind regards,")]),

dict(slug="cp1252-8bit-invite-connexion-directe", name="Roger Mollard", addr="roger.mollard@wanadoo.fr", client="outlook_old", c=14, cs="windows-1252",
     body="""Bonjour,

Ancien proviseur, j’interviens sur la formation laïcité. On m’a dit d’utiliser « Connexion directe » mais je ne vois pas ce bouton sur la page : il n’y a que « Connexion ». Où se trouve-t-il ?

Cordialement,
R. Mollard""",
     a="r", why="retired head (guest account); cannot find the 'Connexion directe' button: other-case login section",
     cl=[("g", "Bonjour,"), ("c", "Ancien proviseur, j’interviens sur la formation laïcité."),
         ("l", "On m’a dit d’utiliser « Connexion directe » mais je ne vois pas ce bouton sur la page : il n’y a que « Connexion »."),
         ("l", "Où se trouve-t-il ?"), ("g", "Cordialement,")]),

dict(slug="fwd-sans-aucun-texte", name="Lucie Thévenet", addr="lucie.thevenet@ac-grenoble.fr", client="gmail", c=7, quote="fwd", fmt="alt",
     body="""""",
     topics=[], a="e", why="forwarded invitation with no text at all: nothing to understand, a human must look",
     cl=[]),
]
