MESSAGES = [
dict(slug="principale-adjointe-nommee-ent", name="Nathalie Brochier", addr="nathalie.brochier@ac-grenoble.fr",
     client="outlook", course="Piloter un établissement : premiers mois", charset="windows-1252",
     text="""[greeting]Bonjour,

[context]Nommée principale adjointe au collège de Rumilly en septembre, après douze ans comme professeure d’anglais, je découvre beaucoup d’outils en même temps. [context]Un collègue de direction m’a dit qu’il fallait « passer par l’ENT » pour accéder à M@gistère, un autre qu’il fallait passer par le portail ARENA. [login]Je suis un peu perdue : par où dois-je réellement passer pour me connecter, et avec quel bouton ?

[thanks]Merci pour votre aide.""",
     sig="Nathalie Brochier\nPrincipale adjointe - Collège Demotz-de-la-Salle, Rumilly",
     profile="academic", topics=["login"], action="reply",
     why="new deputy head confused by colleagues' advice (ENT, ARENA): how and where to log in; guide step 2"),

dict(slug="spam-boite-pleine-phishing", kind="robot", name="Service Messagerie", addr="support-webmail@ac-grenob1e-securite.com",
     course="Accueil et relation aux usagers", subject="Votre boîte est pleine : action requise", irt=False, html="only",
     extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=11.4 required=5.0")],
     text="""[robot]Cher utilisateur,

[robot]Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages, veuillez valider votre compte dans les 24 heures en cliquant ici.

[robot]L'équipe informatique""",
     profile="other", topics=[], action="ignore",
     why="phishing spam flagged by the MTA: ignore"),

dict(slug="ordre-mission-et-login", name="Bertrand Michel", addr="bertrand.michel@ac-grenoble.fr",
     client="zimbra", course="Enseigner l'éducation physique en milieu montagnard", zprefix=True,
     text="""[greeting]Bonjour,

[context]Pour la session pratique de deux jours à Autrans, mon gestionnaire me demande un ordre de mission. [other_request]Est-ce vous qui l'établissez, ou faut-il passer par GAIA ? [other_request]Et les nuitées sont-elles prises en charge ?

[login]Sinon, petite question M@gistère : je me connecte via le bouton bleu, mais après la saisie du mot de passe on me demande un « code de vérification » que je ne reçois jamais.

[thanks]Merci""",
     sig="Bertrand Michel\nEPS - Collège de Villard-de-Lans",
     profile="academic", topics=["login"], action="escalate",
     why="mission order and lodging costs (human) plus an unexpected verification code at login"),

dict(slug="reponse-auto-pas-mon-cas", name="Annie Gaillard", addr="annie.gaillard@gmail.com",
     client="gmail", course="Accueillir un apprenti en entreprise", subject="Re: Re: Invitation : Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Votre réponse automatique ne correspond pas à mon cas. [context]Je ne suis ni enseignante ni étudiante, je suis maître d'apprentissage dans un salon de coiffure. [context]Le guide dit que mon nom d'utilisateur m'a été envoyé par courriel : je n'ai jamais rien reçu, et la page « mot de passe oublié » me répond qu'aucun compte n'est associé à mon adresse. [forgotten_username]Comment faire ? [other_request]Peut-être que mon compte a été créé avec une autre adresse, pouvez-vous vérifier ?

[thanks]Merci""",
     sig="Annie Gaillard\nSalon Annie Coiffure, Voiron",
     profile="other", topics=["forgotten_username"], action="escalate",
     why="guest account not found by the recovery page; asks us to check the address on file: human"),

dict(slug="liste-syndicale-ignore", kind="robot", name="SNES-FSU Grenoble", addr="lettre@grenoble.snes.edu",
     course="Évaluer par compétences", subject="[SNES Grenoble] Formation continue : vos droits", irt=False,
     return_path="sympa-owner-lettre@listes.grenoble.snes.edu",
     extra=[("List-Id", "<lettre.listes.grenoble.snes.edu>"), ("List-Unsubscribe", "<mailto:sympa@listes.grenoble.snes.edu?subject=unsubscribe%20lettre>"),
            ("Precedence", "list")],
     text="""[robot]Chères et chers collègues,
[robot]La formation continue est un droit : retrouvez dans cette lettre le point sur les formations hybrides M@gistère, le temps de travail à distance et les frais de déplacement.
[robot]Pour vous désabonner, écrivez à sympa@listes.grenoble.snes.edu.""",
     profile="other", topics=[], action="ignore",
     why="mailing-list message (List-Id, Precedence list) received at the address: ignore"),

dict(slug="identifiant-retrouve-mdp-reste", name="Marie-Claude Dorel", addr="mc.dorel@ac-grenoble.fr",
     client="thunderbird_top", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Grâce au premier lien du guide, j'ai enfin retrouvé mon identifiant (mcdorel, tout simplement...). [forgotten_password]Mais le mot de passe : j'ai essayé le NUMEN en majuscules comme indiqué, ça ne marche pas, [forgotten_password]sans doute parce que je l'ai modifié il y a longtemps. [forgotten_password]Il faut donc que j'utilise le second lien ?

[thanks]Merci de votre réponse""",
     sig="Marie-Claude Dorel\nInfirmière scolaire - Collège Villeneuve",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="identifier found; the NUMEN default fails because she changed it: reset link, section B"),

dict(slug="longue-lettre-admin-inclusion-attestations-mixte", name="Jocelyne Tardy", addr="jocelyne.tardy@ac-grenoble.fr",
     client="outlook", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Madame, Monsieur,

[context]Je suis AESH référente pour le secteur de Bourgoin-Jallieu. [context]Ma mission consiste entre autres à accompagner les AESH nouvellement recrutés, et plusieurs m'ont posé des questions sur cette formation. [context]Je me permets de vous les transmettre en bloc :

[forgotten_username]a) plusieurs ne savent pas quel est leur identifiant académique ;
[login]b) certains se connectent avec leur adresse mail complète et ça ne marche pas ;
[other_request]c) la formation est-elle rémunérée lorsqu'elle a lieu en dehors du temps de travail ?
[other_request]d) les AESH en CDD peuvent-ils obtenir une attestation pour leur dossier de CDI ?

[thanks]Je vous remercie par avance de vos réponses.""",
     sig="Jocelyne Tardy\nAESH référente - Bourgoin-Jallieu",
     profile="academic", topics=["forgotten_username", "login"], action="escalate",
     why="relayed list: identifier and login questions (guide) plus pay and attestation questions (human)"),

dict(slug="gmail-mobile-juste-merci-bon", name="Paul Verdier", addr="paul.verdier@ac-grenoble.fr",
     client="gmail_mobile", course="Enseigner les sciences par l'investigation",
     text="""[context]C'est bon j'ai réussi, c'était le NUMEN en majuscules.
[thanks]Merci !""",
     sig="Paul",
     profile="academic", topics=[], action="ignore",
     why="short closing message: solved"),

dict(slug="universite-lyon-invite", name="Agnès Pellerin", addr="agnes.pellerin@univ-lyon2.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Maîtresse de conférences à l'université Lyon 2, je participe à cette formation en tant qu'intervenante invitée (table ronde sur les usages des classes inversées). [context]Je ne trouve pas Lyon 2 dans la liste des guichets du bouton violet. [login]Dois-je passer par un autre bouton ? [forgotten_username]Et si un compte m'a été créé spécialement, je n'en connais pas le nom d'utilisateur.

[thanks]Bien cordialement,""",
     sig="Agnès Pellerin\nMCF - Université Lumière Lyon 2",
     profile="other", topics=["forgotten_username", "login"], action="reply",
     why="lecturer of a university outside the list, no account clearly stated: the domain rule gives other (guest account); which button and username"),

dict(slug="fwd-outlook-direction-pour-equipe", name="Direction Collège Les Allinges", addr="direction.allinges@ac-grenoble.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement", fwd="fwd_outlook", inv_to="principal.allinges@ac-grenoble.fr",
     text="""[greeting]Bonjour,

[context]Je vous transfère cette invitation reçue sur la boîte de la direction. [other_request]Il semble que toute l'équipe de vie scolaire soit concernée, mais seule la direction l'a reçue. [other_request]Pouvez-vous adresser l'invitation individuellement à chaque AED et à la CPE ? [context]Je vous joins la liste de leurs adresses académiques.

[thanks]Cordialement,""",
     sig="Le principal\nCollège Les Allinges, Thonon",
     profile="academic", topics=[], action="escalate",
     why="forwarded by a head teacher asking to invite his whole team individually: registration, human"),

dict(slug="pb-connexion-ecole-proxy", name="Aurore Michaud", addr="aurore.michaud@ac-grenoble.fr",
     client="zimbra_html", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[login]À l'école, sur le réseau de la mairie, quand je clique sur le bouton bleu j'ai un message « connexion non sécurisée » et rien ne se passe. [context]À la maison, aucun souci, je suis dans le parcours. [other_request]Est-ce que vous pouvez contacter le service informatique de la mairie de Pontcharra pour qu'ils débloquent le site ? [context]Nous sommes cinq collègues de l'école dans ce cas.

[thanks]Merci""",
     sig="Aurore Michaud\nEcole Villard-Benoît, Pontcharra",
     profile="academic", topics=["login"], action="escalate",
     why="login blocked by the town's school network, asks us to contact the town IT service: human"),

dict(slug="pjj-educateur-bouton-bleu", name="Cyril Bonnet", addr="cyril.bonnet@outlook.fr",
     client="owa", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Je suis éducateur à la PJJ (protection judiciaire de la jeunesse) et je travaille en lien avec le lycée professionnel de Saint-Marcellin. [context]Le proviseur m'a fait inscrire et j'ai reçu un nom d'utilisateur et un mot de passe par courriel.

[login]Sur la page de connexion, j'ai essayé le bouton bleu, qui me renvoie vers « choisissez votre académie », puis rien. [login]C'est bien le bon chemin ?

[thanks]Merci de votre aide""",
     sig="Cyril Bonnet\nPJJ Isère",
     profile="other", topics=["login"], action="reply",
     why="external partner with a manual account trying the academic button: guide says Connexion directe"),

dict(slug="changement-nom-mariage", name="Élise Ramos", addr="elise.ramos@ac-grenoble.fr",
     client="apple", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Je me suis mariée cet été et j'ai changé de nom d'usage (Élise Girard devient Élise Ramos). [context]Ma nouvelle adresse académique est elise.ramos@ac-grenoble.fr, mais l'ancienne existe encore. [forgotten_username]Je ne sais plus quel identifiant utiliser pour M@gistère, l'ancien (egirard) ou un nouveau ? [other_request]Et pouvez-vous mettre à jour mon nom sur la liste des stagiaires et sur l'attestation ?

[thanks]Merci beaucoup""",
     sig="Élise Ramos (ex-Girard)\nProfesseure stagiaire de mathématiques",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="name change after marriage: which identifier (guide) and updating her name on lists and attestation (human)"),

dict(slug="yahoo-tablette-suffit", name="Fabienne Carrel", addr="fabienne.carrel@yahoo.fr",
     client="yahoo", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,

[context]Je suis ATSEM à l'école maternelle de Claix, employée par la mairie, et l'inspectrice nous a invitées à la formation avec les enseignantes. [context]J'ai reçu mon nom d'utilisateur par mail, tout est bon de ce côté. [login]Mais je n'ai qu'une tablette Android : est-ce que je peux me connecter avec, et dans ce cas par quel bouton ?

[thanks]Merci""",
     sig="Fabienne",
     profile="other", topics=["login"], action="reply",
     why="town-hall ATSEM with a guest account: which button, and a tablet is a supported device (prerequisites)"),

dict(slug="longue-reponse-entre-lignes-orange", name="Roger Bouvier", addr="roger.bouvier@orange.fr",
     client="orange", course="Former les tuteurs de stagiaires", quote=False,
     text="""[greeting]Bonjour,

> Votre formateur vous invite à rejoindre le parcours M@gistère « Former les tuteurs de stagiaires ».

[context]D'accord, mais je suis tuteur en entreprise, pas enseignant, et je n'ai jamais eu de compte.

> Si vous ne parvenez pas à vous connecter, consultez le guide « Comment rejoindre une e-formation sur M@gistère ? » ou répondez à ce courriel.

[forgotten_username]Je réponds donc : quel est mon nom d'utilisateur ? [forgotten_password]Et mon mot de passe ?

[thanks]Salutations""",
     sig="Roger Bouvier\nGarage Bouvier & Fils",
     profile="other", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="answers between quoted lines (Orange): company tutor without credentials, guest recovery"),

dict(slug="mdp-change-sur-telephone-plus-rien", name="Sarah Lopez", addr="sarah.lopez@ac-grenoble.fr",
     client="iphone", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,
[context]J'ai changé mon mot de passe académique sur mon téléphone hier soir (on me l'a demandé en ouvrant la messagerie). [context]Depuis, plus rien ne marche : ni la messagerie sur l'ordi, ni M@gistère. [forgotten_password]J'ai dû faire une faute de frappe dans le nouveau. [forgotten_password]Comment je le réinitialise ?
[thanks]Merci !!""",
     sig="",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="new academic password probably mistyped: reset link with NUMEN"),

dict(slug="cpe-question-recrutement-collegue", name="Hakim Benali", addr="hakim.benali@ac-grenoble.fr",
     client="outlook_plain", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Connecté, parcours trouvé, tout va bien de mon côté. [context]Nous avons recruté une nouvelle AED la semaine dernière qui s'occupera du décrochage avec moi. [other_request]Est-il encore possible de l'inscrire à la formation ? [other_request]Si oui, que dois-je vous envoyer ?

[thanks]Merci""",
     sig="Hakim Benali\nCPE - Lycée professionnel Jean-Jaurès",
     profile="academic", topics=[], action="escalate",
     why="wants to register a new colleague: human"),

dict(slug="samsung-bottom-erreur-shibboleth", name="Lucas Morel", addr="lucas.morel@etu.univ-grenoble-alpes.fr",
     client="samsung", course="Enseigner la lecture au cycle 2", html="only",
     text="""[greeting]Bonjour
[context]Étudiant M1 MEEF, je me connecte avec le bouton violet puis UGA. [login]Je tape mon login agalan et mon mot de passe et j'ai une page « Erreur Shibboleth : session expirée ». [context]J'ai réessayé 5 fois.
[login]Vous savez d'où ça vient ?""",
     sig="Lucas",
     profile="university", topics=["login"], action="escalate", tech=True,
     why="UGA student: repeated Shibboleth error on the university login, a technical problem beyond the guide"),

dict(slug="roundcube-bottom-long-plusieurs", name="Bérangère Fayolle", addr="berangere.fayolle@sfr.fr",
     client="roundcube", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour,

[context]Je suis adjointe administrative au lycée de Tournon, en poste depuis cinq ans, mais je n'ai jamais utilisé mon adresse académique (on utilise la boîte du service). [forgotten_username]Je ne connais donc pas mon identifiant. [context]Mon NUMEN, je ne sais pas ce que c'est, [forgotten_username]est-ce que c'est indispensable pour retrouver l'identifiant ?

[other_request]Autre chose : la formation est prévue pendant les vacances de février, est-ce normal pour les personnels administratifs ?

[thanks]Merci de votre retour""",
     sig="Bérangère Fayolle",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="academic admin staff: identifier and NUMEN (guide) plus a scheduling question during holidays (human)"),

dict(slug="ignore-merci-transmis", name="Nicole Favre", addr="nicole.favre@ac-grenoble.fr",
     client="zimbra", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Merci pour les explications, j'ai transmis votre message aux deux collègues de l'école qui avaient le même problème, [context]elles ont réussi à se connecter aussi.

[small_talk]Belle fin de journée""",
     sig="Nicole Favre\nDirectrice - école des Buclos",
     profile="academic", topics=[], action="ignore",
     why="thanks and news that colleagues managed: nothing left to answer"),

dict(slug="hotmail-inp-personnel-pb-mdp-et-video", name="Vincent Lacroix", addr="vincent.lacroix@hotmail.fr",
     client="outlook_mobile", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Ingénieur pédagogique à Grenoble INP, je vous écris de ma boîte perso car je suis en télétravail et le VPN est en panne. [forgotten_password]Mon mot de passe INP a expiré hier, [forgotten_password]je ne peux donc pas me connecter à M@gistère par le bouton violet, qui dois-je contacter ? [other_request]Et la vidéo d'introduction du parcours est-elle téléchargeable pour la regarder hors ligne ?

[thanks]Merci""",
     sig="Vincent Lacroix\nGrenoble INP - Service d'appui à la pédagogie",
     profile="university", topics=["forgotten_password"], action="escalate",
     why="INP staff (hotmail sender): expired university password (institution) plus downloading a course video (human)"),
]
