MESSAGES = [
dict(slug="english-erasmus-lecturer", name="Sean O'Connell", addr="sean.oconnell@univ-grenoble-alpes.fr",
     client="apple", course="Enseigner avec le numérique dans le supérieur",
     text="""[greeting]Dear colleagues,

[context]I joined the Université Grenoble Alpes in September as a visiting lecturer in the English department (two-year contract), and my head of department registered me for this training. [context]I apologise for writing in English, my French is still very basic. [context]I have my UGA account (login oconnels) which I use for email and Moodle.

[login]Could you tell me how to log in to M@gistère with this account? [login]I see several buttons and I am afraid to choose the wrong one. [find_course]Also, once logged in, where will I find the course?

[thanks]Many thanks in advance,""",
     sig="Sean O'Connell\nVisiting Lecturer, UFR LLCE\nUniversité Grenoble Alpes",
     profile="university", topics=["login", "find_course"], action="reply",
     why="UGA lecturer writing in English: how to log in with the university account and where the course is"),

dict(slug="inscrite-sans-consentement-plainte", name="Martine Chevalier", addr="martine.chevalier@ac-grenoble.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je découvre cette invitation avec surprise : je ne me suis jamais inscrite à cette formation. [context]Renseignement pris, c'est mon chef d'établissement qui a inscrit toute l'équipe sans nous consulter, y compris les collègues à temps partiel. [context]Je trouve le procédé un peu cavalier, d'autant que les dates tombent sur mes jours de formation syndicale.

[other_request]Je vous demande donc de bien vouloir annuler mon inscription, [other_request]et de m'indiquer si une inscription peut être faite sans l'accord de l'intéressé.

[thanks]Je vous remercie.""",
     sig="Martine Chevalier\nProfesseure documentaliste",
     profile="academic", topics=[], action="escalate",
     why="complaint about being enrolled without consent, asks for cancellation: human"),

dict(slug="lien-reinit-ne-marche-pas", name="Daniel Roussel", addr="daniel.roussel@ac-grenoble.fr",
     client="thunderbird", course="Évaluer par compétences",
     text="""[greeting]Bonjour,

[context]J'ai bien lu le guide. [context]Mon mot de passe ne marche pas, donc j'ai cliqué sur le lien de réinitialisation, j'ai donné mon identifiant (droussel) et mon NUMEN en majuscules. [forgotten_password]On me répond « les informations saisies ne correspondent pas ». [context]J'ai vérifié le NUMEN trois fois sur mon arrêté de nomination. [forgotten_password]Que puis-je faire d'autre ?

[thanks]Merci""",
     sig="Daniel Roussel\nTechnologie - Collège Charles-Munch, Grenoble",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="reset link refuses his NUMEN: password problem; the guide's help section (assistance form) covers it"),

dict(slug="inscription-impossible-auto-inscription", name="Sophie Perrot", addr="sophie.perrot@ac-grenoble.fr",
     client="gmail", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Je suis directrice d'école à Saint-Égrève et j'enseigne en CE1. [context]Je suis connectée à M@gistère avec mon compte académique. [find_course]En tapant « lecture cycle 2 » dans la recherche, je trouve bien une formation qui porte ce nom, mais quand je clique dessus j'ai « Vous ne pouvez pas vous inscrire vous-même à ce cours ». [find_course]Comment la rejoindre ?

[thanks]Merci beaucoup""",
     sig="Sophie Perrot\nDirectrice - école Barnave",
     profile="academic", topics=["find_course"], action="reply",
     why="logged in, finds the course title but cannot join it: find_course (guide step 3 and contacts)"),

dict(slug="hors-contrat-prive", name="Benoît Laroche", addr="b.laroche@ecole-montessori-annecy.fr",
     client="outlook", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour,

[context]J'enseigne dans une école Montessori privée hors contrat à Annecy-le-Vieux, et nous avons été invités à cette formation dans le cadre d'un partenariat avec la circonscription. [context]Je n'ai pas de compte académique. [forgotten_username]Je n'ai reçu aucun nom d'utilisateur, seulement cette invitation. [forgotten_username]Comment obtenir mes identifiants ?

[thanks]Merci""",
     sig="Benoît Laroche\nÉcole Montessori Les Aravis",
     profile="other", topics=["forgotten_username"], action="reply",
     why="private hors-contrat teacher, no academic account: guest account recovery page"),

dict(slug="classe-virtuelle-enregistree", name="Nadège Vincent", addr="nadege.vincent@ac-grenoble.fr",
     client="zimbra", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Je serai en sortie scolaire le jour de la classe virtuelle du 9 décembre (classe de neige avec mes CM1, réservée depuis un an). [other_request]Est-ce que la classe virtuelle sera enregistrée pour que je puisse la regarder plus tard ?

[login]Par ailleurs, je n'arrive pas à me connecter depuis le réseau de l'école : la page de connexion académique ne s'affiche pas. [context]À la maison ça marche.

[thanks]Merci pour tout""",
     sig="Nadège Vincent\nEcole de Brié-et-Angonnes",
     profile="academic", topics=["login"], action="escalate",
     why="asks for the recording of a virtual class (human) and a login page not loading at school"),

dict(slug="desabonner-tous-mails", name="Jean-Pierre Guillot", addr="jp.guillot@wanadoo.fr",
     client="orange", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Je reçois depuis plusieurs mois des messages de M@gistère et de l'EAFC, alors que j'ai pris ma retraite en 2023. [context]J'avais participé à un jury de laïcité une année mais je ne suis plus concerné. [other_request]Merci de me retirer de vos listes de diffusion.

[thanks]Cordialement""",
     sig="J-P Guillot",
     profile="other", topics=[], action="escalate",
     why="retired person asks to be removed from the mailings: unsubscribe, human"),

dict(slug="aed-gmail-trois-etapes-longue", name="Yasmine Cherif", addr="yasmine.cherif.aed@gmail.com",
     client="gmail_mobile", course="Prévenir le décrochage scolaire",
     text="""[greeting]Bonjour,

[context]Je suis AED au lycée Vaucanson depuis septembre, je fais aussi des études de psycho à côté (d'où les horaires bizarres de mes mails). [context]La CPE m'a inscrite à la formation. [context]J'ai une adresse académique mais je ne l'ai ouverte qu'une fois, à la rentrée, avec le CPE, sur son ordinateur.

[forgotten_username]Donc : identifiant inconnu. [forgotten_password]Mot de passe inconnu. [login]Et je ne sais pas par quel bouton passer, académique ou université, vu que je suis aussi étudiante à l'UGA.

[thanks]Merci de votre aide !!""",
     sig="Yasmine",
     profile="academic", topics=["forgotten_username", "forgotten_password", "login"], action="reply",
     why="AED enrolled as staff (the CPE enrolled her): academic identifier and password unknown, which button"),

dict(slug="bounce-relais-delay", kind="bounce", name="Mail Delivery System", addr="MAILER-DAEMON@smtp.univ-smb.fr",
     return_path="", course="Accompagner les étudiants en situation de handicap",
     subject="Delayed Mail (still being retried)", failed="l.favier@univ-smb.fr", status="4.4.1",
     diag="421 4.4.1 Connection timed out", irt=False, cte="8bit",
     extra=[("Auto-Submitted", "auto-replied")],
     text="""[robot]This is the mail system at host smtp.univ-smb.fr.

[robot]####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

[robot]Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.""",
     profile="university", topics=[], action="ignore",
     why="delay DSN (4.4.1) from a university relay: robot"),

dict(slug="deux-parcours-lequel", name="Céline Arnaud", addr="celine.arnaud@ac-grenoble.fr",
     client="outlook_plain", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,

[context]Connectée sur M@gistère, je vois deux parcours avec presque le même titre : « Différencier en classe hétérogène - 2025 » et « Différencier en classe hétérogène - session 2 ». [find_course]Lequel est le mien ? [find_course]Je n'ose pas commencer dans le mauvais.

[other_request]Et le formateur, c'est toujours M. Berthier ? Je l'ai eu en 2023 et il était super.

[thanks]Merci""",
     sig="Céline Arnaud\nCollège de l'Édit, Roussillon",
     profile="academic", topics=["find_course"], action="escalate",
     why="two similar courses, which one (find_course) plus asking who the trainer is (human)"),

dict(slug="histoire-demenagement-box-internet", name="Marion Lefort", addr="marion.lefort@free.fr",
     client="roundcube_top", course="Enseigner les sciences par l'investigation",
     text="""[greeting]Bonjour,

[context]Je viens de déménager de Lyon à Grenoble avec mes deux enfants (je suis professeure de physique au collège de Seyssins depuis la rentrée, mutation enfin obtenue après six ans de demandes !). [context]Je n'ai internet à la maison que depuis hier, la box a mis trois semaines à arriver, d'où mon retard. [context]J'ai essayé de suivre votre guide. [login]Le problème est que je ne sais pas si je dois me connecter avec le compte de Lyon, que j'ai encore, ou celui de Grenoble qu'on m'a créé à la rentrée. [login]Et lequel des boutons ?

[thanks]Merci d'avance""",
     sig="Marion Lefort",
     profile="academic", topics=["login"], action="reply",
     why="mutated teacher now in the Grenoble académie: Grenoble academic account and the blue button"),

dict(slug="rappel-telephone-personne", name="André Vidal", addr="andre.vidal@ac-grenoble.fr",
     client="outlook", course="Accueil et relation aux usagers",
     text="""[greeting]Bonjour,

[context]Je ne suis pas très à l'aise avec les ordinateurs et je préférerais qu'on m'explique par téléphone. [other_request]Est-ce qu'une personne peut m'appeler au 04 76 xx xx xx (secrétariat de l'intendance, le matin) ?

[context]Mon problème : [login]je n'arrive pas à me connecter, on me demande des choses que je ne comprends pas.

[thanks]Merci beaucoup""",
     sig="André Vidal\nAgent de l'intendance - Lycée Mounier",
     profile="academic", topics=["login"], action="escalate",
     why="asks to be called back by a person; vague login problem"),

dict(slug="ps-deux-questions-guide-usmb", name="Chloé Marchand", addr="chloe.marchand@etu.univ-smb.fr",
     client="gmail", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Étudiante en M2 MEEF à l'INSPE de Chambéry, je fais mon stage en responsabilité au collège de La Ravoire. [context]Je me connecte à M@gistère avec mon compte USMB, aucun souci.

[find_course]Je ne trouve pas la formation sur ma page d'accueil, je vois uniquement les parcours de l'INSPE. [find_course]Où est-elle ?

[thanks]Merci

[forgotten_password]PS : ma binôme a oublié son mot de passe USMB, c'est vous ou l'université qui s'en occupe ?""",
     sig="Chloé",
     profile="university", topics=["forgotten_password", "find_course"], action="reply",
     why="USMB student: course not on her page, and the P.S. about a forgotten university password (institution)"),

dict(slug="merci-seul-formateur-en-copie", name="Patricia Lenoir", addr="patricia.lenoir@ac-grenoble.fr",
     client="owa", course="Enseigner la lecture au cycle 2",
     cc=[("Cc", "Agathe Roussel <agathe.roussel@ac-grenoble.fr>")],
     text="""[greeting]Bonjour,

[context]Bien reçu, [context]je me suis connectée et j'ai commencé le premier module. [context]Je mets en copie Mme Roussel, notre conseillère pédagogique, qui m'avait demandé de la tenir informée.

[thanks]Merci et à bientôt""",
     sig="Patricia Lenoir\nEcole Jean-Racine",
     profile="academic", topics=[], action="ignore",
     why="acknowledgement, trainer in copy, everything works: nothing to answer"),

dict(slug="compte-desactive-depart-retour", name="Laurent Michaud", addr="laurent.michaud@hotmail.fr",
     client="outlook_mobile", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour,

[context]Petit historique : j'ai été professeur de technologie dans l'académie jusqu'en 2022, puis j'ai démissionné pour travailler dans l'industrie, et je suis revenu cette année comme contractuel au lycée Vaucanson. [context]On m'a dit que mon ancien identifiant académique serait réactivé. [forgotten_username]Mais je ne sais pas si c'est l'ancien ou un nouveau, [forgotten_password]et l'ancien mot de passe ne fonctionne évidemment plus.

[thanks]Merci de m'aider à y voir clair""",
     sig="Laurent Michaud",
     profile="academic", topics=["forgotten_username", "forgotten_password"], action="reply",
     why="contract teacher back in the académie (hotmail sender): unsure of his identifier and old password; sections A and B"),

dict(slug="gendarme-intervenant-tout", name="Capitaine Fabien Marty", addr="fabien.marty@gendarmerie.interieur.gouv.fr",
     client="outlook", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Officier de la maison de protection des familles de l'Isère, j'interviens dans la formation sur le cyberharcèlement. [context]J'ai reçu un courriel de M@gistère contenant un nom d'utilisateur (fmarty38) et un lien pour créer le mot de passe. [context]Le réseau de la gendarmerie bloque le site. [login]Puis-je me connecter depuis un autre ordinateur avec les mêmes identifiants, via la connexion directe ?

[other_request]Par ailleurs, la salle sera-t-elle équipée d'un vidéoprojecteur HDMI ?

[thanks]Respectueusement,""",
     sig="Capitaine F. Marty\nMaison de protection des familles - Isère",
     profile="other", topics=["login"], action="escalate",
     why="external speaker with a guest account: login via Connexion directe (guide) plus room equipment (human)"),

dict(slug="tres-long-question-mot-de-passe-milieu", name="Sabine Dumas", addr="sabine.dumas@ac-grenoble.fr",
     client="zimbra_html", course="Accueillir un élève allophone",
     text="""[greeting]Bonjour,

[context]Je me permets de vous écrire après une semaine assez chargée. [context]Nous avons accueilli au collège trois nouveaux élèves allophones en novembre, deux Afghans et une jeune Colombienne, et je suis un peu le « référent » de fait, n'ayant aucune formation FLE. [context]Le principal m'a donc inscrite à cette formation, ce dont je le remercie. [context]J'ai voulu commencer dimanche, [forgotten_password]mais mon mot de passe académique n'est plus reconnu depuis la migration de la messagerie dont on nous a parlé. [forgotten_password]Faut-il le réinitialiser avec le NUMEN ? [context]Je suis un peu pressée car la première séance en présentiel est dans dix jours et il faut avoir vu les vidéos. [small_talk]Les élèves, eux, sont adorables et apprennent à toute vitesse.

[thanks]Merci beaucoup""",
     sig="Sabine Dumas\nLettres modernes - Collège Jules-Flandrin, Corenc",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="long context; the question (password after migration, reset with NUMEN) is in the middle"),

dict(slug="samsung-suppression-compte-rgpd", name="Anthony Perez", addr="anthony.perez@gmail.com",
     client="samsung", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour
[context]J'ai été inscrit par erreur, je ne suis plus maître d'apprentissage depuis juin (mon apprentie a eu son diplôme). [other_request]Merci de supprimer mon compte M@gistère et mes données personnelles.
[thanks]Cordialement""",
     sig="A. Perez",
     profile="other", topics=[], action="escalate",
     why="asks for deletion of his account and data: human"),

dict(slug="bouton-bleu-absent-navigateur", name="Juliette Masson", addr="juliette.masson@ac-grenoble.fr",
     client="apple", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Sur mon vieux Mac (Safari 12), la page de M@gistère s'affiche toute blanche avec juste un logo. [login]Je ne vois aucun bouton de connexion. [context]Sur le PC du CDI, je vois les boutons mais je n'ai pas le temps pendant mes heures.

[login]Y a-t-il une autre adresse pour se connecter ?

[thanks]Merci,""",
     sig="Juliette Masson\nLettres - lycée Marie-Curie, Échirolles",
     profile="academic", topics=["login"], action="reply",
     why="login page not displaying on an old browser, asks for the login address; step 2 (address, browser prerequisite)"),

dict(slug="double-question-identifiant-et-groupe", name="Alain Berger", addr="alain.berger@ac-grenoble.fr",
     client="iphone", course="Coordonner une ULIS",
     text="""[greeting]Bonjour
[forgotten_username]Je n'ai pas mon identifiant académique, c'est la première fois que j'en ai besoin en 25 ans de carrière !
[other_request]Et puis je voudrais savoir si je peux faire la formation avec le groupe de Valence plutôt que celui de Romans, c'est plus près de chez moi.
[thanks]Merci""",
     sig="Alain Berger",
     profile="academic", topics=["forgotten_username"], action="escalate",
     why="forgotten identifier (guide) plus group change request (human)"),

dict(slug="longue-liste-que-guide", name="Stéphane Caillat", addr="stephane.caillat@ac-grenoble.fr",
     client="thunderbird", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Pour être honnête, j'ai des difficultés partout, alors je vous fais une liste :
[forgotten_username]* je crois que mon identifiant n'est pas le même que mon adresse mail, mais je ne le connais pas ;
[forgotten_password]* mon mot de passe, je l'ai changé l'année dernière et je ne m'en souviens plus ;
[login]* je ne sais pas quel bouton choisir sur la page ;
[find_course]* et je ne sais pas où chercher la formation une fois connecté.

[small_talk]Désolé, c'est le combo complet.
[thanks]Merci !""",
     sig="Stéphane Caillat\nLycée professionnel Guynemer",
     profile="academic", topics=["forgotten_username", "forgotten_password", "login", "find_course"], action="reply",
     why="bulleted list covering all four guide steps for an academic teacher"),

dict(slug="windows1252-outlook-certif-et-parcours", name="Hélène Rivière", addr="helene.riviere@ac-grenoble.fr",
     client="outlook", course="Entrer dans le métier : premiers pas en classe", charset="windows-1252",
     text="""[greeting]Bonjour,

[context]Professeure stagiaire en lettres au lycée Champollion, je suis la formation « Entrer dans le métier ». [find_course]Je suis connectée mais je ne trouve pas le parcours dans « Mes parcours » : j’ai l’impression que rien n’a été ajouté depuis septembre. [other_request]Par ailleurs, cette formation compte-t-elle pour la validation de mon année de stage ? [context]Ma tutrice n’en sait rien.

[thanks]Merci d’avance !""",
     sig="Hélène Rivière\nProfesseure stagiaire",
     profile="academic", topics=["find_course"], action="escalate",
     why="course not visible (guide) plus whether it counts toward her probation validation (human)"),

dict(slug="ok-merci-apres-tel", name="Georges Martin", addr="georges.martin@orange.fr",
     client="orange", course="Former les tuteurs de stagiaires",
     text="""[greeting]Bonjour Madame,

[context]Suite à notre conversation téléphonique de ce matin, je vous confirme que tout fonctionne maintenant : j'ai reçu le nouveau mot de passe, je me suis connecté en connexion directe et j'ai accès au parcours.

[thanks]Encore merci pour votre patience et votre gentillesse.""",
     sig="Georges Martin\nTuteur - entreprise Martin Menuiserie",
     profile="other", topics=[], action="ignore",
     why="confirms everything works after a phone call: closes the matter"),
]
