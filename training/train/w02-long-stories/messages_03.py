MESSAGES = [
dict(slug="nouveau-mail-sans-quote-deux-soucis", name="Véronique Lacombe", addr="veronique.lacombe@ac-grenoble.fr",
     client="outlook", course="Enseigner l'oral au lycée", new=True, charset="windows-1252",
     subject="Problème de connexion M@gistère + question sur le parcours",
     text="""[greeting]Bonjour,

[context]Je n’ai plus l’invitation (supprimée par erreur en vidant ma boîte, qui était pleine), je vous écris donc directement. [context]Je suis inscrite à la formation sur l’oral au lycée, professeure de lettres au lycée Stendhal.

[forgotten_password]Premier souci : mon mot de passe académique ne fonctionne plus sur M@gistère, alors que je l’ai changé il y a deux semaines à la demande de la messagerie. [forgotten_password]Est-ce qu’il faut attendre que le nouveau soit pris en compte, ou le réinitialiser ?
[find_course]Deuxième souci : je n’ai plus l’adresse du parcours, comment le retrouver une fois sur la plateforme ?

[thanks]Merci d’avance pour votre aide.""",
     sig="Véronique Lacombe\nLycée Stendhal - Grenoble",
     profile="academic", topics=["forgotten_password", "find_course"], action="reply",
     why="new mail (invitation deleted): changed password refused and how to find the course once logged in"),

dict(slug="secretaire-pour-enseignant", name="Secrétariat Collège Lucie-Aubrac", addr="ce.0382345k@ac-grenoble.fr",
     client="zimbra", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Je suis la secrétaire de direction du collège Lucie-Aubrac à Grenoble. [context]M. Fabre, professeur de français, n'a pas d'ordinateur chez lui en ce moment et m'a demandé de vous écrire. [context]Il a reçu votre invitation sur sa boîte académique [forgotten_username]mais il n'a jamais su son identifiant (il est arrivé de Guyane cette année). [other_request]Pouvez-vous lui envoyer son identifiant à cette adresse, ou me dire quoi faire pour lui ? [context]Je peux lui transmettre son NUMEN qui figure dans son dossier.

[thanks]Merci beaucoup""",
     sig="Sylvie, secrétariat de direction\nCollège Lucie-Aubrac",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="secretary writes for a teacher who does not know his identifier and asks us to send it to her: a human handles it"),

dict(slug="cfa-formatrice-autre-academie", name="Nadia Belkacem", addr="nadia.belkacem@ac-lyon.fr",
     client="thunderbird", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Je suis formatrice au GRETA de Lyon et j'ai été invitée à cette formation de l'académie de Grenoble parce que nous montons un projet commun sur l'apprentissage. [context]On m'a dit que je n'aurais pas de compte académique Grenoble mais un compte créé directement sur la plateforme. [context]J'ai bien reçu le mail avec mon nom d'utilisateur.

[login]Sur la page d'accueil, je clique sur « Connexion directe à M@gistère » ? [login]J'ai peur de mélanger avec mon compte de l'académie de Lyon qui est proposé dans la liste du bouton bleu...

[thanks]Merci de votre réponse,""",
     sig="Nadia Belkacem\nGRETA Lyon Métropole",
     profile="other", topics=["login"], action="reply",
     why="other-académie trainer with a manual Grenoble account: confirm Connexion directe; guide step 2"),

dict(slug="outlook-mobile-trois-etapes", name="Guillaume Fontaine", addr="guillaume.fontaine@outlook.fr",
     client="outlook_mobile", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Je suis assistant d'éducation au lycée Edouard-Herriot de Voiron (contrat de l'académie) et j'ai été inscrit à la formation par la CPE. [forgotten_username]Je n'ai jamais utilisé de compte académique, je ne sais même pas si j'en ai un. [forgotten_username]Est-ce que les AED ont un identifiant académique ? [login]Si oui, je me connecte où ?

[thanks]Merci et bonne journée""",
     sig="Guillaume Fontaine",
     profile="academic", topics=["forgotten_username", "login"], action="reply",
     why="AED on an académie contract (outlook.fr sender): all staff have an academic identifier; section A and step 2"),

dict(slug="histoire-chien-ps-rien", name="Monique Bailly", addr="monique.bailly@free.fr",
     client="roundcube_top", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]Je vous écris depuis mon adresse free parce que l'académique me fait des misères. [context]Petite parenthèse : je vous écris avec un chiot de trois mois sur les genoux, s'il y a des fautes c'est lui. [context]Je suis professeure d'histoire-géo à la retraite depuis juin mais je termine cette année un contrat de vacation dans mon ancien collège (remplacement d'une collègue en congé long), et je garde donc mon identifiant académique pour l'instant.

[login]J'ai essayé de me connecter avec le bouton bleu mais on me dit « identifiant ou mot de passe incorrect ». [forgotten_password]Je suis à peu près certaine du mot de passe... à peu près. [forgotten_password]Comment le réinitialiser ?

[thanks]Merci beaucoup !

[small_talk]PS : le chiot s'appelle Mistral, il vous salue.""",
     sig="Monique Bailly",
     profile="academic", topics=["forgotten_password", "login"], action="reply",
     why="retired but still under contract with her academic identifier: academic; login error and password reset; the P.S. is small talk"),

dict(slug="bounce-gmail-inexistant", kind="bounce", name="Mail Delivery Subsystem", addr="mailer-daemon@googlemail.com",
     return_path="", course="Former les tuteurs de stagiaires", subject="Delivery Status Notification (Failure)",
     failed="marion.tesseire@gmail.com", status="5.1.1", mid_domain="mx.google.com", crlf=True,
     diag="550-5.1.1 The email account that you tried to reach does not exist.", irt=False, cte="base64",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "marion.tesseire@gmail.com")],
     text="""[robot]** Adresse introuvable **

[robot]Votre message n'a pas été distribué à marion.tesseire@gmail.com, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.

[robot]La réponse du serveur distant était :
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.""",
     profile="other", topics=[], action="ignore",
     why="Gmail delivery failure notice: bounce, ignore"),

dict(slug="p-s-deux-questions-guide", name="Bruno Vasseur", addr="bruno.vasseur@ac-grenoble.fr",
     client="gmail_mobile", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,
[context]Je teste depuis mon téléphone dans le train, je n'ai pas de PC avant lundi. [login]Je ne vois pas le bouton bleu dont parle le guide, sur mobile la page est différente ? [context]J'ai juste un menu avec trois traits.
[thanks]Merci
[find_course]P.S. une fois connecté, il faudra aller dans « Tous mes parcours » ou la formation sera sur l'accueil ?""",
     sig="B. Vasseur",
     profile="academic", topics=["login", "find_course"], action="reply",
     why="cannot find the login button on mobile and, in the P.S., where the course will be; both guide steps"),

dict(slug="psychologue-liberal-compte", name="Delphine Moulin", addr="delphine.moulin.psy@gmail.com",
     client="gmail", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je suis psychologue en libéral et j'interviens ponctuellement dans les collèges du Voironnais sur le harcèlement. [context]La principale du collège de Rives m'a fait inscrire à la formation comme intervenante. [context]Je ne sais pas du tout quel compte j'ai, personne ne m'a rien envoyé, ni nom d'utilisateur ni mot de passe. [forgotten_username]Comment savoir mon identifiant ? [other_request]Et l'intervention prévue le 14 janvier, elle est maintenue ? je n'ai reçu aucune convocation.

[thanks]Bien à vous""",
     sig="Delphine Moulin\nPsychologue clinicienne",
     profile="other", topics=["forgotten_username"], action="escalate",
     why="external psychologist without credentials (guest recovery) but also asks whether her intervention date holds"),

dict(slug="accept-auto-mairie-ticket", kind="robot", name="Mairie de Seyssinet-Pariset", addr="noreply@seyssinet-pariset.fr",
     course="Accueillir les enfants de moins de trois ans", subject="Accusé de réception de votre demande n°2026-11-3381",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     text="""[robot]Madame, Monsieur,

[robot]Nous accusons réception de votre message adressé au service Enfance-Jeunesse de la mairie de Seyssinet-Pariset.
[robot]Votre demande a été enregistrée sous le numéro 2026-11-3381 et sera traitée dans les meilleurs délais.

[robot]Ceci est un message automatique, merci de ne pas y répondre.""",
     profile="other", topics=[], action="ignore",
     why="automatic acknowledgement from a town hall ticketing system (noreply, Auto-Submitted): robot"),

dict(slug="inspe-formatrice-ac-mais-uga", name="Caroline Méjean", addr="caroline.mejean@ac-grenoble.fr",
     client="outlook", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je suis professeure des écoles mais je suis détachée à mi-temps à l'INSPE de l'Université Grenoble Alpes comme formatrice. [context]J'ai donc deux comptes, l'académique et celui de l'UGA, et l'invitation est arrivée sur l'académique. [context]Or c'est avec mon compte UGA que je me suis inscrite (c'est le service formation de l'INSPE qui a fait la liste).

[login]Avec lequel dois-je me connecter, et par quel bouton ? [context]J'ai peur de me retrouver avec deux comptes différents sur M@gistère et que le parcours ne soit que sur l'un des deux.

[thanks]Merci de votre éclairage.""",
     sig="Caroline Méjean\nPEMF - formatrice INSPE",
     profile="university", topics=["login"], action="reply",
     why="she says she enrolled with her UGA account: university profile despite the ac-grenoble sender; which button to use"),

dict(slug="enumeration-num-avec-date-lieu", name="Rémi Chabert", addr="remi.chabert@ac-grenoble.fr",
     client="zimbra_html", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Quelques questions en vrac avant de commencer :
[find_course]1/ je me suis connecté, je vois « Se former » dans le menu mais pas la formation, où est-elle ?
[other_request]2/ le présentiel est-il à Grenoble ou à Chambéry ?
[other_request]3/ faut-il apporter son ordinateur ?
[other_request]4/ est-ce que le repas est pris en charge ?

[thanks]Merci beaucoup et bonne journée,""",
     sig="Rémi Chabert\nPhysique-chimie - collège Le Revard, Grésy-sur-Aix",
     profile="academic", topics=["find_course"], action="escalate",
     why="finding the course (guide) mixed with place, equipment and meals questions"),

dict(slug="yahoo-longue-pas-de-question", name="Simone Garnier", addr="simone.garnier44@yahoo.fr",
     client="yahoo", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]J'ai bien reçu votre invitation et je tenais à vous dire que je me réjouis de participer à cette formation. [context]Cela fait maintenant quinze ans que j'accueille des stagiaires dans ma classe de CM2 et je n'ai jamais eu de formation spécifique, j'ai tout appris sur le tas. [small_talk]Les jeunes collègues arrivent de plus en plus tard dans l'année et avec de moins en moins d'heures de pratique, [small_talk]cette formation tombe à pic.

[context]Je me suis connectée sans problème.

[small_talk]Au plaisir de vous rencontrer,""",
     sig="Simone Garnier\nEcole élémentaire Jean-Jaurès, Vizille",
     profile="other", topics=[], action="ignore",
     why="enthusiastic acknowledgement, logged in fine, no question (yahoo sender, no account clue -> other)"),

dict(slug="contractuel-admin-dsden-numen", name="Farid Mansouri", addr="farid.mansouri@ac-grenoble.fr",
     client="outlook_plain", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour,

[context]Je suis gestionnaire administratif contractuel à la DSDEN de la Drôme depuis le 2 novembre, en remplacement d'une collègue. [context]Mon identifiant académique m'a été communiqué par la DSI (fmansouri1) et je me connecte à la messagerie avec un mot de passe que j'ai choisi à la première connexion. [forgotten_password]Sur M@gistère ce mot de passe est refusé. [forgotten_password]On m'a dit que par défaut ce serait le NUMEN, mais je ne pense pas en avoir un en tant que contractuel administratif ? [forgotten_password]Que dois-je faire ?

[thanks]Merci par avance.""",
     sig="Farid Mansouri\nDSDEN 26 - Division des élèves",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="contract administrative staff with an academic identifier, password refused; guide B (and assistance contact if no NUMEN)"),

dict(slug="orange-iso-multi-etudiant-inp", name="Maxime Girard", addr="maxime.girard@etu.grenoble-inp.fr",
     client="thunderbird_top", course="Enseigner avec le numérique dans le supérieur", charset="iso-8859-1", cte="quoted-printable",
     text="""[greeting]Bonjour,

[context]Etudiant en 3e année à l'Ense3, je fais du tutorat pour les premières années et notre responsable nous a inscrits à cette formation.
[login]Je me connecte par quel bouton ?
[forgotten_username]Mon identifiant INP c'est girarma ou mon adresse mail ?
[find_course]Le parcours sera où ?

[thanks]Merci d'avance""",
     sig="Maxime Girard",
     profile="university", topics=["forgotten_username", "login", "find_course"], action="reply",
     why="Grenoble INP student: which button, which identifier (his institution's), where the course is"),

dict(slug="enseignant-deux-cours-plainte-legere", name="Thierry Muller", addr="thierry.muller@ac-grenoble.fr",
     client="apple", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Franchement, trois boutons de connexion de couleurs différentes, il faut un guide pour se connecter à une formation, [small_talk]c'est un peu le monde à l'envers. [context]Bref. [context]Je suis prof de maths au collège de Vif. [login]J'ai pris le bouton bleu, mis mon identifiant académique, et j'arrive sur une page « Choisissez votre académie ». [login]Je choisis Grenoble et ça tourne en rond. [login]Qu'est-ce que je rate ?""",
     sig="T. Muller",
     profile="academic", topics=["login"], action="reply",
     why="grumbling but only asks a login question (loop after the blue button); the grumble needs no answer"),

dict(slug="formatrice-acces-formateur", name="Agathe Roussel", addr="agathe.roussel@ac-grenoble.fr",
     client="outlook", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je suis formatrice sur ce parcours (conseillère pédagogique de la circonscription de Grenoble 3) et j'ai reçu l'invitation comme une stagiaire. [context]Je vois bien la formation dans ma liste, [other_request]mais je n'ai pas les droits d'édition alors que je dois préparer la séance 2. [other_request]Pouvez-vous modifier mon rôle dans le parcours ?

[other_request]Par ailleurs deux stagiaires de ma circonscription m'ont dit ne pas avoir été invitées, pouvez-vous vérifier la liste des inscrits ?

[thanks]Merci""",
     sig="Agathe Roussel\nCPC Grenoble 3",
     profile="academic", topics=[], action="escalate",
     why="trainer asking for editing rights and to check the enrolment list: for the EAFC staff"),

dict(slug="zimbra-trois-questions-guide", name="Laetitia Perrin", addr="laetitia.perrin@ac-grenoble.fr",
     client="zimbra", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]Je suis AESH au collège Jean-Rostand de Moirans, en CDI depuis cette année. [context]J'ai eu droit à une adresse académique il y a seulement un mois, c'est ma collègue qui m'a aidée à l'ouvrir. [context]Mais l'identifiant, je l'ai noté sur un post-it que je ne retrouve plus...

[forgotten_username]Comment retrouver mon identifiant ? [forgotten_password]Le mot de passe c'est celui que j'ai choisi avec ma collègue, je pense m'en souvenir, sinon je ferai comment ? [find_course]Et la formation sera dans quelle rubrique ?

[thanks]Merci beaucoup de votre aide""",
     sig="Laetitia Perrin - AESH",
     profile="academic", topics=["forgotten_username", "forgotten_password", "find_course"], action="reply",
     why="AESH with a new academic account: lost identifier, possibly password, and where the course is; guide answers all"),

dict(slug="lu-non-lu-texte-brut", kind="robot", name="Marc Oudin", addr="marc.oudin@wanadoo.fr",
     course="Enseigner la géographie par les paysages", subject="Lu : Invitation : Enseigner la géographie par les paysages",
     cte="8bit", charset="iso-8859-1",
     extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
     text="""[robot]Votre message

[robot]À : marc.oudin@wanadoo.fr
[robot]Objet : Invitation : Enseigner la géographie par les paysages
[robot]Date : 16/11/2026 14:02

[robot]a été lu le 16/11/2026 21:37""",
     profile="other", topics=[], action="ignore",
     why="read receipt sent as plain text by an old client, without report headers: still a robot"),

dict(slug="deux-comptes-doublon-parcours", name="Émilie Cordier", addr="emilie.cordier@ac-grenoble.fr",
     client="gmail", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]Il y a deux ans j'ai suivi une formation M@gistère alors que j'étais étudiante à l'UGA, avec mon compte étudiant. [context]Aujourd'hui je suis titulaire en lettres au collège de Pont-de-Claix et je me connecte avec mon compte académique. [find_course]Je me connecte bien, mais je ne vois pas le parcours « Évaluer par compétences » : seulement une page d'accueil presque vide. [context]Je me demande si l'inscription n'a pas été faite sur mon ancien compte étudiant.

[find_course]Comment le trouver, ou que faire si l'inscription est sur l'autre compte ?

[thanks]Merci !""",
     sig="Émilie Cordier",
     profile="academic", topics=["find_course"], action="reply",
     why="academic teacher logged in but course missing; guide step 3 and contacting the EAFC if not enrolled on this account"),

dict(slug="vieux-mail-ancien-parcours", name="Gérard Poncet", addr="gerard.poncet@orange.fr",
     client="orange", course="Laïcité et valeurs de la République", charset="iso-8859-1", cte="quoted-printable",
     text="""[greeting]Bonjour,

[context]Ancien principal adjoint, je suis réserviste de l'éducation nationale depuis ma retraite et j'interviens au titre de la réserve citoyenne dans certaines formations. [context]J'avais un compte M@gistère créé par vos services l'an dernier pour une autre formation. [forgotten_username]Je ne me souviens plus du nom d'utilisateur, [forgotten_password]ni du mot de passe d'ailleurs. [forgotten_username]Est-ce le même compte pour cette formation-ci ?

[other_request]Je souhaiterais aussi recevoir le programme détaillé de la journée du 21 janvier.

[thanks]Bien cordialement""",
     sig="Gérard Poncet",
     profile="other", topics=["forgotten_username", "forgotten_password"], action="escalate",
     why="retired reservist with a guest account: lost username/password (guide) plus a request for the day's programme"),

dict(slug="samsung-trop-long-login-ok-cours-pas", name="Kevin Lopes", addr="kevin.lopes@ac-grenoble.fr",
     client="samsung", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Salut, enfin bonjour pardon
[context]Je suis prof d'EPS au collège de Bourg-Saint-Maurice, on m'a inscrit pour la formation ski de fond / activités montagne. [context]J'ai réussi à me connecter avec mon compte académique (bouton bleu, ok). [find_course]Mais je ne trouve pas la formation, il y a une liste mais elle n'y est pas. [find_course]Il faut chercher avec la loupe ?
[other_request]Et aussi on m'a dit que le stage pratique à La Féclaz est annulé faute de neige, c'est vrai ?
[thanks]Merci""",
     sig="Kevin",
     profile="academic", topics=["find_course"], action="escalate",
     why="course not in the list (guide) plus a rumour about the practical session being cancelled (human)"),

dict(slug="collegue-a-dit-creer-compte", name="Sarah Benoit", addr="sarah.benoit@hotmail.fr",
     client="owa", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Je suis bénévole dans une association d'aide aux devoirs pour les enfants allophones à Grenoble (quartier Villeneuve). [context]Une enseignante de l'école m'a dit que je pouvais participer à la formation et qu'elle m'avait « ajoutée ». [context]J'ai reçu votre mail d'invitation mais aucun identifiant. [forgotten_username]Dois-je créer un compte moi-même sur M@gistère ou est-ce que j'en ai déjà un ? [login]Et comment me connecter ensuite ?

[thanks]Merci pour votre aide""",
     sig="Sarah Benoit",
     profile="other", topics=["forgotten_username", "login"], action="reply",
     why="volunteer without credentials: guest account recovery page and Connexion directe answer"),

dict(slug="mdp-numen-et-recuperation-noms", name="Jacques Pelletier", addr="jacques.pelletier@ac-grenoble.fr",
     client="thunderbird", course="Accueil et relation aux usagers", charset="iso-8859-1",
     text="""[greeting]Bonjour,

[context]Adjoint gestionnaire au lycée de La Mure depuis septembre, j'ai été invité à cette formation. [context]J'ai essayé le lien de réinitialisation du mot de passe : il me demande mon identifiant et mon NUMEN. [context]Mon NUMEN je l'ai, [forgotten_username]mais l'identifiant, je ne suis pas sûr : à l'arrivée on m'a donné une adresse jpelletier3@ac-grenoble.fr puis une autre en prénom.nom. [forgotten_username]Laquelle est l'identifiant ?

[thanks]Cordialement""",
     sig="Jacques Pelletier\nAdjoint gestionnaire - Lycée de La Mure",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="academic staff unsure which of two addresses is his identifier; guide section A (identifier recovery with NUMEN)"),

dict(slug="fwd-gmail-pour-moi-meme-question-salle", name="Océane Julliard", addr="oceane.julliard@gmail.com",
     client="gmail", course="Enseigner les sciences par l'investigation", fwd="fwd_gmail", inv_to="oceane.julliard@ac-grenoble.fr",
     text="""[greeting]Bonjour,

[context]Je vous transfère l'invitation reçue sur ma boîte pro car j'ai des questions. [context]Je me suis connectée, tout va bien de ce côté-là.

[other_request]Est-il possible de suivre la partie à distance sur tablette, ou faut-il un ordinateur ? [context]Mon collège (Saint-Geoire-en-Valdaine) ne nous prête pas de portable.
[other_request]Et la salle du présentiel à Grenoble, est-elle accessible en fauteuil ? [context]Je me déplace en fauteuil roulant depuis un accident l'an dernier.

[thanks]Merci beaucoup""",
     sig="Océane Julliard",
     profile="academic", topics=[], action="escalate",
     why="forwarded invitation, login fine; questions about equipment and wheelchair access: human"),
]
