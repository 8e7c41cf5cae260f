MESSAGES = [
dict(slug="temps-partiel-therapeutique-longue", name="Brigitte Ollier", addr="brigitte.ollier@ac-grenoble.fr",
     client="outlook", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Je reprends à mi-temps thérapeutique après un long arrêt (un an et demi, une histoire de dos que je ne vous raconterai pas). [context]Mon collège m'a gardé ma place dans la formation, ce qui est très gentil. [context]En revanche mon compte académique a été suspendu pendant l'arrêt et réactivé la semaine dernière. [forgotten_password]Le mot de passe ne fonctionne plus, [forgotten_username]et je ne suis même pas certaine que mon identifiant soit resté le même. [other_request]Enfin, mes jours de présence sont le lundi et le mardi : la formation peut-elle être aménagée sur ces jours ?

[thanks]Merci de votre compréhension""",
     sig="Brigitte Ollier\nCollège Marc-Bloch, Bonnefamille",
     profile="academic", topics=["forgotten_username", "forgotten_password"], action="escalate",
     why="back from long leave: identifier and password (guide) plus adapting the schedule to her therapeutic part-time (human)"),

dict(slug="uga-staff-ac-address-says-uga", name="Marine Cholat", addr="marine.cholat@ac-grenoble.fr",
     client="zimbra", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Professeure agrégée affectée à l'IUT de Valence (UGA), j'ai gardé mon adresse académique mais pour toutes les plateformes de l'université j'utilise mon compte UGA, et c'est avec ce compte que je me suis inscrite. [login]Sur M@gistère, le bouton violet me propose une liste où je ne sais pas quoi choisir : « UGA », « IUT Valence » n'existe pas. [login]Lequel prendre ?

[thanks]Merci""",
     sig="Marine Cholat\nPRAG - IUT de Valence",
     profile="university", topics=["login"], action="reply",
     why="ac-grenoble sender stating she uses her UGA account: university; which desk to choose"),

dict(slug="long-story-collegue-ps-meme-probleme", name="Sylvie Chardon", addr="sylvie.chardon@ac-grenoble.fr",
     client="thunderbird", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Vendredi, pendant la récréation, ma collègue de CP m'a montré comment elle s'était connectée : bouton bleu, identifiant, mot de passe, et hop. [context]Le soir, chez moi, j'ai fait pareil et... rien. [login]J'ai une page « Votre session a expiré, veuillez vous reconnecter » qui revient à chaque fois. [context]J'ai vidé le cache comme me l'a conseillé mon mari. [login]Que faire ?

[thanks]Merci d'avance

[login]PS : une autre collègue de l'école a exactement le même message.""",
     sig="Sylvie Chardon\nÉcole des Trois-Saules, Saint-Égrève",
     profile="academic", topics=["login"], action="reply",
     why="story around a login error (session expired loop); the P.S. states the same problem for a colleague"),

dict(slug="bounce-inconnu-uga", kind="bounce", name="Mail Delivery System", addr="MAILER-DAEMON@smtpout.univ-grenoble-alpes.fr",
     return_path="", course="Enseigner avec le numérique dans le supérieur", subject="Undelivered Mail Returned to Sender",
     failed="jean.dupres@univ-grenoble-alpes.fr", status="5.1.1",
     diag="550 5.1.1 <jean.dupres@univ-grenoble-alpes.fr>: Recipient address rejected: User unknown in virtual mailbox table",
     extra=[("Auto-Submitted", "auto-replied")], cte="8bit", irt=False,
     text="""[robot]This is the mail system at host smtpout.univ-grenoble-alpes.fr.

[robot]I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

[robot]<jean.dupres@univ-grenoble-alpes.fr>: host mailstore.univ-grenoble-alpes.fr said:
    550 5.1.1 <jean.dupres@univ-grenoble-alpes.fr>: Recipient address rejected:
    User unknown in virtual mailbox table""",
     profile="university", topics=[], action="ignore",
     why="Postfix bounce from the UGA relay: ignore"),

dict(slug="stagiaire-pes-trois-sans-guide", name="Mathilde Royer", addr="mathilde.royer@ac-grenoble.fr",
     client="gmail", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Professeure stagiaire, je suis un peu perdue dans le calendrier :
[other_request]- les journées de formation à l'INSPE et celles de l'EAFC se superposent-elles ?
[other_request]- faut-il prévenir mon établissement moi-même de mes absences ?
[other_request]- qui m'envoie la convocation ?

[context]La connexion à M@gistère fonctionne.

[thanks]Merci de votre aide""",
     sig="Mathilde Royer\nProfesseure stagiaire d'anglais",
     profile="academic", topics=[], action="escalate",
     why="calendar, absences and convocation questions: none in the guide"),

dict(slug="fwd-apple-perso-question-guide", name="Pierre Bontemps", addr="pierre.bontemps@icloud.com",
     client="apple", course="Enseigner les sciences par l'investigation", fwd="fwd_apple", inv_to="pierre.bontemps@ac-grenoble.fr",
     text="""[greeting]Bonjour,

[context]Je me suis renvoyé l'invitation sur mon adresse perso pour la lire sur mon Mac. [login]Le bouton bleu me demande de choisir entre plusieurs académies, [login]je dois bien choisir Grenoble même si je suis dans un collège de la Drôme ? [context]La Drôme est bien dans l'académie de Grenoble, il me semble.

[thanks]Merci""",
     sig="Pierre Bontemps\nSVT - Collège Marcel-Pagnol, Pierrelatte",
     profile="academic", topics=["login"], action="reply",
     why="academic teacher forwarding to iCloud: login choice on the academic portal"),

dict(slug="association-sport-compte-et-salle", name="Romain Dufour", addr="romain.dufour@usep38.org",
     client="outlook", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Bonjour,

[context]Délégué départemental de l'USEP Isère, j'interviens sur la partie « sorties scolaires en montagne » de la formation. [forgotten_username]Je n'ai pas retrouvé le courriel de création de mon compte M@gistère : [forgotten_username]pouvez-vous me redonner mon nom d'utilisateur ? [other_request]Et j'aurais besoin de savoir combien de participants sont attendus pour préparer le matériel.

[thanks]Sportivement,""",
     sig="Romain Dufour\nUSEP 38",
     profile="other", topics=["forgotten_username"], action="escalate",
     why="guest speaker: lost username (recovery page) plus number of participants (human)"),

dict(slug="samsung-mdp-oublie-court-vrai", name="Nadia Khelifi", addr="nadia.khelifi@ac-grenoble.fr",
     client="samsung", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour
[forgotten_password]jai oublie mon mot de passe pour me connecter a la formation
[forgotten_password]comment on fait pour le changer
[thanks]merci""",
     sig="Nadia",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="short academic message: forgotten password"),

dict(slug="prof-belge-uga-visiting-two-questions", name="Lotte Vermeulen", addr="lotte.vermeulen@univ-grenoble-alpes.fr",
     client="thunderbird", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Chercheuse invitée au laboratoire LIG pour un an, j'ai un compte UGA temporaire. [forgotten_username]Je ne suis pas sûre de mon identifiant : on m'a donné « vermeulo » mais le portail UGA dit qu'il n'existe pas. [forgotten_username]À qui dois-je m'adresser ? [find_course]Et une fois connectée, la formation apparaîtra-t-elle automatiquement ?

[thanks]Merci beaucoup""",
     sig="Lotte Vermeulen\nLIG - UGA",
     profile="university", topics=["forgotten_username", "find_course"], action="reply",
     why="visiting researcher with a UGA account: identifier from her institution and where the course appears"),

dict(slug="ignore-reponse-merci-lol", name="Kevin Giraud", addr="kevin.giraud@gmail.com",
     client="gmail_mobile", course="Accueillir un apprenti en entreprise",
     text="""[thanks]Merci beaucoup c'est parfait j'ai tout reçu""",
     sig="",
     profile="other", topics=[], action="ignore",
     why="thanks only"),

dict(slug="double-compte-invite-et-academique", name="Anne Rochas", addr="anne.rochas@ac-grenoble.fr",
     client="owa", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]J'ai reçu deux choses : votre invitation, et un courriel « création de compte M@gistère » avec un nom d'utilisateur anne.rochas2 et un mot de passe. [context]Or je suis professeure titulaire avec un identifiant académique. [login]Avec lequel dois-je me connecter, l'académique ou ce compte manuel ? [other_request]Et si c'est un doublon, pouvez-vous supprimer le compte manuel ?

[thanks]Merci""",
     sig="Anne Rochas\nCollège du Grésivaudan, Saint-Ismier",
     profile="academic", topics=["login"], action="escalate",
     why="academic teacher who also received a manual account: which one, and a request to delete the duplicate"),

dict(slug="contenu-quiz-module-seulement", name="Ludovic Arnaud", addr="ludovic.arnaud@ac-grenoble.fr",
     client="zimbra_html", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[other_request]Dans le module 2, le questionnaire me dit que mes réponses sont enregistrées mais le module reste « non terminé ». [other_request]Faut-il faire quelque chose de plus pour débloquer le module 3 ?

[thanks]Merci""",
     sig="Ludovic Arnaud",
     profile="academic", topics=[], action="escalate",
     why="activity completion problem inside the course: for the trainer/EAFC"),

dict(slug="orange-plainte-trois-semaines", name="Henri Blanchet", addr="henri.blanchet@orange.fr",
     client="orange", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Voilà trois semaines que j'essaie de me connecter. [context]J'ai lu votre guide, cliqué sur « mot de passe oublié », rien reçu. [context]J'ai écrit au formulaire d'assistance, pas de réponse. [other_request]Je trouve cela inadmissible pour une formation à laquelle on m'a demandé d'intervenir bénévolement. [other_request]Merci de faire le nécessaire ou de me dire clairement que vous n'avez pas besoin de moi.

[small_talk]Salutations""",
     sig="Henri Blanchet\nAncien inspecteur",
     profile="other", topics=[], action="escalate",
     why="complaint after weeks of failed attempts, asks for action: a human must answer"),

dict(slug="tablette-enfant-malade-parcours-ou", name="Émilie Fabre", addr="emilie.fabre@ac-grenoble.fr",
     client="ipad", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,
[context]Je suis à la maison avec mon fils qui a la varicelle, alors je profite des siestes pour avancer. [context]Connexion ok sur l'iPad avec le compte académique. [find_course]Je ne vois pas la formation, l'écran d'accueil affiche juste « Bienvenue » et un menu. [find_course]Où est la liste des parcours sur tablette ?
[thanks]Merci""",
     sig="Émilie Fabre - PS/MS école du Chevalon, Voreppe",
     profile="academic", topics=["find_course"], action="reply",
     why="logged in on a tablet, cannot find the course list"),

dict(slug="numen-collegue-tape-confusion", name="Jacqueline Gros", addr="jacqueline.gros@ac-grenoble.fr",
     client="outlook_plain", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Par erreur, j'ai utilisé le NUMEN de ma collègue (nos dossiers étaient mélangés sur le bureau de la secrétaire) pour la réinitialisation. [context]Évidemment ça n'a pas marché. [forgotten_password]Avec mon propre NUMEN, le lien me dit maintenant « trop de tentatives, réessayez plus tard ». [forgotten_password]Combien de temps faut-il attendre ?

[thanks]Merci""",
     sig="Jacqueline Gros\nCPE - Collège Jean-Moulin, Le Péage-de-Roussillon",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="password reset blocked after tries with a colleague's NUMEN (which changes nothing to the profile); section B and assistance"),

dict(slug="oof-outlook-auto-submitted-en", kind="robot", name="Clara Jensen", addr="clara.jensen@grenoble-inp.fr",
     course="Enseigner avec le numérique dans le supérieur", subject="Automatic reply: Invitation : Enseigner avec le numérique dans le supérieur",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US")],
     text="""[robot]Hello,

[robot]I am currently on research leave in Copenhagen until January 15th, with limited access to email.
[robot]For teaching matters at Ense3, please contact the department secretariat.

[robot]Bonjour, je suis en congé de recherche jusqu'au 15 janvier. Pour les questions d'enseignement, merci de contacter le secrétariat du département.""",
     profile="university", topics=[], action="ignore",
     why="bilingual Outlook automatic reply with auto headers: robot"),

dict(slug="question-guide-noyee-recit-lp", name="Gilles Perrin", addr="gilles.perrin@ac-grenoble.fr",
     client="thunderbird_top", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Professeur de génie électrique en lycée professionnel depuis vingt ans, je viens d'être nommé référent décrochage de mon établissement, ce qui n'était pas du tout prévu. [context]Le collègue qui occupait ce rôle est parti en retraite en octobre sans vraiment passer le relais. [context]J'ai récupéré ses dossiers, ses contacts à la mission locale et... cette formation, à laquelle il était inscrit et à laquelle la proviseure m'a fait inscrire à sa place. [find_course]Je suis connecté, mais je ne trouve pas la formation dans ma liste, sans doute parce que l'inscription est encore à son nom ? [find_course]Comment y accéder ? [small_talk]Le métier réserve des surprises.

[thanks]Merci d'avance""",
     sig="Gilles Perrin\nLP Pablo-Neruda, Saint-Martin-d'Hères",
     profile="academic", topics=["find_course"], action="reply",
     why="long story (replacing a retired colleague); the question is that the course is missing from his list"),

dict(slug="tiret-liste-other-profil-mix", name="Carole Rey", addr="carole.rey@cc-coeur-chartreuse.fr",
     client="outlook", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,

[context]Coordinatrice petite enfance à la communauté de communes Cœur de Chartreuse, je participe à la formation avec les écoles du territoire. [context]Voici où j'en suis :
[login]- je ne sais pas sur quel bouton cliquer pour mon compte « manuel » ;
[find_course]- une fois connectée, je ne sais pas où trouver le parcours ;
[other_request]- je voudrais inviter deux animatrices du relais petite enfance, est-ce possible ?

[thanks]Merci""",
     sig="Carole Rey\nCC Cœur de Chartreuse",
     profile="other", topics=["login", "find_course"], action="escalate",
     why="guest account: button and course (guide) plus inviting two colleagues (human)"),

dict(slug="gmail-ac-perso-alterne-compte-mdp", name="Hugo Besson", addr="hugo.besson.prof@gmail.com",
     client="gmail", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Je suis professeur de philosophie au lycée Mounier (identifiant académique hbesson), j'écris depuis gmail car la messagerie académique est en maintenance ce soir. [forgotten_password]J'ai fait la réinitialisation du mot de passe hier, j'ai bien reçu un message de confirmation, mais le nouveau mot de passe ne passe pas sur M@gistère. [forgotten_password]Faut-il attendre un délai ?

[thanks]Merci""",
     sig="Hugo Besson",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="academic teacher on gmail: new password not accepted after reset"),

dict(slug="apprentissage-cfa-formateur-academique-compte", name="Olivier Chapelle", addr="olivier.chapelle@ac-grenoble.fr",
     client="zimbra", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Formateur au CFA académique (antenne de Chambéry), j'accompagne les maîtres d'apprentissage inscrits à cette formation. [context]Plusieurs m'ont appelé parce qu'ils ne savent pas comment se connecter avec leur compte invité. [login]Pouvez-vous me confirmer qu'ils doivent utiliser « Connexion directe » ? [forgotten_password]Et pour ceux qui ont perdu leur mot de passe, ils passent par « mot de passe oublié » ?

[thanks]Merci""",
     sig="Olivier Chapelle\nCFA académique de Grenoble",
     profile="other", topics=["forgotten_password", "login"], action="reply",
     why="academic CFA trainer asking on behalf of guest-account tutors: the answer is about guest accounts (other), Connexion directe and password recovery"),

dict(slug="yahoo-non-destinataire-ancienne-prof", name="Hélène Pons", addr="helene.pons@yahoo.fr",
     client="yahoo", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]J'ai quitté l'Éducation nationale il y a deux ans pour devenir orthophoniste. [other_request]Je reçois encore vos invitations : pouvez-vous me retirer de la liste ? [context]Je suppose que mon ancienne inscription traîne quelque part.

[thanks]Merci et bonne continuation""",
     sig="Hélène Pons",
     profile="other", topics=[], action="escalate",
     why="former teacher asks to be removed from the invitations: unsubscribe"),

dict(slug="iphone-dans-le-train-2-questions-guide", name="Cédric Martinez", addr="cedric.martinez@ac-grenoble.fr",
     client="iphone", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Bonjour
[forgotten_username]Mon identifiant académique c'est bien la partie avant le @ de mon adresse ?
[login]Et on se connecte avec le bouton bleu ou le violet ?
[context]Je suis dans le TER, je testerai ce soir.
[thanks]Merci""",
     sig="Cédric",
     profile="academic", topics=["forgotten_username", "login"], action="reply",
     why="two short guide questions: identifier and button"),

dict(slug="documentaliste-mdp-parcours-ressources", name="Véronique Girardin", addr="veronique.girardin@ac-grenoble.fr",
     client="outlook", course="Accueillir un élève allophone", charset="windows-1252",
     text="""[greeting]Bonjour,

[context]Je suis professeure documentaliste au collège Olympique et nous accueillons cette année une quinzaine d’élèves allophones (l’UPE2A a doublé d’effectif). [context]La formation tombe donc à pic, et je vous remercie de l’avoir ouverte aux documentalistes. [forgotten_password]J’ai un petit souci : mon mot de passe académique a expiré pendant les vacances et le lien de réinitialisation me demande mon NUMEN, que j’ai retrouvé. [forgotten_password]Dois-je l’écrire avec les lettres en majuscules ? [find_course]Une fois connectée, la formation sera-t-elle dans « Mes parcours » ? [other_request]Et pourriez-vous me dire si des ressources en FLE sont prévues pour le CDI, pour que je prépare des achats ?

[thanks]Merci beaucoup pour tout""",
     sig="Véronique Girardin\nProfesseure documentaliste",
     profile="academic", topics=["forgotten_password", "find_course"], action="escalate",
     why="password reset and course location (guide) plus a question on course resources for purchases (human)"),
]
