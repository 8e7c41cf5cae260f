M = [
dict(slug="ugam-lecteur-anglais", name="James O'Connor", addr="james.oconnor@univ-grenoble-alpes.fr", client="outlook", course=1,
     body="""
g| Bonjour,
c| Je suis lecteur d'anglais à l'UGA, excusez mon français.
l| Je ne trouve pas comment entrer avec mon compte de l'université.
""", sig="James O'Connor\nDépartement LANSAD",
     prof="university", act="reply", why="UGA staff, how to log in with university account: violet button, step 2"),
dict(slug="maternelle-gs-oubli-id-mdp", name="Ghislaine Rivet", addr="ghislaine.rivet@ac-grenoble.fr", client="zimbra", course=2,
     body="""
g| Bonjour,
fu| j'ai oublié mon identifiant
+ fp| et mon mot de passe.
c| Je n'utilise jamais la messagerie académique.
t| Merci de m'aider
""", sig="Ghislaine Rivet\nPE GS, école maternelle Les Tilleuls, Seyssinet",
     prof="academic", act="reply", why="both forgotten: 1A then 1B"),
dict(slug="cest-regle-sujet-vide", name="Olivier Girin", addr="olivier.girin@ac-grenoble.fr", client="thunderbird", quote="none", subject="",
     body="""
g| Bonjour,
c| Je vous avais écrit hier pour un problème de connexion,
+ c| c'est réglé, j'avais tapé mon identifiant avec une majuscule.
""", sig="O. Girin",
     prof="academic", topics=[], act="ignore", why="closes the earlier matter"),
dict(slug="lp-ou-est-le-lien", name="Mohamed Chérif", addr="mohamed.cherif@ac-grenoble.fr", client="gmail_mobile", course=6,
     body="""
g| Bonjour
l| je ne trouve pas l'adresse pour aller sur magistère, le lien dans le mail ne marche pas sur mon téléphone
""", sig="Mohamed",
     prof="academic", act="reply", why="where to log in, link not working: step 2 gives the address to type"),
dict(slug="iphone-aed-bloque-page", name="Anaïs Guerrier", addr="anais.guerrier@ac-grenoble.fr", client="iphone", course=11,
     body="""
g| Bonjour
c| je suis sur la page avec le bouton bleu
+ fu| mais après je sais pas quoi mettre comme identifiant
""", sig="Anaïs",
     prof="academic", act="reply",
     why="at the academic portal, does not know what identifier to enter: 1A"),
dict(slug="outlook-cc-formateur-parcours", name="Claude Vittoz", addr="claude.vittoz@ac-grenoble.fr", client="outlook", course=12, cc=["Julien Arnaud <julien.arnaud@ac-grenoble.fr>"],
     body="""
g| Bonjour,
f| je suis connecté mais la formation n'apparait pas dans "Mes parcours".
c| Julien, je te mets en copie.
""", sig="Claude Vittoz\nLycée Pierre Termier",
     prof="academic", act="reply", why="logged in, course missing: step 3"),
dict(slug="formatrice-externe-merci", name="Hélène Garrigues", addr="helene.garrigues@gmail.com", client="gmail", course=10,
     body="""
g| Bonjour,
c| J'ai bien reçu mes identifiants par un autre mail, tout fonctionne.
t| Merci
""", sig="Hélène Garrigues\nFormatrice PSC1, Croix-Rouge",
     prof="other", topics=[], act="ignore", why="closes the matter"),
dict(slug="question-mdp-caracteres", name="Quentin Lemaire", addr="quentin.lemaire@ac-grenoble.fr", client="owa", quote="none", subject="question mot de passe",
     body="""
g| Bonjour,
fp| en voulant réinitialiser mon mot de passe je dois entrer mon NUMEN,
+ fp| est-ce qu'il faut le mettre en majuscules ?
""", sig="Quentin Lemaire, professeur de SES",
     prof="academic", act="reply", why="NUMEN letters in capitals: guide 1B"),
dict(slug="cdi-enregistrement-visio", name="Maryse Blanchon", addr="maryse.blanchon@ac-grenoble.fr", client="zimbra", course=7,
     body="""
g| Bonjour,
o| Je n'ai pas pu assister à la classe virtuelle, y a-t-il un enregistrement ?
""", sig="Maryse Blanchon, documentaliste",
     prof="academic", topics=[], act="escalate", why="recording request: human"),
dict(slug="aesh-samsung-merci-2", name="Christine Pellet", addr="christine.pellet@ac-grenoble.fr", client="samsung", course=8,
     body="""
g| Bonjour
c| grâce au guide j'ai trouvé mon identifiant avec le numen
t| merci
""", sig="",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="etu-usmb-connexion-guichet-oubli", name="Julien Masson", addr="julien.masson@etu.univ-smb.fr", client="gmail", course=15,
     body="""
g| Bonjour,
fu| je ne me souviens plus de mon identifiant USMB
+ l| et je ne sais pas sur quel bouton cliquer.
""", sig="Julien Masson, L3 philosophie",
     prof="university", act="reply", why="USMB student: institution identifier and violet button"),
dict(slug="free-retraite-formateur", name="Jean-Claude Perrin", addr="jc.perrin@free.fr", client="thunderbird", course=9,
     body="""
g| Bonjour,
c| Ancien directeur d'école retraité, je co-anime la formation.
l| Mon compte académique a été fermé, comment me connecter maintenant ?
""", sig="Jean-Claude Perrin",
     prof="other", act="reply", why="retired without academic account: guest account, direct connection"),
dict(slug="collegue-malade-desinscrire", name="Sylviane Morel", addr="sylviane.morel@ac-grenoble.fr", client="outlook", course=0,
     body="""
g| Bonjour,
c| Ma collègue Mme Fabre est en congé maternité
+ o| et ne pourra pas suivre la formation, pouvez-vous la désinscrire ?
""", sig="Sylviane Morel\nDirectrice, école de Varces",
     prof="academic", topics=[], act="escalate", why="unsubscribing a colleague: human"),
dict(slug="lycee-connexion-depuis-etablissement", name="David Chaumont", addr="david.chaumont@ac-grenoble.fr", client="gmail", course=12,
     body="""
g| Bonjour,
l| Depuis le lycée je tombe sur la page de connexion de l'académie mais mes identifiants ne sont pas acceptés.
c| À la maison ça marche.
""", sig="David Chaumont",
     prof="academic", topics=["login"], act="escalate", why="works at home, not from school: network issue the guide does not cover"),
dict(slug="merci-orange-html", name="Nicole Barbier", addr="nicole.barbier@orange.fr", client="orange", course=13, fmt="html",
     body="""
t| Merci beaucoup !
c| Je suis dans la formation.
""", sig="Nicole Barbier",
     prof="other", topics=[], act="ignore", why="closes the matter"),
dict(slug="pb-connexion-sujet-aesh-mdp-id", name="Aïcha Ben Ali", addr="aicha.benali@gmail.com", client="gmail_mobile", quote="none", subject="pb connexion",
     body="""
g| Bonjour
c| AESH au collège Jean Monnet de Vaulx-Milieu
fu| je ne connais pas mon identifiant
l| et sur M@gistère je ne vois pas où le mettre
""", sig="Aïcha",
     prof="academic", act="reply", why="AESH: identifier 1A and where to log in, step 2"),
dict(slug="psy-en-deux-comptes-mdp", name="Frédérique Lenoir", addr="frederique.lenoir@ac-grenoble.fr", client="applemail", course=14,
     body="""
g| Bonjour,
fp| J'ai réinitialisé mon mot de passe académique hier
+ l| mais M@gistère refuse toujours la connexion.
""", sig="Frédérique Lenoir, PsyEN",
     prof="academic", topics=["forgotten_password", "login"], act="escalate",
     why="reset done and still refused: the guide's steps are exhausted, assistance needed"),
dict(slug="thunder-inline-lieu-et-login", name="Benoît Carrel", addr="benoit.carrel@ac-grenoble.fr", client="thunderbird", course=10, quote="inline",
     body="""
@q 0-1
o| Le présentiel se déroulera où ?
@q 2
l| Le lien ne marche pas chez moi, il faut bien aller sur magistere.education.fr/ac-grenoble ?
@q 3-5
""", sig="B. Carrel, professeur d'EPS",
     prof="academic", act="escalate", why="login address is step 2 but the place of the face-to-face day is not in the guide"),
dict(slug="owa-pe-liste-parcours-vide", name="Laure Sorrel", addr="laure.sorrel@ac-grenoble.fr", client="owa", course=0,
     body="""
g| Bonjour,
f| Sur ma page d'accueil la liste des parcours est vide.
""", sig="Laure Sorrel\nPE, école élémentaire Le Verderet, Eybens",
     prof="academic", act="reply", why="course list empty: step 3 (Tous mes parcours / Se former)"),
dict(slug="question-vide-lycee-certificat", name="Franck Paillet", addr="franck.paillet@ac-grenoble.fr", client="gmail", quote="none", subject="",
     body="""
g| Bonjour,
o| Est-ce que la formation permet d'obtenir la certification PIX+Édu ?
""", sig="Franck Paillet",
     prof="academic", topics=[], act="escalate", why="certification question: human"),
dict(slug="zimbra-secretaire-merci-collegue", name="Ginette Pons", addr="ginette.pons@ac-grenoble.fr", client="zimbra", course=13, cc=["brigitte.faure@ac-grenoble.fr"],
     body="""
g| Bonjour Brigitte,
c| comme convenu je me suis connectée avant la réunion.
s| À mardi
""", sig="Ginette",
     prof="academic", topics=[], act="ignore", why="message to the trainer, nothing to answer"),
dict(slug="cpe-lien-guide-casse", name="Xavier Brunet", addr="xavier.brunet@ac-grenoble.fr", client="outlook", course=3,
     body="""
g| Bonjour,
fu| Dans le guide, le lien pour retrouver mon identifiant ne fonctionne pas.
""", sig="Xavier Brunet\nCPE, LP Thomas Edison",
     prof="academic", topics=["forgotten_username"], act="escalate", why="the guide's own link is broken: a human must check"),
dict(slug="gmail-prof-ecole-trouve-parcours-titre", name="Charlotte Mathon", addr="charlotte.mathon@gmail.com", client="gmail", course=5,
     body="""
g| Bonjour,
c| je suis enseignante spécialisée à Grenoble, connectée avec mon compte académique.
f| Il faut cliquer sur quoi pour entrer dans la formation ?
""", sig="Charlotte Mathon",
     prof="academic", act="reply", why="how to join: step 3 (click the title)"),
dict(slug="univ-etu-ac-mail-mdp", name="Lisa Perrot", addr="lisa.perrot@ac-grenoble.fr", client="zimbra", course=2,
     body="""
g| Bonjour,
c| Je suis étudiante MEEF à l'UGA et contractuelle en maternelle,
+ fp| j'ai oublié mon mot de passe académique.
""", sig="Lisa Perrot",
     prof="academic", act="reply", why="says academic password: academic case 1B"),
dict(slug="non-recu-mail-reinit-externe", name="Hervé Dalmas", addr="herve.dalmas@laposte.net", client="yahoo", course=7,
     body="""
g| Bonjour,
c| intervenant extérieur (journaliste),
+ fp| j'ai demandé un nouveau mot de passe sur la page de M@gistère
+ o| mais je n'ai rien reçu, même dans les spams.
""", sig="Hervé Dalmas",
     prof="other", topics=["forgotten_password"], act="escalate", why="reset mail never arrived: beyond the guide"),
]
