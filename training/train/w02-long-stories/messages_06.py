MESSAGES = [
dict(slug="ater-uga-guichet-et-mdp-expire", name="Raphaël Guillon", addr="raphael.guillon@univ-grenoble-alpes.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]ATER en sociologie depuis septembre, après une thèse à Lyon 2, je découvre l'UGA et ses multiples plateformes. [context]J'ai choisi le bouton violet puis « SUPIDP - Université Grenoble Alpes ». [forgotten_password]L'écran suivant me dit que mon mot de passe a expiré et me propose de le changer, mais le lien renvoie une erreur 404. [forgotten_password]Dois-je voir avec la DSI de l'UGA ?

[thanks]Merci,""",
     sig="Raphaël Guillon\nATER - Département de sociologie, UGA",
     profile="university", topics=["forgotten_password"], action="reply",
     why="UGA staff with an expired university password: the guide sends him to his institution"),

dict(slug="usmb-biatss-identifiant-liste", name="Sandrine Vuillermoz", addr="sandrine.vuillermoz@univ-smb.fr",
     client="outlook", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je travaille au service de santé universitaire de l'USMB (infirmière) sur le site d'Annecy. [context]J'ai tout essayé avant de vous écrire, voilà où j'en suis :
[login]- j'ai cliqué sur le bouton violet, trouvé « Université Savoie Mont Blanc » dans la liste, validé ;
[forgotten_username]- la page de l'USMB me demande un identifiant, et je ne sais pas si c'est mon adresse complète ou juste « vuillers » ;
[context]- j'ai essayé les deux, aucun ne passe.

[thanks]Merci de votre aide""",
     sig="Sandrine Vuillermoz\nSSU - USMB Annecy",
     profile="university", topics=["forgotten_username", "login"], action="reply",
     why="USMB staff unsure of her university identifier at the university portal; guide: identifiers given by the institution"),

dict(slug="etu-uga-ac-domain-compte-etudiant", name="Manon Blanc", addr="manon.blanc@ac-grenoble.fr",
     client="zimbra", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Je vous écris depuis mon adresse académique car je suis alternante (M2 MEEF, contrat à mi-temps dans une école de Fontaine), mais je précise que je me suis inscrite à cette formation via l'INSPE avec mon compte étudiant UGA, et c'est avec ce compte que je me connecte à M@gistère d'habitude. [login]Aujourd'hui, avec le bouton violet et le guichet UGA, j'ai une erreur « Accès refusé - compte non autorisé ».

[login]Que faire ?

[thanks]Merci !""",
     sig="Manon Blanc",
     profile="university", topics=["login"], action="escalate", tech=True,
     why="ac-grenoble sender who says she uses her UGA student account: university; 'compte non autorisé' error after the university login is not solved by the guide"),

dict(slug="autre-academie-enseignant-invite", name="Philippe Grandjean", addr="philippe.grandjean@ac-clermont.fr",
     client="zimbra", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Bonjour,

[context]Professeur d'EPS dans l'académie de Clermont-Ferrand (lycée de Saint-Flour), je participe à votre formation montagne dans le cadre d'un échange interacadémique. [context]On m'a créé un compte invité sur M@gistère Grenoble. [forgotten_username]Je n'ai pas le nom d'utilisateur, [forgotten_username]je suppose qu'il m'a été envoyé sur cette adresse mais je ne retrouve rien. [login]Dois-je utiliser le bouton bleu avec mon compte de Clermont ?

[thanks]Merci""",
     sig="Philippe Grandjean\nEPS - Lycée Haute-Auvergne",
     profile="other", topics=["forgotten_username", "login"], action="reply",
     why="other-académie teacher with a Grenoble guest account: username recovery and Connexion directe"),

dict(slug="oof-iphone-sans-entete-long", kind="robot", name="Valérie Santini", addr="valerie.santini@ac-grenoble.fr",
     course="Accueillir un élève allophone", subject="Re: Invitation : Accueillir un élève allophone", cte="8bit",
     extra=[("X-Mailer", "iPhone Mail (22B91)")],
     text="""[robot]Message automatique : je suis en congé de formation professionnelle jusqu'au 30 juin 2027 (master FLE à l'université Lumière Lyon 2).
[robot]Les messages reçus pendant cette période ne seront pas transférés. Pour les questions relatives à l'UPE2A du collège Vercors, merci de contacter M. Duclos, principal adjoint.""",
     profile="academic", topics=[], action="ignore",
     why="out-of-office without Auto-Submitted header, but the text says it is automatic: robot"),

dict(slug="unclear-pas-compris-mail", name="Marcelle Giroud", addr="marcelle.giroud@orange.fr",
     client="orange", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[unclear]Je ne comprends pas ce message. [unclear]Est-ce une convocation ? Un courriel frauduleux ? [context]Je suis présidente d'une association de parents d'élèves à Vif et nous avons déjà reçu des messages bizarres cette année.

[context]Merci de m'éclairer""",
     sig="M. Giroud",
     profile="other", topics=[], action="escalate",
     why="unclear whether she is meant to be enrolled (parent association): a human must answer"),

dict(slug="prof-inp-enseignant-chercheur-long", name="Dominique Favier", addr="dominique.favier@grenoble-inp.fr",
     client="apple", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Professeur des universités à Grenoble INP - Phelma, j'ai été sollicité par le service d'appui à la pédagogie pour suivre (et peut-être co-animer l'an prochain) cette formation. [context]J'ai une expérience assez ancienne de M@gistère, que j'avais utilisé en 2018 avec un compte créé manuellement à l'époque. [login]Aujourd'hui, dois-je me connecter avec mon compte INP via le bouton violet, ou retrouver ce vieux compte manuel ? [context]Je ne voudrais pas créer de doublon.

[find_course]Et si je passe par le compte INP, le parcours y sera-t-il ?

[thanks]Bien cordialement,""",
     sig="Dominique Favier\nProfesseur - Grenoble INP Phelma",
     profile="university", topics=["login", "find_course"], action="reply",
     why="INP professor: which account/button (university) and whether the course will be there"),

dict(slug="collegue-ma-dit-pas-inscrite-verifier", name="Louise Bertin", addr="louise.bertin@ac-grenoble.fr",
     client="gmail", course="Évaluer par compétences", fwd="fwd_gmail", inv_to="pierre.dallet@ac-grenoble.fr",
     text="""[greeting]Bonjour,

[context]Mon collègue Pierre Dallet m'a transféré votre invitation car je ne l'ai pas reçue, alors que nous nous étions inscrits ensemble. [other_request]Pouvez-vous vérifier que je suis bien inscrite ? [find_course]Je me suis connectée et je ne vois pas la formation dans ma liste.

[thanks]Merci beaucoup""",
     sig="Louise Bertin\nCollège Jean-Jaurès, Vienne",
     profile="academic", topics=["find_course"], action="escalate",
     why="forwarded from a colleague; asks to check her enrolment (human) and the course is missing from her list"),

dict(slug="mdp-guest-recu-spam", name="Claude Rossi", addr="claude.rossi@sfr.fr",
     client="thunderbird_top", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]Je suis tuteur de stagiaires de BTS dans une agence de communication à Valence. [context]J'ai retrouvé hier dans mes spams le courriel de M@gistère avec mon nom d'utilisateur, daté d'octobre. [forgotten_password]Mais le mot de passe provisoire a dû expirer, il ne passe plus. [forgotten_password]Comment en avoir un nouveau ?

[thanks]Merci""",
     sig="Claude Rossi\nAgence Kolibri",
     profile="other", topics=["forgotten_password"], action="reply",
     why="guest account: username known, temporary password expired; recovery page of the guide"),

dict(slug="bounce-exchange-onprem-fr-multipart", kind="bounce", name="postmaster@lycee-saint-joseph.fr", addr="postmaster@lycee-saint-joseph.fr",
     return_path="", course="Le numérique au service des apprentissages",
     subject="Non remis : Invitation : Le numérique au service des apprentissages", failed="c.bernard@lycee-saint-joseph.fr",
     status="5.7.1", diag="550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
     text="""[robot]La remise aux destinataires ou groupes suivants a échoué :

[robot]c.bernard@lycee-saint-joseph.fr
[robot]Votre message ne peut pas être remis car le groupe de remise c.bernard@lycee-saint-joseph.fr n'accepte pas les messages provenant de l'extérieur de votre organisation.""",
     profile="other", topics=[], action="ignore",
     why="Exchange NDR (multipart/report, 5.7.1): bounce"),

dict(slug="merci-et-question-hors-guide-seule", name="Éric Fontanel", addr="eric.fontanel@ac-grenoble.fr",
     client="outlook_plain", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]Merci pour le message, je suis bien connecté et j'ai parcouru le premier module, très intéressant. [other_request]Une question de contenu : dans l'activité 3, on nous demande de déposer une photo de paysage « de notre secteur ». [other_request]Peut-on déposer une photo prise par un élève, avec son accord ? [other_request]Et faut-il une autorisation des parents ?

[thanks]Merci""",
     sig="Éric Fontanel\nHG - Collège Fernand-Bouvier, La Rochette",
     profile="academic", topics=[], action="escalate",
     why="question about course content (photo rights): for the trainer"),

dict(slug="teacher-tres-perdue-rien-compris", name="Noëlle Berthet", addr="noelle.berthet@laposte.net",
     client="roundcube_top", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,

[context]Je suis professeure des écoles en TPS-PS à Sassenage depuis 30 ans, proche de la retraite, et je dois vous avouer que je ne comprends rien à toutes ces plateformes. [context]Mon identifiant académique je l'ai (nberthet), je m'en sers pour le webmail, c'est mon fils qui me l'a configuré. [login]Mais pour M@gistère je ne sais pas où aller ni sur quoi appuyer. [context]J'ai cliqué sur votre lien et il y a plein de choses sur la page.

[thanks]Merci de votre compréhension""",
     sig="Noëlle Berthet",
     profile="academic", topics=["login"], action="reply",
     why="academic teacher (laposte sender) who has her identifier and needs to know where and which button"),

dict(slug="plainte-guide-faux-lien-mort", name="Vincent Aubert", addr="vincent.aubert@ac-grenoble.fr",
     client="outlook", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Le guide que vous envoyez en réponse automatique contient des liens qui ne mènent nulle part (« lien » en bleu qui ne fait rien). [other_request]Pourriez-vous corriger ce document, ou m'envoyer les vrais liens ? [forgotten_username]J'en ai besoin pour retrouver mon identifiant, que je n'ai jamais su.

[thanks]Merci""",
     sig="Vincent Aubert\nCollège Le Savouret, Annecy",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="complains the guide's links are dead and asks for a correction: human, though the topic is the identifier"),

dict(slug="ipad-maternite-retour-trois", name="Sophie Chanel", addr="sophie.chanel@ac-grenoble.fr",
     client="ipad", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,
[context]De retour de congé maternité depuis le 2 novembre (mon deuxième, une petite Rose), je reprends doucement. [context]Pendant mon absence il y a eu un changement de mot de passe obligatoire, que je n'ai évidemment pas fait. [forgotten_password]Résultat, mon ancien mot de passe ne marche plus nulle part. [forgotten_password]Est-ce que je peux le réinitialiser moi-même ou faut-il passer par l'assistance ?
[find_course]Et une fois connectée, comment trouver le parcours ?
[thanks]Merci""",
     sig="Sophie",
     profile="academic", topics=["forgotten_password", "find_course"], action="reply",
     why="back from maternity leave: password to reset and where to find the course"),

dict(slug="connexion-pb-et-contenu-pb-separe", name="Florent Baudin", addr="florent.baudin@ac-grenoble.fr",
     client="zimbra_html", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Deux problèmes distincts : [login]1) sur mon ordinateur de classe, la connexion académique tourne en boucle (je reviens sans cesse à la page d'accueil de M@gistère) ; [other_request]2) sur mon ordinateur personnel, je suis connecté mais le fichier PDF du module 2 ne s'ouvre pas, il est indiqué « fichier introuvable ».

[thanks]Merci de votre aide""",
     sig="Florent Baudin\nPhysique-chimie - Lycée Aristide-Bergès",
     profile="academic", topics=["login"], action="escalate",
     why="login loop (guide) plus a missing file inside the course (bug in the course)"),

dict(slug="samsung-etudiante-inp-oublie-tout", name="Amira Saidi", addr="amira.saidi@etu.grenoble-inp.fr",
     client="samsung", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour
[context]Je suis en échange à Montréal ce semestre, ma carte étudiante INP a expiré et j'ai perdu l'accès à mon compte. [forgotten_password]Le mot de passe ne marche plus et je ne sais pas qui contacter, [forgotten_username]je ne suis même plus sûre de mon login.
[thanks]Merci beaucoup""",
     sig="Amira",
     profile="university", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="INP student abroad with lost login and password: the guide sends her to her institution"),

dict(slug="formation-a-distance-uniquement-question", name="Pauline Gervais", addr="pauline.gervais@ac-grenoble.fr",
     client="owa", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour,

[context]Je suis secrétaire de direction à temps partiel (80 %) au collège de Crémieu. [other_request]Je voudrais savoir si cette formation se fait uniquement à distance ou s'il y a aussi des journées en présentiel, et dans ce cas où ? [other_request]Et combien de temps faut-il prévoir pour la partie à distance ?

[context]Je me suis connectée, le parcours est bien là.

[thanks]Merci beaucoup""",
     sig="Pauline Gervais\nSecrétariat de direction",
     profile="academic", topics=[], action="escalate",
     why="questions on format, place and duration of the course: not in the guide"),

dict(slug="retraite-ancien-compte-acad-desactive", name="Michel Brunet", addr="michel.brunet@wanadoo.fr",
     client="thunderbird", course="Former les tuteurs de stagiaires", charset="iso-8859-1",
     text="""[greeting]Bonjour,

[context]Retraité depuis septembre (j'étais professeur de mécanique au lycée Vaucanson), on m'a demandé d'intervenir comme tuteur bénévole. [context]J'ai essayé de me connecter avec mon ancien identifiant académique mais il a été désactivé. [forgotten_username]Ai-je un autre compte, et comment connaître mon nom d'utilisateur ? [login]Quel bouton dois-je utiliser maintenant que je ne suis plus dans l'académie ?

[thanks]Merci""",
     sig="Michel Brunet",
     profile="other", topics=["forgotten_username", "login"], action="reply",
     why="retired, academic account disabled: guest account (other), username recovery and Connexion directe"),

dict(slug="apple-demande-changement-date-classe-virtuelle", name="Karine Roche", addr="karine.roche@ac-grenoble.fr",
     client="apple", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]La classe virtuelle est prévue le mercredi 16 décembre à 14h. [context]Or je travaille le mercredi après-midi à l'UNSS avec mes élèves (compétition de badminton ce jour-là). [other_request]Serait-il possible de participer à une autre séance, ou de changer de groupe pour celui du jeudi ?

[thanks]Merci d'avance""",
     sig="Karine Roche\nEPS - Collège Charles-Dullin, Saint-Égrève",
     profile="academic", topics=[], action="escalate",
     why="asks to change session/group because of a schedule clash: human"),

dict(slug="deux-mails-en-un-bis", name="Thibault Gauthier", addr="thibault.gauthier@ac-grenoble.fr",
     client="gmail", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Je complète mon message d'hier, que j'ai envoyé trop vite. [context]Le problème de connexion est résolu en fait, c'était le bouton. [find_course]Mais maintenant je ne trouve pas la formation, ni avec la loupe ni dans « Tous mes parcours ». [find_course]Elle a peut-être un autre nom sur la plateforme ?

[thanks]Merci et désolé pour les deux mails""",
     sig="Thibault Gauthier\nLettres - Lycée Jean-Prévost, Villard-de-Lans",
     profile="academic", topics=["find_course"], action="reply",
     why="follow-up: the login issue is solved (context only) and he now cannot find the course"),
]
