# Batch 14
MESSAGES = [
dict(slug="erasmus-espagnol-nom-usuario", name="Lucía Fernández", addr="lucia.fernandez@educa.madrid.org", client="gmail", c=13,
     body="""Hola, bonjour,

Je suis professeure d'anglais à Madrid, partenaire Erasmus+ du projet. No recuerdo mi nombre de usuario : je ne me souviens plus de mon nom d'utilisateur M@gistère. ¿Cómo lo recupero? Comment le récupérer ?

Gracias, merci,
Lucía""",
     a="r", why="Spanish partner with a guest account, forgot username (Spanish and French mixed): recovery page",
     cl=[("g", "Hola, bonjour,"), ("c", "Je suis professeure d'anglais à Madrid, partenaire Erasmus+ du projet."),
         ("fu", "No recuerdo mi nombre de usuario :"), ("fu", "je ne me souviens plus de mon nom d'utilisateur M@gistère."),
         ("fu", "¿Cómo lo recupero?"), ("fu", "Comment le récupérer ?"), ("t", "Gracias, merci,")]),

dict(slug="association-facture-tresorier", name="Jean-Pierre Vallin", addr="tresorier@amis-sciences-isere.org", client="outlook_old", c=21,
     body="""Bonjour,

Trésorier de l'association, je voudrais savoir si la participation de nos deux bénévoles à la formation donne lieu à une facture ou à une convention, et à quel nom l'établir.

Cordialement,
J.-P. Vallin""",
     topics=[], a="e", why="administrative/financial question: human",
     cl=[("g", "Bonjour,"),
         ("o", "Trésorier de l'association, je voudrais savoir si la participation de nos deux bénévoles à la formation donne lieu à une facture ou à une convention, et à quel nom l'établir."),
         ("g", "Cordialement,")]),

dict(slug="etu-zimbra-html-parcours", name="Anaëlle Vidal", addr="anaelle.vidal@etu.univ-grenoble-alpes.fr", client="zimbra", c=7, fmt="html",
     body="""Bonjour,

Je suis connectée avec mon compte étudiant UGA, mais la formation « Devenir tuteur de stagiaires » n'est pas dans la liste. Comment la rejoindre ?

Merci,
Anaëlle""",
     a="r", why="UGA student (HTML only), logged in, course missing: step 3",
     cl=[("g", "Bonjour,"), ("c", "Je suis connectée avec mon compte étudiant UGA,"),
         ("fc", "mais la formation « Devenir tuteur de stagiaires » n'est pas dans la liste."), ("fc", "Comment la rejoindre ?"), ("t", "Merci,")]),

dict(slug="plus-a-usmb-compte-desactive", name="Mathieu Carron", addr="mathieu.carron@univ-smb.fr", client="gmail", c=11,
     body="""Bonjour,

J'ai quitté l'USMB en septembre pour un poste dans le privé et mon compte universitaire a été désactivé, même si cette adresse me renvoie encore les mails. Je reste inscrit à la formation : comment puis-je m'y connecter maintenant ?

Mathieu Carron""",
     a="e", why="left the university, institution account disabled: needs a new (guest) account, human decision",
     cl=[("g", "Bonjour,"),
         ("c", "J'ai quitté l'USMB en septembre pour un poste dans le privé et mon compte universitaire a été désactivé, même si cette adresse me renvoie encore les mails."),
         ("c", "Je reste inscrit à la formation :"), ("l", "comment puis-je m'y connecter maintenant ?")]),

dict(slug="sms-orange-jai-pas-de-compte", name="Christelle", addr="christelle.f38@orange.fr", client="orange", c=19,
     body="""jai pa de compte pour magistere moi, comment je fais""",
     a="r", why="no clue on who she is: orange -> other; no username/password for the manual account: recovery page",
     cl=[("fu", "jai pa de compte pour magistere moi, comment je fais")],
     topics=["fu", "fp"]),

dict(slug="nouveau-mail-sans-objet-parcours", name="Louis Garnier", addr="louis.garnier@ac-grenoble.fr", client="thunderbird", c=None, quote="none", subject=False,
     body="""Bonjour,

Où trouver la formation sur l'oral au lycée professionnel ? Je suis connecté à M@gistère.

Louis Garnier""",
     a="r", why="new mail without any Subject header; academic, logged in, cannot find the course",
     cl=[("g", "Bonjour,"), ("fc", "Où trouver la formation sur l'oral au lycée professionnel ?"), ("c", "Je suis connecté à M@gistère.")]),

dict(slug="sans-return-path-mdp", name="Marion Charrier", addr="marion.charrier@ac-grenoble.fr", client="outlook", c=7, fmt="alt", return_path=False,
     body="""Bonjour,

J'ai oublié le mot de passe de mon compte académique. Pouvez-vous me dire comment le réinitialiser ?

Merci,
Marion Charrier""",
     a="r", why="message without Return-Path (appended); academic forgotten password: section B",
     cl=[("g", "Bonjour,"), ("fp", "J'ai oublié le mot de passe de mon compte académique."),
         ("fp", "Pouvez-vous me dire comment le réinitialiser ?"), ("t", "Merci,")]),

dict(slug="owa-html-oof-uga-auto-submitted", name="Françoise Ribot", addr="francoise.ribot@univ-grenoble-alpes.fr", client="owa", c=11, quote="none", irt=True, fmt="html",
     subject="Réponse automatique : Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     html_body="""<html><body><div style="font-family:Aptos,sans-serif">Bonjour,<br>Je suis en déplacement jusqu'au 25 novembre avec un accès limité à mes courriels.<br>Cordialement,<br>F. Ribot</div></body></html>""",
     body="", a="i", why="university out-of-office in HTML with auto headers",
     cl=[("r", "Je suis en déplacement jusqu'au 25 novembre avec un accès limité à mes courriels.")]),

dict(slug="antispam-challenge-reponse", name="MailInBlack", addr="no-reply@protect.mailinblack.com", client="server", c=21, quote="none",
     subject="Validation de votre message à destination de direction@mjc-eybens.fr",
     body="""Bonjour,

Vous avez envoyé un message à direction@mjc-eybens.fr. Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :
https://protect.mailinblack.com/validate?id=88f1c2

Ce message est envoyé automatiquement.""",
     topics=[], a="i", why="challenge-response anti-spam robot from a no-reply address",
     cl=[("r", "Vous avez envoyé un message à direction@mjc-eybens.fr."),
         ("r", "Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :"),
         ("r", "Ce message est envoyé automatiquement.")]),

dict(slug="humaine-sur-fil-reponse-automatique", name="Sabrina Caron", addr="sabrina.caron@ac-grenoble.fr", client="outlook", c=6, quote="none", fmt="alt",
     subject="RE: Réponse automatique : Invitation : Numérique éducatif : l'ENT au service des apprentissages",
     body="""Bonjour,

Je suis rentrée de congé (désolée pour mon message d'absence). Je me suis connectée avec mon compte académique mais je ne trouve pas le parcours sur l'ENT. Pouvez-vous m'indiquer où il est ?

Sabrina Caron""",
     a="r", why="a person replying on the thread of her own out-of-office; logged in, cannot find the course",
     cl=[("g", "Bonjour,"), ("c", "Je suis rentrée de congé (désolée pour mon message d'absence)."),
         ("c", "Je me suis connectée avec mon compte académique"), ("fc", "mais je ne trouve pas le parcours sur l'ENT."),
         ("fc", "Pouvez-vous m'indiquer où il est ?")]),

dict(slug="longue-histoire-emotive-mdp-echeance", name="Marie-Hélène Dubois", addr="marie-helene.dubois@ac-grenoble.fr", client="gmail", c=1, fmt="alt",
     body="""Bonjour,

Je vous écris un peu découragée. Je viens de reprendre mon poste après un long congé et tout a changé : nouvelle classe, nouveaux outils, et cette formation à distance que je dois commencer. J'ai voulu me connecter hier soir, mais mon mot de passe académique ne fonctionne plus (il a sans doute expiré pendant mon absence).

Je voudrais aussi savoir jusqu'à quand j'ai pour terminer la partie à distance, car je n'aurai pas beaucoup de temps avant les vacances.

Merci de votre compréhension,""",
     sig="Marie-Hélène Dubois\nÉcole élémentaire Anatole France, Grenoble",
     a="e", why="expired password (guide) plus the deadline to finish the course (human)",
     cl=[("g", "Bonjour,"), ("s", "Je vous écris un peu découragée."),
         ("c", "Je viens de reprendre mon poste après un long congé et tout a changé : nouvelle classe, nouveaux outils, et cette formation à distance que je dois commencer."),
         ("c", "J'ai voulu me connecter hier soir,"), ("fp", "mais mon mot de passe académique ne fonctionne plus (il a sans doute expiré pendant mon absence)."),
         ("o", "Je voudrais aussi savoir jusqu'à quand j'ai pour terminer la partie à distance,"),
         ("c", "car je n'aurai pas beaucoup de temps avant les vacances."), ("t", "Merci de votre compréhension,")]),

dict(slug="aefe-enseignant-etranger-connexion-parcours", name="Olivier Sagnol", addr="olivier.sagnol@lfmadrid.org", client="applemail", c=16,
     body="""Bonjour,

Enseignant au lycée français de Madrid (réseau AEFE), je suis inscrit à la formation sur l'IA avec un compte M@gistère qu'on m'a créé. Comment dois-je me connecter et où trouver le parcours ensuite ?

Cordialement,
Olivier Sagnol""",
     a="r", why="teacher abroad, not académie staff, with a manual account: 'Connexion directe' and step 3",
     cl=[("g", "Bonjour,"), ("c", "Enseignant au lycée français de Madrid (réseau AEFE), je suis inscrit à la formation sur l'IA avec un compte M@gistère qu'on m'a créé."),
         ("l", "Comment dois-je me connecter"), ("fc", "et où trouver le parcours ensuite ?"), ("g", "Cordialement,")]),
]
