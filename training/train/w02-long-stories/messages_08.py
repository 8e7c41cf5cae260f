MESSAGES = [
dict(slug="inspe-formateur-uga-parcours-absent", name="Jean-Marc Rolland", addr="jean-marc.rolland@univ-grenoble-alpes.fr",
     client="outlook", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Formateur à l'INSPE (site de Valence), j'ai l'habitude de M@gistère mais cette année tout a changé pour moi : je suis passé du statut de PEMF détaché (compte académique) à celui de PRAG à l'UGA, avec un compte universitaire. [context]Je me connecte donc maintenant par le bouton violet, guichet UGA, ça fonctionne. [find_course]Mais sur ma page d'accueil je ne retrouve ni mes anciens parcours ni celui-ci. [find_course]Est-ce que l'inscription a été faite sur mon ancien compte académique ? [find_course]Comment retrouver la formation ?

[thanks]Merci d'avance,""",
     sig="Jean-Marc Rolland\nPRAG - INSPE UGA, site de Valence",
     profile="university", topics=["find_course"], action="reply",
     why="UGA staff logged in with his university account, course not in his list; guide step 3 and contact"),

dict(slug="etudiante-usmb-tout-longue", name="Camille Pasquier", addr="camille.pasquier@etu.univ-smb.fr",
     client="gmail_mobile", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je suis en L3 de psychologie à Chambéry et je fais partie des étudiants « tuteurs handicap » recrutés par la mission handicap cette année (j'accompagne deux étudiants en L1, un malvoyant et une étudiante avec des troubles dys). [context]La mission nous a inscrits à la formation. [context]Je vous écris parce que je bloque depuis une semaine et la réunion de suivi approche. [login]Je ne sais pas quel bouton choisir, [forgotten_username]ni si mon identifiant c'est mon numéro étudiant ou mon adresse, [forgotten_password]et le mot de passe de l'ENT, je l'ai changé récemment et il ne passe pas.

[thanks]Merci beaucoup d'avance""",
     sig="Camille",
     profile="university", topics=["forgotten_username", "forgotten_password", "login"], action="reply",
     why="USMB student: button, identifier, password all from her institution; guide sections for higher education"),

dict(slug="vacances-scolaires-demande-report", name="Pierre Leclercq", addr="pierre.leclercq@ac-grenoble.fr",
     client="thunderbird", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]La partie à distance doit être faite « avant le 18 décembre » d'après le formateur. [context]Je suis en voyage scolaire à Berlin avec mes élèves du 7 au 14 décembre et mes conseils de classe tombent la semaine d'avant. [other_request]Serait-il possible d'avoir un délai jusqu'à la rentrée de janvier ?

[thanks]Merci de votre compréhension""",
     sig="Pierre Leclercq\nAllemand - Lycée de l'Albanais, Rumilly",
     profile="academic", topics=[], action="escalate",
     why="asks for a deadline extension: human"),

dict(slug="bounce-quota-orange-fr", kind="bounce", name="Mail Delivery System", addr="MAILER-DAEMON@mwinf5d12.me-wanadoo.net",
     return_path="", course="Accueillir les enfants de moins de trois ans", subject="Retour de courrier : boîte pleine",
     failed="gisele.pinatel@orange.fr", status="5.2.2", diag="552 5.2.2 Boite du destinataire pleine", cte="quoted-printable",
     mta="mwinf5d12.me-wanadoo.net", irt=False,
     text="""[robot]Ceci est un message automatique du serveur de messagerie Orange.

[robot]Votre message n'a pas pu être remis au destinataire suivant :
[robot]gisele.pinatel@orange.fr : la boîte aux lettres du destinataire est pleine.

[robot]Le message original est joint ci-dessous.""",
     profile="other", topics=[], action="ignore",
     why="French bounce without Auto-Submitted header (only multipart/report and MAILER-DAEMON): ignore"),

dict(slug="trois-questions-dont-deux-guide-gmail", name="Valentin Roux", addr="valentin.roux@ac-grenoble.fr",
     client="gmail", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Trois petites questions avant de m'y mettre ce week-end :
[forgotten_password]1. mon mot de passe académique est-il bien le même que celui du webmail ? [context]Je ne me souviens plus si je l'avais changé.
[login]2. la connexion, c'est bien le bouton « Connexion » bleu ?
[find_course]3. la formation sera-t-elle dans la liste d'accueil ou dans « Tous mes parcours » ?

[thanks]Merci d'avance""",
     sig="Valentin Roux\nMaths - Collège Simone-de-Beauvoir, Crolles",
     profile="academic", topics=["forgotten_password", "login", "find_course"], action="reply",
     why="three guide questions (password, button, where the course is)"),

dict(slug="alsace-guest-deux-adresse", name="Clarisse Weber", addr="clarisse.weber@ac-strasbourg.fr",
     client="zimbra", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]Enseignante dans l'académie de Strasbourg, j'ai été invitée par l'IA-IPR d'histoire-géographie de Grenoble à suivre cette formation (nous préparons un projet commun sur les paysages de montagne). [context]J'ai reçu deux courriels de M@gistère : un avec un nom d'utilisateur, un autre avec un autre nom d'utilisateur, à une semaine d'intervalle. [forgotten_username]Lequel est le bon ? [context]Aucun ne fonctionne avec le mot de passe reçu.

[thanks]Merci""",
     sig="Clarisse Weber\nLycée Kléber, Strasbourg",
     profile="other", topics=["forgotten_username"], action="reply",
     why="other-académie guest with two usernames received: guide's recovery page re-sends the right one"),

dict(slug="plainte-formation-inutile-desinscription", name="Serge Mathieu", addr="serge.mathieu@ac-grenoble.fr",
     client="outlook_plain", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]J'ai commencé le parcours et je m'aperçois qu'il s'agit d'une initiation au numérique que je maîtrise déjà largement (je suis référent numérique de mon établissement depuis six ans). [other_request]Je souhaiterais me désinscrire, [other_request]ou être orienté vers une formation de niveau plus avancé si elle existe.

[thanks]Cordialement""",
     sig="Serge Mathieu\nRUPN - Collège de Vizille",
     profile="academic", topics=[], action="escalate",
     why="wants to unsubscribe or be redirected to another course: human"),

dict(slug="iphone-p-s-identifiant-apres-mdp", name="Laure Gonnet", addr="laure.gonnet@ac-grenoble.fr",
     client="iphone", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,
[forgotten_password]J'ai oublié mon mot de passe, je fais comment ?
[thanks]Merci
[forgotten_username]PS : en fait je crois que je ne connais pas non plus mon identifiant, on me l'a donné à la rentrée sur un papier que j'ai perdu""",
     sig="Laure",
     profile="academic", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="forgotten password and, in the P.S., unknown identifier: sections A and B"),

dict(slug="aesh-cdd-fin-contrat", name="Rose Dumont", addr="rose.dumont@gmail.com",
     client="gmail", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]AESH en CDD jusqu'au 31 décembre, je ne sais pas encore si mon contrat sera renouvelé. [other_request]Si ce n'est pas le cas, est-ce que je pourrai quand même terminer la formation ? [other_request]Est-ce que mon accès sera coupé ?

[forgotten_password]Et pour l'instant, mon mot de passe académique ne marche pas, alors que mon identifiant est bon.

[thanks]Merci d'avance""",
     sig="Rose Dumont - AESH collège Olympique, Grenoble",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="AESH (gmail): access after contract end (human) plus an academic password problem"),

dict(slug="oof-zimbra-mutation", kind="robot", name="Jérôme Pascal", addr="jerome.pascal@ac-grenoble.fr",
     course="Enseigner les sciences par l'investigation", subject="Absence : Invitation : Enseigner les sciences par l'investigation",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], cte="8bit",
     text="""[robot]Bonjour,
[robot]Je suis en stage de formation jusqu'au vendredi 27 novembre inclus. Votre message sera traité à mon retour.
[robot]Pour toute urgence concernant le laboratoire de sciences, contactez M. Vittoz, technicien de laboratoire.
[robot]Cordialement, J. Pascal""",
     profile="academic", topics=[], action="ignore",
     why="Zimbra vacation message: robot"),

dict(slug="contractuel-maths-enterre-question", name="Mehdi Azzouz", addr="mehdi.azzouz@ac-grenoble.fr",
     client="owa", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Je suis professeur contractuel de mathématiques depuis la Toussaint au collège de Saint-Chef, sur un remplacement qui devrait durer jusqu'en juin. [context]Avant, j'étais ingénieur dans l'aéronautique à Toulouse ; je me suis reconverti après la naissance de ma fille pour avoir des horaires plus compatibles (enfin c'est ce que je croyais, [small_talk]les copies le soir c'est autre chose !). [context]Bref, le chef d'établissement m'a inscrit à cette formation pour les nouveaux enseignants. [forgotten_username]Je n'ai jamais reçu d'identifiant académique à ma connaissance, seulement une adresse mail que j'ouvre via un lien sur le site du collège. [forgotten_username]Est-ce que mon identifiant est la première partie de cette adresse ? [context]J'ai aussi un NUMEN, reçu avec mon contrat.

[thanks]Merci beaucoup pour votre aide""",
     sig="Mehdi Azzouz",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="long reconversion story; the real question (his academic identifier) is in the middle"),

dict(slug="entreprise-tuteur-mdp-et-horaires", name="Sylvie Reboul", addr="s.reboul@hotel-les-cimes.com",
     client="outlook", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Directrice d'un hôtel à Val-d'Isère, j'accueille deux apprentis en cuisine et en service. [context]J'ai bien reçu mes codes M@gistère mais nous sommes en pleine ouverture de saison. [forgotten_password]J'ai essayé de me connecter hier soir, le mot de passe est refusé. [forgotten_password]Peut-on le réinitialiser ?
[other_request]Et la formation peut-elle être suivie après la saison, en mai ?

[thanks]Merci""",
     sig="Sylvie Reboul\nHôtel Les Cimes",
     profile="other", topics=["forgotten_password"], action="escalate",
     why="guest password refused (guide) plus whether she can follow it in May (human)"),

dict(slug="directeur-liste-ecole-que-guide", name="Christophe Vial", addr="ce.0380567p@ac-grenoble.fr",
     client="zimbra", course="Enseigner la lecture au cycle 2", zprefix=True,
     text="""[greeting]Bonjour,

[context]Directeur de l'école de Vaulnaveys, je vous écris depuis la boîte de l'école pour trois collègues inscrites. [context]Je résume leurs soucis :
[forgotten_username]- Mme Blanc ne connaît pas son identifiant académique ;
[forgotten_password]- Mme Roche a oublié son mot de passe ;
[find_course]- Mme Tissot est connectée mais ne trouve pas le parcours.

[context]Je leur transmettrai votre réponse.

[thanks]Merci beaucoup""",
     sig="C. Vial, directeur",
     profile="academic", topics=["forgotten_username", "forgotten_password", "find_course"], action="reply",
     why="director relays three colleagues' guide problems (identifier, password, course); all answered by the guide"),

dict(slug="inp-guichet-introuvable-liste", name="Hélène Castel", addr="helene.castel@grenoble-inp.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Secrétaire pédagogique à Grenoble INP - Génie industriel. [login]Dans la liste des guichets, je ne trouve pas « Grenoble INP » : il y a « SUPIDP - Grenoble INP » ou « Grenoble INP - UGA (Agalan) ». [login]Lequel est le bon pour le personnel administratif ?

[thanks]Merci d'avance""",
     sig="Hélène Castel\nGrenoble INP - Génie industriel",
     profile="university", topics=["login"], action="reply",
     why="INP staff: which desk to choose; guide's higher-education login"),

dict(slug="demande-programme-et-contact-formateur", name="Nadine Perrier", addr="nadine.perrier@ac-grenoble.fr",
     client="apple", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Je suis connectée, tout est en ordre. [other_request]Pourriez-vous me communiquer l'adresse mail du formateur ? [context]J'aimerais lui envoyer un document de mon établissement avant la séance. [other_request]Et le programme détaillé de la journée de janvier est-il disponible ?

[thanks]Merci""",
     sig="Nadine Perrier",
     profile="academic", topics=[], action="escalate",
     why="asks for the trainer's address and the day's programme: human"),

dict(slug="samsung-court-login-ok-thanks", name="Jordan Petit", addr="jordan.petit@ac-grenoble.fr",
     client="samsung", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[context]Ok c'est bon pour moi j'avais pas vu le bouton bleu en haut
[thanks]Merci bonne soirée""",
     sig="",
     profile="academic", topics=[], action="ignore",
     why="closing message: found the button"),

dict(slug="mutation-guadeloupe-longue-numen-perdu", name="Murielle Jean-Baptiste", addr="murielle.jb@hotmail.fr",
     client="outlook_mobile", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Mutée de l'académie de Guadeloupe à Grenoble à la rentrée, j'ai eu un choc thermique et administratif ! [context]Je suis professeure des écoles à l'école Marie-Reynoard, en UPE2A. [context]Mon identifiant académique de Grenoble, je l'ai (mjeanbaptiste), mais je n'ai jamais reçu de mot de passe, seulement l'information que « le mot de passe par défaut est le NUMEN ». [forgotten_password]Or mon NUMEN est dans mes cartons, encore en transit par bateau. [forgotten_password]Y a-t-il un autre moyen de réinitialiser le mot de passe ?

[thanks]Merci beaucoup""",
     sig="Murielle Jean-Baptiste",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="mutated teacher with a Grenoble academic identifier, no NUMEN at hand: section B and assistance contact"),

dict(slug="webmail-marche-magistere-pas-erreur", name="Luc Fournel", addr="luc.fournel@ac-grenoble.fr",
     client="roundcube_top", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Mes identifiants fonctionnent pour le webmail, l'ENT et I-Prof. [login]Sur M@gistère, après le bouton bleu et la page de l'académie, j'ai « Erreur 500 - Internal Server Error ». [context]Essayé sur trois navigateurs.

[thanks]Merci de regarder""",
     sig="Luc Fournel\nULIS - Collège Jules-Ferry, Sassenage",
     profile="academic", topics=["login"], action="escalate", tech=True,
     why="credentials work elsewhere, HTTP 500 error after the academic portal: a technical login error the guide cannot fix"),

dict(slug="ancien-eleve-erreur-destinataire", name="Adrien Lemaire", addr="adrien.lemaire99@gmail.com",
     client="gmail", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[other_request]Je pense que ce mail ne m'est pas destiné, je ne suis pas enseignant. [context]Je suis développeur dans une start-up à Lyon, [other_request]peut-être une erreur d'adresse ?

[small_talk]Bonne journée""",
     sig="Adrien",
     profile="other", topics=[], action="escalate",
     why="recipient says the invitation is not for him: a human must fix the enrolment"),

dict(slug="p-s-hors-guide-seulement", name="Florence Guillaume", addr="florence.guillaume@ac-grenoble.fr",
     client="outlook", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]Je vous remercie, la connexion et l'accès au parcours fonctionnent.

[thanks]Bonne journée,

[other_request]P.S. : Pouvez-vous me dire si la séance du 12 janvier est maintenue malgré la grève annoncée ?""",
     sig="Florence Guillaume\nTutrice - Lycée Charles-Gabriel-Pravaz, Le Pont-de-Beauvoisin",
     profile="academic", topics=[], action="escalate",
     why="thanks, but the P.S. asks whether a session is maintained: human"),

dict(slug="orange-mdp-guest-deux-mails-attente", name="Josiane Duret", addr="josiane.duret@orange.fr",
     client="orange", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Bénévole à la Ligue de l'enseignement, je suis invitée à cette formation. [context]J'ai utilisé la page « mot de passe oublié » avec mon adresse, il y a trois jours. [forgotten_password]Aucun courriel reçu, ni dans les spams. [forgotten_password]Est-ce normal ? Faut-il attendre ?

[thanks]Merci de votre retour""",
     sig="Josiane Duret",
     profile="other", topics=["forgotten_password"], action="reply",
     why="guest: recovery mail never arrived; forgotten password topic, guide help section"),

dict(slug="bug-parcours-progression-et-mdp-collegue", name="Arnaud Giraud", addr="arnaud.giraud@ac-grenoble.fr",
     client="zimbra_html", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[other_request]Ma progression dans le parcours est bloquée à 40 % alors que j'ai tout terminé, les coches ne se mettent pas. [other_request]Est-ce un bug ?

[context]Ma collègue de SVT, Mme Duc, a aussi un souci : [forgotten_password]elle a oublié son mot de passe académique. [context]Je lui ai dit de vous écrire mais elle préfère que je le fasse.

[thanks]Merci""",
     sig="Arnaud Giraud\nSVT - Collège Louis-Lumière, Échirolles",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="progress-tracking bug in the course (human) plus a colleague's forgotten password"),
]
