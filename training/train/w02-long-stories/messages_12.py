MESSAGES = [
dict(slug="uga-biatss-trois-etapes-longue", name="Sandrine Pelloux", addr="sandrine.pelloux@univ-grenoble-alpes.fr",
     client="zimbra", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je travaille au service des examens de l'UGA depuis 2019, et c'est moi qui organise les salles aménagées pour les étudiants en situation de handicap. [context]Ma cheffe de service m'a inscrite à la formation. [context]Je suis honnêtement peu à l'aise avec ces plateformes, [small_talk]j'ai toujours peur de casser quelque chose. [forgotten_username]Je ne sais pas quel identifiant mettre (mon adresse mail ou autre chose ?), [login]ni quel établissement choisir après le bouton violet, [find_course]ni où je trouverai le parcours.

[thanks]Merci infiniment""",
     sig="Sandrine Pelloux\nService des examens - UGA",
     profile="university", topics=["forgotten_username", "login", "find_course"], action="reply",
     why="UGA staff: identifier (institution), desk choice and where the course is"),

dict(slug="inp-personnel-changement-service-groupe", name="Marc-Antoine Léger", addr="marc-antoine.leger@grenoble-inp.fr",
     client="outlook", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]J'ai changé de service à Grenoble INP (de Phelma vers l'Ense3) et mon login a changé au passage. [forgotten_username]Je ne sais plus lequel utiliser pour M@gistère. [other_request]Par ailleurs je suis inscrit dans le groupe du mardi mais mes nouveaux horaires m'obligent à passer dans celui du jeudi, est-ce possible ?

[thanks]Merci""",
     sig="M-A Léger\nGrenoble INP - Ense3",
     profile="university", topics=["forgotten_username"], action="escalate",
     why="INP staff unsure of his login (institution) plus a group change (human)"),

dict(slug="usmb-etudiant-mdp-et-merci-ps-small", name="Baptiste Combaz", addr="baptiste.combaz@etu.univ-smb.fr",
     client="gmail_mobile", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,
[forgotten_password]J'ai perdu le mot de passe de mon compte USMB, je ne peux plus me connecter à M@gistère ni à rien d'autre d'ailleurs. [forgotten_password]Vous pouvez me le réinitialiser ?
[thanks]Merci
[small_talk]PS : désolé pour le mail du dimanche soir""",
     sig="Baptiste",
     profile="university", topics=["forgotten_password"], action="reply",
     why="USMB student with a lost university password: the guide says ask his institution"),

dict(slug="mairie-animateur-cantine-invite-liste", name="David Morand", addr="d.morand@ville-echirolles.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Responsable des animateurs périscolaires de la ville d'Échirolles, j'ai été associé à la formation par l'IEN. [context]J'ai bien un compte M@gistère, créé il y a deux ans pour une autre formation. [forgotten_username]Je ne retrouve ni mon nom d'utilisateur [forgotten_password]ni mon mot de passe. [login]Et je ne me souviens pas du bouton à utiliser.

[thanks]Merci""",
     sig="David Morand\nVille d'Échirolles - Service périscolaire",
     profile="other", topics=["forgotten_username", "forgotten_password", "login"], action="reply",
     why="town employee with an old guest account: username, password and Connexion directe"),

dict(slug="oof-gmail-no-header-voyage", kind="robot", name="Julien Rousset", addr="julien.rousset@gmail.com",
     course="Enseigner l'éducation physique en milieu montagnard", subject="Re: Invitation : Enseigner l'éducation physique en milieu montagnard",
     extra=[("Auto-Submitted", "auto-replied")], cte="quoted-printable",
     text="""[robot]Réponse automatique : je suis en expédition au Népal jusqu'au 20 décembre, sans connexion. Je vous répondrai à mon retour. Julien""",
     profile="other", topics=[], action="ignore",
     why="Gmail vacation auto-reply: robot"),

dict(slug="longue-mutation-interne-ps-frais", name="Catherine Bois", addr="catherine.bois@ac-grenoble.fr",
     client="thunderbird", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]J'ai changé d'établissement à la rentrée (du collège de Modane au collège de Saint-Jean-de-Maurienne) et je crois que mon inscription est restée attachée à l'ancien. [find_course]Je me connecte bien avec mon compte académique, mais je ne vois pas le parcours. [find_course]Dois-je le chercher avec la loupe ?

[thanks]Merci

[other_request]PS : les frais de déplacement depuis Saint-Jean jusqu'à Chambéry seront-ils remboursés ? C'est 80 km aller-retour.""",
     sig="Catherine Bois",
     profile="academic", topics=["find_course"], action="escalate",
     why="course not visible (guide) plus travel costs in the P.S."),

dict(slug="unclear-lien-vers-quoi", name="Georgette Blanc", addr="georgette.blanc@wanadoo.fr",
     client="orange", course="Accueillir les enfants de moins de trois ans", charset="iso-8859-1", cte="quoted-printable",
     text="""[greeting]Bonjour

[unclear]Vous m'avez envoyé un lien mais je ne sais pas à quoi il sert. [unclear]Est-ce pour une réunion ? [context]Je suis ATSEM et personne ne m'a parlé de rien.

[small_talk]Cordialement""",
     sig="G. Blanc",
     profile="other", topics=[], action="escalate",
     why="unclear: does not know what the invitation is about; a human must explain"),

dict(slug="pes-find-course-and-mdp-ps-deux", name="Lucas Bernard", addr="lucas.bernard@ac-grenoble.fr",
     client="gmail", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[find_course]Je suis connecté mais la formation « Entrer dans le métier » n'est pas dans ma liste. [find_course]Elle est peut-être sous un autre nom ?

[thanks]Merci

[forgotten_password]PS : et sur mon ordinateur personnel, le mot de passe n'est plus reconnu alors qu'il marche au collège, c'est normal ?""",
     sig="Lucas Bernard\nPES - Histoire-géographie",
     profile="academic", topics=["forgotten_password", "find_course"], action="reply",
     why="course missing and, in the P.S., password refused at home; guide steps"),

dict(slug="apple-directrice-remplacement-seul", name="Monique Reymond", addr="monique.reymond@ac-grenoble.fr",
     client="apple", course="Piloter un établissement : premiers mois",
     text="""[greeting]Bonjour,

[context]Directrice d'une école à classe unique en Oisans, je ne peux pas m'absenter sans remplaçant. [other_request]Un remplacement est-il prévu pour les deux journées de présentiel ? [other_request]Sinon, est-il possible de suivre ces journées à distance ?

[thanks]Merci""",
     sig="Monique Reymond\nÉcole de Villard-Reculas",
     profile="academic", topics=[], action="escalate",
     why="replacement and remote attendance questions: human"),

dict(slug="samsung-guest-ok-mdp-find", name="Sonia Martins", addr="sonia.martins@gmail.com",
     client="samsung", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour
[context]Interprète bénévole pour les familles, je suis invitée à la formation. [forgotten_password]J'ai mon nom d'utilisateur mais j'ai perdu le mot de passe. [find_course]Et après je trouve la formation où ?
[thanks]Merci bcp""",
     sig="Sonia",
     profile="other", topics=["forgotten_password", "find_course"], action="reply",
     why="guest: lost password and where the course is"),

dict(slug="longue-question-milieu-inp-enseignant", name="Olivier Guérin", addr="olivier.guerin@grenoble-inp.fr",
     client="thunderbird_top", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Enseignant-chercheur à l'Ensimag depuis quinze ans, j'ai vu passer beaucoup de plateformes : WebCT, Claroline, Moodle, Chamilo, et maintenant M@gistère. [context]Je suis plutôt curieux de ce genre d'outils et j'ai accepté avec plaisir de suivre cette formation avec plusieurs collègues du département. [login]Lorsque je sélectionne le guichet « SUPIDP - Grenoble INP », je suis renvoyé vers une page d'erreur « Le fournisseur d'identité a refusé la requête ». [context]Mes collègues, eux, passent sans problème. [small_talk]Je suppose que c'est encore un de ces mystères de la fédération d'identités. [context]Je reste disponible pour tester.

[thanks]Cordialement,""",
     sig="Olivier Guérin\nEnsimag - Grenoble INP",
     profile="university", topics=["login"], action="escalate", tech=True,
     why="long context; the problem is an identity-provider refusal at the INP desk while colleagues pass: technical, for a human"),

dict(slug="ignore-rappel-formulaire-merci", name="Jeanne Collomb", addr="jeanne.collomb@ac-grenoble.fr",
     client="outlook_plain", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]J'ai suivi votre conseil et rempli le formulaire d'assistance : le guichet m'a renvoyé un nouveau mot de passe dans l'heure. [context]Tout fonctionne désormais.

[thanks]Merci beaucoup""",
     sig="Jeanne Collomb",
     profile="academic", topics=[], action="ignore",
     why="solved via the assistance form: closing message"),

dict(slug="cpe-contrat-ac-hotmail-perdu-num", name="Yasmina Toumi", addr="yasmina.toumi@hotmail.fr",
     client="owa", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]CPE contractuelle au collège Jules-Vallès de Fontaine depuis trois semaines, je n'ai pas encore eu le temps d'activer ma messagerie académique. [forgotten_username]Je ne connais pas mon identifiant académique. [context]Le secrétariat m'a donné mon NUMEN. [forgotten_username]Comment je trouve l'identifiant ?

[thanks]Merci""",
     sig="Yasmina Toumi",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="contract CPE (hotmail sender) who needs her academic identifier with her NUMEN"),

dict(slug="question-contenu-et-login-inp-etu", name="Clément Vidal", addr="clement.vidal@etu.grenoble-inp.fr",
     client="gmail", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Étudiant à Grenoble INP - Génie industriel, tuteur en première année. [login]Le bouton violet ne fonctionne pas chez moi, il ne se passe rien quand je clique. [other_request]Et je voulais savoir si la formation est validée en ECTS pour les tuteurs.

[thanks]Merci""",
     sig="Clément",
     profile="university", topics=["login"], action="escalate",
     why="university login button not responding (guide) plus ECTS credit question (human)"),

dict(slug="bounce-mailbox-disabled-ac", kind="bounce", name="Mail Delivery System", addr="MAILER-DAEMON@mx1.ac-grenoble.fr",
     return_path="", course="Coordonner une ULIS", subject="Undelivered Mail Returned to Sender",
     failed="remi.bonnard@ac-grenoble.fr", status="5.2.1", diag="550 5.2.1 Mailbox disabled, not accepting messages",
     extra=[("Auto-Submitted", "auto-replied")], cte="8bit", irt=False,
     text="""[robot]This is the mail system at host mx1.ac-grenoble.fr.

[robot]I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

[robot]<remi.bonnard@ac-grenoble.fr>: mailbox disabled, not accepting messages""",
     profile="academic", topics=[], action="ignore",
     why="bounce: mailbox disabled"),

dict(slug="aesh-numen-defaut-bouton", name="Émilie Garnier", addr="emilie.garnier@ac-grenoble.fr",
     client="zimbra_html", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]AESH depuis septembre à l'école de Domène, j'ai bien mon identifiant académique (egarnier3) et mon NUMEN. [forgotten_password]Mais je n'ai jamais défini de mot de passe. [forgotten_password]Est-ce que c'est le NUMEN par défaut ? [login]Et je me connecte avec le bouton bleu ?

[thanks]Merci""",
     sig="Émilie Garnier - AESH",
     profile="academic", topics=["forgotten_password", "login"], action="reply",
     why="AESH with identifier and NUMEN: default password and the blue button"),

dict(slug="invite-deja-fait-formation-an-dernier-acces", name="Patrick Vernay", addr="patrick.vernay@free.fr",
     client="roundcube_top", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]J'avais suivi la première partie de cette formation l'an dernier en tant que tuteur entreprise. [other_request]Je voudrais récupérer les documents du parcours de l'an dernier, qui n'apparaît plus. [find_course]Et le nouveau parcours, je ne le vois pas non plus dans ma liste.

[thanks]Merci""",
     sig="Patrick Vernay",
     profile="other", topics=["find_course"], action="escalate",
     why="asks for last year's course documents (human) and the new course is missing"),

dict(slug="ipad-long-plus-question-libre", name="Agathe Lemoine", addr="agathe.lemoine@ac-grenoble.fr",
     client="ipad", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,
[context]Je suis enseignante en CP depuis 22 ans et je dois avouer que la méthode syllabique, je la connais par cœur. [context]Mais mon inspectrice a insisté pour que je suive la formation, et finalement je suis contente, [small_talk]on apprend toujours. [context]Je me suis connectée sans souci sur l'iPad. [find_course]Par contre je ne trouve pas comment passer de la page d'accueil au parcours lui-même, je ne vois pas de titre à cliquer.
[thanks]Merci""",
     sig="Agathe",
     profile="academic", topics=["find_course"], action="reply",
     why="long context, logged in; cannot see the course title to click"),
]
