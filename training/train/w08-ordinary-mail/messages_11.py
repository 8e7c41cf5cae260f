M = [
dict(slug="zimbra-inline-directeur-deux", name="Éric Vannier", addr="eric.vannier@ac-grenoble.fr", client="zimbra", course=9, quote="inline", fmt="plain",
     body="""
@q 0-1
o| Les adjoints de mon école sont-ils inscrits aussi ou seulement moi ?
@q 2
l| Je tombe sur une page "choisissez votre guichet", ce n'est pas ça ?
@q 3-5
""", sig="Éric Vannier, directeur, école des Charmilles",
     prof="academic", act="escalate", why="who else is enrolled needs a human; the button question alone is step 2"),
dict(slug="aesh-lycee-merci-ok", name="Rania Bouzid", addr="rania.bouzid@ac-grenoble.fr", client="gmail_mobile", course=8,
     body="""
g| Bonjour
c| j'ai trouvé mon identifiant grâce au lien, tout est bon
t| merci beaucoup
""", sig="Rania",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="outlook-lycee-mdp-renouvel", name="Arnaud Dufour", addr="arnaud.dufour@ac-grenoble.fr", client="outlook", course=15,
     body="""
g| Bonjour,
fp| on me demande de renouveler mon mot de passe mais je ne connais pas l'ancien.
""", sig="Arnaud Dufour\nProfesseur de philosophie, lycée de la Matheysine",
     prof="academic", act="reply", why="password renewal without the old one: 1B reset with NUMEN"),
dict(slug="gmail-etu-usmb-parcours", name="Léo Chambon", addr="leo.chambon38@gmail.com", client="gmail", course=5,
     body="""
g| Bonjour,
c| Étudiant en master à l'USMB, je me connecte avec mon compte de l'université.
f| La formation n'apparait pas dans mes parcours.
""", sig="Léo Chambon",
     prof="university", act="reply", why="says USMB account (outranks gmail): step 3"),
dict(slug="college-svt-vacances", name="Justine Roy", addr="justine.roy@ac-grenoble.fr", client="applemail", course=4,
     body="""
g| Bonjour,
o| Est-il possible de faire la partie à distance pendant les vacances de Noël ?
""", sig="Justine Roy, SVT, collège Pierre Dubois",
     prof="academic", topics=[], act="escalate", why="scheduling question: human"),
dict(slug="pb-connexion-tout-majuscule", name="Bernard Claret", addr="bernard.claret@orange.fr", client="orange", quote="none", subject="PB CONNEXION",
     body="""
g| BONJOUR
c| JE SUIS PROFESSEUR AU COLLEGE DE LA MURE
l| JE N ARRIVE PAS A ME CONNECTER A MAGISTERE AVEC MES CODES ACADEMIQUES
""", sig="B. CLARET",
     prof="academic", act="reply", why="cannot log in with academic credentials: step 2 (and 1B if needed)"),
dict(slug="thunderbird-externe-fwd-asso", name="Camille Roussel", addr="camille.roussel@asso-epi.org", client="thunderbird", course=3, quote="fwd", fwdstyle="thunderbird", fwdprefix="Fwd: ",
     body="""
g| Bonjour,
c| je fais suivre l'invitation reçue par notre association.
o| Pourriez-vous inscrire aussi ma collègue Julie Vasseur, animatrice ?
""", sig="Camille Roussel\nAssociation EPI",
     prof="other", topics=[], act="escalate", why="registering a colleague: human"),
dict(slug="ugam-vacataire-nouveau-id", name="Hugo Rambaud", addr="hugo.rambaud@univ-grenoble-alpes.fr", client="outlook", course=13,
     body="""
g| Bonjour,
fu| Je ne sais plus quel est mon identifiant UGA, j'ai changé de composante cet été.
""", sig="Hugo Rambaud\nUFR Sciences de l'homme et de la société",
     prof="university", act="reply", why="university identifier: ask the institution"),
dict(slug="cpe-plainte-delai-court", name="Delphine Ravier", addr="delphine.ravier@ac-grenoble.fr", client="zimbra", course=11,
     body="""
g| Bonjour,
o| Recevoir l'invitation trois jours avant le début, c'est un peu court pour s'organiser.
o| Pourriez-vous transmettre aux organisateurs ?
""", sig="Delphine Ravier, CPE, collège Jules Ferry",
     prof="academic", topics=[], act="escalate", why="complaint to pass on: human"),
dict(slug="pe-pour-directeur-absent-mdp", name="Sarah Giordano", addr="sarah.giordano@ac-grenoble.fr", client="gmail", course=9,
     body="""
g| Bonjour,
c| Je réponds pour le directeur de l'école qui est en classe toute la journée :
+ fp| il a oublié son mot de passe académique et voudrait savoir comment le retrouver.
""", sig="Sarah Giordano, adjointe, école des Eaux-Claires",
     prof="academic", act="reply", why="on behalf of a colleague, password reset question: 1B answers it"),
dict(slug="samsung-aed-login-erreur", name="Dylan Picard", addr="dylan.picard@ac-grenoble.fr", client="samsung", course=11,
     body="""
g| Bonjour
l| ça me dit identifiant ou mot de passe invalide quand je valide
""", sig="Dylan, AED collège Le Savouret",
     prof="academic", act="reply", why="login error with academic credentials: step 1/2"),
dict(slug="yahoo-merci-formateur", name="Colette Grand", addr="colette.grand@yahoo.fr", client="yahoo", course=7,
     body="""
g| Bonjour,
t| merci pour l'invitation,
+ c| je commencerai le parcours la semaine prochaine.
""", sig="Colette Grand",
     prof="other", topics=[], act="ignore", why="nothing to answer"),
dict(slug="lycee-pro-guide-imprime-mdp", name="Nordine Larbi", addr="nordine.larbi@ac-grenoble.fr", client="owa", course=6,
     body="""
g| Bonjour,
fp| je n'ai jamais changé mon mot de passe académique et il ne marche pas.
c| J'ai bien tapé mon NUMEN en majuscules.
""", sig="Nordine Larbi, PLP, LP André Argouges",
     prof="academic", act="reply", why="default password refused: 1B reset link"),
dict(slug="question-sujet-psyen-rien", name="Sophie Berthod", addr="sophie.berthod@ac-grenoble.fr", client="outlook", quote="none", subject="question",
     body="""
g| Bonjour,
u| je voulais savoir pour la formation
""", sig="Sophie Berthod, PsyEN",
     prof="academic", topics=[], act="escalate", why="unfinished question, unclear"),
dict(slug="maternelle-ok-vu-le-titre", name="Régine Manin", addr="regine.manin@ac-grenoble.fr", client="iphone", course=2,
     body="""
c| Vu, le titre est bien dans ma liste.
t| Merci
""", sig="Régine",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="college-doc-mdp-expire-hotmail", name="Karine Tissot", addr="karine.tissot@hotmail.fr", client="owa", course=7,
     body="""
g| Bonjour,
c| professeure documentaliste au collège Le Massegu,
+ fp| mon mot de passe académique a expiré.
o| Et je n'ai plus accès à ma messagerie pro pour recevoir le lien.
""", sig="Karine Tissot",
     prof="academic", topics=["forgotten_password"], act="escalate",
     why="expired password is 1B, but she says she cannot receive mail on her pro box: the guide does not cover it"),
dict(slug="secretaire-intendance-parcours", name="Gilberte Roche", addr="gilberte.roche@ac-grenoble.fr", client="zimbra", course=13,
     body="""
g| Bonjour,
c| Je suis bien connectée.
f| Où est la formation « Accueil et secrétariat » ?
""", sig="G. Roche, intendance, lycée Ferdinand Buisson",
     prof="academic", act="reply", why="logged in, where the course is: step 3"),
dict(slug="gmail-etu-mdp-id-inpe", name="Ambre Deschamps", addr="ambre.deschamps@grenoble-inp.org", client="gmail", course=4,
     body="""
g| Bonjour,
fu| J'ai oublié mon identifiant
+ fp| et mon mot de passe Grenoble INP.
t| Merci pour votre aide
""", sig="Ambre",
     prof="university", act="reply", why="INP student: institution gives credentials"),
dict(slug="fwd-gmail-externe-mdp", name="Thomas Aubert", addr="thomas.aubert@gmail.com", client="gmail", course=10, quote="fwd", fwdstyle="gmail", fwdprefix="Fwd: ",
     body="""
g| Bonjour,
c| Je vous transfère l'invitation,
+ fp| je n'ai jamais reçu le mot de passe de mon compte M@gistère.
c| Je suis infirmier en libéral et j'interviens pour le PSC1.
""", sig="Thomas Aubert",
     prof="other", act="reply", why="external, manual account: recovery page"),
dict(slug="lycee-attestation-merci", name="Hélène Besset", addr="helene.besset@ac-grenoble.fr", client="thunderbird", course=12,
     body="""
g| Bonjour,
c| J'ai terminé le parcours à distance.
o| Comment obtenir l'attestation de formation ?
""", sig="Hélène Besset",
     prof="academic", topics=[], act="escalate", why="attestation: human"),
dict(slug="directeur-merci-rapide", name="Pierre Vuillermoz", addr="ce.0381999j@ac-grenoble.fr", client="outlook", course=9,
     body="""
g| Bonjour,
t| merci, l'ensemble de l'équipe est connecté.
""", sig="P. Vuillermoz, directeur",
     prof="academic", topics=[], act="ignore", why="closes the matter"),
dict(slug="aesh-sur-quel-site", name="Josiane Brunet", addr="josiane.brunet@laposte.net", client="yahoo", course=8,
     body="""
g| Bonjour,
c| je suis AESH.
l| Sur quel site je dois aller ? Il y a plusieurs M@gistère sur internet.
""", sig="Josiane Brunet",
     prof="academic", act="reply", why="AESH: step 2 gives the académie address"),
dict(slug="cdi-lien-vers-parcours-merci-question", name="Fabienne Durand", addr="fabienne.durand@ac-grenoble.fr", client="gmail", course=7,
     body="""
g| Bonjour,
c| J'ai pu me connecter,
+ f| mais en tapant "EMI" dans la recherche je n'ai aucun résultat.
""", sig="Fabienne Durand, documentaliste",
     prof="academic", topics=["find_course"], act="escalate", why="used the search as the guide says and the course is not there: human"),
dict(slug="roundcube-smb-bouton", name="Louise Bertin", addr="louise.bertin@univ-smb.fr", client="roundcube", course=1,
     body="""
g| Bonjour,
l| je ne sais pas quel bouton correspond à mon compte de l'université Savoie Mont Blanc.
""", sig="Louise Bertin, IUT Chambéry",
     prof="university", act="reply", why="violet button and USMB desk: step 2"),
dict(slug="sans-objet-aed-merci", name="Kenza Amari", addr="kenza.amari@ac-grenoble.fr", client="gmail_mobile", quote="none", subject="",
     body="""
g| Bonjour
c| c'est Kenza AED au collège Pablo Picasso, je vous avais écrit ce matin, c'est réglé
t| merci
""", sig="",
     prof="academic", topics=[], act="ignore", why="closes the earlier matter"),
]
