MESSAGES = [
dict(slug="uga-etudiant-quatre-etapes-liste", name="Nathan Giraud", addr="nathan.giraud@etu.univ-grenoble-alpes.fr",
     client="thunderbird_top", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Étudiant en M1 MEEF à l'INSPE de Grenoble, je découvre M@gistère et je bloque à toutes les étapes, je vous liste tout d'un coup :
[forgotten_username]- je ne sais pas si mon identifiant est mon numéro étudiant ou mon login agalan ;
[forgotten_password]- j'ai oublié le mot de passe (je me connecte toujours avec l'appli qui le retient) ;
[login]- je ne sais pas quel bouton choisir ;
[find_course]- et je ne sais pas où sera la formation.

[thanks]Merci pour votre patience !""",
     sig="Nathan Giraud",
     profile="university", topics=["forgotten_username", "forgotten_password", "login", "find_course"], action="reply",
     why="UGA student stuck at all four steps; university sections of the guide"),

dict(slug="conge-parental-retour-trois-guide", name="Aline Berthier", addr="aline.berthier@ac-grenoble.fr",
     client="outlook", course="Évaluer par compétences", charset="windows-1252", cte="quoted-printable",
     text="""[greeting]Bonjour,

[context]Je rentre d’un congé parental de trois ans (trois enfants en quatre ans, [small_talk]la maison est animée !). [context]Je reprends au collège de Chatte en sciences physiques. [context]Tout a changé pendant mon absence : nouvelle messagerie, nouveaux logiciels, et maintenant M@gistère. [forgotten_username]Je ne suis plus sûre de mon identifiant académique, [forgotten_password]je n’ai évidemment plus le mot de passe, [find_course]et je ne sais pas comment on retrouve une formation sur la plateforme.

[thanks]Merci pour votre aide""",
     sig="Aline Berthier\nPhysique-chimie - Collège de Chatte",
     profile="academic", topics=["forgotten_username", "forgotten_password", "find_course"], action="reply",
     why="back from parental leave: identifier, password and finding the course; all guide steps"),

dict(slug="usmb-enseignant-trois-dont-hors", name="François Dubreuil", addr="francois.dubreuil@univ-smb.fr",
     client="thunderbird", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Bonjour,

[context]Maître de conférences en informatique à Polytech Annecy-Chambéry (USMB). [login]1) Je passe bien par le bouton violet et le guichet USMB ? [find_course]2) Le parcours sera-t-il dans la liste de la page d'accueil ? [other_request]3) Les heures de formation peuvent-elles être comptabilisées dans mon référentiel d'activités (REH) ? Il faudrait une attestation.

[thanks]Merci""",
     sig="François Dubreuil\nMCF - Polytech Annecy-Chambéry",
     profile="university", topics=["login", "find_course"], action="escalate",
     why="USMB lecturer: login and course location (guide) plus hours counted with an attestation (human)"),

dict(slug="inp-etudiante-perdue-ac-mail-forward", name="Zoé Lambert", addr="zoe.lambert@gmail.com",
     client="gmail", course="Enseigner avec le numérique dans le supérieur", fwd="fwd_gmail", inv_to="zoe.lambert@grenoble-inp.org",
     text="""[greeting]Bonjour,

[context]Je transfère l'invitation reçue sur mon adresse d'étudiante Grenoble INP (je suis en 2e année à l'Ensimag, monitrice pour les TP de première année). [context]Je me connecte à M@gistère avec mon compte INP. [find_course]Mon problème : la formation n'apparaît pas dans ma liste, il n'y a rien du tout. [find_course]Est-ce que je dois attendre l'ouverture ?

[thanks]Merci""",
     sig="Zoé",
     profile="university", topics=["find_course"], action="reply",
     why="INP student (gmail sender) who says she uses her INP account: university; course not listed"),

dict(slug="oof-zimbra-conge-maternite-long", kind="robot", name="Marion Vallet", addr="marion.vallet@ac-grenoble.fr",
     course="Différencier en classe hétérogène", subject="Re: Invitation : Différencier en classe hétérogène",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], cte="quoted-printable",
     text="""[robot]Bonjour,

[robot]Je suis en congé maternité du 16 novembre 2026 au 8 mars 2027.
[robot]Je ne pourrai donc pas donner suite à votre message pendant cette période.
[robot]Pour toute question concernant les classes de 5e et de 3e en mathématiques, vous pouvez contacter ma remplaçante, Mme Arnaud (lucie.arnaud@ac-grenoble.fr), ou le secrétariat du collège.

[robot]Bien cordialement,
[robot]Marion Vallet""",
     profile="academic", topics=[], action="ignore",
     why="maternity-leave vacation auto-reply (Zimbra, Auto-Submitted): robot"),

dict(slug="collegue-a-dit-pas-besoin-compte", name="Damien Faure", addr="damien.faure@ac-grenoble.fr",
     client="zimbra", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Un collègue m'a dit qu'il n'y avait pas besoin de compte pour cette formation et qu'on pouvait la suivre en « libre accès ». [context]Je suis allé dans la rubrique « Formations en libre accès » mais je ne la trouve pas. [find_course]Est-ce qu'il faut se connecter, et si oui où trouver le parcours ensuite ? [login]Je suppose avec mon compte académique ?

[thanks]Merci""",
     sig="Damien Faure\nMathématiques - Lycée Élie-Cartan, La Tour-du-Pin",
     profile="academic", topics=["login", "find_course"], action="reply",
     why="colleague's wrong advice (open-access section): he must log in with his academic account and find the course"),

dict(slug="trois-questions-hors-guide-et-ps-guide", name="Laurence Cohen", addr="laurence.cohen@ac-grenoble.fr",
     client="apple", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[other_request]Est-ce que la formation peut être validée dans le cadre du programme pHARe ? [other_request]Faut-il la suivre en binôme avec un collègue du même établissement ? [other_request]Et y a-t-il un suivi après la formation ?

[thanks]Merci

[forgotten_password]PS : j'ai oublié mon mot de passe académique, comment le récupérer ?""",
     sig="Laurence Cohen\nCPE - Collège Gérard-Philipe, Fontaine",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="three programme questions (human) and a forgotten password in the P.S."),

dict(slug="roundcube-bottom-retraite-invite", name="Pierre-Alain Crozet", addr="pa.crozet@laposte.net",
     client="roundcube", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Ancien proviseur retraité, j'interviens dans la formation. [context]J'ai bien reçu un nom d'utilisateur par courriel (pacrozet). [login]Mais la connexion directe me répond « Nom d'utilisateur ou mot de passe erroné ». [forgotten_password]Je crois que le mot de passe provisoire a expiré.

[thanks]Merci de votre aide""",
     sig="P-A Crozet",
     profile="other", topics=["forgotten_password", "login"], action="reply",
     why="retired guest: login error on Connexion directe, expired temporary password; recovery page"),

dict(slug="fusion-deux-mails-mdp-et-supprimer-doublon", name="Marianne Tessier", addr="marianne.tessier@ac-grenoble.fr",
     client="owa", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Je vous ai envoyé deux messages hier, pardon, le premier est parti avant la fin. [context]Je résume ici :
[forgotten_password]- mon mot de passe académique a été réinitialisé par l'assistance, mais M@gistère dit encore qu'il est faux ;
[other_request]- je suis inscrite deux fois à la formation (deux groupes différents), pouvez-vous supprimer l'inscription au groupe de Grenoble et garder celle de Voiron ?

[thanks]Merci""",
     sig="Marianne Tessier",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="password still refused after reset (guide) plus removing a duplicate enrolment (human)"),

dict(slug="samsung-amusant-reussi-ignore", name="Bruno Carle", addr="bruno.carle@sfr.fr",
     client="samsung", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour
[context]Laissez tomber ma question de ce matin, mon apprenti m'a montré en deux minutes, il s'y connaît mieux que moi ! [context]J'ai le parcours sous les yeux.
[thanks]Merci quand même""",
     sig="Bruno Carle, menuiserie Carle",
     profile="other", topics=[], action="ignore",
     why="closing message: his apprentice helped, solved"),

dict(slug="sans-question-explicite-probleme-enonce", name="Hélène Marchal", addr="helene.marchal@ac-grenoble.fr",
     client="gmail", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Je suis professeure des écoles à l'école Jean-Jaurès de Pont-de-Claix. [forgotten_username]Je ne connais pas mon identifiant académique. [context]J'ai toujours utilisé l'adresse mail de l'école et jamais la mienne.

[thanks]Merci""",
     sig="Hélène Marchal",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="states a problem without a question mark: unknown academic identifier"),

dict(slug="double-inscription-plusieurs-questions-liste-num", name="Stéphane Perrier", addr="stephane.perrier@ac-grenoble.fr",
     client="outlook_plain", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[context]Coordonnateur ULIS au lycée professionnel de Romans, je découvre la formation.
[find_course]1. Je suis connecté mais je ne vois pas le parcours.
[other_request]2. Est-il possible que mon AESH collective soit inscrite avec moi ?
[other_request]3. Le présentiel a-t-il lieu à Valence ou à Grenoble ?
[other_request]4. Faut-il préparer quelque chose pour la première séance ?

[thanks]Merci beaucoup""",
     sig="Stéphane Perrier",
     profile="academic", topics=["find_course"], action="escalate",
     why="course not visible (guide) plus registering his AESH, place and preparation (human)"),

dict(slug="ac-sender-uga-student-account-pwd", name="Lina Roux", addr="lina.roux@ac-grenoble.fr",
     client="zimbra_html", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Étudiante alternante en M2 MEEF, j'ai une adresse académique pour mon stage, mais l'INSPE m'a inscrite avec mon compte étudiant UGA, c'est ce compte que j'utilise pour M@gistère. [forgotten_password]Or je ne me souviens plus du mot de passe UGA depuis la dernière mise à jour obligatoire. [forgotten_password]Qui dois-je contacter ?

[thanks]Merci""",
     sig="Lina Roux",
     profile="university", topics=["forgotten_password"], action="reply",
     why="ac-grenoble sender who uses her UGA account: university; forgotten UGA password (institution)"),

dict(slug="mdn-outlook-lu-2", kind="mdn", name="Yves Chabert", addr="yves.chabert@ac-grenoble.fr",
     course="Enseigner la géographie par les paysages", subject="Lu : Invitation : Enseigner la géographie par les paysages", cte="quoted-printable",
     crlf=True,
     text="""[robot]Votre message

[robot]  À : Yves Chabert
[robot]  Objet : Invitation : Enseigner la géographie par les paysages

[robot]a été lu le mardi 24 novembre 2026 08:15:42 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
     profile="academic", topics=[], action="ignore",
     why="Outlook read receipt: robot"),

dict(slug="iphone-formation-sur-telephone-ok", name="Anaïs Rolland", addr="anais.rolland@ac-grenoble.fr",
     client="iphone", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,
[other_request]Est-ce qu'on peut faire toute la formation sur le téléphone ? [context]Je n'ai pas d'ordinateur à la maison et celui du collège est toujours pris. [login]Et sur téléphone, le bouton pour se connecter est où ?
[thanks]Merci""",
     sig="Anaïs",
     profile="academic", topics=["login"], action="escalate",
     why="whether the whole course works on a phone (course content/format, human) plus where the login button is"),

dict(slug="zimbra-histoire-reunion-question-simple", name="Thérèse Gaillard", addr="therese.gaillard@ac-grenoble.fr",
     client="zimbra", course="Former les tuteurs de stagiaires", zprefix=True,
     text="""[greeting]Bonjour,

[context]Lors de la réunion des tuteurs de mardi, nous avons passé une bonne partie du temps à discuter de M@gistère, chacun ayant son astuce. [context]Certains disent de passer par le portail ARENA, d'autres par l'ENT, d'autres encore par le lien direct. [context]Personnellement j'ai essayé le lien direct. [login]J'arrive sur la page avec les boutons, mais lequel choisir en tant que professeure des écoles ? [small_talk]La réunion s'est terminée autour d'un café, tout le monde était d'accord pour dire que c'était compliqué.

[thanks]Bien à vous""",
     sig="Thérèse Gaillard\nPEMF - école Bizanet",
     profile="academic", topics=["login"], action="reply",
     why="story of a tutors' meeting; the question is which button for an academic teacher"),

dict(slug="grdf-tuteur-mdp-refuse", name="Laurent Baud", addr="laurent.baud@grdf.fr",
     client="outlook", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Tuteur d'une apprentie en BTS électrotechnique chez GRDF. [context]J'ai reçu un courriel de création de compte, [forgotten_password]mais le mot de passe indiqué est refusé en connexion directe. [forgotten_password]Comment le réinitialiser ?

[thanks]Merci""",
     sig="Laurent Baud\nGRDF - Agence Alpes",
     profile="other", topics=["forgotten_password"], action="reply",
     why="company tutor with a guest account: refused password, recovery page"),

dict(slug="bounce-yahoo-html-no-report", kind="robot", name="Yahoo Mail", addr="mailer-daemon@yahoo.com",
     return_path="", course="Accueillir un élève allophone", subject="Failure Notice", irt=False, cte="8bit",
     text="""[robot]Sorry, we were unable to deliver your message to the following address.

[robot]<sabrina.kone@yahoo.fr>:
[robot]554: delivery error: dd This user doesn't have a yahoo.fr account (sabrina.kone@yahoo.fr) [0] - mta1032.mail.ir2.yahoo.com""",
     profile="other", topics=[], action="ignore",
     why="Yahoo failure notice in plain text, no report part: bounce"),

dict(slug="cours-pas-encore-disponible", name="Manon Perret", addr="manon.perret@ac-grenoble.fr",
     client="thunderbird", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Je précise d'emblée que je ne me plains pas, je sais que vous êtes débordés. [context]Je suis professeure de SVT au collège de Vinay, inscrite à la formation. [find_course]Je me suis connectée et la formation apparaît bien dans la liste, mais quand je clique dessus j'ai « Ce cours n'est pas encore disponible ». [find_course]Est-ce qu'il n'est pas encore ouvert ?

[thanks]Merci""",
     sig="Manon Perret",
     profile="academic", topics=["find_course"], action="escalate", tech=True,
     why="course listed but 'pas encore disponible': the guide does not say when it opens, a human answers"),

dict(slug="outlook-mobile-question-salle-seule", name="Quentin Reynaud", addr="quentin.reynaud@outlook.fr",
     client="outlook_mobile", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Conseiller à la mission de lutte contre le décrochage (MLDS), je suis inscrit à la formation. [other_request]Pouvez-vous me dire dans quelle salle a lieu la séance du 8 décembre et s'il y a un parking ?

[thanks]Merci""",
     sig="Quentin Reynaud",
     profile="other", topics=[], action="escalate",
     why="room and parking: not in the guide"),

dict(slug="reintegration-aefe-compte-inconnu", name="Carmen Ortiz", addr="carmen.ortiz@ac-grenoble.fr",
     client="outlook", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Professeure d'espagnol, j'ai passé six ans dans un lycée français à Madrid (détachement AEFE) avant d'être réintégrée dans l'académie de Grenoble en septembre, au lycée Portes de l'Oisans. [context]Pendant mon détachement, mon compte académique a été supprimé, et on m'en a recréé un en septembre. [login]Je me connecte bien au webmail avec le nouveau, mais sur M@gistère, le bouton bleu me renvoie vers une page « compte inconnu ». [context]Peut-être que mon ancien profil M@gistère est encore associé à l'ancien compte ? [login]Que dois-je faire ?

[thanks]Merci beaucoup, [small_talk]¡ muchas gracias !""",
     sig="Carmen Ortiz",
     profile="academic", topics=["login"], action="escalate", tech=True,
     why="reinstated teacher with a recreated academic account: 'compte inconnu' on M@gistère, an account problem the guide cannot solve"),

dict(slug="fwd-outlook-collegue-aesh-demande-et-guide", name="Christelle Barret", addr="christelle.barret@ac-grenoble.fr",
     client="outlook", course="AESH : accompagner les élèves à besoins éducatifs particuliers", fwd="fwd_outlook",
     text="""[greeting]Bonjour,

[context]Je vous transfère mon invitation. [login]Je n'arrive pas à me connecter, j'ai l'impression de tout faire comme dans le guide : bouton bleu, identifiant, mot de passe. [context]La page recharge et rien ne se passe. [other_request]Pouvez-vous aussi me dire si les AESH sont payées pour les heures de formation en dehors de l'emploi du temps ?

[thanks]Merci""",
     sig="Christelle Barret\nAESH - Collège Henri-Bergson, Saint-Égrève",
     profile="academic", topics=["login"], action="escalate",
     why="forwarded invitation: login loop (guide) plus pay for training hours (human)"),
]
