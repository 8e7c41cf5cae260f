MESSAGES = [
dict(slug="gmail-bottom-post-guest-parcours", name="Étienne Barral", addr="etienne.barral@gmail.com",
     client="gmail", course="Prévenir le décrochage scolaire", bottom=True,
     text="""[greeting]Bonjour,

[context]Je réponds sous votre message. [context]Animateur à la mission locale de Grenoble, j'ai un compte invité et je me suis connecté par la connexion directe sans difficulté. [find_course]En revanche, la page d'accueil n'affiche aucun parcours, [find_course]et la recherche « décrochage » ne donne rien. [find_course]Où dois-je aller ?

[thanks]Merci""",
     sig="Étienne Barral\nMission locale Grenoble",
     profile="other", topics=["find_course"], action="reply",
     why="guest logged in via Connexion directe, no course displayed; bottom-posted reply"),

dict(slug="deux-identifiants-universite-et-acad-doctorante", name="Inès Morel", addr="ines.morel@univ-grenoble-alpes.fr",
     client="zimbra", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Doctorante en sciences de l'éducation au LaRAC, je suis aussi professeure des écoles en disponibilité partielle. [context]Je me suis inscrite à cette formation avec mon compte académique, car c'est dans le cadre de mon poste à l'école. [forgotten_password]Mais je ne me souviens plus du mot de passe académique, je n'utilise que celui de l'université depuis deux ans. [forgotten_password]Comment le réinitialiser ?

[thanks]Merci !""",
     sig="Inès Morel\nDoctorante LaRAC - UGA",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="UGA sender who clearly says she enrolled with her academic account: academic, password reset"),

dict(slug="infirmier-scolaire-mixte-trois", name="Fabrice Lacoste", addr="fabrice.lacoste@ac-grenoble.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Infirmier scolaire sur deux établissements (collège et lycée de Pont-de-Chéruy), j'ai plusieurs questions :

[login]1. Je n'arrive pas à me connecter : après le bouton bleu, la page de l'académie me dit « identifiant inconnu ».
[forgotten_username]2. Mon identifiant, je pensais que c'était flacoste, mais peut-être flacoste1 ?
[other_request]3. La formation est-elle ouverte aux assistantes sociales ? Ma collègue aimerait venir.

[thanks]Merci""",
     sig="Fabrice Lacoste\nInfirmier de l'Éducation nationale",
     profile="academic", topics=["forgotten_username", "login"], action="escalate",
     why="unknown identifier at login (guide) plus whether a social worker colleague may join (human)"),

dict(slug="mdn-thunderbird-accuse", kind="mdn", name="Colette Marion", addr="colette.marion@free.fr",
     course="Accueillir les enfants de moins de trois ans", subject="Accusé de réception (affiché) - Invitation : Accueillir les enfants de moins de trois ans",
     ua="Mozilla Thunderbird 128.5.0", cte="8bit",
     text="""[robot]Ceci est un accusé de réception pour le courrier électronique envoyé à colette.marion@free.fr.

[robot]Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.""",
     profile="other", topics=[], action="ignore",
     why="Thunderbird read receipt (disposition-notification): robot"),

dict(slug="nouvelle-directrice-ecole-beaucoup", name="Sophie Bel", addr="sophie.bel@ac-grenoble.fr",
     client="zimbra_html", course="Piloter un établissement : premiers mois",
     text="""[greeting]Bonjour,

[context]Nouvelle directrice d'une école de 8 classes à Échirolles depuis septembre, je suis inscrite à la formation des nouveaux directeurs. [context]Je vous avoue que depuis la rentrée je croule sous les mails, ONDE, les PPMS, les réunions, [small_talk]et je ne vois plus la lumière du jour. [context]J'ai enfin pris le temps ce soir. [login]Je clique sur le bouton bleu, je mets mon identifiant, [forgotten_password]et on me dit que mon mot de passe a expiré et qu'il faut le changer, mais je ne trouve pas où. [other_request]Par ailleurs, je voudrais savoir si les directeurs ont droit à un remplacement pour les journées de formation.

[thanks]Merci de votre aide""",
     sig="Sophie Bel\nDirectrice - école Jean-Paul-Marat, Échirolles",
     profile="academic", topics=["forgotten_password", "login"], action="escalate",
     why="expired password at login (guide) plus replacement for directors (human)"),

dict(slug="samsung-inp-mdp-ok-parcours-introuvable", name="Yanis Boudjema", addr="yanis.boudjema@etu.grenoble-inp.fr",
     client="samsung", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour
[context]J'ai réussi à me connecter avec mon compte INP après avoir réinitialisé mon mot de passe auprès de la DSI. [find_course]Par contre je ne trouve pas la formation sur la page d'accueil. [find_course]Elle est où ?
[thanks]Merci""",
     sig="Yanis",
     profile="university", topics=["find_course"], action="reply",
     why="INP student logged in after resetting with his institution; now cannot find the course"),

dict(slug="ignore-auto-ack-cfa-noreply", kind="robot", name="CFA Académique - ne pas répondre", addr="ne-pas-repondre@cfa-academique-grenoble.fr",
     course="Accueillir un apprenti en entreprise", subject="Re: Invitation : Accueillir un apprenti en entreprise", cte="8bit",
     text="""[robot]Bonjour,
[robot]Cette adresse n'est pas consultée. Votre message n'a pas été lu.
[robot]Pour joindre le CFA académique, merci d'utiliser le formulaire de contact de notre site.""",
     profile="other", topics=[], action="ignore",
     why="no-reply address answering automatically (no auto headers): robot"),

dict(slug="prof-lp-mdp-ps-attestation-pps-merci", name="Régis Chauvet", addr="regis.chauvet@ac-grenoble.fr",
     client="thunderbird_top", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[forgotten_password]Mon mot de passe académique est refusé sur M@gistère depuis que j'ai changé de téléphone (il était enregistré dessus). [forgotten_password]Je suppose qu'il faut le réinitialiser ?

[thanks]Merci

[other_request]P.S. Pourrai-je obtenir une attestation pour mon dossier de promotion à la hors-classe ?
[thanks]P.P.S. Merci pour l'organisation, c'est rare d'avoir des formations en LP.""",
     sig="Régis Chauvet\nLP Gambetta, Bourgoin",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="password reset (guide) plus an attestation request in the P.S."),

dict(slug="yahoo-benevole-login-et-find", name="Annick Lefranc", addr="annick.lefranc@yahoo.fr",
     client="yahoo", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Bénévole au Secours populaire, je donne des cours de français aux familles et j'ai été associée à cette formation par l'UPE2A du collège. [context]J'ai reçu un mail avec mon nom d'utilisateur et mon mot de passe. [login]Je ne trouve pas où les saisir : [login]le bouton « Connexion » m'amène à l'académie. [find_course]Et ensuite, où trouver la formation ?

[thanks]Merci beaucoup""",
     sig="Annick Lefranc",
     profile="other", topics=["login", "find_course"], action="reply",
     why="guest account: where to type credentials (Connexion directe) and where the course is"),

dict(slug="inspection-ien-inscription-equipe-et-login", name="Bernadette Clavel", addr="ien.grenoble5@ac-grenoble.fr",
     client="outlook", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]IEN de la circonscription Grenoble 5, je souhaite suivre moi-même le parcours pour accompagner les équipes. [other_request]Pouvez-vous m'inscrire en tant qu'observatrice, sans apparaître dans la liste des stagiaires ? [other_request]Et ajouter ma conseillère pédagogique avec les droits de formatrice ?

[login]Je précise que je n'arrive pas à me connecter avec l'adresse de circonscription, est-ce normal ?

[thanks]Merci""",
     sig="B. Clavel\nIEN Grenoble 5",
     profile="academic", topics=["login"], action="escalate",
     why="inspector asks for observer role and trainer rights (human); plus a login question with a functional address"),

dict(slug="parent-enseignant-deux-casquettes", name="Thomas Revol", addr="thomas.revol@free.fr",
     client="roundcube", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je suis professeur de SES au lycée du Grésivaudan (identifiant académique trevol) et parent d'élève élu au collège de mon fils. [context]J'ai reçu l'invitation sur ma boîte perso, je suppose que c'est au titre d'enseignant. [forgotten_password]J'ai essayé le bouton bleu avec trevol, mais je ne me souviens pas du mot de passe. [forgotten_password]Est-ce le NUMEN ?

[thanks]Merci""",
     sig="Thomas Revol",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="academic teacher on a free.fr address with his identifier known: default password / reset"),

dict(slug="tres-longue-gestionnaire-prive-question-mi", name="Corinne Favre-Pugin", addr="c.favrepugin@lycee-notredame-annecy.fr",
     client="outlook", course="Accueil et relation aux usagers", charset="windows-1252",
     text="""[greeting]Bonjour,

[context]Je suis assistante de direction dans un lycée privé sous contrat d’Annecy, mais je suis salariée de l’OGEC et non de l’Éducation nationale. [context]Notre chef d’établissement a trouvé cette formation très intéressante et m’y a inscrite, vous avez accepté ma candidature (merci !). [context]Je n’ai pas de NUMEN, pas d’adresse académique, rien. [context]Il y a deux semaines, j’ai reçu un courriel « Création de votre compte M@gistère » avec un nom d’utilisateur, que j’ai bien noté. [login]Ma question : quel bouton dois-je utiliser pour me connecter ? [small_talk]J’ai l’impression d’être la seule dans ce cas dans la liste, d’après le nombre de « ac-grenoble.fr » que je vois dans les destinataires. [small_talk]Heureusement que mon fils m’aide pour l’informatique.

[thanks]Bien à vous""",
     sig="Corinne Favre-Pugin\nAssistante de direction - Lycée Notre-Dame",
     profile="other", topics=["login"], action="reply",
     why="private-school OGEC employee with a manual account: which button; the question is in the middle"),

dict(slug="tb-forward-pour-aesh-sans-adresse", name="Marc Girod", addr="marc.girod@ac-grenoble.fr",
     client="thunderbird", course="AESH : accompagner les élèves à besoins éducatifs particuliers", fwd="fwd_tb",
     text="""[greeting]Bonjour,

[context]Je transfère cette invitation reçue en tant que professeur principal. [context]L'AESH de ma classe, Mme Kaya, n'a pas d'accès à sa messagerie académique et ne l'a donc pas reçue. [forgotten_username]Elle ne connaît pas son identifiant. [other_request]Pouvez-vous lui envoyer l'invitation sur son adresse personnelle (k.kaya@gmail.com) ?

[thanks]Merci""",
     sig="Marc Girod\nProfesseur principal 4e B - Collège Pré-Bénit, Bourgoin",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="forwarded for an AESH who lacks her identifier; asks us to send the invitation to another address"),

dict(slug="orange-iso-question-guide-longue", name="Paulette Garin", addr="paulette.garin@orange.fr",
     client="orange", course="Former les tuteurs de stagiaires", charset="iso-8859-1", cte="quoted-printable",
     text="""[greeting]Bonjour,

[context]Retraitée depuis deux ans (professeure de lettres), je continue à accompagner des stagiaires comme tutrice bénévole à la demande de l'inspection. [context]J'ai reçu en septembre un message avec un nom d'utilisateur et un mot de passe, que j'ai utilisés une fois. [forgotten_password]Depuis, le mot de passe ne fonctionne plus, j'ai dû le changer sans m'en rendre compte. [forgotten_password]Comment en obtenir un nouveau ?

[thanks]Merci""",
     sig="Paulette Garin",
     profile="other", topics=["forgotten_password"], action="reply",
     why="retired volunteer with a guest account: new password via the recovery page"),

dict(slug="gmail-mobile-plusieurs-choses-hors-guide", name="Samuel Ferrari", addr="samuel.ferrari@ac-grenoble.fr",
     client="gmail_mobile", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Salut,
[context]Je réponds vite fait depuis le bord du terrain. [other_request]Le matos de ski de fond est fourni ou il faut venir avec le sien ? [other_request]Et on dort où pour la session à Autrans ? [other_request]Le covoiturage est organisé ?
[thanks]Merci""",
     sig="Sam - EPS collège de Mens",
     profile="academic", topics=[], action="escalate",
     why="logistics questions (equipment, lodging, carpooling): human"),

dict(slug="mot-de-passe-et-numen-inconnu-aesh", name="Chantal Mercier", addr="chantal.mercier@ac-grenoble.fr",
     client="outlook_plain", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]Je suis AESH à l'école Clemenceau de Grenoble. [forgotten_password]J'ai oublié mon mot de passe académique. [context]Pour le réinitialiser on me demande mon NUMEN, [forgotten_password]mais je ne l'ai jamais eu, ou je ne sais pas où le trouver. [forgotten_password]Où peut-on le trouver ?

[thanks]Merci beaucoup""",
     sig="Chantal Mercier",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="AESH resetting her password without her NUMEN; section B and the assistance contact"),

dict(slug="long-rambling-pas-de-vraie-question-unclear", name="Bernard Lachenal", addr="bernard.lachenal@wanadoo.fr",
     client="thunderbird_top", course="Enseigner la géographie par les paysages", charset="iso-8859-1",
     text="""[greeting]Bonjour,

[context]J'ai bien reçu votre message. [context]J'ai été professeur pendant 37 ans et j'ai connu le temps où on se formait avec des cassettes VHS au CRDP. [small_talk]Les choses ont bien changé. [unclear]Je ne sais pas si tout cela est bien utile, ni si je suis concerné, ni ce que vous attendez de moi exactement. [context]Mon petit-fils dit que je dois cliquer sur le lien, mais je me méfie de ces liens.

[small_talk]Bien à vous""",
     sig="B. Lachenal",
     profile="other", topics=[], action="escalate",
     why="rambling, unclear whether he is concerned or what he wants: a human must answer"),

dict(slug="connexion-directe-refusee-mauvais-bouton", name="Nora Belhadj", addr="nora.belhadj@ac-grenoble.fr",
     client="gmail", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Professeure contractuelle de FLE au collège Jean-Macé, je me connecte d'habitude au webmail sans problème. [login]Sur M@gistère, j'ai essayé « Connexion directe à M@gistère » avec mon identifiant académique, et on me dit « nom d'utilisateur ou mot de passe incorrect ». [login]Est-ce que je me trompe de bouton ?

[thanks]Merci""",
     sig="Nora Belhadj",
     profile="academic", topics=["login"], action="reply",
     why="academic staff using the guest button: the guide says use the blue academic button"),

dict(slug="dsi-uga-mdp-et-date-limite", name="Grégoire Tissier", addr="gregoire.tissier@univ-grenoble-alpes.fr",
     client="outlook", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Technicien à la DSI de l'UGA, je fais partie des personnes inscrites à cette formation. [forgotten_password]Ironie du sort, mon propre mot de passe universitaire est bloqué depuis ce matin (trop de tentatives sur un ancien appareil). [context]Je vais voir avec mes collègues. [other_request]Mais le parcours a-t-il une date limite ? Si je ne peux pas me connecter avant vendredi, est-ce un problème ?

[thanks]Merci""",
     sig="Grégoire Tissier\nDSI - UGA",
     profile="university", topics=["forgotten_password"], action="escalate",
     why="UGA staff with a locked university password (institution) plus a deadline question (human)"),

dict(slug="merci-mais-autre-personne-repondu", name="Isabelle Carron", addr="isabelle.carron@ac-grenoble.fr",
     client="apple", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Ne tenez pas compte de mon message d'hier : le gestionnaire de stage de l'EAFC m'a appelée et a réglé mon problème d'inscription. [context]Je suis bien dans le parcours maintenant.

[thanks]Merci à lui et à vous""",
     sig="Isabelle Carron\nCoordonnatrice ULIS - École du Centre, Voreppe",
     profile="academic", topics=[], action="ignore",
     why="withdraws her previous message, matter solved by a stage manager: closing message"),

dict(slug="owa-login-boucle-et-mdp-question", name="Jérémie Masson", addr="jeremie.masson@outlook.fr",
     client="owa", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Assistant d'éducation au collège de Voreppe (contrat académique), j'écris de ma boîte perso. [login]Quand je clique sur le bouton bleu j'arrive sur une page de l'académie, je mets mon identifiant, puis ça me renvoie sur la page d'accueil de M@gistère sans être connecté. [forgotten_password]Est-ce que ça veut dire que mon mot de passe est faux ? [context]Je n'ai pas de message d'erreur.

[thanks]Merci""",
     sig="Jérémie",
     profile="academic", topics=["forgotten_password", "login"], action="reply",
     why="AED of the académie on outlook.fr: login loop and doubt about the password"),
]
