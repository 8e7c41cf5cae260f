MESSAGES = [
dict(slug="nouveau-mail-objet-urgent-trois", name="Julie Vasseur", addr="julie.vasseur@ac-grenoble.fr",
     client="gmail", course="Enseigner les sciences par l'investigation", new=True, return_path="",
     subject="URGENT formation sciences investigation - plusieurs soucis",
     text="""[greeting]Bonjour,

[context]Je vous écris en urgence car la première classe virtuelle est demain. [context]Je ne retrouve plus votre mail d'invitation.
[forgotten_username]- je ne connais pas mon identifiant académique (je suis contractuelle depuis octobre) ;
[login]- je ne sais pas sur quel bouton cliquer ;
[other_request]- et je ne sais pas à quelle heure commence la classe virtuelle ni où trouver le lien.

[thanks]Merci de me répondre vite""",
     sig="Julie Vasseur\nSVT - Collège Anne-Frank, Saint-Martin-le-Vinoux",
     profile="academic", topics=["forgotten_username", "login"], action="escalate",
     why="new mail: identifier and button (guide) plus the virtual class time and link (human)"),

dict(slug="psy-en-uga-double-statut", name="Laure Fontaine", addr="laure.fontaine@ac-grenoble.fr",
     client="outlook", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Psychologue de l'Éducation nationale, je suis aussi chargée de cours à l'UGA. [context]Je me suis inscrite à cette formation via l'université, mais l'invitation arrive sur mon adresse académique. [login]Je ne sais pas avec quel compte me connecter. [context]Avec l'académique, je ne vois pas le parcours ; je n'ai pas encore essayé avec l'UGA.

[thanks]Merci""",
     sig="Laure Fontaine\nPsyEN - CIO Grenoble",
     profile="university", topics=["login"], action="reply",
     why="enrolled through the university (says so): university; which account/button to use"),

dict(slug="yahoo-autre-academie-mutation-future", name="Sébastien Lopez", addr="seb.lopez@yahoo.fr",
     client="yahoo", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Je suis professeur dans l'académie de Lyon et je serai muté à Grenoble en janvier (mutation en cours d'année pour rapprochement de conjoint). [other_request]L'inscription à cette formation est-elle maintenue malgré ma mutation, et avec quel compte dois-je m'inscrire ? [context]Je n'ai pas encore d'adresse ac-grenoble.

[thanks]Merci""",
     sig="S. Lopez",
     profile="other", topics=[], action="escalate",
     why="future mutation, asks whether enrolment holds: human (no guide step stuck yet)"),

dict(slug="samsung-sans-return-path-mdp", name="Amel Saïdi", addr="amel.saidi@ac-grenoble.fr",
     client="samsung", course="Accueil et relation aux usagers", return_path="",
     text="""[greeting]Bonjour
[context]Agent d'accueil au rectorat, je suis inscrite à la formation. [forgotten_password]Mon mot de passe ne marche pas sur M@gistère alors qu'il marche sur l'ordinateur du bureau. [forgotten_password]Il faut le changer ?
[thanks]Merci""",
     sig="Amel",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="academic staff: password refused on M@gistère; message without Return-Path"),

dict(slug="thunderbird-long-vrai-milieu-ulis-invite", name="Denise Roux", addr="denise.roux@apajh38.org",
     client="thunderbird", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Éducatrice spécialisée au SESSAD de l'APAJH Isère, j'accompagne plusieurs élèves scolarisés en ULIS dans le Grésivaudan. [context]La coordonnatrice de l'ULIS de Crolles m'a proposé de suivre la formation avec elle, ce qui nous permettra de travailler ensemble. [context]J'ai reçu un courriel de création de compte mais sans mot de passe, juste un lien pour le définir, [forgotten_password]et ce lien indique « jeton expiré ». [forgotten_password]Comment recevoir un nouveau lien ? [context]Nous avons une réunion de synthèse la semaine prochaine où nous aimerions parler du premier module.

[thanks]Bien cordialement""",
     sig="Denise Roux\nSESSAD APAJH Isère",
     profile="other", topics=["forgotten_password"], action="reply",
     why="guest with an expired password-setting link; recovery page"),

dict(slug="oof-ac-sans-entete-formation", kind="robot", name="Serge Allard", addr="serge.allard@ac-grenoble.fr",
     course="Le numérique au service des apprentissages", subject="Réponse automatique : Invitation : Le numérique au service des apprentissages",
     cte="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook 16.0")],
     text="""[robot]Je suis absent jusqu'au 7 décembre (formation de formateurs à Lyon). Je prendrai connaissance de votre message à mon retour.
[robot]Pour toute urgence informatique, merci de contacter l'assistance académique.""",
     profile="academic", topics=[], action="ignore",
     why="Outlook automatic reply without auto headers (subject and text say it): robot"),

dict(slug="gmail-mobile-question-guide-noyee-fin", name="Romane Petit", addr="romane.petit@ac-grenoble.fr",
     client="gmail_mobile", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Coucou, pardon, bonjour !
[context]Je suis PE en TPS à l'école Anatole-France de Pont-de-Beauvoisin. [context]Mes collègues m'ont parlé de la formation en salle des maîtres, elles sont déjà toutes dedans. [small_talk]Elles ont l'air de beaucoup aimer les vidéos. [context]Moi j'ai regardé le guide mais je suis un peu larguée. [forgotten_username]Je n'ai pas d'identifiant à moi, on a toujours utilisé celui de l'école pour tout. [forgotten_username]Comment je fais pour en avoir un ?
[thanks]Merci !""",
     sig="Romane",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="academic PE who never used her own identifier: section A"),

dict(slug="apple-mail-merci-question-fermee", name="Marc Dulac", addr="marc.dulac@ac-grenoble.fr",
     client="apple", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Je vous confirme que j'ai pu me connecter et accéder au parcours grâce au guide. [context]Ma collègue Sophie Dumas aussi, elle me charge de vous remercier.

[thanks]Bonne journée et merci""",
     sig="Marc Dulac\nLycée Pierre-du-Terrail, Pontcharra",
     profile="academic", topics=[], action="ignore",
     why="confirmation and thanks: closes the matter"),

dict(slug="zimbra-questions-contenu-et-find", name="Josselin Marty", addr="josselin.marty@ac-grenoble.fr",
     client="zimbra", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[find_course]Je suis connecté mais dans « Tous mes parcours », le menu déroulant ne propose pas « Se former », seulement « Former » et « Concevoir ». [find_course]Où est mon parcours de stagiaire ? [other_request]Et est-ce normal que j'apparaisse comme formateur sur un parcours de 2024 que je n'ai jamais animé ?

[thanks]Merci""",
     sig="Josselin Marty\nHG - Collège Les Buclos, Meylan",
     profile="academic", topics=["find_course"], action="escalate",
     why="cannot find his trainee course (guide) plus a wrong role on another course (human)"),

dict(slug="orange-courte-liste-invite", name="Lucienne Bret", addr="lucienne.bret@orange.fr",
     client="orange", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[forgotten_username]- nom d'utilisateur : perdu
[forgotten_password]- mot de passe : perdu aussi
[context]- adresse mail : celle-ci

[thanks]Merci de m'aider""",
     sig="Lucienne Bret, intervenante",
     profile="other", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="terse list: guest lost username and password"),

dict(slug="outlook-html-demande-deux-personnes-hors-guide", name="Florence Morel", addr="florence.morel@ac-grenoble.fr",
     client="outlook", course="Piloter un établissement : premiers mois",
     text="""[greeting]Bonjour,

[context]Principale du collège de Goncelin. [other_request]Mon adjoint et moi sommes inscrits à la même session, ce qui pose un problème de continuité de direction : [other_request]pouvez-vous décaler l'un de nous deux sur la session de printemps ?

[context]Côté connexion, aucun problème.

[thanks]Cordialement""",
     sig="Florence Morel\nPrincipale - Collège du Grésivaudan, Goncelin",
     profile="academic", topics=[], action="escalate",
     why="asks to move one of two participants to another session: human"),

dict(slug="roundcube-etudiant-usmb-login-find", name="Pierre Mollard", addr="pierre.mollard@etu.univ-smb.fr",
     client="roundcube", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]M2 MEEF à l'INSPE de Chambéry. [login]Après avoir choisi l'USMB dans la liste des guichets, je n'arrive pas sur la page de connexion de l'université mais sur une page blanche. [find_course]Et une camarade qui a réussi à entrer ne trouve pas la formation. [find_course]Où doit-elle chercher ?

[thanks]Merci""",
     sig="Pierre",
     profile="university", topics=["login", "find_course"], action="reply",
     why="USMB student: blank page after the desk choice; classmate cannot find the course"),

dict(slug="teletravail-vpn-academique", name="Pascal Rivet", addr="pascal.rivet@ac-grenoble.fr",
     client="outlook_plain", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour,

[context]Je suis en télétravail deux jours par semaine (division des personnels, rectorat). [login]Depuis chez moi, la connexion académique à M@gistère ne passe pas : le portail me demande un certificat. [other_request]Faut-il activer le VPN de l'académie ? Le service informatique du rectorat dit que c'est à vous de voir.

[thanks]Merci""",
     sig="Pascal Rivet\nRectorat - DIPER",
     profile="academic", topics=["login"], action="escalate",
     why="login blocked at home by a certificate request; asks about the VPN, which the guide does not cover"),

dict(slug="spam-seo-offre", kind="robot", name="Kevin from GrowthBoost", addr="kevin@growthboost-agency.net",
     course="Accueil et relation aux usagers", subject="Re: collaboration pour votre site magistere", irt=False, cte="8bit",
     extra=[("X-Spam-Status", "Yes, score=6.2 required=5.0")],
     text="""[robot]Bonjour,
[robot]J'ai remarqué que votre site magistere.education.fr pourrait être mieux classé sur Google. Nous proposons des backlinks de qualité à partir de 49 € par mois.
[robot]Répondez STOP pour ne plus recevoir nos messages.""",
     profile="other", topics=[], action="ignore",
     why="commercial spam: ignore"),

dict(slug="iphone-irt-absent-retour-conge", name="Coralie Michel", addr="coralie.michel@ac-grenoble.fr",
     client="iphone", course="Enseigner la lecture au cycle 2", irt=False,
     text="""[greeting]Bonjour,
[context]De retour de congé maternité (ma deuxième fille est née en juillet), je reprends en CE1 à l'école Paul-Bert. [context]Pendant mon congé, ma directrice m'a inscrite à la formation, ce qui est très gentil mais je n'ai pas tout suivi. [login]Je me connecte où exactement ? [find_course]Et la formation est déjà commencée, je la retrouve comment ?
[other_request]Est-ce que je peux encore rattraper les modules passés ?
[thanks]Merci beaucoup""",
     sig="Coralie",
     profile="academic", topics=["login", "find_course"], action="escalate",
     why="back from maternity leave: login and course (guide) plus catching up past modules (human)"),

dict(slug="inp-tres-court-guichet", name="Ahmed Zerrouki", addr="ahmed.zerrouki@grenoble-inp.fr",
     client="outlook_mobile", course="Enseigner avec le numérique dans le supérieur",
     text="""[login]Bonjour, quel guichet pour Grenoble INP ? Merci""",
     sig="",
     profile="university", topics=["login"], action="reply",
     why="one-line question: which desk for Grenoble INP"),

dict(slug="longue-collegue-ma-dit-mauvais-mdp-numen-minuscule", name="Pauline Chevrier", addr="pauline.chevrier@ac-grenoble.fr",
     client="owa", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]Un collègue m'a expliqué que le mot de passe par défaut était le NUMEN en minuscules. [context]J'ai essayé, sans succès. [context]Puis une autre collègue m'a dit que c'était en majuscules, nouvel essai, toujours rien. [context]Une troisième m'a dit qu'il fallait d'abord passer par ARENA... [forgotten_password]Bref, je ne sais plus quoi faire pour mon mot de passe. [forgotten_password]Quelle est la bonne méthode ?

[thanks]Merci, [small_talk]la salle des profs vous remercie aussi.""",
     sig="Pauline Chevrier\nCollège Gaston-Baty, Pélussin",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="conflicting colleague advice about the default NUMEN password: section B"),

dict(slug="prive-compte-manuel-suspendu", name="Jean-Baptiste Mollier", addr="jb.mollier.enseignant@gmail.com",
     client="gmail", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Enseignant au lycée privé sous contrat Saint-Joseph de Voiron, je n'ai jamais eu d'adresse académique, et l'EAFC m'a créé un compte M@gistère manuel pour cette formation. [login]Je me connecte par « Connexion directe » mais on me dit que mon compte est « suspendu ». [context]Je n'ai rien fait de particulier.

[thanks]Merci de votre aide""",
     sig="Jean-Baptiste Mollier",
     profile="other", topics=["login"], action="escalate", tech=True,
     why="private-school teacher with a manual account (says so): other; 'compte suspendu' at Connexion directe needs a human"),

dict(slug="aed-question-certificat-et-identifiant", name="Malik Diallo", addr="malik.diallo@ac-grenoble.fr",
     client="zimbra_html", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[forgotten_username]Je ne retrouve pas mon identifiant académique, [context]je suis AED depuis la rentrée au lycée Ferdinand-Buisson. [other_request]Et est-ce que cette formation donne un certificat utile pour le concours de CPE ?

[thanks]Merci""",
     sig="Malik Diallo - AED",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="forgotten identifier (guide) plus a certificate question (human)"),

dict(slug="bounce-texte-fr-sans-report-laposte", kind="robot", name="MAILER-DAEMON", addr="MAILER-DAEMON@laposte.net",
     return_path="", course="Former les tuteurs de stagiaires", subject="Echec de distribution du message", irt=False, cte="quoted-printable", charset="iso-8859-1",
     text="""[robot]Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :

[robot]    andre.chomel@laposte.net : adresse inconnue

[robot]Ce message a été généré automatiquement, merci de ne pas y répondre.""",
     profile="other", topics=[], action="ignore",
     why="plain-text bounce in French, no report part, no auto headers: robot"),

dict(slug="merci-final-long-ignore-ps-small", name="Geneviève Barbier", addr="genevieve.barbier@ac-grenoble.fr",
     client="thunderbird_top", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Pour clore mon échange avec vous : j'ai réussi à retrouver mon identifiant avec le premier lien, puis à me connecter, puis à trouver le parcours. [context]Trois étapes, trois victoires ! [thanks]Merci pour ce guide très bien fait.

[small_talk]PS : j'ai recommandé la formation à deux collègues de mon collège.""",
     sig="Geneviève Barbier\nUPE2A - Collège Jean-Vilar, Échirolles",
     profile="academic", topics=[], action="ignore",
     why="closing message with small-talk P.S.; nothing to answer"),
]
