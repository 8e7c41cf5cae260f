# Batch 06
MESSAGES = [
dict(slug="mac-uga-retour-detachement-login-mdp", name="Pierre Dalmasso", addr="pierre.dalmasso@univ-grenoble-alpes.fr", client="outlook_mac", c=11, fmt="alt", cte="qp",
     body="""Bonjour,

De retour de deux ans de détachement, je n'ai plus ni mon login ni mon mot de passe UGA. Comment les récupérer pour me connecter à M@gistère ?

Bien à vous,""",
     sig="Pierre Dalmasso\nProfesseur des universités - Sciences Po Grenoble - UGA",
     a="r", why="UGA professor lost both institution username and password: ask the institution",
     cl=[("g", "Bonjour,"), ("c", "De retour de deux ans de détachement,"), ("fu", "je n'ai plus ni mon login"), ("fp", "ni mon mot de passe UGA."),
         ("fu", "Comment les récupérer pour me connecter à M@gistère ?"), ("g", "Bien à vous,")],
     topics=["fu", "fp"]),

dict(slug="gmail-en-ecole-britannique-parcours", name="Oliver Bennett", addr="o.bennett@stmarys-school.co.uk", client="gmail_en", c=13, fmt="alt",
     body="""Good afternoon,

I'm a primary teacher at St Mary's School (Bristol), partner school of the Grenoble primary English project. I logged in with the guest username and password you sent me, but I can't see the course anywhere on the home page. Where should I look?

Many thanks,
Oliver""",
     a="r", why="foreign partner teacher with a guest account, logged in, cannot find the course: step 3",
     cl=[("g", "Good afternoon,"), ("c", "I'm a primary teacher at St Mary's School (Bristol), partner school of the Grenoble primary English project."),
         ("c", "I logged in with the guest username and password you sent me,"), ("fc", "but I can't see the course anywhere on the home page."),
         ("fc", "Where should I look?"), ("t", "Many thanks,")]),

dict(slug="gmail-en-uga-bouton-et-mdp", name="Kenji Watanabe", addr="kenji.watanabe@univ-grenoble-alpes.fr", client="gmail_en", c=11,
     body="""Hello,
Two questions: which login button should I use as a UGA researcher, and what do I do if I have forgotten my UGA password?
Thanks,
Kenji Watanabe""",
     a="r", why="UGA researcher: which button (violet) and forgotten institution password (ask the institution)",
     cl=[("g", "Hello,"), ("c", "Two questions:"), ("l", "which login button should I use as a UGA researcher,"),
         ("fp", "and what do I do if I have forgotten my UGA password?"), ("t", "Thanks,")]),

dict(slug="canope-mediatrice-nom-utilisateur", name="Laetitia Giraud", addr="laetitia.giraud@reseau-canope.fr", client="outlook", c=6, fmt="alt",
     body="""Bonjour,

Médiatrice numérique à l'Atelier Canopé de l'Isère, j'interviens sur le parcours ENT. Sur la page de connexion directe, on me demande mon nom d'utilisateur M@gistère et je ne l'ai plus. Comment le récupérer ?

Merci beaucoup""",
     sig="Laetitia Giraud\nAtelier Canopé 38",
     a="r", why="Canopé speaker with a manual account, forgot username: recovery page",
     cl=[("g", "Bonjour,"), ("c", "Médiatrice numérique à l'Atelier Canopé de l'Isère, j'interviens sur le parcours ENT."),
         ("fu", "Sur la page de connexion directe, on me demande mon nom d'utilisateur M@gistère et je ne l'ai plus."),
         ("fu", "Comment le récupérer ?"), ("t", "Merci beaucoup")]),

dict(slug="educateur-pjj-connexion-et-parcours", name="Samuel Ndiaye", addr="samuel.ndiaye@justice.fr", client="outlook", c=3, fmt="alt",
     body="""Bonjour,

Éducateur à la PJJ, je suis associé à la formation pHARe. J'ai bien reçu mes identifiants M@gistère, mais je ne sais pas comment me connecter ni où trouver la formation ensuite.

Cordialement,""",
     sig="Samuel Ndiaye\nUEMO Grenoble - Protection judiciaire de la jeunesse",
     a="r", why="external partner (justice ministry) with a manual account: login 'Connexion directe' and step 3",
     cl=[("g", "Bonjour,"), ("c", "Éducateur à la PJJ, je suis associé à la formation pHARe."), ("c", "J'ai bien reçu mes identifiants M@gistère,"),
         ("l", "mais je ne sais pas comment me connecter"), ("fc", "ni où trouver la formation ensuite."), ("g", "Cordialement,")]),

dict(slug="medecin-pmi-pas-sur-detre-inscrit", name="Dr Agnès Tournoud", addr="a.tournoud@isere.fr", client="outlook", c=5, fmt="alt",
     body="""Bonjour,

Médecin de PMI au Département de l'Isère, j'ai été invitée à la formation sur l'école inclusive. Je n'ai reçu aucun identifiant, et je ne suis même pas certaine d'être inscrite. Pouvez-vous vérifier mon inscription et m'indiquer comment obtenir mes codes ?

Bien cordialement,""",
     sig="Dr Agnès Tournoud\nService PMI - Territoire Agglomération grenobloise",
     a="e", why="asks to check her enrolment (human) besides the missing identifiers",
     cl=[("g", "Bonjour,"), ("c", "Médecin de PMI au Département de l'Isère, j'ai été invitée à la formation sur l'école inclusive."),
         ("fu", "Je n'ai reçu aucun identifiant,"), ("o", "et je ne suis même pas certaine d'être inscrite."),
         ("o", "Pouvez-vous vérifier mon inscription"), ("fu", "et m'indiquer comment obtenir mes codes ?"), ("g", "Bien cordialement,")],
     topics=["fu", "fp"]),

dict(slug="mdp-oublie-numen-perdu", name="Bertrand Gay", addr="bertrand.gay@ac-grenoble.fr", client="outlook", c=9, fmt="alt", cs="windows-1252", cte="qp",
     body="""Bonjour,

J’ai oublié mon mot de passe académique et pour le réinitialiser on me demande mon NUMEN, que je n’ai plus (le courrier date de 2003…). Comment puis-je faire ?

Cordialement""",
     sig="Bertrand Gay\nPLP - Lycée professionnel du Grésivaudan, Meylan",
     a="e", why="forgotten password but the NUMEN the guide requires is lost: the guide does not answer that",
     cl=[("g", "Bonjour,"), ("fp", "J’ai oublié mon mot de passe académique"),
         ("o", "et pour le réinitialiser on me demande mon NUMEN, que je n’ai plus (le courrier date de 2003…)."),
         ("o", "Comment puis-je faire ?"), ("g", "Cordialement")]),

dict(slug="adjoint-mdp-refuse-numen", name="Lionel Marchetti", addr="lionel.marchetti@ac-grenoble.fr", client="zimbra", c=12,
     body="""Bonjour,
Principal adjoint au collège Barnave de Saint-Égrève, je tape mon identifiant et mon NUMEN comme mot de passe mais il est refusé. Je ne me souviens pas si je l'ai changé un jour. Que faire ?
L. Marchetti""",
     a="r", why="academic, password refused, may have changed it: section B (default NUMEN in capitals or reset link)",
     cl=[("g", "Bonjour,"), ("c", "Principal adjoint au collège Barnave de Saint-Égrève,"),
         ("fp", "je tape mon identifiant et mon NUMEN comme mot de passe mais il est refusé."),
         ("fp", "Je ne me souviens pas si je l'ai changé un jour."), ("fp", "Que faire ?")]),

dict(slug="seul-module1-ouvert", name="Cyril Boyer", addr="cyril.boyer@ac-grenoble.fr", client="gmail_mobile", c=16,
     body="""Bonjour, je suis dans le parcours IA mais seul le module 1 est accessible, les autres sont verrouillés avec un cadenas. C'est normal ou il y a un souci ?""",
     topics=[], a="e", why="inside the course, locked modules: course organisation question for a human",
     cl=[("g", "Bonjour,"), ("c", "je suis dans le parcours IA"), ("o", "mais seul le module 1 est accessible, les autres sont verrouillés avec un cadenas."),
         ("o", "C'est normal ou il y a un souci ?")]),

dict(slug="outlook-reponse-dans-citation-sans-chevrons", name="Anne Pellegrin", addr="anne.pellegrin@ac-grenoble.fr", client="outlook", c=8, quote="inline",
     body="""Bonjour,
Mes réponses sont dans votre message ci-dessous, en majuscules.
Anne Pellegrin

De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Envoyé : vendredi 13 novembre 2026 10:30
À : Anne Pellegrin <anne.pellegrin@ac-grenoble.fr>
Objet : Invitation : Éducation au développement durable en géographie

Bonjour,

Vous êtes inscrit(e) à la formation « Éducation au développement durable en géographie », qui se déroule en partie à distance sur la plateforme M@gistère.

Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/ puis cliquez sur le titre de la formation dans la liste de vos parcours.
JE SUIS CONNECTÉE MAIS IL N'Y A PAS CE TITRE DANS MA LISTE.

Le parcours sera ouvert à partir du 2 décembre 2026.

En cas de difficulté de connexion, vous pouvez répondre à ce message.
C'EST CE QUE JE FAIS !

Bien cordialement,

L'équipe de l'EAFC""",
     a="r", why="academic answering inside the Outlook quote without '>' markers; logged in, title not in her list: step 3",
     cl=[("g", "Bonjour,"), ("c", "Mes réponses sont dans votre message ci-dessous, en majuscules."),
         ("c", "JE SUIS CONNECTÉE"), ("fc", "MAIS IL N'Y A PAS CE TITRE DANS MA LISTE."), ("s", "C'EST CE QUE JE FAIS !")]),

dict(slug="collegue-transfert-veut-sinscrire", name="Marielle Cottin", addr="marielle.cottin@ac-grenoble.fr", client="owa", c=10, quote="fwd", fmt="alt",
     fwd_to_name="Claire Jullien", fwd_to="claire.jullien@ac-grenoble.fr",
     body="""Bonjour,

Ma collègue de CP m'a transféré votre invitation. Je suis moi aussi en CP cette année et je serais très intéressée : puis-je m'inscrire à cette formation ?

Merci,
Marielle Cottin
École Jean Moulin, Seyssins""",
     topics=[], a="e", why="a colleague of the invitee asks to be registered: human",
     cl=[("g", "Bonjour,"), ("c", "Ma collègue de CP m'a transféré votre invitation."),
         ("c", "Je suis moi aussi en CP cette année et je serais très intéressée :"), ("o", "puis-je m'inscrire à cette formation ?"), ("t", "Merci,")]),

dict(slug="redirection-auto-generated", name="Lycée Argouges", addr="ce.0380089z@ac-grenoble.fr", client="server", c=15, quote="none",
     subject="Votre message a été transmis",
     headers=[("Auto-Submitted", "auto-generated")],
     body="""Cette adresse n'est plus consultée. Votre message a été automatiquement transmis au secrétariat de direction (secretariat.argouges@ac-grenoble.fr).""",
     a="i", why="auto-generated redirection notice",
     cl=[("r", "Cette adresse n'est plus consultée."), ("r", "Votre message a été automatiquement transmis au secrétariat de direction (secretariat.argouges@ac-grenoble.fr).")]),

dict(slug="dsn-gmail-boite-pleine", name="Mail Delivery Subsystem", addr="mailer-daemon@googlemail.com", raw="dsn", c=4, return_path="", d="2026-11-06 16:22",
     rcpt="lisa.marcon38@gmail.com", subject="Delivery Status Notification (Failure)", status="5.2.2",
     diag="smtp; 552-5.2.2 The recipient's inbox is out of storage space.",
     body="""** Adresse introuvable ** / ** Message bloqué **

Votre message n'a pas pu être distribué à lisa.marcon38@gmail.com, car la boîte de réception du destinataire est saturée.""",
     topics=[], a="i", why="Gmail failure DSN (mailbox full)",
     cl=[("r", "Votre message n'a pas pu être distribué à lisa.marcon38@gmail.com, car la boîte de réception du destinataire est saturée.")]),

dict(slug="absence-sans-entete-re-invitation", name="Florence Bret", addr="florence.bret@free.fr", client="roundcube", c=18, quote="none", irt=True,
     body="""Bonjour,

Je suis absente jusqu'au lundi 7 décembre inclus. Je lirai votre message à mon retour.

Florence Bret""",
     a="i", why="absence notice sent by a webmail rule with a normal 'Re:' subject and no auto headers: robot text",
     cl=[("r", "Je suis absente jusqu'au lundi 7 décembre inclus."), ("r", "Je lirai votre message à mon retour.")]),

dict(slug="humaine-absente-seance-7-decembre", name="Maud Lacoste", addr="maud.lacoste@ac-grenoble.fr", client="zimbra", c=18,
     body="""Bonjour,

Je serai absente le 7 décembre (voyage scolaire à Turin avec mes terminales). Pourrai-je suivre la séance à distance plus tard, ou faut-il prévenir quelqu'un ?

Merci,
Maud Lacoste""",
     topics=[], a="e", why="a person (not an out-of-office) announcing an absence and asking what to do: human",
     cl=[("g", "Bonjour,"), ("c", "Je serai absente le 7 décembre (voyage scolaire à Turin avec mes terminales)."),
         ("o", "Pourrai-je suivre la séance à distance plus tard, ou faut-il prévenir quelqu'un ?"), ("t", "Merci,")]),

dict(slug="antivirus-quarantaine", name="Passerelle de sécurité", addr="quarantaine@ensemble-scolaire-lasalle.fr", client="server", c=20, quote="none",
     subject="[QUARANTAINE] Message retenu : Invitation : Gestion de classe et climat scolaire",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "junk")],
     body="""Le message « Invitation : Gestion de classe et climat scolaire » adressé à b.moreau@ensemble-scolaire-lasalle.fr a été placé en quarantaine par la passerelle de messagerie. Le destinataire a été informé.""",
     a="i", why="security gateway quarantine notice (auto-generated)",
     cl=[("r", "Le message « Invitation : Gestion de classe et climat scolaire » adressé à b.moreau@ensemble-scolaire-lasalle.fr a été placé en quarantaine par la passerelle de messagerie."),
         ("r", "Le destinataire a été informé.")]),

dict(slug="rappel-message-outlook", name="Olivier Reymond", addr="olivier.reymond@ac-grenoble.fr", client="outlook", c=19, quote="none", irt=False,
     subject="Rappel : RE: Invitation : Éducation artistique et culturelle : monter un projet",
     body="""Olivier Reymond souhaite rappeler le message « RE: Invitation : Éducation artistique et culturelle : monter un projet ».""",
     a="i", why="Outlook message recall, generated by the client",
     cl=[("r", "Olivier Reymond souhaite rappeler le message « RE: Invitation : Éducation artistique et culturelle : monter un projet ».")]),

dict(slug="inp-merci-tout-ok", name="Quentin Lemoine", addr="quentin.lemoine@grenoble-inp.fr", client="thunderbird", c=11,
     body="""Bonjour,

Merci, j'ai pu me connecter via le guichet Grenoble INP, tout est OK de mon côté.

Quentin""",
     topics=[], a="i", why="closes the matter",
     cl=[("g", "Bonjour,"), ("t", "Merci,"), ("c", "j'ai pu me connecter via le guichet Grenoble INP, tout est OK de mon côté.")]),

dict(slug="orange-invite-mdp-et-parcours", name="Denis Rambaud", addr="denis.rambaud@orange.fr", client="orange", c=9, cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Artisan ébéniste, j'interviens pour la formation sécurité en atelier. Je n'ai plus le mot de passe qu'on m'a envoyé. Et une fois connecté, où sera la formation ?

Merci
Denis Rambaud""",
     a="r", why="craftsman partner with a manual account: forgotten password and where the course is",
     cl=[("g", "Bonjour,"), ("c", "Artisan ébéniste, j'interviens pour la formation sécurité en atelier."),
         ("fp", "Je n'ai plus le mot de passe qu'on m'a envoyé."), ("fc", "Et une fois connecté, où sera la formation ?"), ("t", "Merci")]),

dict(slug="zimbra-identifiant-jdupont-ou-prenom-nom", name="Jean Dupont-Ravix", addr="jean.dupont-ravix@ac-grenoble.fr", client="zimbra", c=1, fmt="alt",
     body="""Bonjour,

Je ne sais pas si mon identifiant est « jdupont-ravix » ou « jean.dupont-ravix », et je ne sais pas sur quelle page le taper. Pouvez-vous m'éclairer ?

Cordialement""",
     sig="Jean Dupont-Ravix\nCollège Pablo Picasso, Échirolles",
     a="r", why="academic unsure of his identifier and of the login page: sections A and 'Connexion' academic",
     cl=[("g", "Bonjour,"), ("fu", "Je ne sais pas si mon identifiant est « jdupont-ravix » ou « jean.dupont-ravix »,"),
         ("l", "et je ne sais pas sur quelle page le taper."), ("s", "Pouvez-vous m'éclairer ?"), ("g", "Cordialement")]),

dict(slug="uga-etudiante-page-connexion-et-parcours", name="Sarah Benoît", addr="sarah.benoit@etu.univ-grenoble-alpes.fr", client="outlook_mobile", c=7,
     body="""Bonjour, je ne sais pas comment aller sur la page de connexion de M@gistère avec mon compte étudiant UGA, et ensuite où trouver la formation tuteur. Merci d'avance""",
     a="r", why="UGA student: how to log in (violet button, UGA portal) and where the course is",
     cl=[("g", "Bonjour,"), ("l", "je ne sais pas comment aller sur la page de connexion de M@gistère avec mon compte étudiant UGA,"),
         ("fc", "et ensuite où trouver la formation tuteur."), ("t", "Merci d'avance")]),

dict(slug="colere-deconnexion-repetee", name="Patrice Morand", addr="patrice.morand@ac-grenoble.fr", client="outlook", c=6, fmt="alt",
     body="""Votre plateforme est une catastrophe. Je me suis connecté trois fois ce soir et à chaque fois je suis déconnecté au bout de deux minutes, en plein milieu d'une vidéo. Réglez ça.""",
     sig="P. Morand",
     a="e", why="repeated disconnections inside the platform, with a complaint: a technical problem the guide does not cover",
     cl=[("o", "Votre plateforme est une catastrophe."),
         ("l", "Je me suis connecté trois fois ce soir et à chaque fois je suis déconnecté au bout de deux minutes, en plein milieu d'une vidéo."),
         ("o", "Réglez ça.")]),

dict(slug="intervenant-droits-formateur", name="Nicolas Berthier", addr="n.berthier@maison-ecologie-grenoble.org", client="thunderbird", c=8,
     body="""Bonjour,

Intervenant sur le module « biodiversité urbaine », je dois déposer mes supports dans le parcours. Je me connecte bien avec mon compte invité, mais je n'ai que le statut de participant. Comment obtenir les droits de formateur ?

Merci,
Nicolas Berthier""",
     topics=[], a="e", why="speaker wants trainer rights in the course: human",
     cl=[("g", "Bonjour,"), ("c", "Intervenant sur le module « biodiversité urbaine », je dois déposer mes supports dans le parcours."),
         ("c", "Je me connecte bien avec mon compte invité, mais je n'ai que le statut de participant."),
         ("o", "Comment obtenir les droits de formateur ?"), ("t", "Merci,")]),

dict(slug="ia-ipr-lettre-formelle-connexion", name="Catherine Vial-Ferrand", addr="catherine.vial-ferrand@ac-grenoble.fr", client="outlook", c=16, fmt="alt",
     body="""Madame, Monsieur,

Inscrite en qualité de stagiaire à la formation « L'intelligence artificielle en classe : enjeux et usages », je ne parviens pas à accéder à la plateforme M@gistère. Je vous saurais gré de bien vouloir m'indiquer la procédure de connexion.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.""",
     sig="Catherine Vial-Ferrand\nIA-IPR de lettres\nRectorat de l'académie de Grenoble",
     a="r", why="academic inspector, formal letter, asks the login procedure: academic login section",
     cl=[("g", "Madame, Monsieur,"),
         ("l", "Inscrite en qualité de stagiaire à la formation « L'intelligence artificielle en classe : enjeux et usages », je ne parviens pas à accéder à la plateforme M@gistère."),
         ("l", "Je vous saurais gré de bien vouloir m'indiquer la procédure de connexion."),
         ("s", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.")]),

dict(slug="parcours-introuvable-et-18h-animations", name="Gaëlle Picard", addr="gaelle.picard@ac-grenoble.fr", client="gmail", c=10, fmt="alt",
     body="""Bonjour,

Je ne trouve pas la formation dans mes parcours alors que je suis bien connectée. Et est-ce qu'elle est comptée dans mes 18 heures d'animations pédagogiques ?

Merci
Gaëlle""",
     a="e", why="find course (guide) plus a question about counting hours (human)",
     cl=[("g", "Bonjour,"), ("fc", "Je ne trouve pas la formation dans mes parcours alors que je suis bien connectée."),
         ("o", "Et est-ce qu'elle est comptée dans mes 18 heures d'animations pédagogiques ?"), ("t", "Merci")]),
]
